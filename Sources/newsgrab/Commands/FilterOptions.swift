import ArgumentParser
import NewsgrabArchive

extension ArticleFilter.Order: ExpressibleByArgument {}

/// The filters `search`, `list` and `export` share.
struct FilterOptions: ParsableArguments {
  @Option(help: "Only articles whose publisher name or site contains this.")
  var source: String?
  @Option(help: "Only articles with an author whose name contains this.")
  var author: String?
  @Option(help: ArgumentHelp("Only articles published on or after this day.", valueName: "YYYY[-MM[-DD]]"))
  var since: String?
  @Option(help: ArgumentHelp("Only articles published on or before this day.", valueName: "YYYY[-MM[-DD]]"))
  var until: String?
  @Option(help: "Only articles in this language (en matches en-GB).")
  var lang: String?
  @Option(
    help: ArgumentHelp("Only articles saved on or after this day (their capture date).", valueName: "YYYY[-MM[-DD]]"))
  var savedSince: String?
  @Option(help: ArgumentHelp("Only articles saved on or before this day.", valueName: "YYYY[-MM[-DD]]"))
  var savedUntil: String?

  func filter(order: ArticleFilter.Order, limit: Int?, offset: Int) -> ArticleFilter {
    ArticleFilter(
      source: source, author: author, since: since, until: until, language: lang, savedSince: savedSince,
      savedUntil: savedUntil, order: order, limit: limit, offset: offset)
  }
}
