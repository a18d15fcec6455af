import ArgumentParser
import Foundation
import NewsgrabArchive

extension Newsgrab {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print one archived article, in any format `parse` prints.",
      discussion: """
        Examples:
          newsgrab show 42
          newsgrab show https://example.com/news/story --format markdown
          newsgrab show 42 --history
          newsgrab show 42 --version 1 --format json
        """)

    @Argument(help: "The article's id, or a URL it was found under.")
    var article: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Output format.")
    var format: ArticleFormat = .text

    @Option(help: "Show this earlier version instead of the latest.")
    var version: Int?

    @Flag(help: "List the article's versions instead.")
    var history = false

    func run() throws {
      let store = try archive.open(.readOnly)
      var output = StandardOutput()
      try archive.reporting {
        let id = try store.articleID(for: article)
        if history {
          for entry in try store.versions(of: id) {
            output.write(
              "\(entry.number)  \(entry.importedAt)  \(entry.wordCount) words  "
                + TextRenderer.oneLine(entry.headline ?? "(no headline)") + "  "
                + TextRenderer.oneLine(entry.page ?? "") + "\n")
          }
          return
        }
        let stored = try store.article(id: id, version: version)
        output.write(ArticleRenderer(format: format).render(stored.article, file: stored.pageName))
        if format == .text {
          output.write("\n")
          // The other copies of the story, when there are any (text only:
          // the other formats print the article alone, as `parse` does).
          let copies = try store.copies(of: id)
          if !copies.isEmpty {
            output.write("Copies of this story:\n")
            for copy in copies {
              output.write(
                "  \(copy.id)  " + String(format: "%.2f", copy.similarity) + "  "
                  + TextRenderer.oneLine(copy.source ?? "—") + "  "
                  + TextRenderer.oneLine(copy.headline ?? "(no headline)") + "\n")
            }
          }
        }
      }
    }
  }
}
