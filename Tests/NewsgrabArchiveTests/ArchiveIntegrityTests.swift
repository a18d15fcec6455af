import Foundation
import Testing

@testable import NewsgrabArchive

/// `check()` is what the kill -9, full-disk and import tests trust to say
/// nothing was lost: each kind of damage it claims to find is made here, by
/// hand, and must be reported in its own words.
@Suite("The archive integrity check")
struct ArchiveIntegrityTests {
  /// An archive of three articles, one stored page each (pages p0, p1, p2).
  static func sound(in folder: TemporaryFolder) throws -> Archive {
    let archive = try Archive(path: folder.file("archive.sqlite"))
    _ = try archive.save(
      (0..<3).map {
        Make.item(
          Make.article(url: "https://e.com/\($0)", headline: "Harbour \($0)", body: "tide table number \($0)"),
          page: "p\($0)")
      })
    return archive
  }

  @Test("a sound archive has no problems")
  func soundArchive() throws {
    let folder = TemporaryFolder()
    #expect(try Self.sound(in: folder).check() == [])
  }

  @Test("a version whose article is gone is reported as an orphan")
  func orphanVersion() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.executeWithoutForeignKeys(
      """
      INSERT INTO article_version(article_id, number, content_hash, article_json, imported_at)
      VALUES (999, 1, 'x', '{}', '2024-01-01T00:00:00Z')
      """)
    #expect(try archive.check() == ["1 rows point at missing rows (article_version → article)"])
  }

  @Test("a page whose version is gone is reported as an orphan")
  func orphanPage() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.executeWithoutForeignKeys("UPDATE page SET version_id = 999 WHERE name = 'p1'")
    #expect(try archive.check() == ["1 rows point at missing rows (page → article_version)"])
  }

  @Test("a page row torn in the middle of its zlib stream is reported")
  func tornPage() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.execute("UPDATE page SET zlib = substr(zlib, 1, length(zlib) / 2) WHERE name = 'p1'")
    #expect(try archive.check() == ["1 stored pages are not whole zlib streams (first: p1)"])
  }

  @Test("a page whose bytes are not zlib at all is reported")
  func badZlib() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.execute("UPDATE page SET zlib = X'0123456789ABCDEF0123456789ABCDEF' WHERE name IN ('p0', 'p2')")
    #expect(try archive.check() == ["2 stored pages are not whole zlib streams (first: p0)"])
  }

  @Test("a page whose recorded size or hash does not match its stream is reported")
  func alteredPage() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    // One row's size is off by one byte; another holds a third page's stream.
    try archive.execute(
      """
      UPDATE page SET byte_count = byte_count + 1 WHERE name = 'p0';
      UPDATE page SET zlib = (SELECT zlib FROM page WHERE name = 'p2'),
        byte_count = (SELECT byte_count FROM page WHERE name = 'p2') WHERE name = 'p1';
      """)
    #expect(try archive.check() == ["2 stored pages do not inflate to their recorded size and hash (first: p0)"])
  }

  @Test("an article whose text changed behind the full-text index is reported")
  func indexOutOfStep() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.execute("UPDATE article SET body = 'words the index never saw' WHERE url = 'https://e.com/1'")
    let problems = try archive.check()
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("full-text index: ") == true, "\(problems)")
  }

  @Test("an article row the indexes never saw is reported with the counts")
  func indexMissesArticle() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    // An article copied in by hand: its version too, but no index entry.
    try archive.execute(
      """
      INSERT INTO article(identity, identity_kind, url, headline, body, authors, tags, word_count,
        version_count, first_imported_at, last_imported_at)
      SELECT 'url:https://e.com/copy', identity_kind, 'https://e.com/copy', headline, body, authors, tags,
        word_count, 1, first_imported_at, last_imported_at FROM article WHERE url = 'https://e.com/0';
      INSERT INTO article_version(article_id, number, content_hash, article_json, imported_at)
      SELECT last_insert_rowid(), 1, content_hash, article_json, imported_at FROM article_version LIMIT 1;
      """)
    let problems = try archive.check()
    #expect(problems.contains("full-text index holds 3 rows for 4 articles"), "\(problems)")
    #expect(problems.contains("headline index holds 3 rows for 4 articles"), "\(problems)")
  }

  @Test("an article whose latest version is missing is reported")
  func missingLatestVersion() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.execute("UPDATE article SET version_count = 2 WHERE url = 'https://e.com/2'")
    #expect(try archive.check() == ["1 articles miss their latest version"])
  }

  @Test("every problem found at once is reported, one line each")
  func several() throws {
    let folder = TemporaryFolder()
    let archive = try Self.sound(in: folder)
    try archive.executeWithoutForeignKeys(
      """
      UPDATE page SET zlib = X'00' WHERE name = 'p0';
      UPDATE page SET version_id = 999 WHERE name = 'p1';
      UPDATE article SET version_count = 3 WHERE url = 'https://e.com/2';
      """)
    #expect(
      try archive.check() == [
        "1 rows point at missing rows (page → article_version)", "1 articles miss their latest version",
        "1 stored pages are not whole zlib streams (first: p0)",
      ])
  }
}
