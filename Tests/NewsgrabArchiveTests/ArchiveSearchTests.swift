import Testing

@testable import NewsgrabArchive

@Suite("Searching and listing")
struct ArchiveSearchTests {
  /// An archive of a few articles; "election" is in the headline of one, in
  /// the body of another, and absent from the rest (so bm25 sees it as rare).
  static func newsArchive(_ kind: StoreKind) throws -> TemporaryStore {
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let articles = [
      Make.article(
        url: "https://courier.example/a", headline: "Mayor wins the election",
        body: "The count ended at dawn. Turnout was high.",
        authors: ["Jane Doe"], source: "Riverside Courier", published: "2024-05-03T08:00:00+01:00", language: "en-GB"),
      Make.article(
        url: "https://daily.example/b", headline: "Cup final goes to penalties",
        body: "The club held a board election last year. Then the final went to penalties.", authors: ["Sam Patel"],
        source: "The Daily Example", published: "2023-11-12T17:00:00Z", language: "en"),
      Make.article(
        url: "https://journal.example/c", headline: "Élection municipale à Valmont",
        body: "La participation est en hausse.",
        authors: ["Camille Lefèvre"], source: "Le Petit Journal", published: "2024-03-17T21:30:00+01:00", language: "fr"
      ),
      Make.article(
        url: "https://courier.example/d", headline: "Bus timetable", body: "Buses every ten minutes.",
        source: "Riverside Courier", published: "2024-01-10"),
      Make.article(url: "https://courier.example/e", headline: "Library hours", body: "Opens at ten."),
      Make.article(
        url: "https://daily.example/f", headline: "Weather", body: "Rain and wind.", source: "The Daily Example",
        published: "2022-02-01"),
      Make.article(
        url: "https://daily.example/g", headline: "Roadworks", body: "Lanes closed until March.",
        source: "The Daily Example", published: "2024-06-01"),
    ]
    _ = try archive.save(articles.enumerated().map { Make.item($1, page: "page\($0).html") })
    return temporary
  }

  @Test("a headline match ranks above a body match, accents ignored", arguments: StoreKind.allCases)
  func ranking(_ kind: StoreKind) throws {
    // Given the news archive
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    // When searching for "election"
    let page = try archive.search(SearchQuery("election"), filter: ArticleFilter())
    // Then the headline matches (with and without accent) come before the body match
    #expect(page.total == 3)
    #expect(Set(page.items.prefix(2).map(\.id)) == [1, 3])
    #expect(page.items.last?.id == 2)
    #expect(page.items[0].score! > page.items[2].score!)
  }

  @Test(
    "the reading room's facets count what a search matches; a version's stored page comes back",
    arguments: StoreKind.allCases)
  func facetsAndStoredPage(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    // "election" is in two 2024 articles and one of 2023, from three sources in three languages
    let facets = try archive.facets(SearchQuery("election"), filter: ArticleFilter(), limit: 5)
    #expect(Set(facets.sources.map(\.name)) == ["Riverside Courier", "The Daily Example", "Le Petit Journal"])
    #expect(facets.languages.map(\.name).sorted() == ["en", "en-GB", "fr"])
    #expect(facets.years.map(\.name) == ["2024", "2023"])
    #expect(facets.years.map(\.count) == [2, 1])
    #expect(!facets.isPartial)
    // Without a query: the filter alone, `limit` entries each
    let daily = try archive.facets(nil, filter: ArticleFilter(source: "Daily"), limit: 1)
    #expect(daily.sources.map(\.count) == [3])
    #expect(daily.years.map(\.name) == ["2024"])
    let page = try #require(try archive.storedPage(of: 1, version: 1))
    #expect(page.page.name == "page0.html")
    #expect(!page.page.bytes.isEmpty)
    #expect(try archive.storedPage(of: 1, version: 2) == nil)
  }

  @Test("snippets mark the matched words", arguments: StoreKind.allCases)
  func snippet(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    let hit = try archive.search(SearchQuery("penalties"), filter: ArticleFilter()).items.first
    let marked = "\(ArticleSummary.highlightStart)penalties\(ArticleSummary.highlightEnd)"
    #expect(hit?.snippet?.contains(marked) == true, "\(hit?.snippet ?? "no snippet")")
  }

  @Test("phrases, OR, exclusion and prefixes behave as users expect", arguments: StoreKind.allCases)
  func syntax(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    func ids(_ text: String) throws -> Set<Int64> {
      Set(try archive.search(SearchQuery(text), filter: ArticleFilter()).items.map(\.id))
    }
    #expect(try ids(#""board election""#) == [2])
    #expect(try ids(#""election board""#) == [])
    #expect(try ids("rain OR buses") == [4, 6])
    #expect(try ids("election -penalties") == [1, 3])
    #expect(try ids("elect*") == [1, 2, 3])
    #expect(try ids("courier") == [1, 4])  // the source column is indexed too
    #expect(try ids("camille") == [3])  // and the authors
  }

  @Test(
    "a phrase matches where its words stand in a row — in any field, across a hyphen, accents ignored — and only there",
    arguments: StoreKind.allCases)
  func phrasesInARow(_ kind: StoreKind) throws {
    // Given articles holding "harbour board meeting" in a headline, in a body across a hyphen, accented, and at
    // the end of a body of 11,000 distinct long tokens (more word pairs than one PostgreSQL tsvector holds),
    // and one holding both its word pairs but never the three words in a row
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let tokens = (0..<11_000).map { "w" + String($0, radix: 36) + String(repeating: "x", count: 48) }
    let articles = [
      Make.article(url: "https://port.example/1", headline: "Harbour board meeting delayed", body: "Until June."),
      Make.article(
        url: "https://port.example/2", headline: "Dock news",
        body: "The harbour board met. The board meeting was short."),
      Make.article(url: "https://port.example/3", headline: "Minutes", body: "After the harbour-board meeting, rain."),
      Make.article(url: "https://port.example/4", headline: "Réunion", body: "La Hårbour Böard Meeting est finie."),
      Make.article(
        url: "https://port.example/5", headline: "Log", body: tokens.joined(separator: " ") + " harbour board meeting"),
      Make.article(url: "https://port.example/6", headline: "Town hall", body: "The city hall opens late."),
    ]
    _ = try archive.save(articles.enumerated().map { Make.item($1, page: "page\($0).html") })
    func ids(_ text: String) throws -> Set<Int64> {
      Set(try archive.search(SearchQuery(text), filter: ArticleFilter()).items.map(\.id))
    }
    // Then the phrase finds the four, never the one with its pairs apart
    #expect(try ids(#""harbour board meeting""#) == [1, 3, 4, 5])
    #expect(try ids(#""board meeting" delayed"#) == [1])
    #expect(try ids(#""board meeting" OR "city hall""#) == [1, 2, 3, 4, 5, 6])
    #expect(try ids(#""meeting board""#) == [])
    // A run of the long tokens is a phrase too (their pairs are in no index)
    #expect(try ids("\"\(tokens[9_000]) \(tokens[9_001])\"") == [5])
  }

  @Test("hostile search text is searched for, never run", arguments: StoreKind.allCases)
  func hostile(_ kind: StoreKind) throws {
    // Given the news archive
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    // When queries full of SQL and FTS5 syntax are searched
    for text in [
      #"x" OR 1=1; DROP TABLE article; --"#, "headline:election", "NEAR(election dawn)", "election)) OR ((",
      "'; DELETE FROM page; --",
      "{body}: election", "^election", "election\u{0}", String(repeating: "(", count: 5000) + "election",
    ] {
      // Then each either finds matches or is malformed, and the archive is untouched
      do {
        _ = try archive.search(SearchQuery(text), filter: ArticleFilter())
      } catch {
        guard case .malformedQuery = error else {
          Issue.record("\(text): \(error)")
          continue
        }
      }
    }
    #expect(try archive.stats().articles == 7)
    #expect(try archive.check() == [])
  }

  @Test("each filter narrows the results", arguments: StoreKind.allCases)
  func filters(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    func ids(_ filter: ArticleFilter) throws -> Set<Int64> { Set(try archive.list(filter: filter).items.map(\.id)) }
    #expect(try ids(ArticleFilter()) == [1, 2, 3, 4, 5, 6, 7])
    #expect(try ids(ArticleFilter(source: "courier")) == [1, 4])
    #expect(try ids(ArticleFilter(source: "DAILY")) == [2, 6, 7])
    #expect(try ids(ArticleFilter(author: "doe")) == [1])
    #expect(try ids(ArticleFilter(since: "2024-03")) == [1, 3, 7])
    #expect(try ids(ArticleFilter(until: "2023")) == [2, 6])
    #expect(try ids(ArticleFilter(since: "2024-01-10", until: "2024-05")) == [1, 3, 4])
    #expect(try ids(ArticleFilter(language: "en")) == [1, 2])
    #expect(try ids(ArticleFilter(language: "FR")) == [3])
    // LIKE wildcards in a filter are literal
    #expect(try ids(ArticleFilter(source: "%")) == [])
    #expect(throws: ArchiveError.invalidDate(option: "--since", value: "May 2024")) {
      try archive.list(filter: ArticleFilter(since: "May 2024"))
    }
  }

  @Test("sorting and paging", arguments: StoreKind.allCases)
  func order(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    let newest = try archive.list(filter: ArticleFilter(order: .newest))
    #expect(newest.items.map(\.id) == [7, 1, 3, 4, 2, 6, 5])
    let oldest = try archive.list(filter: ArticleFilter(order: .oldest, limit: 2))
    #expect(oldest.items.map(\.id) == [6, 2] && oldest.total == 7)
    let second = try archive.list(filter: ArticleFilter(order: .newest, limit: 3, offset: 3))
    #expect(second.items.map(\.id) == [4, 2, 6])
    let byDate = try archive.search(SearchQuery("election"), filter: ArticleFilter(order: .newest))
    #expect(byDate.items.map(\.id) == [1, 3, 2])
  }

  @Test(
    "a word in very many articles: total capped, every match ranked, filters widen it", arguments: StoreKind.allCases)
  func manyMatches(_ kind: StoreKind) throws {
    // Given more articles with "harbour" than the count cap, the oldest and
    // the newest with it in the headline too
    let temporary = try TemporaryStore(kind)
    let archive = temporary.store
    let count = Archive.countCap + 100
    let items = (1...count).map { number in
      let headline = number == 1 || number == count ? "Harbour news \(number)" : "Story \(number)"
      let source = number <= 50 ? "Old Gazette" : "New Gazette"
      return Make.item(
        Make.article(
          url: "https://gazette.example/\(number)", headline: headline,
          body: "The harbour was busy on day \(number).", source: source),
        page: "page\(number).html")
    }
    _ = try archive.save(items)
    // When searching for the word, first page
    let page = try archive.search(SearchQuery("harbour"), filter: ArticleFilter(limit: 5))
    // Then the total is capped and marked so, and both headline matches lead,
    // the oldest one included: every match is ranked, not only recent ones
    #expect(page.total == Archive.countCap && !page.totalIsExact)
    #expect(page.items.count == 5)
    #expect(Set(page.items.prefix(2).map(\.id)) == [1, Int64(count)])
    // A filter narrows the matches: all 50 old ones are found
    let old = try archive.search(SearchQuery("harbour"), filter: ArticleFilter(source: "old", limit: 60))
    #expect(old.total == 50 && old.totalIsExact)
    #expect(old.items.count == 50)
    #expect(old.items.first?.id == 1)  // its headline match ranks first among them
    // Without a limit every match is ranked
    let all = try archive.search(SearchQuery("harbour"), filter: ArticleFilter())
    #expect(all.items.count == count)
    #expect(Set(all.items.prefix(2).map(\.id)) == [1, Int64(count)])
  }

  /// Two headline matches, two text-only matches, a non-match, a match
  /// excluded by `-ferry`; one text-only match repeats the word in a short
  /// body, so bm25 alone would rank it above the long headline match.
  static func tramArchive(_ kind: StoreKind) throws -> TemporaryStore {
    let temporary = try TemporaryStore(kind)
    try fillTrams(temporary.store)
    return temporary
  }

  static func tramArchive(_ folder: TemporaryFolder) throws -> Archive {
    let archive = try Archive(path: folder.file("trams.sqlite"))
    try fillTrams(archive)
    return archive
  }

  static func fillTrams(_ archive: any ArchiveStore) throws {
    let filler = Array(repeating: "The council met on Tuesday to discuss the budget and the parks.", count: 12)
      .joined(separator: " ")
    let articles = [
      Make.article(
        url: "https://t.example/1", headline: "Tram line reopens after repairs", body: filler + " A tram ran.",
        source: "Riverside Courier"),
      Make.article(
        url: "https://t.example/2", headline: "Harbour diary", body: "Tram tram tram. Tram tram tram tram tram.",
        source: "Riverside Courier"),
      Make.article(
        url: "https://t.example/3", headline: "Tram fares frozen", body: "Fares stay the same this year.",
        source: "The Daily Example"),
      Make.article(
        url: "https://t.example/4", headline: "Bus news", body: "Buses replace the tram on Sunday.",
        source: "The Daily Example"),
      Make.article(url: "https://t.example/5", headline: "Weather", body: "Rain and wind."),
      Make.article(
        url: "https://t.example/6", headline: "Tram and ferry strike", body: "No tram, no ferry.",
        source: "Riverside Courier"),
    ]
    _ = try archive.save(articles.enumerated().map { Make.item($1, page: "tram\($0).html") })
  }

  @Test("headline matches come first even when bm25 scores a text-only match higher", arguments: StoreKind.allCases)
  func headlineGroupFirst(_ kind: StoreKind) throws {
    // Given the tram archive (a small result set: the rule does not depend on size)
    let temporary = try Self.tramArchive(kind)
    let archive = temporary.store
    // When searching for "tram"
    let page = try archive.search(SearchQuery("tram"), filter: ArticleFilter())
    let ids = page.items.map(\.id)
    // Then the three headline matches lead, each group ordered by bm25
    #expect(Set(ids.prefix(3)) == [1, 3, 6])
    #expect(Set(ids.dropFirst(3)) == [2, 4])
    let scores = page.items.map { $0.score ?? .nan }
    #expect(Array(scores.prefix(3)) == scores.prefix(3).sorted(by: >))
    #expect(Array(scores.dropFirst(3)) == scores.dropFirst(3).sorted(by: >))
    // and the repeated word in a short body does score above the long headline match
    let score = Dictionary(uniqueKeysWithValues: page.items.map { ($0.id, $0.score ?? .nan) })
    #expect(score[2]! > score[1]!, "the test needs a text-only match that bm25 prefers")
    // An exclusion applies to both groups; the headline must hold every word
    #expect(try archive.search(SearchQuery("tram -ferry"), filter: ArticleFilter()).items.map(\.id).count == 4)
    let both = try archive.search(SearchQuery("tram fares"), filter: ArticleFilter()).items.map(\.id)
    #expect(both == [3])
    let repairs = try archive.search(SearchQuery("tram council"), filter: ArticleFilter()).items.map(\.id)
    #expect(repairs == [1])
  }

  @Test(
    "pages across the two groups join up: every match once, in order", arguments: StoreKind.allCases, [1, 2, 4])
  func pagingAcrossGroups(_ kind: StoreKind, size: Int) throws {
    let temporary = try Self.tramArchive(kind)
    let archive = temporary.store
    for (text, source) in [
      ("tram", nil), ("tram", "courier"), ("tram*", nil), ("\"the tram\"", nil), ("tram OR rain", nil),
    ] {
      let all = try archive.search(SearchQuery(text), filter: ArticleFilter(source: source)).items.map(\.id)
      var paged: [Int64] = []
      var offset = 0
      while offset <= all.count {
        paged += try archive.search(
          SearchQuery(text), filter: ArticleFilter(source: source, limit: size, offset: offset)
        )
        .items.map(\.id)
        offset += size
      }
      #expect(paged == all, "\(text) \(source ?? "")")
      let expected = try archive.search(SearchQuery(text), filter: ArticleFilter(source: source)).total
      #expect(all.count == expected, "\(text): every match is reachable")
    }
  }

  @Test(
    "a query of only common words lists headline matches, then the rest, each newest first",
    arguments: StoreKind.allCases)
  func commonWords(_ kind: StoreKind) throws {
    let temporary = try Self.tramArchive(kind)
    let archive = temporary.store
    // "the" is in the headline of none, in the body of 1, 3, 4 (and not 2, 5, 6)
    let the = try archive.search(SearchQuery("the"), filter: ArticleFilter())
    #expect(the.items.map(\.id) == [4, 3, 1])
    #expect(the.items.allSatisfy { $0.score == nil })
    // "and" is in the headline of 6 and in the body of 5 and 1
    let and = try archive.search(SearchQuery("and"), filter: ArticleFilter())
    #expect(and.items.map(\.id) == [6, 5, 1])
    // paged the same way
    let second = try archive.search(SearchQuery("and"), filter: ArticleFilter(limit: 1, offset: 1))
    #expect(second.items.map(\.id) == [5])
  }

  @Test("an archive from before the headline index gets it when opened for writing")
  func headlineIndexMigration() throws {
    // Given an archive as newsgrab wrote it before migration v4
    let folder = TemporaryFolder()
    let path = folder.file("trams.sqlite")
    do {
      let archive = try Self.tramArchive(folder)
      try archive.execute(
        "DROP TABLE headline_fts; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%'")
    }
    // When it is opened read-only, it is refused untouched, saying how to upgrade it;
    // opened for writing, it is upgraded
    let step = "v4: a headline-only index for the headline group of search"
    #expect(throws: ArchiveError.olderSchema([step])) { try Archive(path: path, mode: .readOnly) }
    #expect(ArchiveError.olderSchema([step]).description.contains("newsgrab stats --check"))
    let archive = try Archive(path: path)
    // Then the headline group is found in the rebuilt index, and the archive checks clean
    let ids = try archive.search(SearchQuery("tram"), filter: ArticleFilter()).items.map(\.id)
    #expect(Set(ids.prefix(3)) == [1, 3, 6])
    #expect(try archive.check() == [])
  }

  @Test("lookup by id, URL or a variant of the URL", arguments: StoreKind.allCases)
  func lookup(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    #expect(try archive.articleID(for: "3") == 3)
    #expect(try archive.articleID(for: "https://journal.example/c") == 3)
    #expect(try archive.articleID(for: "http://www.journal.example/c/") == 3)
    #expect(throws: ArchiveError.notFound("https://nowhere.example/")) {
      try archive.articleID(for: "https://nowhere.example/")
    }
  }

  @Test("stats count articles, sources, languages and months", arguments: StoreKind.allCases)
  func stats(_ kind: StoreKind) throws {
    let temporary = try Self.newsArchive(kind)
    let archive = temporary.store
    let stats = try archive.stats()
    #expect(stats.articles == 7)
    #expect(stats.sources == 3)
    #expect(stats.earliest == "2022-02-01" && stats.latest == "2024-06-01")
    #expect(stats.undated == 1)
    #expect(stats.perMonth.map(\.count).reduce(0, +) == 6)
    #expect(stats.perMonth.first?.name == "2022-02")
    #expect(stats.fileBytes > 0)
  }
}
