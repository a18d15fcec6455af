import ArgumentParser
import NewsgrabArchive

extension Newsgrab {
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove articles from the archive, with their history and pages.",
      discussion: """
        Examples:
          newsgrab delete 42 43
          newsgrab delete https://example.com/news/story
        """)

    @Argument(help: "Article ids or URLs.")
    var articles: [String]

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
      let store = try archive.open(.readWrite)
      var ids: [Int64] = []
      var failed = false
      for reference in articles {
        do {
          ids.append(try store.articleID(for: reference))
        } catch {
          Diagnostics.report(file: reference, error)
          failed = true
        }
      }
      let missing = try archive.reporting { try store.delete(ids: ids) }
      for id in missing {
        Diagnostics.report(file: String(id), ArchiveError.notFound(String(id)))
        failed = true
      }
      print("deleted \(ids.count - missing.count) article\(ids.count - missing.count == 1 ? "" : "s")")
      if failed { throw ExitCode.failure }
    }
  }
}
