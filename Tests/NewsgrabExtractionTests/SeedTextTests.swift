import Foundation
import NewsgrabExtraction
import Testing

/// The seed document (third-party text) is read from ../shared, never copied.
private let seedPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("shared/seed/000_9c872cca76ad5ba7.txt").path

@Suite struct SeedTextTests {
  @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "../shared/seed is absent: seed test skipped"))
  func seedParsesIntoItsArticle() throws {
    let text = try String(contentsOfFile: seedPath, encoding: .utf8)
    let article = SeedText.article(from: text)
    #expect(article.source.name == "CNN")
    #expect(article.headline?.isEmpty == false)
    #expect(article.leadImage?.url.hasPrefix("https://") == true)
    #expect(article.leadImage?.alt == article.headline)
    #expect(article.paragraphs.count == 3)
    #expect(article.related.count == 3)
    for teaser in article.related {
      #expect(teaser.image?.hasPrefix("/newspic/") == true)
      #expect((teaser.summary?.count ?? 0) > 40)
    }
  }

  @Test func layoutWithoutLeadImage() {
    let article = SeedText.article(from: "Headline here\nSource Name\nFirst paragraph.\nSecond paragraph.")
    #expect(article.leadImage == nil)
    #expect(article.headline == "Headline here")
    #expect(article.source.name == "Source Name")
    #expect(article.body == "First paragraph.\n\nSecond paragraph.")
    #expect(article.related.isEmpty)
  }

  @Test func teaserWithoutSummary() {
    let article = SeedText.article(from: "![H](https://x.example/a.jpg)\nH\nS\nBody.\n![](/t.jpg)")
    #expect(article.related == [Teaser(image: "/t.jpg")])
  }
}
