import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import PostgresNIO

/// Copy groups, as the SQLite archive keeps them (`Archive+Copies.swift`):
/// the same signatures, bands and grouping rule (`CopySignature.group`),
/// with each band lookup done in one statement over an array of keys.
extension PostgresArchive {
  static func addCopySignature(_ signature: CopySignature?, articleID: Int64, _ db: PostgresSession) throws {
    guard let signature else { return }
    try storeSignature(signature, articleID: articleID, db)
    try assignGroup(articleID, signature: signature, db)
  }

  static func replaceCopySignature(_ signature: CopySignature?, articleID: Int64, _ db: PostgresSession) throws {
    let affected = try groupMates(of: [articleID], db)
    try db.rows(SQL("DELETE FROM copy_signature WHERE article_id = ?", .int(articleID)))
    if let signature { try storeSignature(signature, articleID: articleID, db) }
    try regroup(affected.union([articleID]), db)
  }

  static func groupMates(of ids: [Int64], _ db: PostgresSession) throws -> Set<Int64> {
    guard !ids.isEmpty else { return [] }
    return Set(
      try db.rows(
        SQL(
          """
          SELECT m.article_id FROM copy_signature s JOIN copy_signature m ON m.copy_group = s.copy_group
          WHERE s.article_id = ANY(?)
          """, .ints(ids))
      ).map { try $0.get(0, Int64.self) })
  }

  static func regroup(_ ids: Set<Int64>, _ db: PostgresSession) throws {
    let sorted = ids.sorted()
    guard !sorted.isEmpty else { return }
    try db.rows(SQL("UPDATE copy_signature SET copy_group = NULL WHERE article_id = ANY(?)", .ints(sorted)))
    for id in sorted {
      guard let signature = try signature(of: id, db) else { continue }
      try assignGroup(id, signature: signature, db)
    }
  }

  private static func storeSignature(_ signature: CopySignature, articleID: Int64, _ db: PostgresSession) throws {
    try db.rows(
      SQL(
        "INSERT INTO copy_signature (article_id, minhash) VALUES (?, ?)", .int(articleID),
        .bytes(Data(signature.bytes))))
    try db.rows(
      SQL(
        """
        INSERT INTO copy_band (band, key, article_id)
        SELECT band - 1, key, ? FROM unnest(?::bigint[]) WITH ORDINALITY AS t(key, band) ON CONFLICT DO NOTHING
        """, .int(articleID), .ints(signature.bandKeys)))
  }

  static func signature(of id: Int64, _ db: PostgresSession) throws -> CopySignature? {
    guard let row = try db.rows(SQL("SELECT minhash FROM copy_signature WHERE article_id = ?", .int(id))).first
    else { return nil }
    return CopySignature(bytes: [UInt8](try row.get(0, Data.self)))
  }

  private static func assignGroup(_ id: Int64, signature: CopySignature, _ db: PostgresSession) throws {
    let rows = try db.rows(
      SQL(
        """
        SELECT s.article_id, s.copy_group, s.minhash FROM copy_signature s
        WHERE s.copy_group IS NOT NULL AND s.article_id <> ? AND s.article_id IN (
          SELECT b.article_id FROM copy_band b
          JOIN unnest(?::bigint[]) WITH ORDINALITY AS t(key, band) ON b.band = t.band - 1 AND b.key = t.key)
        ORDER BY s.article_id
        """, .int(id), .ints(signature.bandKeys)))
    let candidates = try rows.compactMap { row -> (group: Int64, signature: CopySignature)? in
      guard let other = CopySignature(bytes: [UInt8](try row.get(2, Data.self))) else { return nil }
      return (try row.get(1, Int64.self), other)
    }
    let group = signature.group(among: candidates) ?? id
    try db.rows(SQL("UPDATE copy_signature SET copy_group = ? WHERE article_id = ?", .int(group), .int(id)))
  }

  package func copyGroups(matching filter: ArticleFilter, minimumSimilarity: Double) throws(ArchiveError)
    -> [CopyGroup]
  {
    let (conditions, values) = try filter.conditions(dialect: .postgres)
    var sql = SQL(
      """
      SELECT a.id, a.source, a.headline, a.url, a.published_at, a.capture_url, a.saved_at, a.capture_format,
        s.copy_group, s.minhash
      FROM copy_signature s JOIN article a ON a.id = s.article_id
      WHERE s.copy_group IN (SELECT copy_group FROM copy_signature GROUP BY copy_group HAVING count(*) > 1)
      """)
    sql.append(conditions.map { " AND " + $0 }.joined(), filterValues: values)
    sql.append(" ORDER BY s.copy_group, a.id")
    return try session.read { db in
      var groups: [CopyGroup] = []
      var leader: CopySignature? = nil
      for row in try db.rows(sql) {
        let group = try row.get("copy_group", Int64.self)
        let signature = CopySignature(bytes: [UInt8](try row.get("minhash", Data.self)))
        if groups.last?.group != group {
          leader = try Self.signature(of: group, db) ?? signature
          groups.append(CopyGroup(group: group, articles: []))
        }
        let similarity = signature.flatMap { leader?.similarity(to: $0) } ?? 0
        guard similarity >= minimumSimilarity else { continue }
        groups[groups.count - 1].articles.append(try Self.member(row, similarity: similarity))
      }
      return groups.filter { $0.articles.count > 1 }
    }
  }

  package func copies(of id: Int64) throws(ArchiveError) -> [CopyMember] {
    try session.read { db in
      guard let own = try Self.signature(of: id, db) else { return [] }
      return try db.rows(
        SQL(
          """
          SELECT a.id, a.source, a.headline, a.url, a.published_at, a.capture_url, a.saved_at, a.capture_format,
            m.minhash
          FROM copy_signature s JOIN copy_signature m ON m.copy_group = s.copy_group AND m.article_id <> s.article_id
          JOIN article a ON a.id = m.article_id
          WHERE s.article_id = ? ORDER BY a.id
          """, .int(id))
      ).map { row in
        let similarity = CopySignature(bytes: [UInt8](try row.get("minhash", Data.self))).map { own.similarity(to: $0) }
        return try Self.member(row, similarity: similarity ?? 0)
      }
    }
  }

  private static func member(_ row: PostgresRow, similarity: Double) throws -> CopyMember {
    CopyMember(
      id: try row.get("id"), source: try row.get("source"), headline: try row.get("headline"), url: try row.get("url"),
      publishedAt: try row.get("published_at"),
      capture: Capture(
        url: try row.get("capture_url"), savedAt: try row.get("saved_at"),
        format: try row.get("capture_format", String?.self) ?? Capture.unknownFormat),
      similarity: similarity)
  }
}
