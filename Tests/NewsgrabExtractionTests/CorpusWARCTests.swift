import Foundation
import NewsgrabInput
import Testing

@testable import NewsgrabExtraction

/// A WARC written from every page of `../shared/corpora` (a few records
/// gzip-encoded, some chunked, the whole file gzipped per record) yields
/// the same articles as reading the pages from the directory.
@Suite struct CorpusWARCTests {
  /// `NEWSGRAB_CORPORA`, else `shared/corpora` beside the checkout or
  /// beside one of its parent folders (a worktree sits deeper).
  static let corpora: URL = {
    if let path = ProcessInfo.processInfo.environment["NEWSGRAB_CORPORA"] { return URL(fileURLWithPath: path) }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    while folder.path != "/" {
      folder = folder.deletingLastPathComponent()
      let candidate = folder.appendingPathComponent("shared/corpora")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    return folder.appendingPathComponent("shared/corpora")
  }()

  struct CorpusPage {
    var path: String
    var url: String?
  }

  /// Every page with its truth URL (the page bytes are read, never copied).
  static func pages() -> [CorpusPage] {
    let manager = FileManager.default
    guard let corpora = try? manager.contentsOfDirectory(atPath: Self.corpora.path).sorted() else { return [] }
    var pages: [CorpusPage] = []
    for corpus in corpora {
      let folder = Self.corpora.appendingPathComponent(corpus)
      guard let truth = try? String(contentsOf: folder.appendingPathComponent("truth.jsonl"), encoding: .utf8) else {
        continue
      }
      for line in truth.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let html = object["html"] as? String
        else { continue }
        pages.append(CorpusPage(path: folder.appendingPathComponent(html).path, url: object["url"] as? String))
      }
    }
    return pages
  }

  // Needs ../shared/corpora (third-party pages, never in this repository);
  // without it the test is reported as skipped with this reason.
  @Test(.enabled(if: !pages().isEmpty, "../shared/corpora is absent: corpus WARC check not run"))
  func warcOfTheCorporaYieldsTheSameArticles() throws {
    let pages = Self.pages()
    let extractor = ArticleExtractor()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "newsgrab-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let warcPath = directory.appendingPathComponent("corpora.warc.gz").path
    FileManager.default.createFile(atPath: warcPath, contents: nil)
    let warc = try FileHandle(forWritingTo: URL(fileURLWithPath: warcPath))

    // From the directory, and into the WARC.
    var expected: [Article] = []
    for (index, page) in pages.enumerated() {
      var read: [InputPage] = []
      InputReader().readPages(file: page.path) { if let page = try? $0.get() { read.append(page) } }
      try #require(read.count == 1, "\(page.path)")
      var input = read[0]
      // A WARC response always has a target URI; pages without a known URL get a stand-in.
      input.url = page.url ?? "https://unknown.example/\(index)"
      expected.append(try extractor.extract(input))

      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: page.path)))
      var headers = ["Content-Type: text/html"]
      var body = bytes
      if index % 3 == 1 {
        headers.append("Content-Encoding: gzip")
        body = Zlib.gzip(body)
      }
      if index % 2 == 1 {
        headers.append("Transfer-Encoding: chunked")
        body = WARCWriter.chunked(body, chunkSize: 4096)
      }
      let record = WARCWriter.response(uri: input.url!, body: body, headers: headers, id: index + 1)
      try warc.write(contentsOf: Zlib.gzip(record))
    }
    try warc.close()

    // Back out of the WARC, streamed.
    var actual: [Article] = []
    var failures: [String] = []
    InputReader().readPages(file: warcPath) { result in
      switch result {
      case .success(let page):
        do {
          // The capture is the one thing a WARC copy must change: it says so, with the record's URI.
          var article = try extractor.extract(page)
          if article.capture.format != "warc" || article.capture.url != page.url || article.capture.savedAt == nil {
            failures.append("\(page.name): capture \(article.capture)")
          }
          article.capture = expected[actual.count].capture
          actual.append(article)
        } catch { failures.append("\(page.name): \(error)") }
      case .failure(let error): failures.append(error.description)
      }
    }
    #expect(failures.isEmpty, "\(failures)")
    try #require(actual.count == expected.count)
    var differing: [String] = []
    for (index, (got, want)) in zip(actual, expected).enumerated() where got != want {
      var fields: [String] = []
      if got.url != want.url { fields.append("url \(got.url ?? "nil") vs \(want.url ?? "nil")") }
      if got.headline != want.headline { fields.append("headline") }
      if got.body != want.body { fields.append("body") }
      if got.images != want.images { fields.append("images") }
      if got.leadImage != want.leadImage { fields.append("leadImage") }
      if got.related != want.related { fields.append("related") }
      if got.description != want.description { fields.append("description") }
      if got.authors != want.authors { fields.append("authors") }
      if got.provenance != want.provenance { fields.append("provenance \(got.provenance) vs \(want.provenance)") }
      if got.images != want.images {
        fields.append(String("images \(got.images.map(\.url)) vs \(want.images.map(\.url))".prefix(600)))
      }
      differing.append(pages[index].path + " " + fields.joined(separator: ","))
    }
    #expect(differing.isEmpty, "\(differing.count) of \(pages.count) pages differ: \(differing.prefix(5))")
  }
}
