import ArgumentParser
import NewsgrabArchive

extension Newsgrab {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List archived articles, newest first.",
      discussion: """
        Examples:
          newsgrab list --limit 10
          newsgrab list --author "Jane Doe" --since 2024 --format csv
        """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    @Flag(help: "Every copy of a story (by default each copy group is shown once: its newest article).")
    var allCopies = false

    @Option(help: "Order: newest or oldest.")
    var sort: ArticleFilter.Order = .newest

    @Option(help: "How many articles to show (default: all).")
    var limit: Int?

    @Option(help: "Skip this many articles first.")
    var offset: Int = 0

    @Option(help: "Output format: table, json, ndjson or csv.")
    var format: SummaryFormat = .table

    func run() throws {
      let store = try archive.open(.readOnly)
      let page = try archive.reporting {
        var filter = filters.filter(order: sort, limit: limit, offset: offset)
        filter.collapseCopies = !allCopies
        return try store.list(filter: filter)
      }
      var output = StandardOutput()
      let terminal = Terminal.stdoutIsTerminal
      output.write(
        SummaryRenderer(format: format, terminal: terminal, width: terminal ? Terminal.width : nil).render(
          page, offset: offset))
    }
  }
}
