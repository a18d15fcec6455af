import NewsgrabExtraction
import Testing

@testable import NewsgrabEval

/// Every expected number here is worked out by hand in the comment above it.
@Suite struct FieldMetricsTests {
  private func page(_ id: String, _ truth: TruthRecord, _ article: Article) -> ScoredPage {
    var truth = truth
    truth.id = id
    return ScoredPage(truth: truth, article: article)
  }

  private func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-9
  }

  @Test func bodyUsesBenchmarkAveragesAndTokenAccuracy() throws {
    // Page 1: identical tokens (punctuation differs) → P 1, R 1, exact.
    // Page 2: nothing predicted → recall 0, no precision term, not exact.
    // Page 3: no body truth → not scored.
    let pages = [
      page("1", TruthRecord(id: "", body: "one two three four five"), Article(body: "one two, three four five.")),
      page("2", TruthRecord(id: "", body: "one two three four five"), Article()),
      page("3", TruthRecord(id: ""), Article(body: "anything")),
    ]
    let score = try #require(FieldMetrics.score(.body, pages))
    #expect(score.pages == 2)
    #expect(score.precision == 1)
    #expect(score.recall == 0.5)
    #expect(close(score.score, 2.0 / 3.0))
    #expect(score.accuracy == 0.5)
    #expect(score.pageScores.map(\.score) == [1, 0])
    #expect(score.pageScores.map(\.detail) == ["precision 1.00, recall 1.00", "precision —, recall 0.00"])
  }

  @Test func headlineIsNormalisedExactMatch() throws {
    // "Hello World" vs "“hello  world.”" matches; a missing headline never does.
    let pages = [
      page("a", TruthRecord(id: "", headline: "Hello World"), Article(headline: "“hello  world.”")),
      page("b", TruthRecord(id: "", headline: "Other"), Article()),
      page("c", TruthRecord(id: ""), Article(headline: "ignored")),
    ]
    let score = try #require(FieldMetrics.score(.headline, pages))
    #expect(score.pages == 2)
    #expect(score.score == 0.5)
    #expect(score.precision == nil)
  }

  @Test func siteNameComesFromSourceName() throws {
    let pages = [
      page("a", TruthRecord(id: "", siteName: "The Guardian"), Article(source: Source(name: "the guardian")))
    ]
    #expect(try #require(FieldMetrics.score(.siteName, pages)).score == 1)
  }

  @Test func publishedComparesTheFirstTenCharactersAsWritten() throws {
    // Same local day with offset → right; the UTC instant on the next day → wrong; missing → wrong.
    let truth = TruthRecord(id: "", published: "2016-12-09")
    let pages = [
      page("a", truth, Article(publishedAt: "2016-12-09T22:00:00-05:00")),
      page("b", truth, Article(publishedAt: "2016-12-10T03:00:00Z")),
      page("c", truth, Article()),
    ]
    #expect(close(try #require(FieldMetrics.score(.published, pages)).score, 1.0 / 3.0))
  }

  @Test func languageComparesPrimarySubtags() throws {
    let pages = [
      page("a", TruthRecord(id: "", language: "pt-BR"), Article(language: "pt")),
      page("b", TruthRecord(id: "", language: "en"), Article(language: "en-US")),
      page("c", TruthRecord(id: "", language: "de"), Article(language: "en")),
    ]
    #expect(close(try #require(FieldMetrics.score(.language, pages)).score, 2.0 / 3.0))
  }

  @Test func leadImageComparesNormalisedURLs() throws {
    let pages = [
      page(
        "a", TruthRecord(id: "", leadImage: "https://S.example.com/a%20b.jpg?w=1200"),
        Article(leadImage: ArticleImage(url: "http://s.example.com/a b.jpg"))),
      page(
        "b", TruthRecord(id: "", leadImage: "https://example.com/b.jpg"),
        Article(leadImage: ArticleImage(url: "https://example.com/c.jpg"))),
    ]
    #expect(try #require(FieldMetrics.score(.leadImage, pages)).score == 0.5)
  }

  @Test func authorsAreMacroSetScores() throws {
    // a: {jane doe, john roe} vs {jane doe}           → P 1,   R 1/2, F1 2/3
    // b: {a b} vs {}                                   → P 0,   R 0,   F1 0
    // c: {x y} vs {x y, staff}                         → P 1/2, R 1,   F1 2/3
    // d: {ann lee} vs {ann lee}                        → 1, 1, 1, exact
    // macro P = 2.5/4, R = 2.5/4, F1 = (7/3)/4, accuracy 1/4
    let pages = [
      page("a", TruthRecord(id: "", authors: ["Jane Doe", "John Roe"]), Article(authors: ["By Jane Doe"])),
      page("b", TruthRecord(id: "", authors: ["A B"]), Article()),
      page("c", TruthRecord(id: "", authors: ["X Y"]), Article(authors: ["x  y", "Staff"])),
      page("d", TruthRecord(id: "", authors: ["Ann Lee"]), Article(authors: ["ANN LEE"])),
    ]
    let score = try #require(FieldMetrics.score(.authors, pages))
    #expect(score.pages == 4)
    #expect(close(score.precision, 0.625))
    #expect(close(score.recall, 0.625))
    #expect(close(score.score, 7.0 / 12.0))
    #expect(score.accuracy == 0.25)
  }

  @Test func imagesRecallCountsLeadImagePrecisionDoesNot() throws {
    // a: truth {1, 2, 3}; images [1, 4], lead 2 → recall 2/3, precision 1/2.
    // b: truth {5}; nothing → recall 0, no precision term.
    // macro recall (the score) 1/3, precision 1/2.
    let a = Article(
      leadImage: ArticleImage(url: "http://x.com/2.jpg"),
      images: [ArticleImage(url: "http://x.com/1.jpg"), ArticleImage(url: "http://x.com/4.jpg")])
    let pages = [
      page("a", TruthRecord(id: "", images: ["http://x.com/1.jpg", "http://x.com/2.jpg", "http://x.com/3.jpg"]), a),
      page("b", TruthRecord(id: "", images: ["http://x.com/5.jpg"]), Article()),
    ]
    let score = try #require(FieldMetrics.score(.images, pages))
    #expect(close(score.score, 1.0 / 3.0))
    #expect(close(score.recall, 1.0 / 3.0))
    #expect(score.precision == 0.5)
  }

  @Test func captionsRecallFollowsTheContainmentRule() throws {
    // a: "the old lighthouse above the harbour" is contained in truth 1 with ≥ 2 words → found;
    //    the credit contains truth 2 → found; "dog" is one word inside truth 3 → not found.
    //    recall 2/3.
    // b: "Sunset." equals "sunset" after normalisation → 1.
    // macro recall (2/3 + 1) / 2 = 5/6.
    let a = Article(images: [
      ArticleImage(url: "u1", caption: "The old lighthouse above the harbour"),
      ArticleImage(url: "u2", credit: "The town is getting ready to welcome the touring choir"),
      ArticleImage(url: "u3", caption: "Dog"),
    ])
    let pages = [
      page(
        "a",
        TruthRecord(
          id: "",
          captions: ["The old lighthouse above the harbour Jo Lane/Coast Press", "The town is getting ready", "A dog"]),
        a),
      page(
        "b", TruthRecord(id: "", captions: ["Sunset."]), Article(leadImage: ArticleImage(url: "u", caption: "sunset"))),
    ]
    let score = try #require(FieldMetrics.score(.captions, pages))
    #expect(close(score.score, 5.0 / 6.0))
    #expect(score.pageScores.map(\.id) == ["a", "b"])
  }

  @Test func relatedIsMacroPrecisionAndRecallOfURLs() throws {
    // a: truth {1, 2}, got {1, 3, 4} → P 1/3, R 1/2.  b: truth {5}, got {} → R 0.
    // P = 1/3, R = 1/4, F1 = 2·(1/3)(1/4)/(7/12) = 2/7.
    let a = Article(related: [
      Teaser(url: "https://x.com/1"), Teaser(url: "https://x.com/3"), Teaser(url: "https://x.com/4"),
    ])
    let pages = [
      page("a", TruthRecord(id: "", related: [.init(url: "http://x.com/1"), .init(url: "http://x.com/2")]), a),
      page("b", TruthRecord(id: "", related: [.init(url: "http://x.com/5")]), Article()),
    ]
    let score = try #require(FieldMetrics.score(.related, pages))
    #expect(close(score.precision, 1.0 / 3.0))
    #expect(close(score.recall, 0.25))
    #expect(close(score.score, 2.0 / 7.0))
  }

  @Test func snippetsAreMicroCountsOnCollapsedCaseSensitiveText() throws {
    // a: "quick brown" found (TP), "lazy  dog" found after collapsing (TP),
    //    "Quick brown" not found: case matters (FN), "Subscribe now" found (FP).
    // b: "Missing" not found (FN), "Cookie" not found (TN).
    // TP 2, FP 1, FN 2, TN 1 → P 2/3, R 1/2, F1 4/7, accuracy 3/6.
    let pages = [
      page(
        "a",
        TruthRecord(
          id: "", bodyMustContain: ["quick brown", "lazy  dog", "Quick brown"], bodyMustNotContain: ["Subscribe now"]),
        Article(body: "The quick brown fox\njumps over the lazy dog.\n\nSubscribe now!")),
      page(
        "b", TruthRecord(id: "", bodyMustContain: ["Missing"], bodyMustNotContain: ["Cookie"]), Article(body: "Text")),
    ]
    let score = try #require(FieldMetrics.score(.snippets, pages))
    #expect(close(score.precision, 2.0 / 3.0))
    #expect(close(score.recall, 0.5))
    #expect(close(score.score, 4.0 / 7.0))
    #expect(score.accuracy == 0.5)
  }

  @Test func precisionIsUndefinedWhenNothingWasPredicted() throws {
    let pages = [
      page("a", TruthRecord(id: "", images: ["http://x.com/1.jpg"], related: [.init(url: "http://x.com/r")]), Article())
    ]
    let images = try #require(FieldMetrics.score(.images, pages))
    #expect(images.precision == nil)
    #expect(images.score == 0)
    let related = try #require(FieldMetrics.score(.related, pages))
    #expect(related.precision == nil)
    #expect(related.score == 0)
  }

  @Test func fieldsWithoutTruthAreNotScored() {
    let pages = [page("a", TruthRecord(id: "", headline: "H"), Article(headline: "H"))]
    for field in Field.allCases where field != .headline {
      #expect(FieldMetrics.score(field, pages) == nil)
    }
  }
}
