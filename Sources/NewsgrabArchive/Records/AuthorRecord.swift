import GRDB

/// A row of `author`: one byline name of an article's latest version.
package struct AuthorRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  package static let databaseTableName = "author"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var articleId: Int64
  package var position: Int
  package var name: String
}
