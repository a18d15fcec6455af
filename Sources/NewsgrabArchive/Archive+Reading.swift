import GRDB
import NewsgrabInput

/// Counts of the articles a search or listing matches, by source, language
/// and publication year (the reading room's facets).
package struct SearchFacets: Codable, Hashable, Sendable {
  package var sources: [ArchiveStats.Count]
  package var languages: [ArchiveStats.Count]
  package var years: [ArchiveStats.Count]
  /// The counts cover only the first `Archive.facetCap` matches.
  package var isPartial: Bool
}

extension Archive {
  /// Matches counted for facets; beyond this the facets describe a sample.
  /// Grouping every match of a word found in most of the 100,000 bench
  /// articles reads each of their rows; 10,000 keeps a facet query in the
  /// tens of milliseconds there while covering every realistic query whole.
  package static let facetCap = 10_000

  /// Top sources, languages and years (newest first) of what `query` and
  /// `filter` match (every article when `query` is nil); `limit` entries each.
  package func facets(_ query: SearchQuery?, filter: ArticleFilter, limit: Int) throws(ArchiveError) -> SearchFacets {
    let (conditions, filterArguments) = try filter.conditions()
    // One pass over the narrow covering index (never the wide article rows),
    // counted here rather than by three GROUP BYs over the rows of an id list.
    var arguments = StatementArguments()
    var sql =
      "SELECT a.source, a.language, substr(a.published_date, 1, 4) FROM "
      + (query == nil
        ? "article a INDEXED BY article_filter"
        : """
        article_fts JOIN article a INDEXED BY article_filter ON a.id = article_fts.rowid
        """)
    let whereClause = (query == nil ? [] : ["article_fts MATCH ?"]) + conditions
    if let query { arguments += [query.match] }
    arguments += filterArguments
    if !whereClause.isEmpty { sql += " WHERE " + whereClause.joined(separator: " AND ") }
    sql += " LIMIT \(Self.facetCap + 1)"
    do {
      return try pool.read { db in
        var sources: [String: Int] = [:]
        var languages: [String: Int] = [:]
        var years: [String: Int] = [:]
        var seen = 0
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
          seen += 1
          guard seen <= Self.facetCap else { break }
          if let source: String = row[0] { sources[source, default: 0] += 1 }
          if let language: String = row[1] { languages[language, default: 0] += 1 }
          if let year: String = row[2] { years[year, default: 0] += 1 }
        }
        func top(_ counts: [String: Int], byName: Bool = false) -> [ArchiveStats.Count] {
          let sorted = counts.sorted { byName ? $0.key > $1.key : ($0.value, $1.key) > ($1.value, $0.key) }
          return sorted.prefix(max(0, limit)).map { ArchiveStats.Count(name: $0.key, count: $0.value) }
        }
        return SearchFacets(
          sources: top(sources), languages: top(languages), years: top(years, byName: true),
          isPartial: seen > Self.facetCap)
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("fts5")
    {
      throw .malformedQuery(error.message ?? "syntax error")
    } catch {
      throw ArchiveError(error)
    }
  }

  /// The page a version was extracted from, as stored (nil when that
  /// version has no stored page: stored before pages were kept).
  package func storedPage(of id: Int64, version: Int) throws(ArchiveError) -> StoredPage? {
    let record: PageRecord? = try read { db in
      try PageRecord.fetchOne(
        db,
        sql: """
          SELECT p.* FROM page p JOIN article_version v ON v.id = p.version_id
          WHERE v.article_id = ? AND v.number = ?
          """, arguments: [id, version])
    }
    return record.map(Self.storedPage)
  }
}
