import NewsgrabHTML

/// Phase 2: decides each metadata field from JSON-LD, meta tags, microdata
/// and the DOM, recording where each value came from.
///
/// Each field is its own small phase (`Headline`, `Authors`, `Dates`, …);
/// this type only runs them in order and collects provenance.
struct MetadataResolver {
  let sources: MetadataSources

  init(page: Page, structured: StructuredData, meta: MetaTags, microdata: Microdata) {
    sources = MetadataSources(page: page, structured: structured, meta: meta, microdata: microdata)
  }

  func resolve() -> Article {
    var article = Article()
    var provenance: [String: String] = [:]
    func record<Value>(_ field: String, _ found: Sourced<Value>?) -> Value? {
      guard let found else { return nil }
      provenance[field] = found.source
      return found.value
    }

    article.url = record("url", CanonicalURL(sources: sources).resolve())
    let site = SourceName(sources: sources)
    article.source.name = record("source", site.resolve())
    article.source.url = site.homeURL
    // Walks every link of the page: computed once for both phases that need it.
    let siteNames = site.names
    article.headline = record("headline", Headline(sources: sources, siteNames: siteNames).resolve())
    // No publisher metadata: the title's other half names the site better than the domain.
    if provenance["source"] == nil || provenance["source"] == "url", let headline = article.headline,
      let fromTitle = site.fromTitle(headline: headline, siteNames: siteNames)
    {
      article.source.name = record("source", fromTitle)
    }
    article.description = record("description", Description(sources: sources).resolve())
    // The language first: the dates are read in it ("03/05/2013" is 3 May in French).
    article.language = record("language", Language(sources: sources).resolve())
    let dates = Dates(sources: sources, language: article.language)
    let (published, modified) = dates.resolve()
    article.publishedAt = record("publishedAt", published)
    article.modifiedAt = record("modifiedAt", modified)
    article.authors =
      record("authors", Authors(sources: sources, publisherNames: siteNames, language: article.language).resolve())
      ?? []
    let topics = Topics(sources: sources)
    article.section = record("section", topics.section())
    article.tags = record("tags", topics.tags()) ?? []
    article.isAccessibleForFree = record("isAccessibleForFree", Access(sources: sources).resolve())
    article.provenance = provenance
    return article
  }
}
