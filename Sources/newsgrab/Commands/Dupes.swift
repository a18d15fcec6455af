import ArgumentParser
import NewsgrabArchive

extension Newsgrab {
  struct Dupes: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the copy groups: archived articles whose bodies are the same story.",
      discussion: """
        Copies are found at import (syndicated text under another headline or template,
        a paragraph added or cut, a correction, one page saved under two URLs). Each
        article's similarity is to the first article of its group.

        Examples:
          newsgrab dupes
          newsgrab dupes --min-similarity 0.9 --format json
          newsgrab dupes --since 2024-05 --source reuters
        """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only articles at least this similar (0–1) to their group's first article.")
    var minSimilarity: Double = 0

    @Option(help: "Output format: table, json or ndjson.")
    var format: DupesFormat = .table

    func validate() throws {
      guard (0...1).contains(minSimilarity) else {
        throw ValidationError("--min-similarity must be between 0 and 1")
      }
    }

    func run() throws {
      let store = try archive.open(.readOnly)
      let groups = try archive.reporting {
        try store.copyGroups(
          matching: filters.filter(order: .oldest, limit: nil, offset: 0), minimumSimilarity: minSimilarity)
      }
      var output = StandardOutput()
      output.write(DupesRenderer(format: format, terminal: Terminal.stdoutIsTerminal).render(groups))
    }
  }
}
