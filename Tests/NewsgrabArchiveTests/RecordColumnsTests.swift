import Foundation
import GRDB
import Testing

@testable import NewsgrabArchive

/// The records write their columns by hand (`encode(to:)`), so a column
/// added to a table or misspelt in a record must show up here rather than as
/// a NULL in someone's archive.
@Suite("Records write every column of their table")
struct RecordColumnsTests {
  /// One record of each table, every optional filled in, with the table it is stored in.
  static let records: [(table: String, record: any EncodableRecord & Sendable)] = [
    (
      "article",
      ArticleRecord(
        id: 1, identity: "e.com/a", identityKind: "url", url: "https://e.com/a", headline: "H", description: "D",
        body: "B", authors: "A", tags: "T", source: "S", sourceUrl: "https://e.com", publishedAt: "2024-01-02",
        publishedDate: "2024-01-02", modifiedAt: "2024-01-03", language: "en", section: "News", wordCount: 1,
        leadImageUrl: "https://e.com/i.jpg", versionCount: 1, firstImportedAt: "t", lastImportedAt: "t",
        captureUrl: "https://e.com/a?x", savedAt: "2024-01-04T10:00:00Z", captureFormat: "warc"
      )
    ),
    (
      "article_version",
      ArticleVersionRecord(
        id: 1, articleId: 1, number: 1, contentHash: "c", articleJson: "{}", importedAt: "t"
      )
    ),
    (
      "page",
      PageRecord(
        id: 1, versionId: 1, sha256: "s", name: "n", format: "html", url: "u", savedAt: "t", charsetHint: "utf-8",
        resources: "{}", byteCount: 1, zlib: Data([1]), captureFormat: "warc"
      )
    ),
    ("author", AuthorRecord(articleId: 1, position: 0, name: "N")),
    (
      "image",
      ImageRecord(
        articleId: 1, position: 0, url: "u", alt: "a", caption: "c", credit: "r", width: 1, height: 2, isLead: true
      )
    ),
    (
      "teaser",
      TeaserRecord(articleId: 1, position: 0, headline: "h", url: "u", summary: "s", image: "i")
    ),
  ]

  @Test("the names a record writes are exactly its table's columns, and none is left NULL", arguments: 0..<6)
  func columns(index: Int) throws {
    // Given a fresh archive's schema
    let folder = TemporaryFolder()
    let archive = try Archive(path: folder.file("a.sqlite"))
    let (table, record) = Self.records[index]
    let written = try record.databaseDictionary
    // When the table's columns are listed the way sqlite3 shows them
    let columns = try archive.column("SELECT name FROM pragma_table_info('\(table)')").compactMap { $0 }
    // Then the record writes each of them, and a value for each (every optional was filled in)
    #expect(columns.isEmpty == false)
    #expect(Set(written.keys) == Set(columns), "\(table)")
    #expect(written.values.allSatisfy { !$0.isNull }, "\(table)")
  }
}
