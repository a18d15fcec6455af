import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import PostgresNIO

extension PostgresArchive: ArchiveCopying {
  package func articleCount() throws(ArchiveError) -> Int {
    try session.read { db in Int(try db.rows(SQL("SELECT count(*) FROM article"))[0].get(0, Int64.self)) }
  }

  package func histories(after lastID: Int64, limit: Int) throws(ArchiveError) -> [ArticleHistory] {
    try session.read { db in
      let articles = try db.rows(
        SQL(
          """
          SELECT id, identity, identity_kind, first_imported_at, last_imported_at FROM article
          WHERE id > ? ORDER BY id LIMIT ?
          """, .int(lastID), .int(limit)))
      guard let first = articles.first, let last = articles.last else { return [] }
      var versions: [Int64: [ArticleHistory.Version]] = [:]
      for row in try db.rows(
        SQL(
          """
          SELECT v.article_id, v.number, v.content_hash, v.article_json, v.imported_at, p.sha256, p.name, p.format,
            p.url, p.saved_at, p.charset_hint, p.resources, p.byte_count, p.zlib, p.capture_format
          FROM article_version v LEFT JOIN page p ON p.version_id = v.id
          WHERE v.article_id BETWEEN ? AND ? ORDER BY v.article_id, v.number
          """, .int(try first.get("id", Int64.self)), .int(try last.get("id", Int64.self))))
      {
        var page: ArticleHistory.Page? = nil
        if let sha256 = try row.get("sha256", String?.self) {
          page = ArticleHistory.Page(
            sha256: sha256, name: try row.get("name"), format: try row.get("format"), url: try row.get("url"),
            savedAt: try row.get("saved_at"), charsetHint: try row.get("charset_hint"),
            resources: try row.get("resources"), byteCount: Int(try row.get("byte_count", Int32.self)),
            zlib: try row.get("zlib"), captureFormat: try row.get("capture_format"))
        }
        versions[try row.get("article_id", Int64.self), default: []].append(
          ArticleHistory.Version(
            number: Int(try row.get("number", Int32.self)), contentHash: try row.get("content_hash"),
            articleJSON: try row.get("article_json"), importedAt: try row.get("imported_at"), page: page))
      }
      return try articles.map { row in
        let id = try row.get("id", Int64.self)
        return ArticleHistory(
          id: id, identity: Identity(key: try row.get("identity"), kind: try row.get("identity_kind")),
          firstImportedAt: try row.get("first_imported_at"), lastImportedAt: try row.get("last_imported_at"),
          versions: versions[id] ?? [])
      }
    }
  }

  package func insert(_ histories: [ArticleHistory]) throws(ArchiveError) -> Int {
    let prepared = try histories.map { history throws(ArchiveError) in (history, try history.record()) }
    return try session.write { db in
      var added = 0
      for (history, (record, article)) in prepared {
        if let row = try db.rows(SQL("SELECT identity FROM article WHERE id = ?", .int(history.id))).first {
          if try row.get(0, String.self) == history.identity.key { continue }
          throw ArchiveError.cannotCreate(
            "article \(history.id) of the destination is another article; copy into an empty archive")
        }
        try db.rows(
          SQL(
            "INSERT INTO article (id, \(Self.articleColumns.joined(separator: ", "))) VALUES (?, "
              + Self.articleColumns.map { _ in "?" }.joined(separator: ", ") + ")",
            [.int(history.id)] + Self.values(of: record)))
        try Self.replaceChildren(of: history.id, with: article, db)
        for version in history.versions {
          let versionID = try db.rows(
            SQL(
              """
              INSERT INTO article_version (article_id, number, content_hash, article_json, imported_at)
              VALUES (?, ?, ?, ?, ?) RETURNING id
              """, .int(history.id), .int32(Int32(version.number)), .text(version.contentHash),
              .text(version.articleJSON), .text(version.importedAt))
          )[0].get(0, Int64.self)
          if let page = version.page {
            try db.rows(
              SQL(
                """
                INSERT INTO page (version_id, sha256, name, format, url, saved_at, charset_hint, resources, byte_count,
                  zlib, capture_format)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .int(versionID), .text(page.sha256), .text(page.name), .text(page.format), .text(page.url),
                .text(page.savedAt), .text(page.charsetHint), .text(page.resources),
                .int32(Int32(clamping: page.byteCount)), .bytes(page.zlib), .text(page.captureFormat)))
          }
        }
        try Self.addCopySignature(CopySignature(body: article.body), articleID: history.id, db)
        added += 1
      }
      // Articles imported after the copy get ids after the copied ones.
      try db.rows(
        SQL("SELECT setval(pg_get_serial_sequence('article', 'id'), greatest((SELECT max(id) FROM article), 1))"))
      return added
    }
  }
}
