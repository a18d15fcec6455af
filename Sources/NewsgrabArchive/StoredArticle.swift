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

  package init(
    id: Int64, version: Int, versionCount: Int, article: Article, pageName: String? = nil, importedAt: String,
    copies: Int? = nil
  ) {
    self.id = id
    self.version = version
    self.versionCount = versionCount
    self.article = article
    self.pageName = pageName
    self.importedAt = importedAt
    self.copies = copies
  }
}

/// One entry of an article's history.
package struct VersionInfo: Codable, Hashable, Sendable {
  package var number: Int
  package var importedAt: String
  package var headline: String?
  package var wordCount: Int
  package var page: String?

  package init(number: Int, importedAt: String, headline: String? = nil, wordCount: Int, page: String? = nil) {
    self.number = number
    self.importedAt = importedAt
    self.headline = headline
    self.wordCount = wordCount
    self.page = page
  }
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

  package init(versionID: Int64, page: InputPage, isDamaged: Bool = false, captureUnknown: Bool = false) {
    self.versionID = versionID
    self.page = page
    self.isDamaged = isDamaged
    self.captureUnknown = captureUnknown
  }
}
