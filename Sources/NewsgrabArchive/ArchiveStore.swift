import Foundation
import NewsgrabExtraction

/// What every archive store does: the one interface the commands talk to.
///
/// `Archive` keeps the archive in one SQLite file; `PostgresArchive`
/// (NewsgrabPostgres) on a PostgreSQL server. The commands never know which:
/// they open a store by its location (`ArchiveLocation`) and call these.
/// Identity, copy signatures, the query language and the stored JSON are
/// worked out once, outside the stores (`ImportItem`, `SearchQuery`,
/// `ArticleFilter`), so both stores agree on what is the same article.
package protocol ArchiveStore: Sendable {
  /// Where the archive is, as it may be printed (a URL's password masked).
  var path: String { get }

  /// SHA-256 of every stored page: an importer skips these without extracting.
  func storedPageHashes() throws(ArchiveError) -> Set<String>
  /// Stores a batch of extracted pages in one transaction, in order: all of
  /// it is committed, or (on any failure) none of it.
  func save(_ items: [ImportItem], now: Date) throws(ArchiveError) -> [ImportOutcome]

  /// Full-text search, best match first unless `filter.order` says otherwise.
  func search(_ query: SearchQuery, filter: ArticleFilter) throws(ArchiveError) -> ArticlePage
  /// Articles matching the filter, newest first unless `filter.order` says otherwise.
  func list(filter: ArticleFilter) throws(ArchiveError) -> ArticlePage

  /// The id of the article named by an id, a URL it was found under, or its URL identity.
  func articleID(for reference: String) throws(ArchiveError) -> Int64
  /// An article, its latest version unless `version` names another.
  func article(id: Int64, version: Int?) throws(ArchiveError) -> StoredArticle
  /// Every stored version of an article, oldest first.
  func versions(of id: Int64) throws(ArchiveError) -> [VersionInfo]
  /// Calls `body` with each article matching the filter (latest versions), in
  /// the filter's order. Archive failures are thrown as `ArchiveError`.
  func forEachArticle(matching filter: ArticleFilter, _ body: (StoredArticle) throws -> Void) throws
  /// Deletes articles with their versions, pages and index entries, in one
  /// transaction. Returns the ids that did not exist.
  func delete(ids: [Int64]) throws(ArchiveError) -> [Int64]

  func stats() throws(ArchiveError) -> ArchiveStats
  /// Problems found in the stored data, one line each; empty when sound.
  func check() throws(ArchiveError) -> [String]

  /// Stored pages in version order after `lastID` (for `reindex` and `copy`).
  func storedPages(after lastID: Int64, limit: Int) throws(ArchiveError) -> [StoredPage]
  func storedPageCount() throws(ArchiveError) -> Int
  /// Replaces the extraction of stored versions; returns how many changed.
  func replaceExtractions(_ items: [(versionID: Int64, article: Article)]) throws(ArchiveError) -> Int
  /// Rebuilds the full-text index from the article table.
  func rebuildIndex() throws(ArchiveError)

  /// Copy groups of two or more articles matching the filter.
  func copyGroups(matching filter: ArticleFilter, minimumSimilarity: Double) throws(ArchiveError) -> [CopyGroup]
  /// The other articles in `id`'s copy group, oldest first.
  func copies(of id: Int64) throws(ArchiveError) -> [CopyMember]

  /// Top sources, languages and years of what a search (or, with no
  /// query, a listing) matches: the reading room's facets.
  func facets(_ query: SearchQuery?, filter: ArticleFilter, limit: Int) throws(ArchiveError) -> SearchFacets
  /// The page a version was extracted from, as stored (nil when none is).
  func storedPage(of id: Int64, version: Int) throws(ArchiveError) -> StoredPage?
}

extension ArchiveStore {
  package func save(_ items: [ImportItem]) throws(ArchiveError) -> [ImportOutcome] {
    try save(items, now: Date())
  }

  package func article(id: Int64) throws(ArchiveError) -> StoredArticle {
    try article(id: id, version: nil)
  }

  package func copyGroups(matching filter: ArticleFilter) throws(ArchiveError) -> [CopyGroup] {
    try copyGroups(matching: filter, minimumSimilarity: 0)
  }
}

extension Archive: ArchiveStore {}

/// Where an archive is: a PostgreSQL URL (`postgresql://`, `postgres://`),
/// else a file path, as `--db` and `NEWSGRAB_DB` give it.
package enum ArchiveLocation {
  /// True for a PostgreSQL URL (any case of the scheme).
  package static func isPostgres(_ location: String) -> Bool {
    let lower = location.prefix(13).lowercased()
    return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
  }
}
