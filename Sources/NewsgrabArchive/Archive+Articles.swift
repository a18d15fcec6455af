import Foundation
import GRDB
import NewsgrabExtraction
import NewsgrabInput

extension Archive {
  /// The id of the article named by `reference`: an id, a URL it was found
  /// under, or the URL identity it is stored under.
  package func articleID(for reference: String) throws(ArchiveError) -> Int64 {
    let found: Int64? = try read { db in
      if let id = Int64(reference) {
        return try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE id = ?", arguments: [id])
      }
      if let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM article WHERE url = ? ORDER BY id LIMIT 1", arguments: [reference])
      {
        return id
      }
      guard let identity = Identity.normalise(reference) else { return nil }
      return try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE identity = ?", arguments: [identity])
    }
    guard let found else { throw .notFound(reference) }
    return found
  }

  /// An article, its latest version unless `version` names another.
  package func article(id: Int64, version: Int? = nil) throws(ArchiveError) -> StoredArticle {
    let row: Row? = try read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT v.number, v.article_json, v.imported_at, a.version_count, p.name AS page_name
          FROM article a JOIN article_version v ON v.article_id = a.id LEFT JOIN page p ON p.version_id = v.id
          WHERE a.id = ? AND (? IS NULL OR v.number = ?)
          ORDER BY v.number DESC LIMIT 1
          """, arguments: [id, version, version])
    }
    guard let row else {
      // Say which: no such article, or no such version of one.
      let count = try read { db in
        try Int.fetchOne(db, sql: "SELECT version_count FROM article WHERE id = ?", arguments: [id])
      }
      guard let version, let count else { throw .notFound(String(id)) }
      throw .noSuchVersion(id: id, version: version, count: count)
    }
    return StoredArticle(
      id: id, version: row["number"], versionCount: row["version_count"],
      article: try Self.decodeArticle(row["article_json"]), pageName: row["page_name"], importedAt: row["imported_at"])
  }

  /// Every stored version of an article, oldest first.
  package func versions(of id: Int64) throws(ArchiveError) -> [VersionInfo] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT v.number, v.imported_at, json_extract(v.article_json, '$.headline') AS headline,
            json_extract(v.article_json, '$.wordCount') AS word_count, p.name AS page_name
          FROM article_version v LEFT JOIN page p ON p.version_id = v.id
          WHERE v.article_id = ? ORDER BY v.number
          """, arguments: [id]
      ).map { row in
        VersionInfo(
          number: row["number"], importedAt: row["imported_at"], headline: row["headline"],
          wordCount: row["word_count"] ?? 0, page: row["page_name"])
      }
    }
  }

  /// Calls `body` with each article matching the filter (latest versions), in
  /// the filter's order, reading from one consistent snapshot. Archive
  /// failures are thrown as `ArchiveError`; `body`'s own errors pass through.
  package func forEachArticle(
    matching filter: ArticleFilter, _ body: (StoredArticle) throws -> Void
  ) throws {
    var (conditions, arguments) = try filter.conditions()
    if filter.collapseCopies {
      let collapse = try filter.collapseCondition()
      conditions.append(collapse.sql)
      arguments += collapse.arguments
    }
    let whereClause = conditions.isEmpty ? "" : "AND " + conditions.joined(separator: " AND ")
    do {
      try readRows(whereClause: whereClause, filter: filter, arguments: arguments, body)
    } catch let error as DatabaseError {
      throw ArchiveError(error)
    }
  }

  private func readRows(
    whereClause: String, filter: ArticleFilter, arguments: StatementArguments, _ body: (StoredArticle) throws -> Void
  ) throws {
    let copies = filter.collapseCopies ? ", \(Self.copyCount) AS copies" : ""
    try pool.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT a.id, a.version_count, v.number, v.article_json, v.imported_at, p.name AS page_name\(copies)
          FROM article a JOIN article_version v ON v.article_id = a.id AND v.number = a.version_count
          LEFT JOIN page p ON p.version_id = v.id
          WHERE 1 \(whereClause)
          ORDER BY \(filter.listOrder) \(filter.limitClause)
          """, arguments: arguments)
      while let row = try rows.next() {
        try body(
          StoredArticle(
            id: row["id"], version: row["number"], versionCount: row["version_count"],
            article: try Self.decodeArticle(row["article_json"]), pageName: row["page_name"],
            importedAt: row["imported_at"], copies: row["copies"]))
      }
    }
  }

  /// Deletes articles with their versions, pages and index entries, in one
  /// transaction. Returns the ids that did not exist.
  package func delete(ids: [Int64]) throws(ArchiveError) -> [Int64] {
    try write { db in
      var missing: [Int64] = []
      // What is left of their copy groups is grouped again afterwards.
      let mates = try Self.groupMates(of: ids, db)
      for id in ids {
        guard let record = try ArticleRecord.fetchOne(db, key: id) else {
          missing.append(id)
          continue
        }
        try FullTextIndex.remove(record, db)
        _ = try ArticleRecord.deleteOne(db, key: id)
      }
      try Self.regroup(mates.subtracting(ids), db)
      return missing
    }
  }

  static func decodeArticle(_ json: String) throws(ArchiveError) -> Article {
    do {
      return try JSONDecoder().decode(Article.self, from: Data(json.utf8))
    } catch {
      throw .corrupt("a stored article is not valid JSON")
    }
  }
}
