import Foundation
import Testing

@testable import NewsgrabArchive

@Suite("Copy groups in the archive")
struct CopyGroupArchiveTests {
  static var cutFerry: String { CopyTexts.ferry.components(separatedBy: "\n\n").dropLast().joined(separator: "\n\n") }

  /// The ferry story, a trimmed copy under another URL and headline, another story on the ferry and a brief.
  static func archive(_ kind: StoreKind) throws -> (TemporaryStore, [Int64]) {
    let temporary = try TemporaryStore(kind)
    return (temporary, try fill(temporary.store))
  }

  static func archive(_ folder: TemporaryFolder) throws -> (Archive, [Int64]) {
    let archive = try Archive(path: folder.file("copies.sqlite"))
    return (archive, try fill(archive))
  }

  static func fill(_ archive: any ArchiveStore) throws -> [Int64] {
    let outcomes = try archive.save([
      Make.item(
        Make.article(
          url: "https://a.example/ferry", headline: "Ferry back", body: CopyTexts.ferry, source: "Harbour News"),
        page: "a"),
      Make.item(
        Make.article(
          url: "https://b.example/boat", headline: "Island boat returns", body: cutFerry, source: "Bay Wire"), page: "b"
      ),
      Make.item(
        Make.article(url: "https://a.example/review", headline: "Subsidy row", body: CopyTexts.ferryReview),
        page: "c"),
      Make.item(Make.article(url: "https://b.example/brief", headline: "Brief", body: CopyTexts.brief), page: "d"),
    ])
    let ids = outcomes.map { outcome -> Int64 in
      if case .new(let id) = outcome { return id }
      return -1
    }
    return ids
  }

  static func groups(_ archive: any ArchiveStore) throws -> [[Int64]] {
    try archive.copyGroups(matching: ArticleFilter()).map { $0.articles.map(\.id) }
  }

  @Test(
    "a trimmed copy under another URL joins the original's group; another story and a brief stay apart",
    arguments: StoreKind.allCases)
  func grouping(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    #expect(try Self.groups(archive) == [[ids[0], ids[1]]])
    #expect(try archive.copies(of: ids[1]).map(\.id) == [ids[0]])
    #expect(try archive.copies(of: ids[2]).isEmpty)
    #expect(try archive.copies(of: ids[3]).isEmpty)
    #expect(try archive.copyGroups(matching: ArticleFilter(), minimumSimilarity: 0.99).isEmpty)
    #expect(try archive.copyGroups(matching: ArticleFilter(source: "nobody")).isEmpty)
  }

  @Test("listing one article per copy group keeps the newest and counts the others", arguments: StoreKind.allCases)
  func collapse(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    var filter = ArticleFilter(order: .newest)
    filter.collapseCopies = true
    let page = try archive.list(filter: filter)
    #expect(page.total == 3)
    #expect(page.items.map(\.id) == [ids[3], ids[2], ids[1]])
    #expect(page.items.map(\.copies) == [0, 0, 1])
    var exported: [Int64] = []
    try archive.forEachArticle(matching: filter) { exported.append($0.id) }
    #expect(exported == [ids[3], ids[2], ids[1]])
    // A filter that leaves out the newest copy shows the copy it keeps.
    filter.source = "Harbour"
    let harbour = try archive.list(filter: filter)
    #expect(harbour.items.map(\.id) == [ids[0]] && harbour.total == 1)
    // Both copies match ("Harbour News", "Bay Wire"): one group, counted once.
    filter.source = "a"
    let both = try archive.list(filter: filter)
    #expect(both.items.map(\.id) == [ids[1]] && both.total == 1)
    filter.collapseCopies = false
    filter.source = nil
    #expect(try archive.list(filter: filter).items.count == 4)
  }

  @Test("search shows each copy group once, as its best-ranked match, and counts groups", arguments: StoreKind.allCases)
  func searchCollapse(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    var filter = ArticleFilter(limit: 10)
    filter.collapseCopies = true
    // "Ferry back" (the older copy) names the query in its headline: it is
    // the best match and stands for the group, not the newer trimmed copy.
    let ferry = try archive.search(SearchQuery("ferry"), filter: filter)
    #expect(ferry.total == 3)
    #expect(ferry.items.first?.id == ids[0])
    #expect(Set(ferry.items.map(\.id)) == [ids[0], ids[2], ids[3]])
    #expect(ferry.items.first?.copies == 1)
    // "island" is in the trimmed copy's headline: that copy stands for it.
    let island = try archive.search(SearchQuery("island"), filter: filter)
    #expect(island.items.map(\.id).contains(ids[1]))
    #expect(!island.items.map(\.id).contains(ids[0]))
    // Paging walks the collapsed list.
    filter.limit = 1
    filter.offset = 1
    #expect(try archive.search(SearchQuery("ferry"), filter: filter).items.map(\.id) == [ferry.items[1].id])
    filter.collapseCopies = false
    filter.limit = 10
    filter.offset = 0
    let all = try archive.search(SearchQuery("ferry"), filter: filter)
    #expect(all.total == 4)
    #expect(all.items.allSatisfy { $0.copies == nil })
  }

  @Test(
    "a story copied more often than the first window of matches still leaves room for the others",
    arguments: StoreKind.allCases)
  func searchCollapseManyCopies(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    // Limit 2: the first window of 4 matches, then 8, 16, 32 are all copies.
    let copyCount = 30
    _ = try archive.save(
      (0..<copyCount).map { index in
        Make.item(
          Make.article(url: "https://copies.example/\(index)", headline: "Ferry copy \(index)", body: CopyTexts.ferry),
          page: "copy\(index)")
      })
    var filter = ArticleFilter(limit: 2)
    filter.collapseCopies = true
    let page = try archive.search(SearchQuery("ferry"), filter: filter)
    #expect(page.items.count == 2)
    #expect(page.total == 3)
    let first = try #require(page.items.first)
    #expect(first.copies == copyCount + 1)
    #expect(page.items.last.map { [ids[2], ids[3]].contains($0.id) } == true)
  }

  @Test("deleting the first copy leaves the rest grouped again without it", arguments: StoreKind.allCases)
  func delete(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    let third = try archive.save([
      Make.item(
        Make.article(url: "https://c.example/ferry", headline: "Ferry", body: CopyTexts.ferry + " Updated."),
        page: "e")
    ])
    guard case .new(let thirdID) = third[0] else {
      Issue.record("not new")
      return
    }
    #expect(try Self.groups(archive) == [[ids[0], ids[1], thirdID]])
    #expect(try archive.delete(ids: [ids[0]]) == [])
    #expect(try Self.groups(archive) == [[ids[1], thirdID]])
    // Named after its first remaining article, not the deleted one.
    #expect(try archive.copyGroups(matching: ArticleFilter()).map(\.group) == [ids[1]])
    #expect(try temporary.column("SELECT count(*) FROM copy_band WHERE article_id = \(ids[0])") == ["0"])
    #expect(try archive.check() == [])
  }

  @Test("a new version whose body became another story leaves the group", arguments: StoreKind.allCases)
  func newVersion(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    let outcome = try archive.save([
      Make.item(
        Make.article(url: "https://b.example/boat", headline: "Island boat returns", body: CopyTexts.ferryReview),
        page: "b2")
    ])
    #expect(outcome == [.updated(id: ids[1], version: 2)])
    #expect(try Self.groups(archive) == [[ids[1], ids[2]]])
  }

  @Test("reindexing a body recomputes its signature and group", arguments: StoreKind.allCases)
  func reindex(_ kind: StoreKind) throws {
    let (temporary, ids) = try Self.archive(kind)
    let archive = temporary.store
    let versionID = try #require(
      try temporary.column("SELECT id FROM article_version WHERE article_id = \(ids[2])").first.flatMap { $0 }
        .flatMap { Int64($0) })
    let changed = try archive.replaceExtractions([
      (versionID, Make.article(url: "https://a.example/review", headline: "Subsidy row", body: CopyTexts.ferry))
    ])
    #expect(changed == 1)
    #expect(try Self.groups(archive) == [[ids[0], ids[1], ids[2]]])
  }

  @Test("an archive from before v7 has its articles signed and grouped when opened")
  func migration() throws {
    let folder = TemporaryFolder()
    let path = folder.file("copies.sqlite")
    var ids: [Int64] = []
    do {
      let (archive, saved) = try Self.archive(folder)
      ids = saved
      try archive.execute(
        """
        DROP TABLE copy_band; DROP TABLE copy_signature;
        DELETE FROM grdb_migrations WHERE identifier LIKE 'v7:%';
        """)
    }
    let archive = try Archive(path: path)
    #expect(try Self.groups(archive) == [[ids[0], ids[1]]])
  }
}
