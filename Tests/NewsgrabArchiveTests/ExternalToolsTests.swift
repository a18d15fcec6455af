import Foundation
import Testing

@testable import NewsgrabArchive

/// The archive is a plain SQLite file the README says other tools can open.
@Suite("The archive seen by datasette and sqlite-utils")
struct ExternalToolsTests {
  /// The query datasette and sqlite-utils run to find a table's full-text
  /// index (`detect_fts`), for the table `article`. They write `tbl_name =
  /// "article"`, which Python's sqlite3 reads as a string; GRDB's connection
  /// does not accept double-quoted strings, so it is single-quoted here.
  static let detectFTS = """
    SELECT name FROM sqlite_master
      WHERE rootpage = 0
      AND (
        sql LIKE '%VIRTUAL TABLE%USING FTS%content="article"%'
        OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[article]%'
        OR (tbl_name = 'article' AND sql LIKE '%VIRTUAL TABLE%USING FTS%')
      )
    """

  @Test("their full-text detection finds article_fts (and not the headline index), and their search query works")
  func detectionFindsTheIndex() throws {
    // Given an archive of six articles
    let folder = TemporaryFolder()
    let archive = try ArchiveSearchTests.tramArchive(folder)
    // When the tools look for the full-text index of `article`
    let found = try archive.column(Self.detectFTS)
    // Then they find the whole-article index, and only it
    #expect(found == ["article_fts"])
    // And their search (a join on rowid, ranked by FTS5's rank) finds the articles
    let hits = try archive.column(
      """
      SELECT article.headline FROM article JOIN article_fts ON article.rowid = article_fts.rowid
      WHERE article_fts MATCH 'ferry' ORDER BY article_fts.rank
      """)
    #expect(hits == ["Tram and ferry strike"])
  }

  @Test("an archive written before v5 is found by the tools once opened for writing, and searches the same")
  func olderArchiveIsMigrated() throws {
    // Given an archive as newsgrab wrote it up to v4: the index declared `content = 'article'`
    let folder = TemporaryFolder()
    let path = folder.file("trams.sqlite")
    let before: [Int64]
    do {
      let archive = try ArchiveSearchTests.tramArchive(folder)
      before = try archive.search(SearchQuery("tram"), filter: ArticleFilter()).items.map(\.id)
      try archive.execute(
        """
        DROP TABLE article_fts;
        CREATE VIRTUAL TABLE article_fts USING fts5(
          headline, description, body, authors, tags, source,
          content = 'article', content_rowid = 'id',
          tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4');
        INSERT INTO article_fts(article_fts) VALUES ('rebuild');
        DELETE FROM grdb_migrations WHERE identifier LIKE 'v5:%';
        """)
      #expect(try archive.column(Self.detectFTS) == [])
    }
    // When newsgrab opens it for writing
    let archive = try Archive(path: path)
    // Then the tools find the index, search gives the same answer, and the archive checks clean
    #expect(try archive.column(Self.detectFTS) == ["article_fts"])
    #expect(try archive.search(SearchQuery("tram"), filter: ArticleFilter()).items.map(\.id) == before)
    #expect(try archive.check() == [])
  }
}
