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
    var arguments = StatementArguments()
    var matches: String
    if let query {
      matches =
        "SELECT a.id FROM article_fts JOIN article a ON a.id = article_fts.rowid WHERE "
        + (["article_fts MATCH ?"] + conditions).joined(separator: " AND ")
      arguments += [query.match]
    } else {
      matches =
        "SELECT a.id FROM article a" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
    }
    arguments += filterArguments
    matches += " LIMIT \(Self.facetCap + 1)"
    do {
      return try pool.read { db in
        let ids = try Int64.fetchAll(db, sql: matches, arguments: arguments)
        let partial = ids.count > Self.facetCap
        let list = ids.prefix(Self.facetCap).map(String.init).joined(separator: ",")
        func counts(_ column: String, order: String) throws -> [ArchiveStats.Count] {
          try Row.fetchAll(
            db,
            sql: """
              SELECT \(column) AS name, count(*) AS n FROM article WHERE id IN (\(list)) AND \(column) IS NOT NULL
              GROUP BY name ORDER BY \(order) LIMIT \(max(0, limit))
              """
          ).map { ArchiveStats.Count(name: $0["name"], count: $0["n"]) }
        }
        return SearchFacets(
          sources: try counts("source", order: "n DESC, name"),
          languages: try counts("language", order: "n DESC, name"),
          years: try counts("substr(published_date, 1, 4)", order: "name DESC"), isPartial: partial)
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
