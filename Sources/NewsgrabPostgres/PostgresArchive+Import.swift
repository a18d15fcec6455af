import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import PostgresNIO

extension PostgresArchive {
  /// The `article` columns written from an `ArticleRecord`, in `values(of:)` order.
  static let articleColumns = [
    "identity", "identity_kind", "url", "headline", "description", "body", "authors", "tags", "source", "source_url",
    "published_at", "published_date", "modified_at", "language", "section", "word_count", "lead_image_url",
    "version_count", "first_imported_at", "last_imported_at", "capture_url", "saved_at", "capture_format",
  ]

  static func values(of record: ArticleRecord) -> [Bind] {
    [
      .text(record.identity), .text(record.identityKind), .text(record.url), .text(record.headline),
      .text(record.description), .text(record.body), .text(record.authors), .text(record.tags), .text(record.source),
      .text(record.sourceUrl), .text(record.publishedAt), .text(record.publishedDate), .text(record.modifiedAt),
      .text(record.language), .text(record.section), .int32(Int32(clamping: record.wordCount)),
      .text(record.leadImageUrl), .int32(Int32(clamping: record.versionCount)), .text(record.firstImportedAt),
      .text(record.lastImportedAt), .text(record.captureUrl), .text(record.savedAt), .text(record.captureFormat),
    ]
  }

  static let insertArticle =
    "INSERT INTO article (\(articleColumns.joined(separator: ", "))) VALUES ("
    + articleColumns.map { _ in "?" }.joined(separator: ", ") + ") ON CONFLICT (identity) DO NOTHING RETURNING id"
  static let updateArticle =
    "UPDATE article SET " + articleColumns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"

  package func storedPageHashes() throws(ArchiveError) -> Set<String> {
    try session.read { db in Set(try db.rows(SQL("SELECT sha256 FROM page")).map { try $0.get(0, String.self) }) }
  }

  /// Stores a batch in one transaction, as the SQLite archive does, and is
  /// safe beside other importers writing the same database:
  ///
  /// - identity is the unique key of `article`: a new article is an
  ///   `INSERT … ON CONFLICT (identity) DO NOTHING`; when the row exists, it
  ///   is locked (`FOR UPDATE`) and the page weighed against the latest
  ///   version, so two importers meeting one story make one article and,
  ///   when the text differs, versions — never two articles, never a lost
  ///   version;
  /// - first, the batch takes a transaction-scoped advisory lock per
  ///   identity, in sorted order: two importers wait for each other on a
  ///   shared story instead of deadlocking, while pages are still stored in
  ///   the order given (ids follow import order, as in SQLite);
  /// - a deadlock or unique-key race that still happens (copy groups, a hash
  ///   collision of two identities) rolls the batch back and runs it again
  ///   (`PostgresSession.write`).
  package func save(_ items: [ImportItem], now: Date) throws(ArchiveError) -> [ImportOutcome] {
    let stamp = Archive.timestamp(now)
    let identities = Set(items.map(\.identity.key)).sorted()
    return try session.write { db in
      if !identities.isEmpty {
        try db.rows(
          SQL(
            "SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest(?::text[]) AS t(key)",
            .texts(identities)))
      }
      return try items.map { item in try Self.save(item, at: stamp, db) }
    }
  }

  private static func storedArticle(ofPage hash: String, _ db: PostgresSession) throws -> Int64? {
    try db.rows(
      SQL(
        "SELECT v.article_id FROM page p JOIN article_version v ON v.id = p.version_id WHERE p.sha256 = ?",
        .text(hash))
    ).first.map { try $0.get(0, Int64.self) }
  }

  private static func save(_ item: ImportItem, at stamp: String, _ db: PostgresSession) throws -> ImportOutcome {
    if let id = try storedArticle(ofPage: item.pageHash, db) { return .unchanged(id: id) }
    let existing = SQL(
      "SELECT id, version_count, first_imported_at FROM article WHERE identity = ? FOR UPDATE", .text(item.identity.key)
    )
    var found = try db.rows(existing).first
    if found == nil {
      // Looked up first, inserted only when missing: an INSERT that meets a
      // conflict still takes a number from the id sequence, and ids would
      // not follow import order as SQLite's do.
      let fresh = Archive.record(
        for: item.article, identity: item.identity, versionCount: 1, firstImportedAt: stamp, at: stamp, id: nil)
      if let inserted = try db.rows(SQL(insertArticle, values(of: fresh))).first {
        let id = try inserted.get(0, Int64.self)
        try replaceChildren(of: id, with: item.article, db)
        try addVersion(item, articleID: id, number: 1, at: stamp, db)
        try addCopySignature(item.copySignature, articleID: id, db)
        return .new(id: id)
      }
      // Another importer stored this identity meanwhile: hold its row.
      found = try db.rows(existing).first
    }
    guard let row = found else {
      throw ArchiveError.database("an article vanished while a new version was being added")
    }
    let id = try row.get(0, Int64.self)
    let count = Int(try row.get(1, Int32.self))
    let first = try row.get(2, String.self)
    if let stored = try storedArticle(ofPage: item.pageHash, db) { return .unchanged(id: stored) }
    let latest = try db.rows(
      SQL(
        "SELECT content_hash FROM article_version WHERE article_id = ? ORDER BY number DESC LIMIT 1", .int(id))
    ).first.map { try $0.get(0, String.self) }
    if latest == item.contentHash { return .unchanged(id: id) }
    let number = count + 1
    let record = Archive.record(
      for: item.article, identity: item.identity, versionCount: number, firstImportedAt: first, at: stamp, id: id)
    try db.rows(SQL(updateArticle, values(of: record) + [.int(id)]))
    try replaceChildren(of: id, with: item.article, db)
    try addVersion(item, articleID: id, number: number, at: stamp, db)
    try replaceCopySignature(item.copySignature, articleID: id, db)
    return .updated(id: id, version: number)
  }

  private static func addVersion(
    _ item: ImportItem, articleID: Int64, number: Int, at stamp: String, _ db: PostgresSession
  ) throws {
    let versionID = try db.rows(
      SQL(
        """
        INSERT INTO article_version (article_id, number, content_hash, article_json, imported_at)
        VALUES (?, ?, ?, ?, ?) RETURNING id
        """, .int(articleID), .int32(Int32(number)), .text(item.contentHash), .text(item.articleJSON), .text(stamp))
    )[0].get(0, Int64.self)
    let page = item.page
    try db.rows(
      SQL(
        """
        INSERT INTO page (version_id, sha256, name, format, url, saved_at, charset_hint, resources, byte_count, zlib,
          capture_format)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, .int(versionID), .text(item.pageHash), .text(page.name), .text(page.format.rawValue), .text(page.url),
        .text(page.savedAt), .text(page.charsetHint), .text(StoredResources.json(page.resources)),
        .int32(Int32(clamping: page.bytes.count)), .bytes(item.compressedPage), .text(page.container.rawValue)))
  }

  /// Rewrites the author, image and teaser rows of an article's latest version.
  static func replaceChildren(of articleID: Int64, with article: Article, _ db: PostgresSession) throws {
    for table in ["author", "image", "teaser"] {
      try db.rows(SQL("DELETE FROM \(table) WHERE article_id = ?", .int(articleID)))
    }
    if !article.authors.isEmpty {
      var sql = SQL("INSERT INTO author (article_id, position, name) VALUES ")
      for (position, name) in article.authors.enumerated() {
        sql.append(position == 0 ? "(?, ?, ?)" : ", (?, ?, ?)", .int(articleID), .int32(Int32(position)), .text(name))
      }
      try db.rows(sql)
    }
    var images: [(ArticleImage, Bool)] = article.leadImage.map { [($0, true)] } ?? []
    images += article.images.filter { $0.url != article.leadImage?.url }.map { ($0, false) }
    if !images.isEmpty {
      var sql = SQL(
        "INSERT INTO image (article_id, position, url, alt, caption, credit, width, height, is_lead) VALUES ")
      for (position, (image, isLead)) in images.enumerated() {
        sql.append(
          position == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, \(isLead))" : ", (?, ?, ?, ?, ?, ?, ?, ?, \(isLead))",
          .int(articleID),
          .int32(Int32(position)), .text(image.url), .text(image.alt), .text(image.caption), .text(image.credit),
          .int32(image.width.map { Int32(clamping: $0) }), .int32(image.height.map { Int32(clamping: $0) }))
      }
      try db.rows(sql)
    }
    if !article.related.isEmpty {
      var sql = SQL("INSERT INTO teaser (article_id, position, headline, url, summary, image) VALUES ")
      for (position, teaser) in article.related.enumerated() {
        sql.append(
          position == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)", .int(articleID), .int32(Int32(position)),
          .text(teaser.headline), .text(teaser.url), .text(teaser.summary), .text(teaser.image))
      }
      try db.rows(sql)
    }
  }
}
