import GRDB

extension Archive {
  /// Marks the file as a newsgrab archive (`PRAGMA application_id`, "ngrb").
  static let applicationID: Int32 = 0x6E67_7262

  /// The schema, as ordered migrations. Never edit a registered migration:
  /// add a new one, so archives written by older builds are upgraded in place.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: articles, versions, pages, authors, images, teasers, full-text index") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(
        sql: """
          CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL UNIQUE,
            identity_kind TEXT NOT NULL CHECK (identity_kind IN ('url', 'saved-url', 'text-hash', 'page-hash')),
            url TEXT,
            headline TEXT,
            description TEXT,
            body TEXT NOT NULL,
            authors TEXT NOT NULL,
            tags TEXT NOT NULL,
            source TEXT,
            source_url TEXT,
            published_at TEXT,
            published_date TEXT,
            modified_at TEXT,
            language TEXT,
            section TEXT,
            word_count INTEGER NOT NULL CHECK (word_count >= 0),
            lead_image_url TEXT,
            version_count INTEGER NOT NULL CHECK (version_count >= 1),
            first_imported_at TEXT NOT NULL,
            last_imported_at TEXT NOT NULL
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
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('html', 'seedText')),
            url TEXT,
            saved_at TEXT,
            charset_hint TEXT,
            resources TEXT NOT NULL CHECK (json_valid(resources)),
            byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
            zlib BLOB NOT NULL CHECK (typeof(zlib) = 'blob')
          );

          CREATE TABLE author (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
          ) WITHOUT ROWID;
          CREATE INDEX author_name ON author(name COLLATE NOCASE);

          CREATE TABLE image (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            url TEXT NOT NULL,
            alt TEXT,
            caption TEXT,
            credit TEXT,
            width INTEGER,
            height INTEGER,
            is_lead INTEGER NOT NULL CHECK (is_lead IN (0, 1)),
            PRIMARY KEY (article_id, position)
          ) WITHOUT ROWID;

          CREATE TABLE teaser (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            headline TEXT,
            url TEXT,
            summary TEXT,
            image TEXT,
            PRIMARY KEY (article_id, position)
          ) WITHOUT ROWID;

          -- External-content index over article: written explicitly in the same
          -- transaction as the row (measured faster than triggers; README, "Performance").
          CREATE VIRTUAL TABLE article_fts USING fts5(
            headline, description, body, authors, tags, source,
            content = 'article', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
          );
          """)
    }
    migrator.registerMigration("v2: a narrow covering index for search filters") { db in
      // The filtered columns sit after `body` in each row, so in overflow
      // pages: a filtered search read ~2 KB per match. This index holds them
      // (and the id search joins on) in a few bytes; `search` names it.
      try db.execute(
        sql: "CREATE INDEX article_filter ON article(id, published_date, source, source_url, language)")
    }
    migrator.registerMigration("v3: prefix indexes for prefix* queries") { db in
      // Without them FTS5 merges the doclists of every term with the prefix
      // for each statement: `cont*` (60,000 of 100,000 articles) took 20 ms
      // to count and 40 ms to rank. Three- and four-letter prefixes are the
      // ones that match many terms; longer ones match few and stay cheap.
      try db.execute(
        sql: """
          DROP TABLE article_fts;
          CREATE VIRTUAL TABLE article_fts USING fts5(
            headline, description, body, authors, tags, source,
            content = 'article', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3 4'
          );
          INSERT INTO article_fts(article_fts) VALUES ('rebuild');
          """)
    }
    migrator.registerMigration("v4: a headline-only index for the headline group of search") { db in
      // Search ranks the articles whose headline holds the whole query
      // first. Finding them through `{headline} :` in article_fts walks the
      // body doclists too: the phrase "two of" took 3–6 ms to find in no
      // headline of 100,000; in this index, well under 0.1 ms. About 0.6 %
      // of the archive. Same tokenizer, so both indexes agree on a match.
      try db.execute(
        sql: """
          CREATE VIRTUAL TABLE headline_fts USING fts5(
            headline,
            content = 'article', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3 4'
          );
          INSERT INTO headline_fts(headline_fts) VALUES ('rebuild');
          """)
    }
    migrator.registerMigration("v5: the full-text index declared the way datasette and sqlite-utils find it") { db in
      // Both tools find a table's FTS index with `sql LIKE '%VIRTUAL TABLE%USING
      // FTS%content="article"%'`: double quotes, no spaces. Declared as
      // `content = 'article'`, datasette's search box ignored the query and
      // `sqlite-utils search` said the table had no full-text search. Same
      // columns, tokenizer and prefixes; only article_fts is declared so, so
      // the tools search the whole article, not the headline index.
      try db.execute(
        sql: """
          DROP TABLE article_fts;
          CREATE VIRTUAL TABLE article_fts USING fts5(
            headline, description, body, authors, tags, source,
            content="article", content_rowid="id",
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '3 4'
          );
          INSERT INTO article_fts(article_fts) VALUES ('rebuild');  -- over the rows already stored
          """)
    }
    migrator.registerMigration("v6: the capture of each copy: where and when it was saved, and from what") { db in
      // The latest version's capture on the article row (for `list`, `search`
      // and the --saved-since/--saved-until filters), each stored page's
      // container format beside its url and saved_at (so `reindex` keeps
      // it). NULL for rows stored before: their container was not recorded.
      try db.execute(
        sql: """
          ALTER TABLE article ADD COLUMN capture_url TEXT;
          ALTER TABLE article ADD COLUMN saved_at TEXT;
          ALTER TABLE article ADD COLUMN capture_format TEXT;
          ALTER TABLE page ADD COLUMN capture_format TEXT;
          UPDATE article SET (capture_url, saved_at) = (
            SELECT p.url, p.saved_at FROM page p JOIN article_version v ON v.id = p.version_id
            WHERE v.article_id = article.id AND v.number = article.version_count);
          """)
    }
    migrator.registerMigration("v7: copy groups: a MinHash signature per article and its LSH bands") { db in
      // Which articles are the same story (`CopySignature`). The group is kept
      // beside the signature rather than on `article`, so it is written only
      // by the copy finder; bands are looked up by (band, key) at each import
      // and deleted with their article (hence the index on article_id).
      // Articles already stored are signed and grouped here, oldest first.
      try db.execute(
        sql: """
          CREATE TABLE copy_signature (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL CHECK (typeof(minhash) = 'blob'),
            copy_group INTEGER
          );
          CREATE INDEX copy_signature_group ON copy_signature(copy_group);
          CREATE TABLE copy_band (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES copy_signature(article_id) ON DELETE CASCADE,
            PRIMARY KEY (band, key, article_id)
          ) WITHOUT ROWID;
          CREATE INDEX copy_band_article ON copy_band(article_id);
          """)
      try backfillCopies(db)
    }
    migrator.registerMigration("v8: page sizes in a table of their own, kept by triggers") { db in
      // `stats` sums each stored page's size and compressed size. Read off
      // `page`, that sum visited every page row, and a row keeps up to 4 KB
      // of its page in the table's own leaves: 100,000 pages were 15 s from
      // a cold disk, 0.25 s warm. This narrow table holds a few megabytes.
      // Triggers keep it, so a page written or deleted by any program counts
      // (a column on `page` would have had the migration rewrite every row).
      try db.execute(
        sql: """
          CREATE TABLE page_size (
            page_id INTEGER PRIMARY KEY,
            byte_count INTEGER NOT NULL,
            zlib_bytes INTEGER NOT NULL
          );
          INSERT INTO page_size (page_id, byte_count, zlib_bytes) SELECT id, byte_count, length(zlib) FROM page;
          CREATE TRIGGER page_size_insert AFTER INSERT ON page BEGIN
            INSERT INTO page_size (page_id, byte_count, zlib_bytes) VALUES (NEW.id, NEW.byte_count, length(NEW.zlib));
          END;
          CREATE TRIGGER page_size_update AFTER UPDATE OF id, byte_count, zlib ON page BEGIN
            DELETE FROM page_size WHERE page_id = OLD.id;
            INSERT INTO page_size (page_id, byte_count, zlib_bytes) VALUES (NEW.id, NEW.byte_count, length(NEW.zlib));
          END;
          CREATE TRIGGER page_size_delete AFTER DELETE ON page BEGIN
            DELETE FROM page_size WHERE page_id = OLD.id;
          END;
          """)
    }
    return migrator
  }
}
