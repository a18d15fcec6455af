import GRDB

/// Which articles `search`, `list` and `export` look at, and in what order.
package struct ArticleFilter: Hashable, Sendable {
  package enum Order: String, CaseIterable, Sendable {
    /// Best match first (bm25); for `list`, the same as newest.
    case relevance
    case newest
    case oldest
  }

  /// Publisher name or site URL contains this (case-insensitive).
  package var source: String?
  /// An author's name contains this (case-insensitive).
  package var author: String?
  /// Published on or after this day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  package var since: String?
  /// Published on or before this day (inclusive: `2024-05` includes all of May).
  package var until: String?
  /// Language tag, or its primary part (`en` matches `en-GB`).
  package var language: String?
  /// Saved (the latest version's capture date) on or after this day.
  package var savedSince: String?
  /// Saved on or before this day (inclusive, like `until`).
  package var savedUntil: String?
  package var order: Order
  package var limit: Int?
  package var offset: Int

  package init(
    source: String? = nil, author: String? = nil, since: String? = nil, until: String? = nil,
    language: String? = nil, savedSince: String? = nil, savedUntil: String? = nil, order: Order = .relevance,
    limit: Int? = nil, offset: Int = 0
  ) {
    self.source = source
    self.author = author
    self.since = since
    self.until = until
    self.language = language
    self.savedSince = savedSince
    self.savedUntil = savedUntil
    self.order = order
    self.limit = limit
    self.offset = offset
  }

  /// SQL conditions on the `article` table aliased `a`, with their arguments.
  func conditions() throws(ArchiveError) -> (sql: [String], arguments: StatementArguments) {
    var sql: [String] = []
    var arguments = StatementArguments()
    if let source, !source.isEmpty {
      sql.append("(a.source LIKE ? ESCAPE '\\' OR a.source_url LIKE ? ESCAPE '\\')")
      arguments += [Self.contains(source), Self.contains(source)]
    }
    if let author, !author.isEmpty {
      sql.append("EXISTS (SELECT 1 FROM author WHERE author.article_id = a.id AND author.name LIKE ? ESCAPE '\\')")
      arguments += [Self.contains(author)]
    }
    if let since {
      try Self.checkDate(since, option: "--since")
      sql.append("a.published_date >= ?")
      arguments += [since]
    }
    if let until {
      try Self.checkDate(until, option: "--until")
      sql.append("substr(a.published_date, 1, ?) <= ?")
      arguments += [until.count, until]
    }
    // The day as written in the capture date (its own offset), like published dates.
    if let savedSince {
      try Self.checkDate(savedSince, option: "--saved-since")
      sql.append("substr(a.saved_at, 1, 10) >= ?")
      arguments += [savedSince]
    }
    if let savedUntil {
      try Self.checkDate(savedUntil, option: "--saved-until")
      sql.append("substr(a.saved_at, 1, ?) <= ?")
      arguments += [savedUntil.count, savedUntil]
    }
    if let language, !language.isEmpty {
      sql.append("(a.language = ? COLLATE NOCASE OR a.language LIKE ? ESCAPE '\\')")
      arguments += [language, Self.escape(language) + "-%"]
    }
    return (sql, arguments)
  }

  /// `ORDER BY` for listing without a query.
  var listOrder: String {
    switch order {
    case .relevance, .newest: "a.published_date IS NULL, a.published_date DESC, a.id DESC"
    case .oldest: "a.published_date IS NULL, a.published_date ASC, a.id ASC"
    }
  }

  var limitClause: String {
    "LIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, offset))"
  }

  static func checkDate(_ text: String, option: String) throws(ArchiveError) {
    let scalars = Array(text.unicodeScalars)
    let shape = scalars.map { ("0"..."9").contains($0) ? "9" : String($0) }.joined()
    guard ["9999", "9999-99", "9999-99-99"].contains(shape) else {
      throw .invalidDate(option: option, value: text)
    }
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }

  static func contains(_ text: String) -> String { "%" + escape(text) + "%" }
}
