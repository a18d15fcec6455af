import Foundation
import NewsgrabTestSupport
import Testing

@testable import NewsgrabInput

@Suite struct WARCReaderTests {
  let first = TestFiles.page("First story")
  let second = TestFiles.page("Second story, sent chunked and gzip-encoded")

  /// warcinfo, request, a plain response, an image, a redirect, and a
  /// chunked + gzip response: two pages.
  func crawl() -> [UInt8] {
    let info = WARCWriter.record(
      type: "warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: test\r\n".utf8), id: 1
    )
    let request = WARCWriter.record(
      type: "request", uri: "https://news.example/a", contentType: "application/http; msgtype=request",
      block: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8), id: 2)
    let page = WARCWriter.response(uri: "https://news.example/a", body: first, id: 3)
    let image = WARCWriter.response(
      uri: "https://news.example/a.jpg", body: [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 1, count: 64),
      headers: ["Content-Type: image/jpeg"], id: 4)
    let redirect = WARCWriter.response(
      uri: "https://news.example/old", body: Array("<html>Moved</html>".utf8), headers: ["Content-Type: text/html"],
      status: "301 Moved Permanently", id: 5)
    let encoded = WARCWriter.response(
      uri: "https://news.example/b", body: WARCWriter.chunked(Zlib.gzip(second)),
      headers: ["Content-Type: text/html; charset=ISO-8859-1", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
      id: 6)
    return info + request + page + image + redirect + encoded
  }

  @Test func everyHTMLResponseIsOnePage() throws {
    let results = InputReader().results(crawl(), name: "crawl.warc")
    let pages = results.compactMap(\.page)
    #expect(results.count == 2)
    #expect(pages.map(\.url) == ["https://news.example/a", "https://news.example/b"])
    #expect(pages[0].bytes == first)
    // Chunked transfer and gzip content encodings undone; charset kept as a hint.
    #expect(pages[1].bytes == second)
    #expect(pages[1].charsetHint == "ISO-8859-1")
    #expect(pages[0].savedAt == "2026-03-14T09:00:00Z")
    #expect(pages[0].name == "crawl.warc#3")
  }

  @Test func gzipPerRecordIsReadTheSame() {
    var gzipped: [UInt8] = []
    // Re-split the plain crawl into one gzip member per record.
    let plain = crawl()
    var start = 0
    let marker = Array("WARC/1.0\r\n".utf8)
    var starts: [Int] = []
    while let at = SavePageAs.find(marker, in: plain, from: start) {
      starts.append(at)
      start = at + 1
    }
    for (index, at) in starts.enumerated() {
      gzipped += Zlib.gzip(Array(plain[at..<(index + 1 < starts.count ? starts[index + 1] : plain.count)]))
    }
    let pages = InputReader().results(gzipped, name: "crawl.warc.gz").compactMap(\.page)
    #expect(pages.map(\.bytes) == [first, second])
  }

  @Test func wrongContentLengthIsReportedAndTheNextRecordStillRead() {
    let short = WARCWriter.record(
      type: "response", uri: "https://news.example/bad", contentType: "application/http; msgtype=response",
      block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8) + first, id: 1, declaredLength: 40)
    let good = WARCWriter.response(uri: "https://news.example/good", body: second, id: 2)
    let results = InputReader().results(short + good, name: "x.warc")
    #expect(results.count == 2)
    #expect(results[0].error?.description.contains("WARC record 1") == true)
    #expect(results[0].error?.description.contains("Content-Length") == true)
    #expect(results[1].page?.url == "https://news.example/good")
  }

  @Test func truncatedFileEndsWithOneError() {
    let whole =
      WARCWriter.response(uri: "https://news.example/a", body: first, id: 1)
      + WARCWriter.response(uri: "https://news.example/b", body: second, id: 2)
    let results = InputReader().results(Array(whole.dropLast(60)), name: "x.warc")
    #expect(results.count == 2)
    #expect(results[0].page?.url == "https://news.example/a")
    #expect(results[1].error?.description.contains("truncated") == true)
  }

  @Test func truncatedGzipStillYieldsTheRecordsBeforeTheDamage() {
    let whole =
      Zlib.gzip(WARCWriter.response(uri: "https://news.example/a", body: first, id: 1))
      + Zlib.gzip(WARCWriter.response(uri: "https://news.example/b", body: second, id: 2))
    let results = InputReader().results(Array(whole.dropLast(30)), name: "x.warc.gz")
    #expect(results.first?.page?.url == "https://news.example/a")
    #expect(results.count == 2)
    #expect(results.last?.error != nil)
  }

  @Test func aPageOverTheSizeLimitIsReportedAndSkipped() {
    let big = TestFiles.page(String(repeating: "word ", count: 50_000))
    let crawl =
      WARCWriter.response(uri: "https://news.example/big", body: big, id: 1)
      + WARCWriter.response(uri: "https://news.example/small", body: first, id: 2)
    let results = InputReader(maxSize: 100_000).results(crawl, name: "x.warc")
    #expect(results.count == 2)
    #expect(results[0].error?.description.contains("--max-size") == true)
    #expect(results[1].page?.url == "https://news.example/small")
  }

  @Test func pagesAreHandedOverAsTheyAreRead() throws {
    // A file whose tail is garbage: the first page arrives before the error,
    // so a reader that kept everything until the end would fail this.
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("crawl.warc").path
    let bytes =
      WARCWriter.response(uri: "https://news.example/a", body: first, id: 1) + Array("WARC/1.0\r\nbroken".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var order: [String] = []
    InputReader().readPages(file: path) { result in
      switch result {
      case .success(let page): order.append("page \(page.url ?? "")")
      case .failure: order.append("error")
      }
    }
    #expect(order == ["page https://news.example/a", "error"])
  }

  /// `resource` records hold a document without an HTTP response around it
  /// (wget's log, warcio's `resource`, pages archived from disk): the HTML
  /// ones are pages, with the record's URI, date and charset; others are not.
  @Test func htmlResourceRecordsArePages() {
    let page = WARCWriter.record(
      type: "resource", uri: "file:///home/reader/saved/first.html", contentType: "text/html; charset=windows-1252",
      block: first, date: "2026-03-15T10:30:00Z", id: 1)
    let log = WARCWriter.record(
      type: "resource", uri: "urn:X-wget:log", contentType: "text/plain", block: Array("Opening WARC file\n".utf8),
      id: 2)
    let xhtml = WARCWriter.record(
      type: "resource", uri: "https://news.example/b.xhtml", contentType: "application/xhtml+xml", block: second, id: 3)
    let results = InputReader().results(page + log + xhtml, name: "saved.warc")
    #expect(results.count == 2)
    let pages = results.compactMap(\.page)
    #expect(pages.map(\.bytes) == [first, second])
    #expect(pages.map(\.url) == ["file:///home/reader/saved/first.html", "https://news.example/b.xhtml"])
    #expect(pages.first?.savedAt == "2026-03-15T10:30:00Z")
    #expect(pages.first?.charsetHint == "windows-1252")
    #expect(pages.map(\.name) == ["saved.warc#1", "saved.warc#3"])
  }

  @Test func dechunkRejectsWhatIsNotChunked() {
    #expect(HTTPResponse.dechunk(Array("<html>".utf8)) == nil)
    #expect(HTTPResponse.dechunk(Array("3\r\nabc\r\n0\r\n\r\n".utf8)) == Array("abc".utf8))
  }
}
