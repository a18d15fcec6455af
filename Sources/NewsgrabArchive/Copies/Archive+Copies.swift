import Foundation
import GRDB
import NewsgrabExtraction

/// One article of a copy group, as `dupes` lists it.
package struct CopyMember: Codable, Hashable, Sendable {
  package var id: Int64
  package var source: String?
  package var headline: String?
  package var url: String?
  package var publishedAt: String?
  package var capture: Capture
  /// Estimated similarity to the group's first article (1 for that one).
  package var similarity: Double

  package init(
    id: Int64, source: String? = nil, headline: String? = nil, url: String? = nil, publishedAt: String? = nil,
    capture: Capture, similarity: Double
  ) {
    self.id = id
    self.source = source
    self.headline = headline
    self.url = url
    self.publishedAt = publishedAt
    self.capture = capture
    self.similarity = similarity
  }
}

/// Articles whose bodies are the same story, oldest first.
package struct CopyGroup: Codable, Hashable, Sendable {
  /// The id of the group's first article.
  package var group: Int64
  package var articles: [CopyMember]

  package init(group: Int64, articles: [CopyMember]) {
    self.group = group
    self.articles = articles
  }
}

extension Archive {
  /// Stores an article's signature and bands, and places it in a group.
  /// Called when an article is new: nothing else needs regrouping.
  static func addCopySignature(_ signature: CopySignature?, articleID: Int64, _ db: Database) throws {
    guard let signature else { return }
    try storeSignature(signature, articleID: articleID, db)
    try assignGroup(articleID, signature: signature, db)
  }

  /// A changed body (a new version, a reindex): new signature and bands,
  /// then the article's old group and the article itself are grouped again.
  static func replaceCopySignature(_ signature: CopySignature?, articleID: Int64, _ db: Database) throws {
    let affected = try groupMates(of: [articleID], db)
    try db.cachedStatement(sql: "DELETE FROM copy_signature WHERE article_id = ?").execute(arguments: [articleID])
    if let signature { try storeSignature(signature, articleID: articleID, db) }
    try regroup(affected.union([articleID]), db)
  }

  /// The ids sharing a group with any of `ids` (themselves included).
  static func groupMates(of ids: [Int64], _ db: Database) throws -> Set<Int64> {
    var mates = Set<Int64>()
    let statement = try db.cachedStatement(
      sql: """
        SELECT m.article_id FROM copy_signature s JOIN copy_signature m ON m.copy_group = s.copy_group
        WHERE s.article_id = ?
        """)
    for id in ids { mates.formUnion(try Int64.fetchAll(statement, arguments: [id])) }
    return mates
  }

  /// Groups `ids` again from scratch, oldest first, against the rest of the
  /// archive: what remains of a group after a delete may fall apart, a
  /// reindexed body may join another group.
  static func regroup(_ ids: Set<Int64>, _ db: Database) throws {
    let sorted = ids.sorted()
    let clear = try db.cachedStatement(sql: "UPDATE copy_signature SET copy_group = NULL WHERE article_id = ?")
    for id in sorted { try clear.execute(arguments: [id]) }
    for id in sorted {
      guard let signature = try signature(of: id, db) else { continue }
      try assignGroup(id, signature: signature, db)
    }
  }

  private static func storeSignature(_ signature: CopySignature, articleID: Int64, _ db: Database) throws {
    try db.cachedStatement(sql: "INSERT INTO copy_signature (article_id, minhash) VALUES (?, ?)")
      .execute(arguments: [articleID, Data(signature.bytes)])
    let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO copy_band (band, key, article_id) VALUES (?, ?, ?)")
    for (index, key) in signature.bandKeys.enumerated() {
      try band.execute(arguments: [index, key, articleID])
    }
  }

  static func signature(of id: Int64, _ db: Database) throws -> CopySignature? {
    guard
      let data = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT minhash FROM copy_signature WHERE article_id = ?"), arguments: [id])
    else { return nil }
    return CopySignature(bytes: [UInt8](data))
  }

  /// Joins the group of the most similar grouped article that shares a band
  /// and reaches `sameStoryThreshold`; else starts a group of its own.
  private static func assignGroup(_ id: Int64, signature: CopySignature, _ db: Database) throws {
    let group = signature.group(among: try candidates(for: signature, excluding: id, db)) ?? id
    try db.cachedStatement(sql: "UPDATE copy_signature SET copy_group = ? WHERE article_id = ?")
      .execute(arguments: [group, id])
  }

  /// Grouped articles sharing at least one band with `signature`: an index
  /// lookup per band, so the cost follows the number of candidates, not the
  /// size of the archive.
  private static func candidates(
    for signature: CopySignature, excluding id: Int64, _ db: Database
  ) throws -> [(group: Int64, signature: CopySignature)] {
    let lookup = try db.cachedStatement(sql: "SELECT article_id FROM copy_band WHERE band = ? AND key = ?")
    var ids = Set<Int64>()
    for (band, key) in signature.bandKeys.enumerated() {
      ids.formUnion(try Int64.fetchAll(lookup, arguments: [band, key]))
    }
    ids.remove(id)
    let load = try db.cachedStatement(
      sql: "SELECT minhash, copy_group FROM copy_signature WHERE article_id = ? AND copy_group IS NOT NULL")
    var found: [(group: Int64, signature: CopySignature)] = []
    for candidate in ids.sorted() {
      guard let row = try Row.fetchOne(load, arguments: [candidate]),
        let other = CopySignature(bytes: [UInt8](row[0] as Data))
      else { continue }
      found.append((row[1], other))
    }
    return found
  }

  /// Signs and groups every article that has no signature yet (an archive
  /// written before schema v7), oldest first.
  static func backfillCopies(_ db: Database) throws {
    let rows = try Row.fetchAll(
      db,
      sql:
        "SELECT id, body FROM article WHERE id NOT IN (SELECT article_id FROM copy_signature) ORDER BY id")
    for row in rows {
      let body: String = row[1]
      try addCopySignature(CopySignature(body: body), articleID: row[0], db)
    }
  }

  // MARK: Queries

  /// The copy groups of two or more articles: those members that match the
  /// filter and are at least `minimumSimilarity` like the group's first
  /// article. Groups in order of their first article.
  package func copyGroups(matching filter: ArticleFilter, minimumSimilarity: Double) throws(ArchiveError)
    -> [CopyGroup]
  {
    let (conditions, arguments) = try filter.conditions()
    let whereClause = conditions.isEmpty ? "" : "AND " + conditions.joined(separator: " AND ")
    return try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.source, a.headline, a.url, a.published_at, a.capture_url, a.saved_at, a.capture_format,
            s.copy_group, s.minhash
          FROM copy_signature s JOIN article a ON a.id = s.article_id
          WHERE s.copy_group IN (SELECT copy_group FROM copy_signature GROUP BY copy_group HAVING count(*) > 1)
          \(whereClause)
          ORDER BY s.copy_group, a.id
          """, arguments: arguments)
      var groups: [CopyGroup] = []
      var leader: CopySignature? = nil
      for row in rows {
        let group: Int64 = row["copy_group"]
        let signature = CopySignature(bytes: [UInt8](row["minhash"] as Data))
        if groups.last?.group != group {
          leader = try Self.signature(of: group, db) ?? signature
          groups.append(CopyGroup(group: group, articles: []))
        }
        let similarity = signature.flatMap { leader?.similarity(to: $0) } ?? 0
        guard similarity >= minimumSimilarity else { continue }
        groups[groups.count - 1].articles.append(
          CopyMember(
            id: row["id"], source: row["source"], headline: row["headline"], url: row["url"],
            publishedAt: row["published_at"],
            capture: Capture(
              url: row["capture_url"], savedAt: row["saved_at"],
              format: (row["capture_format"] as String?) ?? Capture.unknownFormat),
            similarity: similarity))
      }
      return groups.filter { $0.articles.count > 1 }
    }
  }

  /// The other articles in `id`'s copy group, oldest first.
  package func copies(of id: Int64) throws(ArchiveError) -> [CopyMember] {
    try read { db in
      guard let own = try Self.signature(of: id, db) else { return [] }
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.source, a.headline, a.url, a.published_at, a.capture_url, a.saved_at, a.capture_format,
            m.minhash
          FROM copy_signature s JOIN copy_signature m ON m.copy_group = s.copy_group AND m.article_id != s.article_id
          JOIN article a ON a.id = m.article_id
          WHERE s.article_id = ? ORDER BY a.id
          """, arguments: [id])
      return rows.map { row in
        CopyMember(
          id: row["id"], source: row["source"], headline: row["headline"], url: row["url"],
          publishedAt: row["published_at"],
          capture: Capture(
            url: row["capture_url"], savedAt: row["saved_at"],
            format: (row["capture_format"] as String?) ?? Capture.unknownFormat),
          similarity: CopySignature(bytes: [UInt8](row["minhash"] as Data)).map { own.similarity(to: $0) } ?? 0)
      }
    }
  }
}
