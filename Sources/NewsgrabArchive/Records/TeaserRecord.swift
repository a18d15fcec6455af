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

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["article_id"] = articleId
    container["position"] = position
    container["headline"] = headline
    container["url"] = url
    container["summary"] = summary
    container["image"] = image
  }
}
