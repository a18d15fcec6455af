import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import PostgresNIO

extension PostgresArchive {
  package func articleID(for reference: String) throws(ArchiveError) -> Int64 {
    let found: Int64? = try session.read { db in
      if let id = Int64(reference) {
        return try db.rows(SQL("SELECT id FROM article WHERE id = ?", .int(id))).first?.get(0, Int64.self)
      }
      if let row = try db.rows(SQL("SELECT id FROM article WHERE url = ? ORDER BY id LIMIT 1", .text(reference)))
        .first
      {
        return try row.get(0, Int64.self)
      }
      guard let identity = Identity.normalise(reference) else { return nil }
      return try db.rows(SQL("SELECT id FROM article WHERE identity = ?", .text(identity))).first?.get(0, Int64.self)
    }
    guard let found else { throw .notFound(reference) }
    return found
  }

  package func article(id: Int64, version: Int?) throws(ArchiveError) -> StoredArticle {
    let found: StoredArticle? = try session.read { db in
      guard
        let row = try db.rows(
          SQL(
            """
            SELECT v.number, v.article_json, v.imported_at, a.version_count, p.name AS page_name
            FROM article a JOIN article_version v ON v.article_id = a.id LEFT JOIN page p ON p.version_id = v.id
            WHERE a.id = ? AND (?::integer IS NULL OR v.number = ?)
            ORDER BY v.number DESC LIMIT 1
            """, .int(id), .int32(version.map { Int32(clamping: $0) }), .int32(version.map { Int32(clamping: $0) }))
        ).first
      else { return nil }
      return try Self.stored(row, id: id)
    }
    if let found { return found }
    let count = try session.read { db in
      try db.rows(SQL("SELECT version_count FROM article WHERE id = ?", .int(id))).first?.get(0, Int32.self)
    }
    guard let version, let count else { throw .notFound(String(id)) }
    throw .noSuchVersion(id: id, version: version, count: Int(count))
  }

  static func stored(_ row: PostgresRow, id: Int64) throws -> StoredArticle {
    StoredArticle(
      id: id, version: Int(try row.get("number", Int32.self)),
      versionCount: Int(try row.get("version_count", Int32.self)),
      article: try Archive.decodeArticle(try row.get("article_json")), pageName: try row.get("page_name"),
      importedAt: try row.get("imported_at"))
  }

  package func versions(of id: Int64) throws(ArchiveError) -> [VersionInfo] {
    try session.read { db in
      try db.rows(
        SQL(
          """
          SELECT v.number, v.imported_at, v.article_json::jsonb ->> 'headline' AS headline,
            (v.article_json::jsonb ->> 'wordCount')::integer AS word_count, p.name AS page_name
          FROM article_version v LEFT JOIN page p ON p.version_id = v.id
          WHERE v.article_id = ? ORDER BY v.number
          """, .int(id))
      ).map { row in
        VersionInfo(
          number: Int(try row.get("number", Int32.self)), importedAt: try row.get("imported_at"),
          headline: try row.get("headline"), wordCount: Int(try row.get("word_count", Int32?.self) ?? 0),
          page: try row.get("page_name"))
      }
    }
  }

  /// Rows handed to `forEachArticle`'s body per round trip (a server-side
  /// cursor: memory stays flat however many articles an export reads).
  static let cursorBatch = 200

  package func forEachArticle(matching filter: ArticleFilter, _ body: (StoredArticle) throws -> Void) throws {
    var (conditions, values) = try filter.conditions(dialect: .postgres)
    if filter.collapseCopies {
      let collapse = try filter.collapseCondition(dialect: .postgres)
      conditions.append(collapse.sql)
      values += collapse.values
    }
    var sql = SQL()
    sql.append(
      """
      DECLARE export NO SCROLL CURSOR FOR
      SELECT a.id, a.version_count, v.number, v.article_json, v.imported_at, p.name AS page_name\(
        filter.collapseCopies ? ", \(Self.copyCount) AS copies" : "")
      FROM article a JOIN article_version v ON v.article_id = a.id AND v.number = a.version_count
      LEFT JOIN page p ON p.version_id = v.id
      WHERE true \(conditions.map { " AND " + $0 }.joined())
      ORDER BY \(filter.listOrder)\(Self.limitClause(filter))
      """, filterValues: values)
    // The body's own errors pass through unchanged; the server's become ArchiveError.
    var failure: (any Error)? = nil
    try session.read { db in
      try db.rows(sql)
      while failure == nil {
        let rows = try db.rows(SQL("FETCH \(Self.cursorBatch) FROM export"))
        if rows.isEmpty { break }
        for row in rows {
          var article = try Self.stored(row, id: try row.get("id"))
          if filter.collapseCopies { article.copies = Int(try row.get("copies", Int64.self)) }
          do { try body(article) } catch {
            failure = error
            break
          }
        }
      }
    }
    if let failure { throw failure }
  }

  package func delete(ids: [Int64]) throws(ArchiveError) -> [Int64] {
    try session.write { db in
      let mates = try Self.groupMates(of: ids, db)
      let deleted = Set(
        try db.rows(SQL("DELETE FROM article WHERE id = ANY(?) RETURNING id", .ints(ids))).map {
          try $0.get(0, Int64.self)
        })
      try Self.regroup(mates.subtracting(ids), db)
      return ids.filter { !deleted.contains($0) }
    }
  }
}
