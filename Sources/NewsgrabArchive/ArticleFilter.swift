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
  /// Shows each copy group once (`list`, `export`): its newest article that
  /// matches the other conditions. Off, every copy is shown.
  package var collapseCopies = false

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

  /// The SQL spoken by a store: the conditions differ only in how text is
  /// compared without regard to case (SQLite's `LIKE` and `NOCASE` ignore
  /// ASCII case; PostgreSQL needs `ILIKE` and `lower`).
  package enum Dialect: Sendable {
    case sqlite
    case postgres

    var like: String { self == .sqlite ? "LIKE" : "ILIKE" }

    func equalIgnoringCase(_ column: String) -> String {
      self == .sqlite ? "\(column) = ? COLLATE NOCASE" : "lower(\(column)) = lower(?)"
    }
  }

  /// A value bound to a `?` of a condition.
  package enum Value: Hashable, Sendable {
    case text(String)
    case integer(Int)
  }

  /// SQL conditions on the `article` table aliased `a` (or `alias`), with their arguments.
  func conditions(alias a: String = "a") throws(ArchiveError) -> (sql: [String], arguments: StatementArguments) {
    let (sql, values) = try conditions(alias: a, dialect: .sqlite)
    return (sql, Self.arguments(values))
  }

  static func arguments(_ values: [Value]) -> StatementArguments {
    StatementArguments(
      values.map { value -> any DatabaseValueConvertible in
        switch value {
        case .text(let text): text
        case .integer(let number): number
        }
      })
  }

  /// The conditions in `dialect`, each `?` bound to the next of `values`.
  package func conditions(alias a: String = "a", dialect: Dialect) throws(ArchiveError) -> (
    sql: [String], values: [Value]
  ) {
    var sql: [String] = []
    var arguments: [Value] = []
    let like = dialect.like
    if let source, !source.isEmpty {
      sql.append("(\(a).source \(like) ? ESCAPE '\\' OR \(a).source_url \(like) ? ESCAPE '\\')")
      arguments += [.text(Self.contains(source)), .text(Self.contains(source))]
    }
    if let author, !author.isEmpty {
      sql.append(
        "EXISTS (SELECT 1 FROM author WHERE author.article_id = \(a).id AND author.name \(like) ? ESCAPE '\\')")
      arguments += [.text(Self.contains(author))]
    }
    if let since {
      try Self.checkDate(since, option: "--since")
      sql.append("\(a).published_date >= ?")
      arguments += [.text(since)]
    }
    if let until {
      try Self.checkDate(until, option: "--until")
      sql.append("substr(\(a).published_date, 1, ?) <= ?")
      arguments += [.integer(until.count), .text(until)]
    }
    // The day as written in the capture date (its own offset), like published dates.
    if let savedSince {
      try Self.checkDate(savedSince, option: "--saved-since")
      sql.append("substr(\(a).saved_at, 1, 10) >= ?")
      arguments += [.text(savedSince)]
    }
    if let savedUntil {
      try Self.checkDate(savedUntil, option: "--saved-until")
      sql.append("substr(\(a).saved_at, 1, ?) <= ?")
      arguments += [.integer(savedUntil.count), .text(savedUntil)]
    }
    if let language, !language.isEmpty {
      sql.append("(\(dialect.equalIgnoringCase("\(a).language")) OR \(a).language \(like) ? ESCAPE '\\')")
      arguments += [.text(language), .text(Self.escape(language) + "-%")]
    }
    return (sql, arguments)
  }

  /// The condition that keeps one article of each copy group: none of its
  /// group's other articles matching the filter is newer (published date,
  /// then id, as `newest` sorts). Articles in no group pass.
  func collapseCondition() throws(ArchiveError) -> (sql: String, arguments: StatementArguments) {
    let (sql, values) = try collapseCondition(dialect: .sqlite)
    return (sql, Self.arguments(values))
  }

  /// The collapse condition in `dialect` (the same SQL in both but for the filter's own conditions).
  package func collapseCondition(dialect: Dialect) throws(ArchiveError) -> (sql: String, values: [Value]) {
    let (others, arguments) = try conditions(alias: "n", dialect: dialect)
    let filter = others.map { " AND " + $0 }.joined()
    let sql = """
      NOT EXISTS (SELECT 1 FROM copy_signature s JOIN copy_signature o ON o.copy_group = s.copy_group
        AND o.article_id != s.article_id JOIN article n ON n.id = o.article_id
        WHERE s.article_id = a.id
        AND (coalesce(n.published_date, ''), n.id) > (coalesce(a.published_date, ''), a.id)\(filter))
      """
    return (sql, arguments)
  }

  /// `ORDER BY` for listing without a query: undated articles last either
  /// way. Written as `NULLS LAST` (both stores understand it) rather than
  /// `published_date IS NULL, …`: SQLite walks its `published_date` index
  /// for this order and stops at the page's end, where the expression made
  /// it sort every row first (`list --limit 20` on 100,000 articles: 1.0 s).
  package var listOrder: String {
    switch order {
    case .relevance, .newest: "a.published_date DESC NULLS LAST, a.id DESC"
    case .oldest: "a.published_date ASC NULLS LAST, a.id ASC"
    }
  }

  var limitClause: String {
    "LIMIT \(limit.map { max(0, $0) } ?? -1) OFFSET \(max(0, offset))"
  }

  package static func checkDate(_ text: String, option: String) throws(ArchiveError) {
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
