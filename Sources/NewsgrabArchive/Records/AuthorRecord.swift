import GRDB

/// A row of `author`: one byline name of an article's latest version.
package struct AuthorRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  package static let databaseTableName = "author"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var articleId: Int64
  package var position: Int
  package var name: String

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["article_id"] = articleId
    container["position"] = position
    container["name"] = name
  }
}
