import Foundation
import NewsgrabExtraction
import Testing

@testable import NewsgrabEval

@Suite struct CorpusScoreTests {
  @Test func missingAndFailedPredictionsCountAsEmptyOutput() throws {
    let corpus = Corpus(
      name: "c", directory: "/nowhere",
      records: [
        TruthRecord(id: "ok", headline: "A"), TruthRecord(id: "bad", headline: "B"),
        TruthRecord(id: "gone", headline: "C"),
      ])
    let predictions: [String: Prediction] = ["ok": .article(Article(headline: "a")), "bad": .failed("not a web page")]
    let score = CorpusScore.score(corpus: corpus, system: "s") { predictions[$0.id] }
    #expect(score.pages == 3)
    #expect(score.predicted == 1)
    #expect(abs(score.coverage - 1.0 / 3.0) < 1e-12)
    #expect(score.errored == [.init(id: "bad", reason: "not a web page"), .init(id: "gone", reason: "no prediction")])
    #expect(score.fields.map(\.field) == [.headline])
    #expect(abs(try #require(score.field(.headline)).score - 1.0 / 3.0) < 1e-12)
  }

  @Test func onlyRequestedFieldsAreScored() {
    let corpus = Corpus(name: "c", directory: "/", records: [TruthRecord(id: "a", headline: "A", body: "x")])
    let score = CorpusScore.score(corpus: corpus, system: "s", fields: [.body]) { _ in .article(Article()) }
    #expect(score.fields.map(\.field) == [.body])
  }
}

@Suite struct CorpusFilesTests {
  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("evaltests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url.appendingPathComponent("pages"), withIntermediateDirectories: true)
    return url
  }

  @Test func loadsTruthAndNamesTheCorpusAfterItsFolder() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let truth = """
      {"id": "p1", "html": "pages/p1.html", "url": "http://example.com/a", "headline": "H", "authors": ["A"]}

      {"id": "p2", "html": "pages/p2.html", "related": [{"url": "http://example.com/r", "headline": "R"}]}
      """
    try Data(truth.utf8).write(to: directory.appendingPathComponent("truth.jsonl"))
    let corpus = try Corpus.load(directory.path + "/")
    #expect(corpus.name == directory.lastPathComponent)
    #expect(corpus.records.map(\.id) == ["p1", "p2"])
    #expect(corpus.records[0].authors == ["A"])
    #expect(corpus.records[1].related == [.init(url: "http://example.com/r", headline: "R")])
    #expect(corpus.pagePath(corpus.records[0]) == directory.path + "/pages/p1.html")
  }

  @Test func refusesFoldersWithoutTruthAndBadLines() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: EvalError.notACorpus("no truth.jsonl")) { try Corpus.load(directory.path) }
    try Data("{\"id\": \"a\"}\n{\"headline\": \"no id\"}\n".utf8).write(
      to: directory.appendingPathComponent("truth.jsonl"))
    #expect {
      try Corpus.load(directory.path)
    } throws: { error in
      guard case .badLine(let line, _) = error as? EvalError else { return false }
      return line == 2
    }
  }

  @Test func extractsPagesWithTheTruthURLAsBase() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let html = """
      <html><head><title>Local title</title><meta property="og:image" content="/img/lead.jpg"></head>
      <body><article><h1>Local title</h1><p>Some text of the story that is long enough to read.</p></article></body></html>
      """
    try Data(html.utf8).write(to: directory.appendingPathComponent("pages/p1.html"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(
      to: directory.appendingPathComponent("pages/p2.html"))
    let corpus = Corpus(
      name: "c", directory: directory.path,
      records: [
        TruthRecord(id: "p1", html: "pages/p1.html", url: "http://example.com/news/story"),
        TruthRecord(id: "p2", html: "pages/p2.html"), TruthRecord(id: "p3", html: "pages/p3.html"),
      ])
    let extractor = CorpusExtractor()
    let article = try #require(extractor.extract(corpus.records[0], path: corpus.pagePath(corpus.records[0])).article)
    #expect(article.leadImage?.url == "http://example.com/img/lead.jpg")
    guard case .failed(let binary) = extractor.extract(corpus.records[1], path: corpus.pagePath(corpus.records[1]))
    else {
      Issue.record("a PNG must not yield an article")
      return
    }
    #expect(binary.contains("not a web page"))
    guard case .failed(let missing) = extractor.extract(corpus.records[2], path: corpus.pagePath(corpus.records[2]))
    else {
      Issue.record("a missing page must not yield an article")
      return
    }
    #expect(missing == "no such file or directory")
  }

  @Test func extractAllReturnsOnePredictionPerPage() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var records: [TruthRecord] = []
    for index in 0..<5 {
      try Data("<html><head><title>Page \(index)</title></head><body><p>Text \(index)</p></body></html>".utf8)
        .write(to: directory.appendingPathComponent("pages/p\(index).html"))
      records.append(TruthRecord(id: "p\(index)", html: "pages/p\(index).html"))
    }
    let corpus = Corpus(name: "c", directory: directory.path, records: records)
    let predictions = CorpusExtractor(workers: 2).extractAll(corpus)
    #expect(Set(predictions.keys) == Set(records.map(\.id)))
    #expect(predictions["p3"]?.article?.headline == "Page 3")
  }
}

@Suite struct PredictionFileTests {
  @Test func readsOtherToolsShapesAndMatchesByCorpusThenId() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("trafilatura-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: path) }
    let lines = """
      {"id": "a", "corpus": "c1", "headline": "H", "authors": "Jane Doe", "source": {"name": "S"}, "body": "b c", "leadImage": "http://x/a.jpg", "images": ["http://x/b.jpg", {"url": "http://x/c.jpg", "caption": "C"}], "publishedAt": "2020-01-02"}
      {"id": "b", "error": "timeout"}
      {"id": "a", "headline": "any corpus"}
      """
    try Data(lines.utf8).write(to: path)
    let file = try PredictionFile.load(path.path)
    #expect(file.system == path.deletingPathExtension().lastPathComponent)
    let article = try #require(file.prediction(corpus: "c1", id: "a")?.article)
    #expect(article.headline == "H")
    #expect(article.authors == ["Jane Doe"])
    #expect(article.source.name == "S")
    #expect(article.leadImage?.url == "http://x/a.jpg")
    #expect(article.images.map(\.url) == ["http://x/b.jpg", "http://x/c.jpg"])
    #expect(article.images[1].caption == "C")
    #expect(article.publishedAt == "2020-01-02")
    #expect(file.prediction(corpus: "c2", id: "a")?.article?.headline == "any corpus")
    guard case .failed(let reason) = file.prediction(corpus: "c1", id: "b") else {
      Issue.record("an error line must be a failed prediction")
      return
    }
    #expect(reason == "timeout")
    #expect(file.prediction(corpus: "c1", id: "zzz") == nil)
  }

  @Test func refusesLinesWithoutId() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("p-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: path) }
    try Data("{\"id\": \"a\"}\n[1]\n".utf8).write(to: path)
    #expect(throws: EvalError.badLine(line: 2, reason: "not a JSON object")) { try PredictionFile.load(path.path) }
  }
}
