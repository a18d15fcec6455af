import ArgumentParser

/// The `newsgrab` command: parse saved news pages and archive them.
@main
struct Newsgrab: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "newsgrab",
    abstract: "Turn saved news pages into typed articles and a searchable archive.",
    discussion: """
      Works offline on pages already saved to disk: plain or gzipped HTML in any charset,
      MHTML, WARC, "Save Page As" folders, SingleFile pages and text snapshots.
      """,
    version: version,
    subcommands: [
      Parse.self, Import.self, Search.self, Show.self, List.self, Export.self, Stats.self,
      Dupes.self, Delete.self, Reindex.self, Eval.self, Serve.self,
    ]
  )
}
