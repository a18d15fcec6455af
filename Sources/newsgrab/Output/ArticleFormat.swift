import ArgumentParser

/// How `parse`, `show` and `export` print an article.
enum ArticleFormat: String, ExpressibleByArgument, CaseIterable {
  /// The seed snapshot layout.
  case text
  case markdown
  case json
  case ndjson

  /// What goes between two consecutive articles (text has no trailing
  /// newline, so that one article reproduces a seed snapshot byte for byte).
  var documentSeparator: String {
    switch self {
    case .text: "\n\n"
    case .markdown: "\n"
    case .json, .ndjson: ""
    }
  }
}
