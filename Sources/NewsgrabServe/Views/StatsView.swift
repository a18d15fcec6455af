/// What the stats page shows (the numbers of `newsgrab stats`).
struct StatsView {
  struct Row {
    var name: String
    var value: String
  }

  struct Entry {
    var name: String
    var count: String
    var link: String
  }

  var title = "The archive — newsgrab"
  var totals: [Row]
  var languages: [Entry]
  var topSources: [Entry]
  var chart: MonthChart?
  var months: [Entry]
}

/// What the original page shows around the stored page's frame.
struct OriginalView {
  var title: String
  var id: String
  var headline: String
  var version: String
  var frame: String
  var readerLink: String
  var pageName: String?
  var saved: String?
  var articleLink: String?
  var format: String
}
