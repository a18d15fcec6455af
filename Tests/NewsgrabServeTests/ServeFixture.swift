import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsgrabArchive
import NewsgrabExtraction
import NewsgrabInput
import NewsgrabServe
import Testing

/// A temporary archive for one test, filled with known articles, and the
/// reading room over it.
final class ServeFixture: Sendable {
  let folder: String
  let archive: Archive
  /// Ids of the stored articles, by role.
  let hostile: Int64
  let revised: Int64
  let copy: Int64
  let copied: Int64
  let teaserTarget: Int64

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  init() throws {
    folder = NSTemporaryDirectory() + "newsgrab-serve-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let writer = try Archive(path: folder + "/archive.sqlite")
    // The hostile page, through the real extractor.
    let source = Self.repository.appendingPathComponent("fixtures/pages/hostile-markup/source.html")
    let bytes = [UInt8](try Data(contentsOf: source))
    let page = InputPage(name: "hostile-markup/source.html", bytes: bytes)
    var extracted = try ArticleExtractor().extract(page)
    // What the extractor already drops, stored anyway (an older extractor,
    // another store): the reader must not trust the archive either.
    extracted.related.insert(
      Teaser(
        headline: "Ferry fares <script>alert(5)</script> rise", url: "javascript:alert('teaser')",
        summary: "<img src=x onerror=alert(6)>", image: "javascript:alert(7)"), at: 0)
    extracted.related.append(
      Teaser(headline: "Cooperative elects a chair", url: "data:text/html,<script>alert(8)</script>"))
    extracted.images.append(
      ArticleImage(
        url: "javascript:alert('image')", alt: "\" onerror=\"alert(9)", caption: "<span onclick=alert(10)>Quay</span>",
        credit: "<script>alert(11)</script>"))
    extracted.source.url = "javascript:alert('source')"
    _ = try writer.save([ImportItem(page: page, article: extracted)])
    // The teaser that links to an article the archive holds.
    let target = Self.article(
      url: "https://news.example-courier.org/harbour/night-crossing-trial",
      headline: "Night crossing trial to run for six weeks", body: "The ferry company will run a late boat.",
      source: "Riverside Courier", published: "2025-04-02")
    _ = try writer.save([ImportItem(page: Self.page("night", target.headline!), article: target)])
    // One story in two versions.
    let first = Self.article(
      url: "https://example.org/story/budget", headline: "Council sets the budget",
      body: "The council met on Monday.\n\nIt agreed a budget of four million.", source: "Example Times",
      published: "2024-03-01")
    var second = first
    second.body = "The council met on Monday evening.\n\nIt agreed a budget of five million."
    _ = try writer.save([ImportItem(page: Self.page("budget-1", "v1"), article: first)])
    _ = try writer.save([ImportItem(page: Self.page("budget-2", "v2"), article: second)])
    // Two copies of one agency story.
    let wire = (1...12).map { "Sentence \($0) of the agency report about the mountain rescue near the pass." }
      .joined(separator: " ")
    let copyA = Self.article(
      url: "https://a.example.com/rescue", headline: "Climbers rescued near the pass", body: wire,
      source: "Alpha News", published: "2024-05-01")
    let copyB = Self.article(
      url: "https://b.example.com/rescue", headline: "Rescue on the pass", body: wire, source: "Beta Daily",
      published: "2024-05-02")
    _ = try writer.save([ImportItem(page: Self.page("rescue-a", "a"), article: copyA)])
    _ = try writer.save([ImportItem(page: Self.page("rescue-b", "b"), article: copyB)])
    // The server opens its own read-only handle, as `serve` does.
    let reader = try Archive(path: folder + "/archive.sqlite", mode: .readOnly)
    archive = reader
    func id(_ url: String) throws -> Int64 { try reader.articleID(for: url) }
    hostile = try id("https://news.example-courier.org/harbour/ferry-pier-approved")
    teaserTarget = try id("https://news.example-courier.org/harbour/night-crossing-trial")
    revised = try id("https://example.org/story/budget")
    copy = try id("https://a.example.com/rescue")
    copied = try id("https://b.example.com/rescue")
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  static func article(url: String, headline: String, body: String, source: String, published: String) -> Article {
    Article(
      url: url, headline: headline, source: Source(name: source, url: "https://" + (URL(string: url)?.host ?? "")),
      authors: ["Sam Reporter"], publishedAt: published, language: "en", body: body,
      provenance: ["headline": "test"])
  }

  static func page(_ name: String, _ text: String) -> InputPage {
    InputPage(name: name, bytes: Array("<html><body><p>\(name) \(text)</p></body></html>".utf8))
  }

  /// Runs `test` against the reading room's router (no socket).
  func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let room = try await ReadingRoom(archive: archive)
    let app = Application(router: room.router())
    try await app.test(.router) { client in try await test(client) }
  }
}

extension TestResponse {
  var text: String { String(buffer: body) }

  func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
}
