import Foundation
import NewsgrabExtraction

/// One article with its whole history, as `newsgrab copy` moves it from one
/// store to another: every version's stored JSON and its page, the zlib
/// stream byte for byte. The article row, its authors, images, teasers and
/// copy signature are worked out again from the latest version at the
/// destination, by the same code that wrote them at the source.
package struct ArticleHistory: Sendable, Hashable {
  package var id: Int64
  package var identity: Identity
  package var firstImportedAt: String
  package var lastImportedAt: String
  package var versions: [Version]

  package struct Version: Sendable, Hashable {
    package var number: Int
    package var contentHash: String
    package var articleJSON: String
    package var importedAt: String
    package var page: Page?

    package init(number: Int, contentHash: String, articleJSON: String, importedAt: String, page: Page?) {
      self.number = number
      self.contentHash = contentHash
      self.articleJSON = articleJSON
      self.importedAt = importedAt
      self.page = page
    }
  }

  /// A stored page as it is in the table.
  package struct Page: Sendable, Hashable {
    package var sha256: String
    package var name: String
    package var format: String
    package var url: String?
    package var savedAt: String?
    package var charsetHint: String?
    package var resources: String
    package var byteCount: Int
    package var zlib: Data
    package var captureFormat: String?

    package init(
      sha256: String, name: String, format: String, url: String?, savedAt: String?, charsetHint: String?,
      resources: String, byteCount: Int, zlib: Data, captureFormat: String?
    ) {
      self.sha256 = sha256
      self.name = name
      self.format = format
      self.url = url
      self.savedAt = savedAt
      self.charsetHint = charsetHint
      self.resources = resources
      self.byteCount = byteCount
      self.zlib = zlib
      self.captureFormat = captureFormat
    }
  }

  package init(
    id: Int64, identity: Identity, firstImportedAt: String, lastImportedAt: String, versions: [Version]
  ) {
    self.id = id
    self.identity = identity
    self.firstImportedAt = firstImportedAt
    self.lastImportedAt = lastImportedAt
    self.versions = versions
  }

  /// The `article` row of the latest version, as the source wrote it.
  package func record() throws(ArchiveError) -> (record: ArticleRecord, article: Article) {
    guard let latest = versions.last else { throw .corrupt("article \(id) has no version") }
    let article = try Archive.decodeArticle(latest.articleJSON)
    let record = Archive.record(
      for: article, identity: identity, versionCount: latest.number, firstImportedAt: firstImportedAt,
      at: lastImportedAt, id: id)
    return (record, article)
  }
}

/// What a store does for `newsgrab copy`.
package protocol ArchiveCopying: ArchiveStore {
  /// Articles with ids above `lastID`, in id order, with their histories.
  func histories(after lastID: Int64, limit: Int) throws(ArchiveError) -> [ArticleHistory]
  /// Stores histories under their own ids, in one transaction. An article
  /// already there under the same id and identity (a resumed copy) is
  /// skipped; another article under that id is refused. Returns how many were added.
  func insert(_ histories: [ArticleHistory]) throws(ArchiveError) -> Int
  /// How many articles the store holds (for the progress bar).
  func articleCount() throws(ArchiveError) -> Int
}
