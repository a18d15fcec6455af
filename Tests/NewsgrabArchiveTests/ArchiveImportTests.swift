import Foundation
import NewsgrabExtraction
import NewsgrabInput
import Testing

@testable import NewsgrabArchive

@Suite("Storing articles")
struct ArchiveImportTests {
  @Test("a new archive file is created, folder included, and passes its checks")
  func create() throws {
    // Given a path in a folder that does not exist yet
    let folder = TemporaryFolder()
    let path = folder.file("nested/deeper/archive.sqlite")
    // When the archive is opened for writing
    let archive = try Archive(path: path)
    // Then the file exists, is empty and sound
    #expect(FileManager.default.fileExists(atPath: path))
    #expect(try archive.stats().articles == 0)
    #expect(try archive.check() == [])
  }

  @Test("the same page twice is stored once", arguments: StoreKind.allCases)
  func samePageTwice(_ kind: StoreKind) throws {
    // Given an archive with one imported page
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let item = Make.item(
      Make.article(url: "https://example.com/a", headline: "Dam opens", body: "Water flows."), page: "a.html")
    let first = try archive.save([item])
    // When the same page is saved again
    let second = try archive.save([item])
    // Then the second time adds nothing
    guard case .new(let id) = first[0] else {
      Issue.record("expected a new article, got \(first)")
      return
    }
    #expect(second == [.unchanged(id: id)])
    let stats = try archive.stats()
    #expect(stats.articles == 1 && stats.versions == 1 && stats.pages == 1)
  }

  @Test("another save of the same article with the same text is unchanged", arguments: StoreKind.allCases)
  func resavedPage(_ kind: StoreKind) throws {
    // Given an article stored from one page
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let article = Make.article(url: "https://example.com/a", headline: "Dam opens", body: "Water flows.")
    let first = try archive.save([Make.item(article, page: "a.html")])
    // When a different page (other bytes) yields the same URL and text
    let second = try archive.save([Make.item(article, page: "a-again.html")])
    // Then no version is added
    guard case .new(let id) = first[0] else {
      Issue.record("expected new")
      return
    }
    #expect(second == [.unchanged(id: id)])
    #expect(try archive.stats().versions == 1)
  }

  @Test(
    "changed content under the same URL becomes a new version; history is kept, the latest shown",
    arguments: StoreKind.allCases)
  func versions(_ kind: StoreKind) throws {
    // Given an article stored once
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let old = Make.article(
      url: "https://example.com/a?utm_source=x", headline: "Dam opens", body: "Water flows. Floodgate.")
    let new = Make.article(
      url: "https://www.example.com/a", headline: "Dam opens early", body: "Water flows faster. Spillway.")
    _ = try archive.save([Make.item(old, page: "a1.html")])
    // When a later page of the same story has changed text
    let outcome = try archive.save([Make.item(new, page: "a2.html")])
    // Then it is version 2 of the same article
    guard case .updated(let id, let version) = outcome[0] else {
      Issue.record("expected updated, got \(outcome)")
      return
    }
    #expect(version == 2)
    #expect(try archive.article(id: id).article.headline == "Dam opens early")
    #expect(try archive.article(id: id, version: 1).article.headline == "Dam opens")
    #expect(try archive.versions(of: id).map(\.number) == [1, 2])
    // And the index shows only the latest text
    #expect(try archive.search(SearchQuery("spillway"), filter: ArticleFilter()).total == 1)
    #expect(try archive.search(SearchQuery("floodgate"), filter: ArticleFilter()).total == 0)
    #expect(try archive.check() == [])
  }

  @Test("articles without a URL are told apart by their text", arguments: StoreKind.allCases)
  func textIdentity(_ kind: StoreKind) throws {
    // Given two different notices with no URL, and a copy of the first
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let a = Make.article(headline: "Library hours", body: "Opens at ten.")
    let b = Make.article(headline: "Pool closed", body: "Repairs this week.")
    // When all three are saved
    let outcomes = try archive.save([
      Make.item(a, page: "a.html"), Make.item(b, page: "b.html"), Make.item(a, page: "a-copy.html"),
    ])
    // Then there are two articles and the copy is unchanged
    #expect(outcomes.filter { if case .new = $0 { true } else { false } }.count == 2)
    #expect(try archive.stats().articles == 2)
  }

  @Test("authors, images and teasers land in their own tables", arguments: StoreKind.allCases)
  func children(_ kind: StoreKind) throws {
    // Given an article with two authors, a lead image and a teaser
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    var article = Make.article(url: "https://example.com/a", headline: "H", body: "B", authors: ["Ann Lee", "Bo Chan"])
    article.leadImage = ArticleImage(url: "https://example.com/lead.jpg", caption: "The lead")
    article.images = [
      ArticleImage(url: "https://example.com/lead.jpg"), ArticleImage(url: "https://example.com/2.jpg"),
    ]
    article.related = [Teaser(headline: "Other story", url: "https://example.com/b")]
    // When it is saved
    _ = try archive.save([Make.item(article, page: "a.html")])
    // Then the rows are there, the lead image once
    #expect(try temporary.column("SELECT name FROM author ORDER BY position") == ["Ann Lee", "Bo Chan"])
    #expect(
      try temporary.column("SELECT url FROM image ORDER BY position") == [
        "https://example.com/lead.jpg", "https://example.com/2.jpg",
      ])
    #expect(
      try temporary.column("SELECT CASE WHEN is_lead THEN 'lead' ELSE 'inline' END FROM image ORDER BY position") == [
        "lead", "inline",
      ])
    #expect(try temporary.column("SELECT headline FROM teaser") == ["Other story"])
    // And the stored JSON round-trips the article
    #expect(try archive.article(id: 1).article == article)
  }

  @Test("the original page is kept compressed and comes back byte for byte", arguments: StoreKind.allCases)
  func pageBytes(_ kind: StoreKind) throws {
    // Given a page with a repetitive body
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let text = String(repeating: "the same sentence again. ", count: 400)
    let page = Make.page("p.html", url: "https://example.com/p", text: text)
    // When it is stored
    _ = try archive.save([ImportItem(page: page, article: Make.article(headline: "P", body: "x"))])
    // Then it is a compressed blob that inflates to the original bytes
    let stored = try archive.storedPages(after: 0, limit: 10)
    #expect(stored.count == 1)
    #expect(stored.first?.page.bytes == page.bytes)
    #expect(stored.first?.page.url == "https://example.com/p")
    let stats = try archive.stats()
    #expect(stats.compressedPageBytes < stats.pageBytes / 4)
    // The sizes stats sums are the page's and its blob's
    #expect(stats.pageBytes == page.bytes.count)
    #expect(try temporary.column("SELECT CAST(length(zlib) AS TEXT) FROM page") == [String(stats.compressedPageBytes)])
  }

  @Test("an archive from before v8 has each stored page's compressed size filled in when opened")
  func compressedSizeMigration() throws {
    let folder = TemporaryFolder()
    let path = folder.file("sizes.sqlite")
    do {
      let archive = try Archive(path: path)
      for name in ["a", "b"] {
        let page = Make.page("\(name).html", text: String(repeating: "\(name) words here. ", count: 200))
        _ = try archive.save([ImportItem(page: page, article: Make.article(headline: name, body: name))])
      }
      try archive.execute(
        """
        DROP TRIGGER page_size_insert; DROP TRIGGER page_size_update; DROP TRIGGER page_size_delete;
        DROP TABLE page_size; DELETE FROM grdb_migrations WHERE identifier LIKE 'v8:%';
        """)
    }
    let archive = try Archive(path: path)
    let blobs = try archive.column("SELECT length(zlib) FROM page").compactMap { $0.flatMap(Int.init) }
    #expect(blobs.count == 2)
    #expect(try archive.stats().compressedPageBytes == blobs.reduce(0, +))
    #expect(try archive.check().isEmpty)
    // Pages changed or deleted by another program are counted by the triggers
    let sizes = try archive.column("SELECT byte_count FROM page ORDER BY id").compactMap { $0.flatMap(Int.init) }
    try archive.execute("UPDATE page SET zlib = zeroblob(7), byte_count = 9 WHERE id = 1")
    var stats = try archive.stats()
    #expect(stats.compressedPageBytes == 7 + blobs[1] && stats.pageBytes == 9 + sizes[1])
    try archive.executeWithoutForeignKeys("DELETE FROM page WHERE id = 1")
    stats = try archive.stats()
    #expect(stats.compressedPageBytes == blobs[1] && stats.pageBytes == sizes[1])
    // and a size table out of step is named by the check
    try archive.execute("DELETE FROM page_size")
    #expect(try archive.check().contains { $0.contains("page sizes are out of step with 1 stored pages") })
  }

  @Test("a stored page is a standard zlib stream that plain zlib inflates to the original bytes")
  func pageIsPlainZlib() throws {
    // Given a page stored by an import
    let folder = TemporaryFolder()
    let archive = try Archive(path: folder.file("a.sqlite"))
    let text = String(repeating: "Der Fährbetrieb beginnt um neun Uhr. ", count: 300)
    let page = Make.page("z.html", text: text)
    _ = try archive.save([ImportItem(page: page, article: Make.article(headline: "Z", body: "y"))])
    // When its blob is read the way a sqlite3 or Python user would
    let hex = try archive.column("SELECT hex(zlib) FROM page").first ?? nil
    let blob = Array((hex ?? "").utf8).chunks(of: 2).compactMap {
      UInt8(String(decoding: $0, as: UTF8.self), radix: 16)
    }
    let byteCount = try archive.column("SELECT byte_count FROM page")
    // Then it has a zlib header (not raw deflate, not gzip) and zlib's inflate gives the page back
    #expect(blob.first == 0x78)
    #expect(blob.count >= 2 && (Int(blob[0]) << 8 | Int(blob[1])) % 31 == 0)
    #expect(try Zlib.decompress(blob, limit: page.bytes.count) == page.bytes)
    #expect(byteCount == [String(page.bytes.count)])
  }

  @Test("delete removes the article, its history, pages and index entry", arguments: StoreKind.allCases)
  func delete(_ kind: StoreKind) throws {
    // Given two stored articles, one with two versions
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    _ = try archive.save([Make.item(Make.article(url: "https://e.com/a", headline: "Tram", body: "one"), page: "a1")])
    _ = try archive.save([Make.item(Make.article(url: "https://e.com/a", headline: "Tram", body: "two"), page: "a2")])
    _ = try archive.save([Make.item(Make.article(url: "https://e.com/b", headline: "Bus", body: "three"), page: "b")])
    // When the first is deleted, and an unknown id asked for
    let missing = try archive.delete(ids: [1, 999])
    // Then only the other remains, and nothing dangles
    #expect(missing == [999])
    let stats = try archive.stats()
    #expect(stats.articles == 1 && stats.versions == 1 && stats.pages == 1)
    #expect(try archive.search(SearchQuery("tram"), filter: ArticleFilter()).total == 0)
    #expect(try archive.check() == [])
  }

  @Test("reindex replaces the extraction of stored pages and keeps identity and history", arguments: StoreKind.allCases)
  func reindex(_ kind: StoreKind) throws {
    // Given a page stored with an extraction that an older extractor got wrong
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let html = """
      <html><head><title>Ferry timetable changes</title>
      <link rel="canonical" href="https://example.com/ferry"></head>
      <body><article><h1>Ferry timetable changes</h1>
      <p>From Monday the morning ferry leaves twenty minutes earlier, the harbour office said.</p>
      <p>The evening crossing is unchanged and the winter timetable starts in October.</p>
      </article></body></html>
      """
    let page = InputPage(name: "ferry.html", bytes: Array(html.utf8))
    let wrong = Make.article(url: "https://example.com/ferry", headline: "Menu", body: "Home News Sport")
    _ = try archive.save([ImportItem(page: page, article: wrong)])
    // When every stored page is extracted again
    let stored = try archive.storedPages(after: 0, limit: 100)
    let fresh = try stored.map { (versionID: $0.versionID, article: try ArticleExtractor().extract($0.page)) }
    let changed = try archive.replaceExtractions(fresh)
    // Then the article reads as the page says, under the same id, and search sees it
    #expect(changed == 1)
    let article = try archive.article(id: 1)
    #expect(article.article.headline == "Ferry timetable changes")
    #expect(article.versionCount == 1)
    #expect(try archive.search(SearchQuery("harbour"), filter: ArticleFilter()).items.map(\.id) == [1])
    #expect(try archive.search(SearchQuery("sport"), filter: ArticleFilter()).total == 0)
    #expect(try archive.check() == [])
    // And a second pass changes nothing
    #expect(try archive.replaceExtractions(fresh) == 0)
  }
}

@Suite("Reindex of a damaged page")
struct DamagedPageTests {
  @Test("a stored page that does not inflate is reported, and its article kept", arguments: StoreKind.allCases)
  func damagedPage(_ kind: StoreKind) throws {
    // Given a stored page whose compressed bytes were damaged
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let article = Make.article(url: "https://e.com/a", headline: "Kept headline", body: "Kept body.")
    _ = try archive.save([Make.item(article, page: "a.html")])
    try temporary.execute(
      sqlite: "UPDATE page SET zlib = x'789c0102'", postgres: "UPDATE page SET zlib = decode('789c0102', 'hex')")
    // When it is read back for reindexing
    let pages = try archive.storedPages(after: 0, limit: 10)
    // Then it is marked damaged (its bytes withheld), the check reports it, and the stored article is untouched
    #expect(pages.count == 1 && pages[0].isDamaged)
    #expect(pages.first?.page.bytes == [])
    #expect(try archive.check() == ["1 stored pages are not whole zlib streams (first: a.html)"])
    #expect(try archive.article(id: 1).article == article)
  }
}

extension Array {
  /// Consecutive slices of `size` elements (the last may be shorter).
  fileprivate func chunks(of size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
