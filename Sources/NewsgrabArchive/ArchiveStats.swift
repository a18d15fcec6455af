/// What an archive holds (`newsgrab stats`).
package struct ArchiveStats: Codable, Hashable, Sendable {
  package struct Count: Codable, Hashable, Sendable {
    package var name: String
    package var count: Int

    package init(name: String, count: Int) {
      self.name = name
      self.count = count
    }
  }

  package var articles: Int
  package var versions: Int
  package var pages: Int
  package var sources: Int
  package var authors: Int
  /// Articles per language tag, most first (`unknown` when none was found).
  package var languages: [Count]
  /// Articles per source, most first (the top ones).
  package var topSources: [Count]
  /// Earliest and latest publication day.
  package var earliest: String?
  package var latest: String?
  /// Articles per publication month (`YYYY-MM`), oldest first.
  package var perMonth: [Count]
  package var undated: Int
  /// The original pages' size, and what they take compressed.
  package var pageBytes: Int
  package var compressedPageBytes: Int
  /// The archive file with its WAL, as on disk.
  package var fileBytes: Int
  package var path: String

  package init(
    articles: Int, versions: Int, pages: Int, sources: Int, authors: Int, languages: [Count], topSources: [Count],
    earliest: String? = nil, latest: String? = nil, perMonth: [Count], undated: Int, pageBytes: Int,
    compressedPageBytes: Int, fileBytes: Int, path: String
  ) {
    self.articles = articles
    self.versions = versions
    self.pages = pages
    self.sources = sources
    self.authors = authors
    self.languages = languages
    self.topSources = topSources
    self.earliest = earliest
    self.latest = latest
    self.perMonth = perMonth
    self.undated = undated
    self.pageBytes = pageBytes
    self.compressedPageBytes = compressedPageBytes
    self.fileBytes = fileBytes
    self.path = path
  }
}
