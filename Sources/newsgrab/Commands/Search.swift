import ArgumentParser
import NewsgrabArchive

extension Newsgrab {
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Search the archive, best match first.",
      discussion: """
        Query syntax: words (all must match), "exact phrase", a OR b, -word or NOT
        word to exclude, prefix* for words starting with prefix. Accents and case do
        not matter.
        Examples:
          newsgrab search election results
          newsgrab search '"prime minister"' -resign --since 2024-01 --source bbc
          newsgrab search 'climat* OR weather' --format csv > hits.csv
        """)

    @Argument(parsing: .allUnrecognized, help: "What to search for (-word excludes a word).")
    var words: [String]

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    @Flag(help: "Every copy of a story (by default each copy group is shown once: its best match).")
    var allCopies = false

    @Option(help: "Order: relevance, newest or oldest.")
    var sort: ArticleFilter.Order = .relevance

    @Option(help: "How many results to show.")
    var limit: Int = 20

    @Option(help: "Skip this many results first.")
    var offset: Int = 0

    @Option(help: "Output format: table, json, ndjson or csv.")
    var format: SummaryFormat = .table

    func run() throws {
      let query: SearchQuery
      do {
        query = try SearchQuery(words.joined(separator: " "))
      } catch {
        Diagnostics.line("newsgrab: search: \(error.description)")
        throw ExitCode.failure
      }
      let store = try archive.open(.readOnly)
      let page = try archive.reporting {
        var filter = filters.filter(order: sort, limit: limit, offset: offset)
        filter.collapseCopies = !allCopies
        return try store.search(query, filter: filter)
      }
      var output = StandardOutput()
      let terminal = Terminal.stdoutIsTerminal
      output.write(
        SummaryRenderer(format: format, terminal: terminal, width: terminal ? Terminal.width : nil).render(
          page, offset: offset))
    }
  }
}
