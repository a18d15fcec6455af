import NewsgrabArchive

/// A search or listing as a URL asks for it (`q`, `source`, `author`, `lang`,
/// `since`, `until`, `sort`, `limit`, `offset`), checked as the CLI checks it.
struct SearchRequest {
  /// The longest query accepted: far beyond any query a person types, and it
  /// bounds the work one request can ask of the full-text index.
  static let maximumQueryLength = 500
  /// Results per page on the search page, and the most the API returns at once.
  static let pageSize = 20
  static let maximumLimit = 100

  var text: String?
  var query: SearchQuery?
  var filter: ArticleFilter
  var parameters: QueryString

  init(_ parameters: QueryString, requireQuery: Bool) throws(ServeError) {
    self.parameters = parameters
    text = parameters["q"]
    if let text, text.count > Self.maximumQueryLength {
      throw .badRequest("newsgrab: search: the query is longer than \(Self.maximumQueryLength) characters")
    }
    if text != nil || requireQuery {
      do {
        query = try SearchQuery(text ?? "")
      } catch {
        throw .badRequest("newsgrab: search: \(error.description)")
      }
    }
    let order: ArticleFilter.Order
    if let sort = parameters["sort"] {
      guard let chosen = ArticleFilter.Order(rawValue: sort) else {
        throw .badRequest("newsgrab: search: sort must be relevance, newest or oldest, not '\(sort)'")
      }
      order = chosen
    } else {
      order = text == nil ? .newest : .relevance
    }
    let limit = try Self.integer(parameters, "limit", default: Self.pageSize, in: 0...Self.maximumLimit)
    let offset = try Self.integer(parameters, "offset", default: 0, in: 0...Int(Int32.max))
    filter = ArticleFilter(
      source: parameters["source"], author: parameters["author"], since: parameters["since"],
      until: parameters["until"], language: parameters["lang"], order: order, limit: limit, offset: offset)
    // As the CLI: each copy group once, unless every copy is asked for.
    filter.collapseCopies = parameters["all-copies"] == nil
  }

  static func integer(_ parameters: QueryString, _ name: String, default value: Int, in range: ClosedRange<Int>)
    throws(ServeError) -> Int
  {
    guard let text = parameters[name] else { return value }
    guard let number = Int(text), range.contains(number) else {
      throw .badRequest(
        "newsgrab: search: \(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  /// Runs the search, or with no query the listing.
  func run(on archive: Archive) throws(ServeError) -> ArticlePage {
    do {
      if let query { return try archive.search(query, filter: filter) }
      return try archive.list(filter: filter)
    } catch {
      throw Self.failure(error)
    }
  }

  /// A query or filter the archive refused is the reader's to fix (400);
  /// anything else is the archive's fault.
  static func failure(_ error: ArchiveError) -> ServeError {
    switch error {
    case .malformedQuery, .invalidDate: .badRequest("newsgrab: search: \(error.description)")
    default: .archive(error.description)
    }
  }

  /// This request's parameters with some replaced (nil removes one), as a query string.
  func link(_ changes: [String: String?], path: String = "/") -> String {
    let names = ["q", "source", "author", "lang", "since", "until", "sort", "all-copies", "offset"]
    let pairs = names.map { name -> (String, String?) in
      if let change = changes[name] { return (name, change) }
      return (name, parameters[name])
    }
    let query = QueryString.encode(pairs)
    return query.isEmpty ? path : path + "?" + query
  }
}
