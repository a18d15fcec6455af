import GRDB
import NewsgrabExtraction

extension Archive {
  /// bm25 column weights, in index column order: headline, description,
  /// body, authors, tags, source. A headline match counts ten times a body
  /// match; the standfirst sits between them.
  static let rankWeights = "10.0, 4.0, 1.0, 3.0, 2.0, 1.0"
  /// Tokens of context in a snippet (FTS5 allows at most 64).
  static let snippetTokens = 16

  private static let summaryColumns =
    "a.id, a.url, a.headline, a.source, a.published_at, a.language, a.authors, a.word_count, a.capture_url,"
    + " a.saved_at, a.capture_format"

  /// Matches counted exactly; beyond this, the total is shown as "at least".
  /// Counting every match of a word in most articles costs more than the
  /// page itself (a join per match when filtered: 2,115 of the 40,000
  /// articles with "would" from one source took 9 ms of CPU to count).
  static let countCap = 500

  /// Full-text search, best match first unless `filter.order` says otherwise.
  ///
  /// Steps: a capped count; the page of ids in order (`relevancePage`, or
  /// by date); then snippets for that page only — `snippet()` in the ordered
  /// query would run for every match (measured on 20,000 articles: 0.08 s
  /// against 0.04 s for a word in every article).
  package func search(_ query: SearchQuery, filter: ArticleFilter) throws(ArchiveError) -> ArticlePage {
    let (conditions, filterArguments) = try filter.conditions()
    var arguments: StatementArguments = [query.match]
    arguments += filterArguments
    // Filters read the narrow covering index, never the wide article rows
    // (their body spills to overflow pages that hold the filtered columns).
    let from =
      conditions.isEmpty
      ? "FROM article_fts"
      : "FROM article_fts JOIN article a INDEXED BY article_filter ON a.id = article_fts.rowid"
    let whereClause = (["article_fts MATCH ?"] + conditions).joined(separator: " AND ")
    do {
      return try pool.read { db in
        // Collapsed, a copy group counts once: distinct groups (an article in
        // none is its own), still capped.
        let counted =
          try Int.fetchOne(
            db,
            sql: filter.collapseCopies
              ? """
              SELECT count(*) FROM (SELECT DISTINCT coalesce(cs.copy_group, -article_fts.rowid) \(from)
                LEFT JOIN copy_signature cs ON cs.article_id = article_fts.rowid
                WHERE \(whereClause) LIMIT \(Self.countCap + 1))
              """
              : "SELECT count(*) FROM (SELECT 1 \(from) WHERE \(whereClause) LIMIT \(Self.countCap + 1))",
            arguments: arguments) ?? 0
        let total = min(counted, Self.countCap)
        let totalIsExact = counted <= Self.countCap
        func rankedPage(_ filter: ArticleFilter) throws -> [(id: Int64, score: Double?)] {
          filter.order == .relevance
            ? try relevancePage(
              db, query, from: from, whereClause: whereClause, conditions: conditions,
              filterArguments: filterArguments, filter)
            : try Row.fetchAll(
              db,
              sql: """
                SELECT a.id, -bm25(article_fts, \(Self.rankWeights))
                FROM article_fts JOIN article a INDEXED BY article_filter ON a.id = article_fts.rowid
                WHERE \(whereClause)
                ORDER BY \(filter.listOrder) \(filter.limitClause)
                """, arguments: arguments
            ).map { (id: $0[0] as Int64, score: $0[1] as Double?) }
        }
        let ranked = filter.collapseCopies ? try collapsed(db, filter, rankedPage) : try rankedPage(filter)
        guard !ranked.isEmpty else { return ArticlePage(total: total, totalIsExact: totalIsExact, items: []) }
        let ids = ranked.map { String($0.id) }.joined(separator: ",")
        var snippets: [Int64: String] = [:]
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT rowid, snippet(article_fts, -1, char(57344), char(57345), '…', \(Self.snippetTokens))
            FROM article_fts WHERE article_fts MATCH ? AND rowid IN (\(ids))
            """, arguments: [query.match])
        {
          snippets[row[0]] = row[1]
        }
        var summaries: [Int64: ArticleSummary] = [:]
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT \(Self.summaryColumns), NULL AS score, NULL AS snippet\(filter.collapseCopies ? ", \(Self.copyCount) AS copies" : "")
            FROM article a WHERE a.id IN (\(ids))
            """
        ) {
          let summary = Self.summary(row)
          summaries[summary.id] = summary
        }
        let items = ranked.compactMap { hit -> ArticleSummary? in
          guard var summary = summaries[hit.id] else { return nil }
          summary.score = hit.score
          summary.snippet = snippets[hit.id]
          return summary
        }
        return ArticlePage(total: total, totalIsExact: totalIsExact, items: items)
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("fts5")
    {
      // The translator only emits valid FTS5; this keeps any gap a clear line.
      throw .malformedQuery(error.message ?? "syntax error")
    } catch {
      throw ArchiveError(error)
    }
  }

  /// A collapsed page first reads this many times its end of the ranking.
  /// Twice: on the 100,000-article bench archive a collapsed search costs
  /// 6 % more instructions than an uncollapsed one this way, and 12 % when
  /// at least 50 rows were read (callgrind, 60 queries of its mix).
  static let collapseWindowFactor = 2

  /// The page `filter` asks for, with each copy group shown once: its
  /// best-ranked match. Reads the ranking from the top in a growing window
  /// (`collapseWindowFactor` times the page's end, doubled until the page is
  /// full or the matches run out), so a story syndicated many times cannot
  /// push others off the page and paging stays consistent.
  private func collapsed(
    _ db: Database, _ filter: ArticleFilter,
    _ rankedPage: (ArticleFilter) throws -> [(id: Int64, score: Double?)]
  ) throws -> [(id: Int64, score: Double?)] {
    try Self.collapsedPage(filter, rankedPage) { ids in try Self.copyGroups(of: ids, db) }
  }

  /// The windowed collapse of `collapsed`, over any store: `rankedPage`
  /// gives a page of the ranking, `groups` the copy group of ids that have one.
  package static func collapsedPage(
    _ filter: ArticleFilter, _ rankedPage: (ArticleFilter) throws -> [(id: Int64, score: Double?)],
    groups copyGroups: ([Int64]) throws -> [Int64: Int64]
  ) throws -> [(id: Int64, score: Double?)] {
    let offset = max(0, filter.offset)
    let end = filter.limit.map { offset + max(0, $0) }
    var window = end.map { max(1, Self.collapseWindowFactor * $0) }
    while true {
      var windowFilter = filter
      windowFilter.offset = 0
      windowFilter.limit = window
      let ranked = try rankedPage(windowFilter)
      let groups = try copyGroups(ranked.map(\.id))
      var seen = Set<Int64>()
      let kept = ranked.filter { seen.insert(groups[$0.id] ?? -$0.id).inserted }
      let exhausted = window.map { ranked.count < $0 } ?? true
      if exhausted || kept.count >= end! {
        let upper = min(kept.count, end ?? kept.count)
        return offset < upper ? Array(kept[offset..<upper]) : []
      }
      window = window.map { $0 * 2 }
    }
  }

  /// The copy group of each of `ids` that has one.
  static func copyGroups(of ids: [Int64], _ db: Database) throws -> [Int64: Int64] {
    guard !ids.isEmpty else { return [:] }
    var groups: [Int64: Int64] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT article_id, copy_group FROM copy_signature
        WHERE copy_group IS NOT NULL AND article_id IN (\(ids.map(String.init).joined(separator: ",")))
        """)
    {
      groups[row[0]] = row[1]
    }
    return groups
  }

  /// The page of (id, score) in relevance order. The rule, the same for
  /// every query whatever the number of matches:
  ///
  /// 1. articles whose headline holds the whole query (every word or
  ///    phrase, one of each `OR`) come first, then those matching elsewhere;
  /// 2. within each group, by bm25 over all fields (headline weighted
  ///    above body), ties newest first — unless the query is made only of
  ///    common words (`SearchQuery.commonWords`: `"of the"`, `their`), which
  ///    bm25 cannot tell apart: then each group is newest first (latest
  ///    imported first), with no score.
  ///
  /// Every match is reachable by paging. A headline that names what the
  /// reader typed is the article about it; the text-only group is only
  /// ranked when the page reaches past the headline group, so a word in
  /// most bodies costs a few milliseconds instead of a bm25 over each match
  /// (`their` in 55,000 of 100,000 articles: 37 ms). Ranking only the newest
  /// matches was measured and rejected: it silently drops better older ones.
  private func relevancePage(
    _ db: Database, _ query: SearchQuery, from: String, whereClause: String, conditions: [String],
    filterArguments: StatementArguments, _ filter: ArticleFilter
  ) throws -> [(id: Int64, score: Double?)] {
    let offset = max(0, filter.offset)
    let limit = filter.limit.map { max(0, $0) }
    let end = limit.map { offset + $0 }
    // The headline group (found in the headline-only index, filtered and
    // with the exclusions applied), as far as this page reaches: when it
    // ends before the page does, these are all its ids.
    let headlineFrom =
      conditions.isEmpty
      ? "FROM headline_fts"
      : "FROM headline_fts JOIN article a INDEXED BY article_filter ON a.id = headline_fts.rowid"
    var headlineConditions = ["headline_fts MATCH ?"] + conditions
    var headlineArguments: StatementArguments = [query.headlineMatch]
    headlineArguments += filterArguments
    if let exclusion = query.exclusionMatch {
      headlineConditions.append("headline_fts.rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
      headlineArguments += [exclusion]
    }
    let headlineWhere = headlineConditions.joined(separator: " AND ")
    let headlineIDs = try Int64.fetchAll(
      db, sql: "SELECT headline_fts.rowid \(headlineFrom) WHERE \(headlineWhere) LIMIT \(end ?? -1)",
      arguments: headlineArguments)
    let headlineComplete = end.map { headlineIDs.count < $0 } ?? true
    let byDate = query.hasOnlyCommonWords
    let score = byDate ? "NULL" : "-bm25(article_fts, \(Self.rankWeights))"
    let order = byDate ? "article_fts.rowid DESC" : "score DESC, article_fts.rowid DESC"
    func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [(id: Int64, score: Double?)] {
      try Row.fetchAll(db, sql: sql, arguments: arguments).map { (id: $0[0] as Int64, score: $0[1] as Double?) }
    }
    var page: [(id: Int64, score: Double?)] = []
    if !headlineComplete || offset < headlineIDs.count {
      if byDate {
        page = try fetch(
          """
          SELECT headline_fts.rowid, NULL \(headlineFrom) WHERE \(headlineWhere)
          ORDER BY headline_fts.rowid DESC LIMIT \(limit ?? -1) OFFSET \(offset)
          """, headlineArguments)
      } else {
        // bm25 of the whole query (the same score as the other group), for
        // the headline group's rows only. `+rowid` keeps SQLite from
        // handing each id to FTS5 as a separate lookup (seconds, measured).
        let members =
          headlineComplete
          ? headlineIDs.map(String.init).joined(separator: ",")
          : "SELECT rowid FROM headline_fts WHERE headline_fts MATCH ?"
        var arguments: StatementArguments = [query.match]
        arguments += filterArguments
        if !headlineComplete { arguments += [query.headlineMatch] }
        page = try fetch(
          """
          SELECT article_fts.rowid, \(score) AS score \(from)
          WHERE \(whereClause) AND +article_fts.rowid IN (\(members))
          ORDER BY \(order) LIMIT \(limit ?? -1) OFFSET \(offset)
          """, arguments)
      }
    }
    guard headlineComplete else { return page }
    let wanted = limit.map { $0 - page.count } ?? -1
    guard wanted != 0 else { return page }
    // The others: every match not in the headline group (which is small
    // here: it ended before this page did).
    let excluded =
      headlineIDs.isEmpty
      ? "" : " AND +article_fts.rowid NOT IN (\(headlineIDs.map(String.init).joined(separator: ",")))"
    var arguments: StatementArguments = [query.match]
    arguments += filterArguments
    return try page
      + fetch(
        """
        SELECT article_fts.rowid, \(score) AS score \(from)
        WHERE \(whereClause)\(excluded)
        ORDER BY \(order) LIMIT \(wanted) OFFSET \(max(0, offset - headlineIDs.count))
        """, arguments)
  }

  /// Articles matching the filter, newest first unless `filter.order` says otherwise.
  package func list(filter: ArticleFilter) throws(ArchiveError) -> ArticlePage {
    let (matching, matchingArguments) = try filter.conditions()
    var (conditions, arguments) = (matching, matchingArguments)
    var copies = ""
    if filter.collapseCopies {
      let collapse = try filter.collapseCondition()
      conditions.append(collapse.sql)
      arguments += collapse.arguments
      copies = ", \(Self.copyCount) AS copies"
    }
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    return try read { db in
      let total = try Self.listTotal(
        db, matching: matching, matchingArguments, collapsed: filter.collapseCopies)
      let items = try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.summaryColumns), NULL AS score, NULL AS snippet\(copies) FROM article a \(whereClause)
          ORDER BY \(filter.listOrder) \(filter.limitClause)
          """, arguments: arguments
      ).map(Self.summary)
      return ArticlePage(total: total, items: items)
    }
  }

  /// How many articles `list` shows in all: those matching, less, when
  /// copies collapse, every matching copy beyond the first of its group.
  /// Counted so rather than by the collapse condition itself, which runs a
  /// subquery per article (0.33 s over 100,000 against 0.03 s): only groups
  /// of two or more can hide anything, and they are few.
  private static func listTotal(
    _ db: Database, matching conditions: [String], _ arguments: StatementArguments, collapsed: Bool
  ) throws -> Int {
    let filtered = conditions.map { " AND " + $0 }.joined()
    let all =
      try Int.fetchOne(db, sql: "SELECT count(*) FROM article a WHERE 1\(filtered)", arguments: arguments) ?? 0
    guard collapsed else { return all }
    let hidden =
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) - count(DISTINCT s.copy_group) FROM copy_signature s JOIN article a ON a.id = s.article_id
          WHERE s.copy_group IN (SELECT copy_group FROM copy_signature GROUP BY copy_group HAVING count(*) > 1)\(filtered)
          """, arguments: arguments) ?? 0
    return all - hidden
  }

  /// How many other articles share `a`'s copy group.
  static let copyCount = """
    (SELECT max(count(*) - 1, 0) FROM copy_signature o
      WHERE o.copy_group = (SELECT copy_group FROM copy_signature WHERE article_id = a.id))
    """

  private static func summary(_ row: Row) -> ArticleSummary {
    let authors: String = row["authors"]
    return ArticleSummary(
      id: row["id"], url: row["url"], headline: row["headline"], source: row["source"],
      publishedAt: row["published_at"], language: row["language"],
      authors: authors.isEmpty ? [] : authors.components(separatedBy: "; "), wordCount: row["word_count"],
      score: row["score"], snippet: row["snippet"],
      capture: Capture(
        url: row["capture_url"], savedAt: row["saved_at"],
        format: row["capture_format"] ?? Capture.unknownFormat),
      copies: row["copies"])
  }
}
