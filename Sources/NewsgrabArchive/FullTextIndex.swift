import GRDB

/// Keeps `article_fts` and `headline_fts` (external content over `article`)
/// in step with the table, in the caller's transaction.
///
/// Explicit writes instead of triggers: measured here on 3,000 corpus
/// articles in batches of 100 (scripts/fts-sync-bench.py), triggers took
/// 1.6–3.8 s against 1.1–2.6 s for the same rows written explicitly (faster
/// in 9 of 10 paired runs, median 1.3×). A row is removed from the index with
/// exactly the values it was indexed with, read back from the table before
/// the row changes, so the two cannot disagree.
enum FullTextIndex {
  static let columns = "headline, description, body, authors, tags, source"

  /// Indexes a row (cached statements: this runs for every imported article).
  static func add(_ record: ArticleRecord, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?)").execute(
      arguments: [
        record.id, record.headline, record.description, record.body, record.authors, record.tags, record.source,
      ])
    try db.cachedStatement(sql: "INSERT INTO headline_fts(rowid, headline) VALUES (?, ?)").execute(
      arguments: [record.id, record.headline])
  }

  /// Removes the row as it is stored now (call before updating or deleting it).
  static func remove(_ record: ArticleRecord, _ db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO article_fts(article_fts, rowid, \(columns))
        SELECT 'delete', id, \(columns) FROM article WHERE id = ?
        """
    ).execute(arguments: [record.id])
    try db.cachedStatement(
      sql: """
        INSERT INTO headline_fts(headline_fts, rowid, headline)
        SELECT 'delete', id, headline FROM article WHERE id = ?
        """
    ).execute(arguments: [record.id])
  }

  /// Rebuilds both indexes from the table.
  static func rebuild(_ db: Database) throws {
    try db.execute(sql: "INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    try db.execute(sql: "INSERT INTO headline_fts(headline_fts) VALUES ('rebuild')")
  }
}
