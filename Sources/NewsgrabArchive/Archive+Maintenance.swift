import Foundation
import GRDB
import NewsgrabExtraction
import NewsgrabInput

extension Archive {
  /// How many sources `stats` names.
  static let topSourceCount = 10

  package func stats() throws(ArchiveError) -> ArchiveStats {
    let path = self.path
    return try read { db in
      func counts(_ sql: String) throws -> [ArchiveStats.Count] {
        try Row.fetchAll(db, sql: sql).map { ArchiveStats.Count(name: $0[0] ?? "unknown", count: $0[1]) }
      }
      let range = try Row.fetchOne(db, sql: "SELECT min(published_date), max(published_date) FROM article")
      let sizes = try Row.fetchOne(
        db, sql: "SELECT coalesce(sum(byte_count), 0), coalesce(sum(zlib_bytes), 0) FROM page_size")
      let fileBytes = ["", "-wal"].reduce(0) { total, suffix in
        total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
      }
      return ArchiveStats(
        articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
        versions: try Int.fetchOne(db, sql: "SELECT count(*) FROM article_version") ?? 0,
        pages: try Int.fetchOne(db, sql: "SELECT count(*) FROM page") ?? 0,
        sources: try Int.fetchOne(db, sql: "SELECT count(DISTINCT lower(source)) FROM article WHERE source IS NOT NULL")
          ?? 0,
        authors: try Int.fetchOne(db, sql: "SELECT count(DISTINCT lower(name)) FROM author") ?? 0,
        languages: try counts(
          "SELECT language, count(*) AS n FROM article GROUP BY lower(language) ORDER BY n DESC, language"),
        topSources: try counts(
          "SELECT source, count(*) AS n FROM article WHERE source IS NOT NULL GROUP BY lower(source) ORDER BY n DESC, source LIMIT \(Self.topSourceCount)"
        ),
        earliest: range?[0], latest: range?[1],
        perMonth: try counts(
          "SELECT substr(published_date, 1, 7) AS month, count(*) FROM article WHERE published_date IS NOT NULL GROUP BY month ORDER BY month"
        ),
        undated: try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE published_date IS NULL") ?? 0,
        pageBytes: sizes?[0] ?? 0, compressedPageBytes: sizes?[1] ?? 0, fileBytes: fileBytes, path: path)
    }
  }

  /// Problems SQLite, the full-text index and the stored pages report, one
  /// line each; empty when the archive is sound. It finds a damaged file
  /// (`integrity_check`), rows whose parent is gone (a version without its
  /// article, a page without its version), an index out of step with the
  /// articles, an article without its latest version, and a stored page that
  /// is not a zlib stream or does not inflate to its recorded size and hash.
  /// (A write transaction only because FTS5 runs its check as an INSERT; nothing changes.)
  package func check() throws(ArchiveError) -> [String] {
    try write { db in
      var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
      var orphans: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
        let child: String = row[0] ?? "?"
        let parent: String = row[2] ?? "?"
        orphans["\(child) → \(parent)", default: 0] += 1
      }
      for (link, count) in orphans.sorted(by: { $0.key < $1.key }) {
        problems.append("\(count) rows point at missing rows (\(link))")
      }
      let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
      for (table, name) in [("article_fts", "full-text index"), ("headline_fts", "headline index")] {
        do {
          try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
        } catch {
          problems.append("\(name): \(ArchiveError(error).description)")
        }
        let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)_docsize") ?? 0
        if indexed != articles {
          problems.append("\(name) holds \(indexed) rows for \(articles) articles")
        }
      }
      let unversioned =
        try Int.fetchOne(
          db,
          sql:
            "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_version v WHERE v.article_id = a.id AND v.number = a.version_count)"
        ) ?? 0
      if unversioned > 0 { problems.append("\(unversioned) articles miss their latest version") }
      let unsized =
        try Int.fetchOne(
          db,
          sql: """
            SELECT (SELECT count(*) FROM page p LEFT JOIN page_size s ON s.page_id = p.id
              WHERE s.page_id IS NULL OR s.byte_count != p.byte_count OR s.zlib_bytes != length(p.zlib))
              + (SELECT count(*) FROM page_size s WHERE NOT EXISTS (SELECT 1 FROM page p WHERE p.id = s.page_id))
            """) ?? 0
      if unsized > 0 { problems.append("page sizes are out of step with \(unsized) stored pages (`stats` totals)") }
      problems += try Self.damagedPages(db)
      return problems
    }
  }

  /// Stored pages that do not inflate, or inflate to other bytes than were
  /// stored (size or SHA-256 differ): one line per kind, naming the first.
  /// The pages are read one at a time through a cursor, so memory stays flat.
  private static func damagedPages(_ db: Database) throws -> [String] {
    var notZlib: [String] = []
    var altered: [String] = []
    let rows = try Row.fetchCursor(db, sql: "SELECT name, sha256, byte_count, zlib FROM page ORDER BY id")
    while let row = try rows.next() {
      let name: String = row[0]
      let byteCount: Int = row[2]
      let blob: Data = row[3] ?? Data()
      do {
        let bytes = try Zlib.decompress([UInt8](blob), limit: byteCount)
        if bytes.count != byteCount || SHA256.hex(bytes) != row[1] { altered.append(name) }
      } catch InputError.tooLarge {
        altered.append(name)
      } catch {
        notZlib.append(name)
      }
    }
    var problems: [String] = []
    if let first = notZlib.first {
      problems.append("\(notZlib.count) stored pages are not whole zlib streams (first: \(first))")
    }
    if let first = altered.first {
      problems.append("\(altered.count) stored pages do not inflate to their recorded size and hash (first: \(first))")
    }
    return problems
  }

  // MARK: Reindex

  /// Version ids with a stored page, in order, after `lastID`.
  package func storedPages(after lastID: Int64, limit: Int) throws(ArchiveError) -> [StoredPage] {
    try read { db in
      try PageRecord.fetchAll(
        db, sql: "SELECT * FROM page WHERE version_id > ? ORDER BY version_id LIMIT ?", arguments: [lastID, limit]
      ).map(Self.storedPage)
    }
  }

  /// A page row as `reindex` and the reader take it: inflated, its capture decoded.
  static func storedPage(_ record: PageRecord) -> StoredPage {
    // A page that does not inflate to its recorded size is damaged: it
    // is handed on as such, and its stored extraction is left alone.
    let inflated = try? Zlib.decompress([UInt8](record.zlib), limit: record.byteCount)
    let damaged = inflated?.count != record.byteCount
    let bytes = damaged ? [] : inflated ?? []
    let page = InputPage(
      name: record.name, bytes: bytes, format: InputPage.Format(rawValue: record.format) ?? .html,
      charsetHint: record.charsetHint, url: record.url, savedAt: record.savedAt,
      resources: StoredResources.decode(record.resources),
      container: record.captureFormat.flatMap(InputPage.Container.init(rawValue:)))
    return StoredPage(
      versionID: record.versionId, page: page, isDamaged: damaged, captureUnknown: record.captureFormat == nil)
  }

  /// How many stored pages `reindex` will go through.
  package func storedPageCount() throws(ArchiveError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM page") ?? 0 }
  }

  /// Replaces the extraction of stored versions with fresh ones, in one
  /// transaction; the latest version also rewrites the article row, its
  /// authors, images, teasers and index entry. Identity and history stay.
  /// Returns how many versions changed.
  package func replaceExtractions(_ items: [(versionID: Int64, article: Article)]) throws(ArchiveError) -> Int {
    try write { db in
      var changed = 0
      for (versionID, article) in items {
        guard var version = try ArticleVersionRecord.fetchOne(db, key: versionID) else { continue }
        let json = Self.json(article)
        guard json != version.articleJson else { continue }
        changed += 1
        version.articleJson = json
        version.contentHash = Identity.contentHash(article)
        try version.update(db)
        guard var record = try ArticleRecord.fetchOne(db, key: version.articleId), record.versionCount == version.number
        else { continue }
        try FullTextIndex.remove(record, db)
        let previousBody = record.body
        record = Self.record(
          for: article, identity: Identity(key: record.identity, kind: record.identityKind),
          versionCount: record.versionCount, firstImportedAt: record.firstImportedAt, at: record.lastImportedAt,
          id: record.id)
        try record.update(db)
        try FullTextIndex.add(record, db)
        try replaceChildren(of: version.articleId, with: article, db)
        if record.body != previousBody {
          try Self.replaceCopySignature(CopySignature(body: article.body), articleID: version.articleId, db)
        }
      }
      return changed
    }
  }

  /// Rebuilds the full-text index from the article table.
  package func rebuildIndex() throws(ArchiveError) {
    try write { db in try FullTextIndex.rebuild(db) }
  }
}
