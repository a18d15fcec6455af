import GRDB

/// A row of `article`: the latest version of one article, flattened for
/// filtering, listing and the full-text index (whose columns are named after
/// the columns here: headline, description, body, authors, tags, source).
package struct ArticleRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  package static let databaseTableName = "article"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var id: Int64?
  /// What makes two pages the same article (see `Identity`).
  package var identity: String
  /// `url`, `saved-url` or `text-hash`.
  package var identityKind: String
  package var url: String?
  package var headline: String?
  package var description: String?
  package var body: String
  /// Author names joined with "; " (the indexed form; one row each in `author`).
  package var authors: String
  /// Tags joined with ", ".
  package var tags: String
  /// The publisher's name.
  package var source: String?
  package var sourceUrl: String?
  package var publishedAt: String?
  /// `YYYY-MM-DD` (or `YYYY-MM`) read off `publishedAt`, for date filters and sorting.
  package var publishedDate: String?
  package var modifiedAt: String?
  package var language: String?
  package var section: String?
  package var wordCount: Int
  package var leadImageUrl: String?
  package var versionCount: Int
  package var firstImportedAt: String
  package var lastImportedAt: String

  package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
