import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import NewsgrabInput
import PostgresNIO

extension PostgresArchive {
  /// How many sources `stats` names (as `Archive.topSourceCount`).
  static let topSourceCount = 10

  package func stats() throws(ArchiveError) -> ArchiveStats {
    let path = self.path
    return try session.read { db in
      func number(_ sql: String) throws -> Int { Int(try db.rows(SQL(sql))[0].get(0, Int64.self)) }
      func counts(_ sql: String) throws -> [ArchiveStats.Count] {
        try db.rows(SQL(sql)).map {
          ArchiveStats.Count(name: try $0.get(0, String?.self) ?? "unknown", count: Int(try $0.get(1, Int64.self)))
        }
      }
      let range = try db.rows(SQL("SELECT min(published_date), max(published_date) FROM article"))[0]
      let sizes = try db.rows(
        SQL("SELECT coalesce(sum(byte_count), 0)::bigint, coalesce(sum(length(zlib)), 0)::bigint FROM page"))[0]
      return ArchiveStats(
        articles: try number("SELECT count(*) FROM article"),
        versions: try number("SELECT count(*) FROM article_version"),
        pages: try number("SELECT count(*) FROM page"),
        sources: try number("SELECT count(DISTINCT lower(source)) FROM article WHERE source IS NOT NULL"),
        authors: try number("SELECT count(DISTINCT lower(name)) FROM author"),
        languages: try counts(
          "SELECT min(language), count(*) AS n FROM article GROUP BY lower(language) ORDER BY n DESC, min(language)"),
        topSources: try counts(
          "SELECT min(source), count(*) AS n FROM article WHERE source IS NOT NULL GROUP BY lower(source) ORDER BY n DESC, min(source) LIMIT \(Self.topSourceCount)"
        ),
        earliest: try range.get(0, String?.self), latest: try range.get(1, String?.self),
        perMonth: try counts(
          "SELECT substr(published_date, 1, 7) AS month, count(*) FROM article WHERE published_date IS NOT NULL GROUP BY month ORDER BY month"
        ),
        undated: try number("SELECT count(*) FROM article WHERE published_date IS NULL"),
        pageBytes: Int(try sizes.get(0, Int64.self)), compressedPageBytes: Int(try sizes.get(1, Int64.self)),
        fileBytes: try number("SELECT pg_database_size(current_database())"), path: path)
    }
  }

  /// What can go wrong in this store: foreign keys and generated search
  /// columns keep rows and index in step by themselves, so what is left to
  /// check is an article without its latest version and a stored page that
  /// does not inflate to its recorded size and hash.
  package func check() throws(ArchiveError) -> [String] {
    try session.read { db in
      var problems: [String] = []
      let unversioned = Int(
        try db.rows(
          SQL(
            "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_version v WHERE v.article_id = a.id AND v.number = a.version_count)"
          ))[0].get(0, Int64.self))
      if unversioned > 0 { problems.append("\(unversioned) articles miss their latest version") }
      var notZlib: [String] = []
      var altered: [String] = []
      var lastID: Int64 = 0
      while true {
        let rows = try db.rows(
          SQL("SELECT id, name, sha256, byte_count, zlib FROM page WHERE id > ? ORDER BY id LIMIT 100", .int(lastID)))
        guard let last = rows.last else { break }
        lastID = try last.get(0, Int64.self)
        for row in rows {
          let name = try row.get(1, String.self)
          let byteCount = Int(try row.get(3, Int32.self))
          do {
            let recorded = try row.get(2, String.self)
            let bytes = try Zlib.decompress([UInt8](try row.get(4, Data.self)), limit: byteCount)
            if bytes.count != byteCount || SHA256.hex(bytes) != recorded { altered.append(name) }
          } catch InputError.tooLarge {
            altered.append(name)
          } catch {
            notZlib.append(name)
          }
        }
      }
      if let first = notZlib.first {
        problems.append("\(notZlib.count) stored pages are not whole zlib streams (first: \(first))")
      }
      if let first = altered.first {
        problems.append(
          "\(altered.count) stored pages do not inflate to their recorded size and hash (first: \(first))")
      }
      return problems
    }
  }

  package func storedPages(after lastID: Int64, limit: Int) throws(ArchiveError) -> [StoredPage] {
    try session.read { db in
      try db.rows(
        SQL(
          """
          SELECT \(Self.pageColumns("page")) FROM page WHERE version_id > ? ORDER BY version_id LIMIT ?
          """, .int(lastID), .int(limit))
      ).map(Self.storedPage)
    }
  }

  /// The page a version was extracted from, as stored.
  package func storedPage(of id: Int64, version: Int) throws(ArchiveError) -> StoredPage? {
    try session.read { db in
      try db.rows(
        SQL(
          """
          SELECT \(Self.pageColumns("p")) FROM page p JOIN article_version v ON v.id = p.version_id WHERE v.article_id = ? AND v.number = ?
          """, .int(id), .int(version))
      ).first.map(Self.storedPage)
    }
  }

  /// The columns `storedPage(_:)` reads, of the page table under `alias`.
  static func pageColumns(_ alias: String) -> String {
    [
      "version_id", "name", "format", "url", "saved_at", "charset_hint", "resources", "byte_count", "zlib",
      "capture_format",
    ]
    .map { "\(alias).\($0)" }.joined(separator: ", ")
  }

  /// A page row (`pageColumns`) inflated; damaged when it does not inflate to its size.
  static func storedPage(_ row: PostgresRow) throws -> StoredPage {
    let byteCount = Int(try row.get("byte_count", Int32.self))
    let inflated = try? Zlib.decompress([UInt8](try row.get("zlib", Data.self)), limit: byteCount)
    let damaged = inflated?.count != byteCount
    let captureFormat = try row.get("capture_format", String?.self)
    let page = InputPage(
      name: try row.get("name"), bytes: damaged ? [] : inflated ?? [],
      format: InputPage.Format(rawValue: try row.get("format")) ?? .html, charsetHint: try row.get("charset_hint"),
      url: try row.get("url"), savedAt: try row.get("saved_at"),
      resources: StoredResources.decode(try row.get("resources")),
      container: captureFormat.flatMap(InputPage.Container.init(rawValue:)))
    return StoredPage(
      versionID: try row.get("version_id"), page: page, isDamaged: damaged, captureUnknown: captureFormat == nil)
  }

  package func storedPageCount() throws(ArchiveError) -> Int {
    try session.read { db in Int(try db.rows(SQL("SELECT count(*) FROM page"))[0].get(0, Int64.self)) }
  }

  package func replaceExtractions(_ items: [(versionID: Int64, article: Article)]) throws(ArchiveError) -> Int {
    try session.write { db in
      var changed = 0
      for (versionID, article) in items {
        guard
          let version = try db.rows(
            SQL("SELECT article_id, number, article_json FROM article_version WHERE id = ?", .int(versionID))
          ).first
        else { continue }
        let articleID = try version.get(0, Int64.self)
        let number = Int(try version.get(1, Int32.self))
        let json = Archive.json(article)
        guard json != (try version.get(2, String.self)) else { continue }
        changed += 1
        try db.rows(
          SQL(
            "UPDATE article_version SET article_json = ?, content_hash = ? WHERE id = ?", .text(json),
            .text(Identity.contentHash(article)), .int(versionID)))
        guard
          let row = try db.rows(
            SQL(
              """
              SELECT identity, identity_kind, version_count, first_imported_at, last_imported_at, body
              FROM article WHERE id = ? FOR UPDATE
              """, .int(articleID))
          ).first, Int(try row.get("version_count", Int32.self)) == number
        else { continue }
        let previousBody = try row.get("body", String.self)
        let record = Archive.record(
          for: article, identity: Identity(key: try row.get("identity"), kind: try row.get("identity_kind")),
          versionCount: number, firstImportedAt: try row.get("first_imported_at"),
          at: try row.get("last_imported_at"), id: articleID)
        try db.rows(SQL(Self.updateArticle, Self.values(of: record) + [.int(articleID)]))
        try Self.replaceChildren(of: articleID, with: article, db)
        if record.body != previousBody {
          try Self.replaceCopySignature(CopySignature(body: article.body), articleID: articleID, db)
        }
      }
      return changed
    }
  }

  /// The search columns are generated from the row, so they cannot fall out
  /// of step; this rebuilds their GIN indexes (after bloat, say).
  package func rebuildIndex() throws(ArchiveError) {
    try session.execute(SQL("REINDEX TABLE article"))
  }
}
