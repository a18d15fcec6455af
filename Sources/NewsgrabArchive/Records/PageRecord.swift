import Foundation
import GRDB

/// A row of `page`: the original bytes a version was extracted from,
/// zlib-compressed, so `reindex` can extract it again with a newer extractor.
package struct PageRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
  package static let databaseTableName = "page"
  package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  package var id: Int64?
  package var versionId: Int64
  /// SHA-256 of the uncompressed bytes: the same file imported twice is stored once.
  package var sha256: String
  /// Where the page was read from (`path`, or `path#N` inside a container).
  package var name: String
  /// `html` or `seedText` (`InputPage.Format`).
  package var format: String
  package var url: String?
  package var savedAt: String?
  package var charsetHint: String?
  /// JSON object: resource URL → {mediaType, byteCount, localPath}.
  package var resources: String
  package var byteCount: Int
  /// The bytes, zlib format (`Data`, so GRDB stores a BLOB).
  package var zlib: Data
  /// What the page was read from (`InputPage.Container`); nil for pages stored before v6.
  package var captureFormat: String?

  package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The columns, written out: GRDB's Codable encoding (a keyed container
  /// and a snake_case conversion of every key, for every row) was 2 % of an
  /// import's CPU. `RecordColumnsTests` checks these names against the tables.
  package func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["version_id"] = versionId
    container["sha256"] = sha256
    container["name"] = name
    container["format"] = format
    container["url"] = url
    container["saved_at"] = savedAt
    container["charset_hint"] = charsetHint
    container["resources"] = resources
    container["byte_count"] = byteCount
    container["zlib"] = zlib
    container["capture_format"] = captureFormat
  }
}
