import Foundation
import NewsgrabExtraction
import NewsgrabInput
import Testing

@testable import NewsgrabArchive

/// A folder of its own for one test, removed when the value goes away.
final class TemporaryFolder {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "newsgrab-archive-test-" + UUID().uuidString
    // A failure here fails the one test that asked for the folder, not the run.
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      Issue.record("cannot create the test folder \(path): \(error)")
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

/// Builders for the values the tests store.
enum Make {
  /// A page whose bytes are unique to its arguments.
  static func page(_ name: String, url: String? = nil, text: String = "") -> InputPage {
    InputPage(name: name, bytes: Array("<html><body><p>\(name) \(text)</p></body></html>".utf8), url: url)
  }

  static func article(
    url: String? = nil, headline: String, body: String, description: String? = nil, authors: [String] = [],
    source: String? = nil, published: String? = nil, language: String? = nil, tags: [String] = []
  ) -> Article {
    Article(
      url: url, headline: headline, description: description, source: Source(name: source), authors: authors,
      publishedAt: published, language: language, tags: tags, body: body)
  }

  static func item(_ article: Article, page name: String, pageURL: String? = nil) -> ImportItem {
    ImportItem(page: page(name, url: pageURL, text: article.headline ?? ""), article: article)
  }
}
