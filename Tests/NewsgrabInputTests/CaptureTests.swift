import Foundation
import Testing

@testable import NewsgrabInput

/// Issue 15: every page says what it was read from, and where and when the
/// copy was saved when the file records it.
@Suite struct CaptureTests {
  static let inputs = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/inputs")

  static func pages(_ relative: String) -> [InputPage] {
    InputReader().results(file: inputs.appendingPathComponent(relative).path).compactMap(\.page)
  }

  @Test func containersNameThemselvesWithTheirURLAndDate() throws {
    let warc = Self.pages("warc/two-articles.warc.gz")
    #expect(warc.map(\.container) == [.warc, .warc])
    #expect(warc.first?.url == "https://www.lakeside-courier.example/news/2026/03/harbour-ferry-returns")
    #expect(warc.first?.savedAt == "2026-03-14T09:00:00Z")

    let mhtml = try #require(Self.pages("mhtml/article.mhtml").first)
    #expect(mhtml.container == .mhtml)
    #expect(mhtml.savedAt == "2026-03-14T10:15:00+01:00")

    let singleFile = try #require(Self.pages("singlefile/article.html").first)
    #expect(singleFile.container == .singleFile)
    #expect(singleFile.savedAt == "2026-03-14T10:15:00+01:00")

    let savePageAs = try #require(Self.pages("save-page-as/Harbour ferry returns.html").first)
    #expect(savePageAs.container == .savePageAs)
    #expect(savePageAs.url == "https://www.lakeside-courier.example/news/2026/03/harbour-ferry-returns")

    let plain = try #require(Self.pages("plain/article.html").first)
    #expect(plain.container == .html)
    #expect(plain.url == nil && plain.savedAt == nil)
  }

  @Test func gzipHTTPDumpAndTextAreNamed() throws {
    let page = TestFiles.page("A story")
    #expect(InputReader().results(Zlib.gzip(page), name: "story.html.gz").first?.page?.container == .gzip)
    // A gzipped MHTML or WARC is still that container, not "gzip".
    let warcBytes = try Data(contentsOf: Self.inputs.appendingPathComponent("warc/two-articles.warc"))
    #expect(InputReader().results(Zlib.gzip([UInt8](warcBytes)), name: "c.gz").first?.page?.container == .warc)

    let dump =
      Array(
        "HTTP/1.1 200 OK\r\nDate: Sat, 14 Mar 2026 09:00:00 GMT\r\nContent-Type: text/html\r\n\r\n".utf8) + page
    let http = try #require(InputReader().results(dump, name: "story.http").first?.page)
    #expect(http.container == .http)
    #expect(http.savedAt == "2026-03-14T09:00:00+00:00")

    let text = Array("![Harbour ferry returns](https://example.com/ferry.jpg)\nHarbour ferry returns\nA story.".utf8)
    #expect(InputReader().results(text, name: "story.txt").first?.page?.container == .text)
  }

  @Test func standardInputIsNamedAsSuch() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("page").path
    try Data(TestFiles.page("A story")).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    var pages: [InputPage] = []
    InputReader().readPages(descriptor: descriptor, name: "-", url: "https://news.example/a") {
      if let page = $0.page { pages.append(page) }
    }
    #expect(pages.map(\.container) == [.stdin])
    #expect(pages.first?.url == "https://news.example/a")
  }
}
