import Foundation
import Testing

@testable import NewsgrabArchive

/// An archive file as the first release wrote it (schema v1, written here by
/// Python's own SQLite, not by this build) is upgraded in place by every
/// later migration, and its article survives.
@Suite("Upgrading a v1 archive file")
struct ArchiveUpgradeTests {
  /// Schema v1, copied by hand from the first migration of
  /// Archive+Schema.swift: what a file written by that release holds. Never
  /// update it from the product: it stands for files already on disk.
  static let v1Schema = """
    PRAGMA application_id = 1852273250;
    PRAGMA journal_mode = WAL;
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES ('v1: articles, versions, pages, authors, images, teasers, full-text index');
    CREATE TABLE article (
      id INTEGER PRIMARY KEY,
      identity TEXT NOT NULL UNIQUE,
      identity_kind TEXT NOT NULL CHECK (identity_kind IN ('url', 'saved-url', 'text-hash', 'page-hash')),
      url TEXT, headline TEXT, description TEXT, body TEXT NOT NULL, authors TEXT NOT NULL, tags TEXT NOT NULL,
      source TEXT, source_url TEXT, published_at TEXT, published_date TEXT, modified_at TEXT, language TEXT,
      section TEXT, word_count INTEGER NOT NULL CHECK (word_count >= 0), lead_image_url TEXT,
      version_count INTEGER NOT NULL CHECK (version_count >= 1),
      first_imported_at TEXT NOT NULL, last_imported_at TEXT NOT NULL
    );
    CREATE INDEX article_published_date ON article(published_date);
    CREATE INDEX article_source ON article(source COLLATE NOCASE);
    CREATE INDEX article_url ON article(url);
    CREATE TABLE article_version (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      content_hash TEXT NOT NULL,
      article_json TEXT NOT NULL CHECK (json_valid(article_json)),
      imported_at TEXT NOT NULL,
      UNIQUE (article_id, number)
    );
    CREATE TABLE page (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL UNIQUE REFERENCES article_version(id) ON DELETE CASCADE,
      sha256 TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('html', 'seedText')),
      url TEXT, saved_at TEXT, charset_hint TEXT,
      resources TEXT NOT NULL CHECK (json_valid(resources)),
      byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
      zlib BLOB NOT NULL CHECK (typeof(zlib) = 'blob')
    );
    CREATE TABLE author (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX author_name ON author(name COLLATE NOCASE);
    CREATE TABLE image (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      position INTEGER NOT NULL, url TEXT NOT NULL, alt TEXT, caption TEXT, credit TEXT,
      width INTEGER, height INTEGER, is_lead INTEGER NOT NULL CHECK (is_lead IN (0, 1)),
      PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE teaser (
      article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
      position INTEGER NOT NULL, headline TEXT, url TEXT, summary TEXT, image TEXT,
      PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE article_fts USING fts5(
      headline, description, body, authors, tags, source,
      content = 'article', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    """

  /// Makes the v1 file at argv[1] from the schema on stdin, and fills it with
  /// the rows of the archive at argv[2] (v1's columns only), as v1 stored them.
  static let buildV1 = """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1])
    db.executescript(sys.stdin.read())
    db.execute("ATTACH DATABASE ? AS source", (sys.argv[2],))
    for table in ["article", "article_version", "page", "author", "image", "teaser"]:
        columns = ", ".join(row[1] for row in db.execute("PRAGMA main.table_info(%s)" % table))
        db.execute("INSERT INTO main.%s (%s) SELECT %s FROM source.%s" % (table, columns, columns, table))
    db.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    db.commit()
    db.execute("DETACH DATABASE source")
    db.close()
    """

  /// The schema, one line per object and per column of each table and
  /// index (the CREATE texts differ in layout between v1 files and new ones).
  static func schema(_ path: String) throws -> [String] {
    let archive = try Archive(path: path, mode: .readOnly)
    let objects = try archive.column("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name")
    let columns = try archive.column(
      """
      SELECT m.name || '.' || c.name || ' ' || c.type || ' notnull=' || c."notnull" || ' pk=' || c.pk
      FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid
      """)
    let indexed = try archive.column(
      """
      SELECT m.name || ' on ' || m.tbl_name || '(' || group_concat(i.name, ', ') || ')'
      FROM sqlite_master m JOIN pragma_index_info(m.name) i WHERE m.type = 'index' GROUP BY m.name ORDER BY m.name
      """)
    return (objects + columns + indexed).compactMap { $0 }
  }

  /// The schema, the applied steps and the article rows, one line each, read
  /// by Python's sqlite3 (newsgrab would refuse to open the v1 file read-only).
  static func state(_ path: String) throws -> [String] {
    let dump = """
      import sqlite3, sys
      db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
      for row in db.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"):
          print("%s %s: %s" % row)
      for (step,) in db.execute("SELECT identifier FROM grdb_migrations ORDER BY identifier"):
          print("grdb_migrations: " + step)
      for row in db.execute("SELECT id, identity, headline, body FROM article ORDER BY id"):
          print("article: %r" % (row,))
      """
    let result = try CLI.run(["python3", "-c", dump, path], binary: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(result.status == 0, "\(result.stderr)")
    return result.stdoutLines
  }

  @Test("a v1 file is refused by read commands and not migrated, then upgraded by a write; its article survives")
  func upgradeFromV1() throws {
    let workspace = Workspace()
    // Given an archive with one article, written as v1 (by Python's sqlite3, from a current archive's rows)
    workspace.write("first/tram.html", ManageCommandTests.story.html)
    let current = workspace.file("current.sqlite")
    let imported = try CLI.run(["import", workspace.file("first"), "--db", current])
    try #require(imported.status == 0, "\(imported.stderr)")
    let v1 = workspace.file("v1.sqlite")
    let built = try CLI.run(
      ["python3", "-c", Self.buildV1, v1, current], stdin: Data(Self.v1Schema.utf8),
      binary: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(built.status == 0, "\(built.stderr)")
    let before = try Self.state(v1)
    try #require(
      before.contains("grdb_migrations: v1: articles, versions, pages, authors, images, teasers, full-text index"))

    // When a read command opens it: refused with the missing steps named, and not migrated. (The
    // bytes do change: opening a GRDB pool without a -wal file creates and drops a table, GRDB issue
    // 102, so the schema, the steps and the rows are compared instead.)
    let listed = try CLI.run(["list", "--db", v1])
    #expect(listed.status == 1)
    #expect(listed.stderrLines.count == 1 && listed.stderr.contains("v2: "), "\(listed.stderr)")
    #expect(try Self.state(v1) == before)

    // When a write command opens it
    workspace.write("second/bins.html", NewsPage.filler(7).html)
    let upgraded = try CLI.run(["import", workspace.file("second"), "--db", v1])
    #expect(upgraded.status == 0, "\(upgraded.stderr)")
    #expect(CLI.summary(upgraded)["new"] == 1)

    // Then every migration is recorded, and the schema is the one a new archive gets
    let archive = try Archive(path: v1, mode: .readOnly)
    let applied = try archive.column("SELECT identifier FROM grdb_migrations ORDER BY identifier").compactMap { $0 }
    #expect(applied == Archive.migrator.migrations.sorted())
    #expect(try Self.schema(v1) == Self.schema(current))
    // v2's covering index, v3's prefix indexes, v4's headline index, each by name
    let objects = try archive.column("SELECT name FROM sqlite_master").compactMap { $0 }
    #expect(objects.contains("article_filter") && objects.contains("headline_fts"))
    let fts = try archive.column("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").first ?? nil
    #expect(fts?.contains("prefix = '3 4'") == true, "\(fts ?? "nil")")
    // And the v1 article is intact and found by both indexes, which were rebuilt over it
    let shownV1 = try CLI.run(["show", "1", "--db", v1, "--format", "json"])
    let shownCurrent = try CLI.run(["show", "1", "--db", current, "--format", "json"])
    #expect(shownV1.status == 0 && shownV1.stdout == shownCurrent.stdout, "\(shownV1.stderr)")
    #expect(try archive.column("SELECT rowid FROM article_fts WHERE article_fts MATCH 'tram'") == ["1"])
    #expect(try archive.column("SELECT rowid FROM headline_fts WHERE headline_fts MATCH 'reopen'") == ["1"])
    #expect(try archive.column("SELECT rowid FROM article_fts WHERE article_fts MATCH 'univ*'") == ["1"])
    let search = try CLI.run(["search", "tram", "--db", v1, "--format", "ndjson"])
    #expect(SearchCommandTests.ids(search) == [1])
    let check = try CLI.run(["stats", "--check", "--db", v1])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }
}
