import ArgumentParser

/// How `search` and `list` print their results.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
  /// Aligned lines for people: id, date, source, headline, and the snippet.
  case table
  case json
  case ndjson
  case csv
}
