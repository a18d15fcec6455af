extension PostgresArchive {
  /// Marks the schema as newsgrab's and records the applied steps.
  static let migrationTable = "newsgrab_migration"

  /// Serialises schema creation and upgrades between processes: each opener
  /// takes this transaction-scoped advisory lock before looking, so two
  /// importers starting on a new database at once never meet a
  /// half-created schema ("ngrb" as a number, like SQLite's application_id).
  static let schemaLockKey: Int64 = 0x6E67_7262

  /// The schema, as ordered steps. Never edit a registered step: add one.
  ///
  /// The same tables, columns and constraints as the SQLite archive after its
  /// v7 (so `copy` moves rows across unchanged), with PostgreSQL's own search:
  /// a text search configuration `newsgrab` (the simple parser, accents
  /// folded by the `unaccent` dictionary from postgresql-contrib, then
  /// lower-cased: as SQLite's `unicode61 remove_diacritics 2`), two stored
  /// generated `tsvector` columns with GIN indexes: `search` weighted
  /// headline A, description B, authors and tags C, body and source D;
  /// `headline_search`, the headline alone, for the headline group of search.
  /// A configuration rather than an immutable wrapper around `unaccent()`:
  /// `to_tsvector(regconfig, text)` may appear in a generated column as it
  /// is, and `ts_headline` with the same configuration highlights accented
  /// words that an unaccented query matched.
  ///
  /// v2 stores and indexes each article's adjacent word pairs, `word_pairs`:
  /// GIN keeps no positions, so for a phrase it returns every article
  /// holding all its words, and each is unpacked to look at their positions
  /// — for `"and message"` every article with "message". A phrase's pairs
  /// (`newsgrab_pair_query`) find about only the articles that hold it.
  /// `newsgrab_word_pairs` makes them from the positions of the very vector
  /// `search` holds (the same expression: a generated column cannot read
  /// another), so a pair is there wherever PostgreSQL's `<->` would match.
  /// A stored column, not an index on the function: a bitmap scan rechecks
  /// every condition of a lossy match (a phrase is one), and recomputing the
  /// pairs there cost 2.5 ms an article.
  /// v2 also indexes both list orders (`ArticleFilter.listOrder`, nulls
  /// last both ways): without them `list` sorted every article (85 ms at
  /// 46,000); `article_oldest` serves date ranges as `article_published_date` did.
  static let migrations: [(id: String, sql: String)] = [
    (
      "v1: articles, versions, pages, authors, images, teasers, copy groups, weighted tsvector search",
      """
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION newsgrab (COPY = simple);
      ALTER TEXT SEARCH CONFIGURATION newsgrab ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

      CREATE TABLE article (
        id BIGSERIAL PRIMARY KEY,
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
        last_imported_at TEXT NOT NULL,
        capture_url TEXT,
        saved_at TEXT,
        capture_format TEXT,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('newsgrab', coalesce(headline, '')), 'A')
          || setweight(to_tsvector('newsgrab', coalesce(description, '')), 'B')
          || setweight(to_tsvector('newsgrab', authors || ' ' || tags), 'C')
          || setweight(to_tsvector('newsgrab', body || ' ' || coalesce(source, '')), 'D')
        ) STORED,
        headline_search tsvector GENERATED ALWAYS AS (to_tsvector('newsgrab', coalesce(headline, ''))) STORED
      );
      CREATE INDEX article_published_date ON article (published_date);
      CREATE INDEX article_source ON article (lower(source));
      CREATE INDEX article_url ON article (url);
      CREATE INDEX article_search ON article USING gin (search);
      CREATE INDEX article_headline_search ON article USING gin (headline_search);

      CREATE TABLE article_version (
        id BIGSERIAL PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        content_hash TEXT NOT NULL,
        article_json TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (article_id, number)
      );

      CREATE TABLE page (
        id BIGSERIAL PRIMARY KEY,
        version_id BIGINT NOT NULL UNIQUE REFERENCES article_version (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('html', 'seedText')),
        url TEXT,
        saved_at TEXT,
        charset_hint TEXT,
        resources TEXT NOT NULL,
        byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
        zlib BYTEA NOT NULL,
        capture_format TEXT
      );

      CREATE TABLE author (
        article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
      );
      CREATE INDEX author_name ON author (lower(name));

      CREATE TABLE image (
        article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        url TEXT NOT NULL,
        alt TEXT,
        caption TEXT,
        credit TEXT,
        width INTEGER,
        height INTEGER,
        is_lead BOOLEAN NOT NULL,
        PRIMARY KEY (article_id, position)
      );

      CREATE TABLE teaser (
        article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        headline TEXT,
        url TEXT,
        summary TEXT,
        image TEXT,
        PRIMARY KEY (article_id, position)
      );

      CREATE TABLE copy_signature (
        article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
        minhash BYTEA NOT NULL,
        copy_group BIGINT
      );
      CREATE INDEX copy_signature_group ON copy_signature (copy_group);
      CREATE TABLE copy_band (
        band INTEGER NOT NULL,
        key BIGINT NOT NULL,
        article_id BIGINT NOT NULL REFERENCES copy_signature (article_id) ON DELETE CASCADE,
        PRIMARY KEY (band, key, article_id)
      );
      CREATE INDEX copy_band_article ON copy_band (article_id);
      """
    ),
    (
      "v2: word pairs for phrases, indexes in list order",
      """
      CREATE FUNCTION newsgrab_word_pairs(v tsvector) RETURNS tsvector
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        WITH pair AS (
          SELECT DISTINCT a.lexeme || ' ' || b.lexeme AS text
          FROM (SELECT u.lexeme, unnest(u.positions) AS position FROM unnest(v) u) a
          JOIN (SELECT u.lexeme, unnest(u.positions) AS position FROM unnest(v) u) b ON b.position = a.position + 1
          WHERE octet_length(a.lexeme) + octet_length(b.lexeme) < \(maximumPairBytes)
        )
        SELECT CASE
          WHEN sum(octet_length(text)) > \(maximumPairVectorBytes) THEN array_to_tsvector(ARRAY['\(tooManyPairs)'])
          ELSE coalesce(array_to_tsvector(array_agg(text)), ''::tsvector)
        END FROM pair
      $$;
      CREATE FUNCTION newsgrab_pair_query(phrase text) RETURNS tsquery
      LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
        SELECT string_agg('''' || replace(replace(p, '\\', '\\\\'), '''', '''''') || '''', ' & ')::tsquery
        FROM unnest(tsvector_to_array(newsgrab_word_pairs(to_tsvector('newsgrab', phrase)))) p
      $$;
      ALTER TABLE article ADD COLUMN word_pairs tsvector GENERATED ALWAYS AS (newsgrab_word_pairs(
          setweight(to_tsvector('newsgrab', coalesce(headline, '')), 'A')
          || setweight(to_tsvector('newsgrab', coalesce(description, '')), 'B')
          || setweight(to_tsvector('newsgrab', authors || ' ' || tags), 'C')
          || setweight(to_tsvector('newsgrab', body || ' ' || coalesce(source, '')), 'D')
        )) STORED;
      CREATE INDEX article_word_pairs ON article USING gin (word_pairs);
      CREATE INDEX article_newest ON article (published_date DESC NULLS LAST, id DESC);
      CREATE INDEX article_oldest ON article (published_date ASC NULLS LAST, id ASC);
      DROP INDEX article_published_date;
      """
    ),
  ]

  /// A word pair is left out when its two words together reach this many
  /// bytes (a lexeme holds at most 2,047). Both sides leave such a pair out,
  /// so a phrase holding one is still found: `search` alone checks it.
  static let maximumPairBytes = 2046
  /// A `tsvector` holds at most 1 MB of lexemes. An article with more word
  /// pairs than fit (a long run of distinct tokens) gets the one lexeme
  /// `tooManyPairs` instead, and every pair query also matches that lexeme:
  /// such an article is always a candidate, checked by `search` itself.
  static let maximumPairVectorBytes = 1_000_000
  /// Never a word pair: every pair holds a space.
  static let tooManyPairs = "*"
}
