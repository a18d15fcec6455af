import Foundation
import NewsgrabExtraction
import NewsgrabPostgres
import Testing

@testable import NewsgrabArchive

/// PostgreSQL only: the indexes schema v2 added are read where they are
/// meant to be. Its GIN index keeps no word positions, so a phrase is looked
/// up through the word-pair index (`article_word_pairs`); without it each
/// article holding the phrase's words is unpacked to check their order (the
/// bench's slowest searches). `list` walks an index in its order instead of
/// sorting every article. What they find is the archive suite's business
/// (`ArchiveSearchTests`, both stores); these look at how.
@Suite("PostgreSQL indexes in use")
struct PostgresIndexUseTests {
  @Test("a phrase search reads the word-pair index")
  func phraseReadsPairIndex() throws {
    // Given an archive where "message" is in every article and "and message" in one
    var articles = (0..<1_000).map { n in
      Make.article(
        url: "https://wire.example/\(n)", headline: "Bulletin \(n)",
        body: "The message was sent and read. A message \(n) followed, and then another.")
    }
    articles.append(
      Make.article(url: "https://wire.example/x", headline: "Signal", body: "Read this and message us."))
    let (temporary, archive) = try Self.analyzed(articles)
    defer { withExtendedLifetime(temporary) {} }
    // When a phrase is searched
    let before = try Self.scans(of: "article_word_pairs", archive)
    let page = try archive.search(SearchQuery(#""and message""#), filter: ArticleFilter())
    // Then it is found, through the pair index
    #expect(page.items.map(\.url) == ["https://wire.example/x"])
    #expect(try Self.scans(of: "article_word_pairs", archive, after: before) > before)
  }

  @Test("list walks the index of its order, newest or oldest first")
  func listReadsOrderIndex() throws {
    // Given an archive of 200 articles, a few without a date
    let articles = (0..<200).map { n in
      Make.article(
        url: "https://wire.example/\(n)", headline: "Bulletin \(n)", body: "Report number \(n).",
        published: n % 10 == 0
          ? nil : "2024-\(String(format: "%02d", n % 12 + 1))-\(String(format: "%02d", n % 28 + 1))")
    }
    let (temporary, archive) = try Self.analyzed(articles)
    defer { withExtendedLifetime(temporary) {} }
    for (order, index) in [(ArticleFilter.Order.newest, "article_newest"), (.oldest, "article_oldest")] {
      // When the first page is listed in that order
      let before = try Self.scans(of: index, archive)
      let page = try archive.list(filter: ArticleFilter(order: order, limit: 10))
      // Then it comes in that order (the undated ones last: none on the first page), from the index
      let dates = page.items.compactMap(\.publishedAt)
      #expect(dates.count == 10)
      #expect(dates == (order == .newest ? dates.sorted(by: >) : dates.sorted()), "\(order)")
      #expect(try Self.scans(of: index, archive, after: before) > before, "\(order)")
    }
  }

  /// A PostgreSQL archive holding `articles`, its statistics gathered (so the
  /// planner chooses as on a real archive). The store is dropped with the
  /// first value.
  static func analyzed(_ articles: [Article]) throws -> (TemporaryStore, PostgresArchive) {
    let temporary = try TemporaryStore(.postgres)
    let archive = try #require(temporary.store as? PostgresArchive)
    _ = try archive.save(articles.enumerated().map { Make.item($1, page: "page\($0).html") })
    try archive.execute("ANALYZE article")
    return (temporary, archive)
  }

  /// Scans of the index counted so far, this session's included (flushed
  /// first: PostgreSQL 15 hands a session's counts over when it goes idle, at
  /// most once a second unless asked to). With `after`, waits up to 5 s for
  /// the count to pass it.
  static func scans(of index: String, _ archive: PostgresArchive, after: Int? = nil) throws -> Int {
    let deadline = Date().addingTimeInterval(5)
    while true {
      _ = try archive.column("SELECT pg_stat_force_next_flush()")
      let scans = try archive.column("SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = '\(index)'")
      let text = try #require(scans.first ?? nil, "no statistics for \(index)")
      let count = try #require(Int(text))
      guard let after, count <= after, Date() < deadline else { return count }
      Thread.sleep(forTimeInterval: 0.1)
    }
  }
}
