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
  /// The latest version's capture: the URL it was saved from, when, and from what.
  package var captureUrl: String?
  package var savedAt: String?
  package var captureFormat: String?

  package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["identity"] = identity
    container["identity_kind"] = identityKind
    container["url"] = url
    container["headline"] = headline
    container["description"] = description
    container["body"] = body
    container["authors"] = authors
    container["tags"] = tags
    container["source"] = source
    container["source_url"] = sourceUrl
    container["published_at"] = publishedAt
    container["published_date"] = publishedDate
    container["modified_at"] = modifiedAt
    container["language"] = language
    container["section"] = section
    container["word_count"] = wordCount
    container["lead_image_url"] = leadImageUrl
    container["version_count"] = versionCount
    container["first_imported_at"] = firstImportedAt
    container["last_imported_at"] = lastImportedAt
    container["capture_url"] = captureUrl
    container["saved_at"] = savedAt
    container["capture_format"] = captureFormat
  }
}
