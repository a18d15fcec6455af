import Foundation
import GRDB
import NewsgrabExtraction

extension Archive: ArchiveCopying {
  package func articleCount() throws(ArchiveError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
  }

  package func histories(after lastID: Int64, limit: Int) throws(ArchiveError) -> [ArticleHistory] {
    try read { db in
      let articles = try Row.fetchAll(
        db,
        sql: """
          SELECT id, identity, identity_kind, first_imported_at, last_imported_at FROM article
          WHERE id > ? ORDER BY id LIMIT ?
          """, arguments: [lastID, limit])
      guard let first = articles.first?["id"] as Int64?, let last = articles.last?["id"] as Int64? else { return [] }
      var versions: [Int64: [ArticleHistory.Version]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT v.article_id, v.number, v.content_hash, v.article_json, v.imported_at, p.sha256, p.name, p.format,
            p.url, p.saved_at, p.charset_hint, p.resources, p.byte_count, p.zlib, p.capture_format
          FROM article_version v LEFT JOIN page p ON p.version_id = v.id
          WHERE v.article_id BETWEEN ? AND ? ORDER BY v.article_id, v.number
          """, arguments: [first, last])
      {
        let page: ArticleHistory.Page? =
          (row["sha256"] as String?).map { sha256 in
            ArticleHistory.Page(
              sha256: sha256, name: row["name"], format: row["format"], url: row["url"], savedAt: row["saved_at"],
              charsetHint: row["charset_hint"], resources: row["resources"], byteCount: row["byte_count"],
              zlib: row["zlib"], captureFormat: row["capture_format"])
          }
        versions[row["article_id"], default: []].append(
          ArticleHistory.Version(
            number: row["number"], contentHash: row["content_hash"], articleJSON: row["article_json"],
            importedAt: row["imported_at"], page: page))
      }
      return articles.map { row in
        ArticleHistory(
          id: row["id"], identity: Identity(key: row["identity"], kind: row["identity_kind"]),
          firstImportedAt: row["first_imported_at"], lastImportedAt: row["last_imported_at"],
          versions: versions[row["id"]] ?? [])
      }
    }
  }

  package func insert(_ histories: [ArticleHistory]) throws(ArchiveError) -> Int {
    let prepared = try histories.map { history throws(ArchiveError) in (history, try history.record()) }
    return try write { db in
      var added = 0
      for (history, (record, article)) in prepared {
        if let identity = try String.fetchOne(
          db, sql: "SELECT identity FROM article WHERE id = ?", arguments: [history.id])
        {
          if identity == history.identity.key { continue }
          throw ArchiveError.cannotCreate(
            "article \(history.id) of the destination is another article; copy into an empty archive")
        }
        var row = record
        try row.insert(db)
        try FullTextIndex.add(row, db)
        try replaceChildren(of: history.id, with: article, db)
        for version in history.versions {
          var stored = ArticleVersionRecord(
            id: nil, articleId: history.id, number: version.number, contentHash: version.contentHash,
            articleJson: version.articleJSON, importedAt: version.importedAt)
          try stored.insert(db)
          if let page = version.page {
            var pageRow = PageRecord(
              id: nil, versionId: stored.id!, sha256: page.sha256, name: page.name, format: page.format,
              url: page.url, savedAt: page.savedAt, charsetHint: page.charsetHint, resources: page.resources,
              byteCount: page.byteCount, zlib: page.zlib, captureFormat: page.captureFormat)
            try pageRow.insert(db)
          }
        }
        try Self.addCopySignature(CopySignature(body: article.body), articleID: history.id, db)
        added += 1
      }
      return added
    }
  }
}
