import GRDB

/// A row of `article_version`: one version of an article as extracted, kept
/// when a later import of the same article brings changed content.
package struct ArticleVersionRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  package static let databaseTableName = "article_version"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var id: Int64?
  package var articleId: Int64
  /// 1 for the first import, counting up.
  package var number: Int
  /// Fingerprint of what a reader sees (see `Identity.contentHash`).
  package var contentHash: String
  /// The whole `Article` as `parse --format json` prints it.
  package var articleJson: String
  package var importedAt: String

  package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
