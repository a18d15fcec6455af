import GRDB

/// A row of `image`: the lead image (`is_lead`) and in-article images of an
/// article's latest version, in page order.
package struct ImageRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  package static let databaseTableName = "image"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var articleId: Int64
  package var position: Int
  package var url: String
  package var alt: String?
  package var caption: String?
  package var credit: String?
  package var width: Int?
  package var height: Int?
  package var isLead: Bool

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["article_id"] = articleId
    container["position"] = position
    container["url"] = url
    container["alt"] = alt
    container["caption"] = caption
    container["credit"] = credit
    container["width"] = width
    container["height"] = height
    container["is_lead"] = isLead
  }
}
