import GRDB

/// A row of `teaser`: a related-story link shown with an article's latest version.
package struct TeaserRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  package static let databaseTableName = "teaser"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var articleId: Int64
  package var position: Int
  package var headline: String?
  package var url: String?
  package var summary: String?
  package var image: String?
}
