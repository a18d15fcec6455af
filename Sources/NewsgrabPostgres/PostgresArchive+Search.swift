import NewsgrabArchive
import NewsgrabExtraction
import PostgresNIO

/// newsgrab's query language as `tsquery`s, every word bound as a parameter.
///
/// A word or phrase becomes `phraseto_tsquery('newsgrab', $n)` (its words
/// in a row, as FTS5 reads a quoted string); a prefix term
/// `to_tsquery('newsgrab', quote_literal($n) || ':*')`, where
/// `quote_literal` makes the input one quoted lexeme, so no input is read
/// as tsquery operators. Groups join with `&&`, alternatives with `||`,
/// exclusions with `&& !!`. The server evaluates these once; the canonical
/// `tsquery` text it returns is then bound (as `$n::tsquery`) into the
/// statements that search.
struct TSQueries {
  /// The whole query.
  var match: String
  /// What it looks for (no exclusions), for `headline_search`.
  var headline: String
  /// The exclusions as one query matching any of them, or nil.
  var exclusion: String?
  /// What the word pairs of its phrases must match (`article_word_pairs`),
  /// or nil when it holds no phrase every match must contain.
  var pairs: String?

  /// One term: SQL with `?`, and the value bound to it.
  static func term(_ term: SearchQuery.Term) -> (sql: String, value: Bind) {
    if term.isPrefix {
      // quote_literal writes a backslash as E'…\\…', which to_tsquery does not
      // read; a backslash is no word character to the parser anyway.
      let text = term.text.replacingOccurrences(of: "\\", with: " ")
      return ("to_tsquery('newsgrab', quote_literal(?) || ':*')", .text(text))
    }
    return ("phraseto_tsquery('newsgrab', ?)", .text(term.text))
  }

  static func any(_ terms: [SearchQuery.Term], into sql: inout SQL) {
    sql.append("(")
    for (index, term) in terms.enumerated() {
      let (piece, value) = Self.term(term)
      sql.append((index == 0 ? "" : " || ") + piece, [value])
    }
    sql.append(")")
  }

  /// Asks the server for the three `tsquery`s of a query.
  static func make(_ query: SearchQuery, _ db: PostgresSession) throws -> TSQueries {
    func appendIncluded(_ target: inout SQL) {
      target.append("(")
      for (index, group) in query.groups.enumerated() {
        if index > 0 { target.append(" && ") }
        any(group, into: &target)
      }
      target.append(")")
    }
    // The whole query, what it looks for, and what it excludes, as the
    // server writes them (the included part is built twice: each `?` is
    // bound once, where it stands).
    var sql = SQL("SELECT (")
    appendIncluded(&sql)
    if !query.excluded.isEmpty {
      sql.append(" && !!")
      any(query.excluded, into: &sql)
    }
    sql.append(")::text, ")
    appendIncluded(&sql)
    sql.append("::text, ")
    if query.excluded.isEmpty {
      sql.append("NULL::text")
    } else {
      any(query.excluded, into: &sql)
      sql.append("::text")
    }
    sql.append(", ")
    appendPairs(query, into: &sql)
    let row = try db.rows(sql)[0]
    return TSQueries(
      match: try row.get(0, String.self), headline: try row.get(1, String.self),
      exclusion: try row.get(2, String?.self),
      pairs: try row.get(3, String?.self))
  }

  /// The pair query: each group whose every alternative is a phrase of two
  /// or more words asks for the pairs of one of them (a group with a single
  /// word or a prefix term asks nothing), the groups joined with `&`, and
  /// `tooManyPairs` as an alternative to all of it. NULL when no group asks.
  static func appendPairs(_ query: SearchQuery, into sql: inout SQL) {
    sql.append(
      "(SELECT ('(' || string_agg('(' || g::text || ')', ' & ') || ') | ' || quote_literal(?))::tsquery::text"
        + " FROM unnest(ARRAY[", .text(PostgresArchive.tooManyPairs))
    for (index, group) in query.groups.enumerated() {
      if index > 0 { sql.append(", ") }
      if group.contains(where: \.isPrefix) {
        sql.append("NULL")
        continue
      }
      sql.append("(")
      for (position, term) in group.enumerated() {
        sql.append((position == 0 ? "" : " || ") + "newsgrab_pair_query(?)", .text(term.text))
      }
      sql.append(")")
    }
    sql.append("]::tsquery[]) g)")
  }
}

extension PostgresArchive {
  /// `ts_rank_cd` weights for D, C, B, A: body and source 1, authors and
  /// tags 3, description 4, headline 10 — the SQLite archive's bm25 column
  /// weights (headline 10, description 4, authors 3, tags 2, body 1), with
  /// authors and tags sharing a weight as they share a letter.
  static let rankWeights = "'{0.1, 0.3, 0.4, 1.0}'"
  /// `ts_rank_cd` normalisation 1: rank / (1 + log(words)). Without it a
  /// long article outranks a short one by its length alone; bm25 divides by
  /// length too (the tram test: eight "tram"s in a nine-word body rank above
  /// one headline "tram" in 150 words, as with bm25).
  static let rankNormalization = 1
  /// Matches counted exactly; beyond, "at least" (as `Archive.countCap`).
  static let countCap = 500
  /// Words of a snippet (`ts_headline`), about the SQLite archive's 16 tokens.
  static let snippetOptions =
    "StartSel=\u{E000}, StopSel=\u{E001}, MaxWords=16, MinWords=8, ShortWord=2, MaxFragments=1,"
    + " FragmentDelimiter=\" … \""

  static let summaryColumns =
    "a.id, a.url, a.headline, a.source, a.published_at, a.language, a.authors, a.word_count, a.capture_url,"
    + " a.saved_at, a.capture_format"

  /// Search with the SQLite archive's rule (`Archive.relevancePage`):
  /// articles whose headline holds the whole query first, then the others;
  /// within each, by rank (`ts_rank_cd` over the weighted vector), ties
  /// newest first; a query of only common words lists each group newest
  /// first. The headline group comes from its own GIN index; the rest is
  /// ranked only when the page reaches past it.
  package func search(_ query: SearchQuery, filter: ArticleFilter) throws(ArchiveError) -> ArticlePage {
    let (conditions, values) = try filter.conditions(dialect: .postgres)
    return try session.read { db in
      try db.rows(SQL(Self.indexedMatching))
      let ts = try TSQueries.make(query, db)
      let counted = try Self.cappedCount(db, ts, conditions, values, collapsed: filter.collapseCopies)
      let total = min(counted, Self.countCap)
      func rankedPage(_ filter: ArticleFilter) throws -> [(id: Int64, score: Double?)] {
        if filter.order == .relevance { return try Self.relevancePage(db, query, ts, conditions, values, filter) }
        var sql = SQL(
          "SELECT a.id, ts_rank_cd(\(Self.rankWeights), a.search, ?::tsquery, \(Self.rankNormalization))::float8",
          .text(ts.match))
        Self.appendMatching(&sql, "a.search", ts.match, conditions, values, pairs: ts.pairs)
        sql.append(" ORDER BY \(filter.listOrder)" + Self.limitClause(filter))
        return try db.rows(sql).map { (try $0.get(0, Int64.self), try $0.get(1, Double?.self)) }
      }
      // Each copy group once: the SQLite archive's windowed collapse, shared.
      let ranked =
        filter.collapseCopies
        ? try Archive.collapsedPage(filter, rankedPage) { ids in try Self.copyGroups(of: ids, db) }
        : try rankedPage(filter)
      guard !ranked.isEmpty else { return ArticlePage(total: total, totalIsExact: counted <= Self.countCap, items: []) }
      let ids = ranked.map(\.id)
      var summaries: [Int64: ArticleSummary] = [:]
      for row in try db.rows(
        SQL(
          """
          SELECT \(Self.summaryColumns), ts_headline('newsgrab', concat_ws(' … ', a.description, a.body), ?::tsquery,
            ?) AS snippet\(filter.collapseCopies ? ", \(Self.copyCount) AS copies" : "")
          FROM article a WHERE a.id = ANY(?)
          """, .text(ts.match), .text(Self.snippetOptions), .ints(ids)))
      {
        var summary = try Self.summary(row, snippet: true)
        if filter.collapseCopies { summary.copies = Int(try row.get("copies", Int64.self)) }
        summaries[summary.id] = summary
      }
      let items = ranked.compactMap { hit -> ArticleSummary? in
        guard var summary = summaries[hit.id] else { return nil }
        summary.score = hit.score
        return summary
      }
      return ArticlePage(total: total, totalIsExact: counted <= Self.countCap, items: items)
    }
  }

  /// The matches, counted up to `countCap + 1`; collapsed, each copy group
  /// once (an article in none is its own), as the SQLite archive counts.
  ///
  /// Read in windows of matches that stop early: `SELECT DISTINCT … LIMIT`
  /// does not stop in PostgreSQL (its sort or hash reads every match before
  /// the first row comes out, 25,000 subplans for `comm*`), so the distinct
  /// groups are counted in the first `countCap + 1` matches, and only when
  /// copies folded them below the cap is a window `countWindowGrowth` times
  /// larger read, until the matches run out or the cap is passed.
  static func cappedCount(
    _ db: PostgresSession, _ ts: TSQueries, _ conditions: [String], _ values: [ArticleFilter.Value],
    collapsed: Bool
  ) throws -> Int {
    var window = countCap + 1
    while true {
      var sql = SQL(
        collapsed
          ? "SELECT count(*), count(DISTINCT g) FROM (SELECT coalesce("
            + "(SELECT cs.copy_group FROM copy_signature cs WHERE cs.article_id = a.id), -a.id) AS g"
          : "SELECT count(*), count(*) FROM (SELECT 1")
      appendMatching(&sql, "a.search", ts.match, conditions, values, pairs: ts.pairs)
      sql.append(" LIMIT \(window)) t")
      let row = try db.rows(sql)[0]
      let (read, distinct) = (Int(try row.get(0, Int64.self)), Int(try row.get(1, Int64.self)))
      if read < window || distinct > countCap { return distinct }
      window *= countWindowGrowth
    }
  }

  /// How much larger each window of `cappedCount` is than the last.
  static let countWindowGrowth = 4

  /// Matches are found through the GIN indexes, never by reading the table:
  /// the planner prices `search @@ query` as a cheap test, but each row it
  /// tests unpacks a TOASTed vector. For a word in one article of ten it chose
  /// a sequential scan to find the 501 the count needs: 840 ms (5,069 rows
  /// unpacked) against 9–17 ms from the index, on the 100,000-article bench
  /// archive. Scoped to the search's transaction (`SET LOCAL`).
  static let indexedMatching = "SET LOCAL enable_seqscan = off"

  /// The copy group of each of `ids` that has one.
  static func copyGroups(of ids: [Int64], _ db: PostgresSession) throws -> [Int64: Int64] {
    guard !ids.isEmpty else { return [:] }
    var groups: [Int64: Int64] = [:]
    for row in try db.rows(
      SQL(
        "SELECT article_id, copy_group FROM copy_signature WHERE copy_group IS NOT NULL AND article_id = ANY(?)",
        .ints(ids)))
    {
      groups[try row.get(0, Int64.self)] = try row.get(1, Int64.self)
    }
    return groups
  }

  /// `FROM article a WHERE` the match and the filter's conditions, with the
  /// word pairs of the query's phrases when given (`TSQueries.pairs`): the
  /// `article_word_pairs` index then finds about only the articles holding
  /// each phrase, and the `search` test looks at those alone.
  static func appendMatching(
    _ sql: inout SQL, _ column: String, _ tsquery: String, _ conditions: [String], _ values: [ArticleFilter.Value],
    pairs: String? = nil
  ) {
    sql.append(" FROM article a WHERE \(column) @@ ?::tsquery", .text(tsquery))
    if let pairs { sql.append(" AND a.word_pairs @@ ?::tsquery", .text(pairs)) }
    sql.append(conditions.map { " AND " + $0 }.joined(), filterValues: values)
  }

  static func limitClause(_ filter: ArticleFilter) -> String {
    " LIMIT \(filter.limit.map { String(max(0, $0)) } ?? "ALL") OFFSET \(max(0, filter.offset))"
  }

  private static func relevancePage(
    _ db: PostgresSession, _ query: SearchQuery, _ ts: TSQueries, _ conditions: [String],
    _ values: [ArticleFilter.Value], _ filter: ArticleFilter
  ) throws -> [(id: Int64, score: Double?)] {
    let offset = max(0, filter.offset)
    let limit = filter.limit.map { max(0, $0) }
    let end = limit.map { offset + $0 }
    func headlineGroup(_ sql: inout SQL) {
      appendMatching(&sql, "a.headline_search", ts.headline, conditions, values)
      if let exclusion = ts.exclusion { sql.append(" AND NOT (a.search @@ ?::tsquery)", .text(exclusion)) }
    }
    var headlineSQL = SQL("SELECT a.id")
    headlineGroup(&headlineSQL)
    headlineSQL.append(" LIMIT \(end.map(String.init) ?? "ALL")")
    let headlineIDs = try db.rows(headlineSQL).map { try $0.get(0, Int64.self) }
    let headlineComplete = end.map { headlineIDs.count < $0 } ?? true
    let byDate = query.hasOnlyCommonWords
    let order = byDate ? "a.id DESC" : "score DESC, a.id DESC"
    func scored(_ sql: inout SQL) {
      if byDate {
        sql.append("SELECT a.id, NULL::float8 AS score")
      } else {
        sql.append(
          "SELECT a.id, ts_rank_cd(\(rankWeights), a.search, ?::tsquery, \(rankNormalization))::float8 AS score",
          .text(ts.match))
      }
    }
    func fetch(_ sql: SQL) throws -> [(id: Int64, score: Double?)] {
      try db.rows(sql).map { (try $0.get(0, Int64.self), try $0.get(1, Double?.self)) }
    }
    var page: [(id: Int64, score: Double?)] = []
    if !headlineComplete || offset < headlineIDs.count {
      var sql = SQL()
      scored(&sql)
      if ts.exclusion == nil {
        // A headline that holds the query is part of the weighted vector: it
        // matches, and testing it again would unpack each row's vector twice
        // (once more for the rank), the largest cost of a long headline group.
        sql.append(" FROM article a WHERE true")
        sql.append(conditions.map { " AND " + $0 }.joined(), filterValues: values)
      } else {
        appendMatching(&sql, "a.search", ts.match, conditions, values, pairs: ts.pairs)
      }
      if headlineComplete {
        sql.append(" AND a.id = ANY(?)", .ints(headlineIDs))
      } else {
        sql.append(" AND a.headline_search @@ ?::tsquery", .text(ts.headline))
      }
      sql.append(" ORDER BY \(order) LIMIT \(limit.map(String.init) ?? "ALL") OFFSET \(offset)")
      page = try fetch(sql)
    }
    guard headlineComplete else { return page }
    let wanted = limit.map { $0 - page.count }
    if wanted == 0 { return page }
    var sql = SQL()
    scored(&sql)
    appendMatching(&sql, "a.search", ts.match, conditions, values, pairs: ts.pairs)
    if !headlineIDs.isEmpty { sql.append(" AND NOT (a.id = ANY(?))", .ints(headlineIDs)) }
    sql.append(
      " ORDER BY \(order) LIMIT \(wanted.map(String.init) ?? "ALL") OFFSET \(max(0, offset - headlineIDs.count))")
    return page + (try fetch(sql))
  }

  /// How many other articles share `a`'s copy group.
  static let copyCount = """
    (SELECT greatest(count(*) - 1, 0) FROM copy_signature o
      WHERE o.copy_group = (SELECT copy_group FROM copy_signature WHERE article_id = a.id))
    """

  package func list(filter: ArticleFilter) throws(ArchiveError) -> ArticlePage {
    let (matching, matchingValues) = try filter.conditions(dialect: .postgres)
    var (conditions, values) = (matching, matchingValues)
    var copies = ""
    if filter.collapseCopies {
      let collapse = try filter.collapseCondition(dialect: .postgres)
      conditions.append(collapse.sql)
      values += collapse.values
      copies = ", \(Self.copyCount) AS copies"
    }
    let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return try session.read { db in
      // As on SQLite: the matches, less every matching copy beyond the
      // first of its group (only groups of two or more can hide any).
      let filtered = matching.map { " AND " + $0 }.joined()
      var count = SQL()
      count.append("SELECT count(*) FROM article a WHERE true" + filtered, filterValues: matchingValues)
      var total = Int(try db.rows(count)[0].get(0, Int64.self))
      if filter.collapseCopies {
        var hidden = SQL()
        hidden.append(
          """
          SELECT count(*) - count(DISTINCT s.copy_group) FROM copy_signature s JOIN article a ON a.id = s.article_id
          WHERE s.copy_group IN (SELECT copy_group FROM copy_signature GROUP BY copy_group HAVING count(*) > 1)
          """ + filtered, filterValues: matchingValues)
        total -= Int(try db.rows(hidden)[0].get(0, Int64.self))
      }
      var sql = SQL()
      sql.append(
        "SELECT \(Self.summaryColumns)\(copies) FROM article a\(whereClause) ORDER BY \(filter.listOrder)"
          + Self.limitClause(filter), filterValues: values)
      let items = try db.rows(sql).map { row in
        var summary = try Self.summary(row, snippet: false)
        if filter.collapseCopies { summary.copies = Int(try row.get("copies", Int64.self)) }
        return summary
      }
      return ArticlePage(total: total, items: items)
    }
  }

  static func summary(_ row: PostgresRow, snippet: Bool) throws -> ArticleSummary {
    let authors = try row.get("authors", String.self)
    return ArticleSummary(
      id: try row.get("id"), url: try row.get("url"), headline: try row.get("headline"), source: try row.get("source"),
      publishedAt: try row.get("published_at"), language: try row.get("language"),
      authors: authors.isEmpty ? [] : authors.components(separatedBy: "; "),
      wordCount: Int(try row.get("word_count", Int32.self)), score: nil,
      snippet: snippet ? try row.get("snippet", String?.self) : nil,
      capture: Capture(
        url: try row.get("capture_url"), savedAt: try row.get("saved_at"),
        format: try row.get("capture_format", String?.self) ?? Capture.unknownFormat))
  }
}

extension PostgresArchive {
  /// Top sources, languages and years of what `query` and `filter` match
  /// (every article when `query` is nil), over the first `Archive.facetCap`
  /// matches, counted as the SQLite archive counts them.
  package func facets(_ query: SearchQuery?, filter: ArticleFilter, limit: Int) throws(ArchiveError) -> SearchFacets {
    let (conditions, values) = try filter.conditions(dialect: .postgres)
    return try session.read { db in
      var sql = SQL("SELECT a.source, a.language, substr(a.published_date, 1, 4)")
      if let query {
        try db.rows(SQL(Self.indexedMatching))
        let ts = try TSQueries.make(query, db)
        Self.appendMatching(&sql, "a.search", ts.match, conditions, values, pairs: ts.pairs)
      } else {
        sql.append(" FROM article a WHERE true")  // no query: every article the filter keeps
        sql.append(conditions.map { " AND " + $0 }.joined(), filterValues: values)
      }
      sql.append(" LIMIT \(Archive.facetCap + 1)")
      var counter = SearchFacets.Counter()
      for row in try db.rows(sql) {
        guard
          counter.add(
            source: try row.get(0, String?.self), language: try row.get(1, String?.self),
            year: try row.get(2, String?.self))
        else { break }
      }
      return counter.facets(limit: limit)
    }
  }
}
