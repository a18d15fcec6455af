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

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["article_id"] = articleId
    container["number"] = number
    container["content_hash"] = contentHash
    container["article_json"] = articleJson
    container["imported_at"] = importedAt
  }
}
