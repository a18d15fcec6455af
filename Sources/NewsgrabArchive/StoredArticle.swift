import NewsgrabExtraction
import NewsgrabInput

/// An article as stored: its id, the chosen version, and where it came from.
package struct StoredArticle: Sendable {
  package var id: Int64
  package var version: Int
  package var versionCount: Int
  package var article: Article
  /// The page it was extracted from (`path` or `path#N`).
  package var pageName: String?
  package var importedAt: String
  /// How many other copies of the story the archive holds, when exporting
  /// each copy group once (nil otherwise).
  package var copies: Int? = nil
}

/// One entry of an article's history.
package struct VersionInfo: Codable, Hashable, Sendable {
  package var number: Int
  package var importedAt: String
  package var headline: String?
  package var wordCount: Int
  package var page: String?
}

/// A stored page, as `reindex` reads it back.
package struct StoredPage: Sendable {
  package var versionID: Int64
  package var page: InputPage
  /// The stored bytes do not inflate to what was stored (`page.bytes` is empty).
  package var isDamaged = false
  /// The page was stored before captures were recorded: what it was read
  /// from is not known (`page.container` is only a default).
  package var captureUnknown = false
}
