import Foundation
import GRDB
import NewsgrabExtraction
import NewsgrabInput

/// One extracted page, ready to be stored.
///
/// Everything about the page that does not need the database (its
/// identity, content fingerprint, JSON and compressed bytes) is worked out
/// here, on the thread that extracted it: the importer builds items on its
/// worker threads, so the single writer only runs SQL.
package struct ImportItem: Sendable {
  package let page: InputPage
  package let article: Article
  /// SHA-256 of `page.bytes`.
  package let pageHash: String
  package let identity: Identity
  package let contentHash: String
  package let articleJSON: String
  /// `page.bytes` as a zlib stream (libdeflate, `Archive.pageCompressionLevel`).
  package let compressedPage: Data
  /// The body's copy signature (nil for a body too short to group).
  package let copySignature: CopySignature?

  package init(page: InputPage, article: Article, pageHash: String? = nil) {
    self.page = page
    self.article = article
    self.pageHash = pageHash ?? SHA256.hex(page.bytes)
    identity = Identity.of(article, page: page)
    contentHash = Identity.contentHash(article)
    articleJSON = Archive.json(article)
    compressedPage = Data(Deflate.zlib(page.bytes, level: Archive.pageCompressionLevel))
    copySignature = CopySignature(body: article.body)
  }
}

/// What storing one page did.
package enum ImportOutcome: Hashable, Sendable {
  /// A new article.
  case new(id: Int64)
  /// A new version of an article already stored (changed content).
  case updated(id: Int64, version: Int)
  /// Nothing new: the same page, or the same content, is already stored.
  case unchanged(id: Int64)
}

extension Archive {
  /// libdeflate level for stored pages. Measured on the 72.6 MB of corpus
  /// pages (one thread, a shared machine): level 1 took 0.24–0.36 s for
  /// 15.4 MB, level 3 0.37–0.56 s for 14.8 MB, level 6 0.57 s for 14.1 MB;
  /// zlib's level 3, used before, took 0.55 s for 15.8 MB. Level 1 is the
  /// cheapest and still smaller than what zlib gave.
  static let pageCompressionLevel: Int32 = 1

  /// SHA-256 of every stored page: an importer skips these without extracting.
  package func storedPageHashes() throws(ArchiveError) -> Set<String> {
    try read { db in Set(try String.fetchAll(db, sql: "SELECT sha256 FROM page")) }
  }

  /// Stores a batch of extracted pages in one transaction, in order: all of
  /// it is committed, or (on any failure) none of it.
  package func save(_ items: [ImportItem], now: Date) throws(ArchiveError) -> [ImportOutcome] {
    let stamp = Self.timestamp(now)
    return try write { db in
      try items.map { item in try save(item, at: stamp, db) }
    }
  }

  private func save(_ item: ImportItem, at stamp: String, _ db: Database) throws -> ImportOutcome {
    // Cached statements throughout: the same few run for every page, and
    // preparing them afresh (with the record encoding now written out) cost
    // 0.16 CPU-s over the 443 corpus pages.
    if let articleID = try Int64.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT article_version.article_id FROM page JOIN article_version ON article_version.id = page.version_id
          WHERE page.sha256 = ?
          """), arguments: [item.pageHash])
    {
      return .unchanged(id: articleID)
    }
    let identity = item.identity
    let contentHash = item.contentHash
    if var existing = try ArticleRecord.fetchOne(
      db.cachedStatement(sql: "SELECT * FROM article WHERE identity = ?"), arguments: [identity.key])
    {
      let articleID = existing.id!
      let latest = try String.fetchOne(
        db.cachedStatement(
          sql: "SELECT content_hash FROM article_version WHERE article_id = ? ORDER BY number DESC LIMIT 1"),
        arguments: [articleID])
      if latest == contentHash { return .unchanged(id: articleID) }
      let number = existing.versionCount + 1
      try FullTextIndex.remove(existing, db)
      existing = Self.record(
        for: item.article, identity: identity, versionCount: number, firstImportedAt: existing.firstImportedAt,
        at: stamp, id: articleID)
      try existing.update(db)
      try FullTextIndex.add(existing, db)
      try replaceChildren(of: articleID, with: item.article, db)
      try addVersion(item, articleID: articleID, number: number, contentHash: contentHash, at: stamp, db)
      try Self.replaceCopySignature(item.copySignature, articleID: articleID, db)
      return .updated(id: articleID, version: number)
    }
    var record = Self.record(
      for: item.article, identity: identity, versionCount: 1, firstImportedAt: stamp, at: stamp, id: nil)
    try record.insert(db)
    let articleID = record.id!
    try FullTextIndex.add(record, db)
    try replaceChildren(of: articleID, with: item.article, db)
    try addVersion(item, articleID: articleID, number: 1, contentHash: contentHash, at: stamp, db)
    try Self.addCopySignature(item.copySignature, articleID: articleID, db)
    return .new(id: articleID)
  }

  private func addVersion(
    _ item: ImportItem, articleID: Int64, number: Int, contentHash: String, at stamp: String, _ db: Database
  ) throws {
    var version = ArticleVersionRecord(
      id: nil, articleId: articleID, number: number, contentHash: contentHash,
      articleJson: item.articleJSON, importedAt: stamp)
    try version.insert(db)
    var page = PageRecord(
      id: nil, versionId: version.id!, sha256: item.pageHash, name: item.page.name,
      format: item.page.format.rawValue, url: item.page.url, savedAt: item.page.savedAt,
      charsetHint: item.page.charsetHint, resources: StoredResources.json(item.page.resources),
      byteCount: item.page.bytes.count, zlib: item.compressedPage, captureFormat: item.page.container.rawValue)
    try page.insert(db)
  }

  /// Rewrites the author, image and teaser rows of an article's latest version.
  func replaceChildren(of articleID: Int64, with article: Article, _ db: Database) throws {
    for table in ["author", "image", "teaser"] {
      try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article_id = ?").execute(arguments: [articleID])
    }
    for (position, name) in article.authors.enumerated() {
      try AuthorRecord(articleId: articleID, position: position, name: name).insert(db)
    }
    var images: [(ArticleImage, Bool)] = article.leadImage.map { [($0, true)] } ?? []
    images += article.images.filter { $0.url != article.leadImage?.url }.map { ($0, false) }
    for (position, (image, isLead)) in images.enumerated() {
      try ImageRecord(
        articleId: articleID, position: position, url: image.url, alt: image.alt, caption: image.caption,
        credit: image.credit, width: image.width, height: image.height, isLead: isLead
      ).insert(db)
    }
    for (position, teaser) in article.related.enumerated() {
      try TeaserRecord(
        articleId: articleID, position: position, headline: teaser.headline, url: teaser.url,
        summary: teaser.summary, image: teaser.image
      ).insert(db)
    }
  }

  /// The `article` row for the latest version of an article.
  package static func record(
    for article: Article, identity: Identity, versionCount: Int, firstImportedAt: String, at stamp: String, id: Int64?
  ) -> ArticleRecord {
    ArticleRecord(
      id: id, identity: identity.key, identityKind: identity.kind, url: article.url, headline: article.headline,
      description: article.description, body: article.body, authors: article.authors.joined(separator: "; "),
      tags: article.tags.joined(separator: ", "), source: article.source.name, sourceUrl: article.source.url,
      publishedAt: article.publishedAt, publishedDate: publishedDate(article.publishedAt),
      modifiedAt: article.modifiedAt, language: article.language, section: article.section,
      wordCount: article.wordCount, leadImageUrl: article.leadImage?.url, versionCount: versionCount,
      firstImportedAt: firstImportedAt, lastImportedAt: stamp, captureUrl: article.capture.url,
      savedAt: article.capture.savedAt,
      captureFormat: article.capture.format == Capture.unknownFormat ? nil : article.capture.format)
  }

  /// `YYYY-MM-DD` (or `YYYY-MM`) at the start of an ISO 8601 date, else nil.
  package static func publishedDate(_ text: String?) -> String? {
    guard let text else { return nil }
    let scalars = Array(text.unicodeScalars.prefix(10))
    func digits(_ range: Range<Int>) -> Bool {
      range.upperBound <= scalars.count && range.allSatisfy { ("0"..."9").contains(scalars[$0]) }
    }
    guard digits(0..<4), scalars.count >= 7, scalars[4] == "-", digits(5..<7) else { return nil }
    if scalars.count >= 10, scalars[7] == "-", digits(8..<10) {
      return String(String.UnicodeScalarView(scalars[0..<10]))
    }
    return String(String.UnicodeScalarView(scalars[0..<7]))
  }

  package static func json(_ article: Article) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(article)) ?? Data("{}".utf8), as: UTF8.self)
  }

  package static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}

/// The resources of a page (MHTML parts, Save-As folders) as stored in `page.resources`.
package enum StoredResources {
  private struct Resource: Codable {
    var mediaType: String
    var byteCount: Int
    var localPath: String?
  }

  package static func json(_ resources: [String: EmbeddedResource]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let values = resources.mapValues {
      Resource(mediaType: $0.mediaType, byteCount: $0.byteCount, localPath: $0.localPath)
    }
    return String(decoding: (try? encoder.encode(values)) ?? Data("{}".utf8), as: UTF8.self)
  }

  package static func decode(_ json: String) -> [String: EmbeddedResource] {
    guard let values = try? JSONDecoder().decode([String: Resource].self, from: Data(json.utf8)) else { return [:] }
    return values.mapValues {
      EmbeddedResource(mediaType: $0.mediaType, byteCount: $0.byteCount, localPath: $0.localPath)
    }
  }
}
