import Foundation
import NewsgrabExtraction
import NewsgrabInput
import Testing

@testable import NewsgrabArchive

/// Issue 15: the archive keeps where and when each copy was saved.
@Suite("Captures in the archive")
struct CaptureArchiveTests {
  /// A WARC record of `url` saved at `savedAt`, and its article.
  static func item(_ url: String, headline: String, savedAt: String?, format: InputPage.Container) -> ImportItem {
    var page = Make.page(headline, url: url, text: headline)
    page.savedAt = savedAt
    page.container = format
    var article = Make.article(url: url, headline: headline, body: "\(headline) was reported today.")
    article.capture = Capture(url: url, savedAt: savedAt, format: format.rawValue)
    return ImportItem(page: page, article: article)
  }

  static func archive(_ folder: TemporaryFolder) throws -> Archive {
    let archive = try Archive(path: folder.file("captures.sqlite"))
    _ = try archive.save([
      item("https://c.example/1", headline: "Ferry", savedAt: "2026-03-14T09:00:00Z", format: .warc),
      item("https://c.example/2", headline: "Bridge", savedAt: "2026-05-02T18:30:00+02:00", format: .mhtml),
      item("https://c.example/3", headline: "Tunnel", savedAt: nil, format: .html),
    ])
    return archive
  }

  @Test("list carries each article's capture, and show gives it back whole")
  func listAndShow() throws {
    let folder = TemporaryFolder()
    let archive = try Self.archive(folder)
    let items = try archive.list(filter: ArticleFilter(order: .oldest)).items
    let captures = Dictionary(uniqueKeysWithValues: items.map { ($0.headline ?? "", $0.capture) })
    #expect(captures["Ferry"] == Capture(url: "https://c.example/1", savedAt: "2026-03-14T09:00:00Z", format: "warc"))
    #expect(captures["Bridge"]?.format == "mhtml")
    #expect(captures["Tunnel"] == Capture(url: "https://c.example/3", savedAt: nil, format: "html"))
    let id = try #require(items.first { $0.headline == "Bridge" }?.id)
    #expect(try archive.article(id: id).article.capture.savedAt == "2026-05-02T18:30:00+02:00")
    #expect(try archive.column("SELECT capture_format FROM page ORDER BY id") == ["warc", "mhtml", "html"])
  }

  @Test("--saved-since and --saved-until select by the capture's day; a page without one matches neither")
  func savedFilters() throws {
    let folder = TemporaryFolder()
    let archive = try Self.archive(folder)
    func headlines(_ filter: ArticleFilter) throws -> [String] {
      try archive.list(filter: filter).items.compactMap(\.headline).sorted()
    }
    #expect(try headlines(ArticleFilter(savedSince: "2026-04")) == ["Bridge"])
    #expect(try headlines(ArticleFilter(savedUntil: "2026-03")) == ["Ferry"])
    #expect(try headlines(ArticleFilter(savedSince: "2026-03-14", savedUntil: "2026-05-02")) == ["Bridge", "Ferry"])
    #expect(try headlines(ArticleFilter(savedSince: "2026-05-03")) == [])
    #expect(throws: ArchiveError.invalidDate(option: "--saved-since", value: "May")) {
      try archive.list(filter: ArticleFilter(savedSince: "May"))
    }
  }

  @Test(
    "an archive from before v6 gets each article's saved URL and date from its stored page; its format stays unknown")
  func migration() throws {
    let folder = TemporaryFolder()
    let path = folder.file("captures.sqlite")
    do {
      let archive = try Self.archive(folder)
      try archive.execute(
        """
        UPDATE article SET capture_url = NULL, saved_at = NULL, capture_format = NULL;
        UPDATE page SET capture_format = NULL;
        DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%';
        ALTER TABLE article DROP COLUMN capture_url;
        ALTER TABLE article DROP COLUMN saved_at;
        ALTER TABLE article DROP COLUMN capture_format;
        ALTER TABLE page DROP COLUMN capture_format;
        """)
    }
    let archive = try Archive(path: path)
    let items = try archive.list(filter: ArticleFilter()).items
    let ferry = try #require(items.first { $0.headline == "Ferry" })
    #expect(ferry.capture == Capture(url: "https://c.example/1", savedAt: "2026-03-14T09:00:00Z", format: "unknown"))
    #expect(try archive.check() == [])
  }
}
