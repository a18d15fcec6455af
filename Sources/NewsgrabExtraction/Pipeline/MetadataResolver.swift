import NewsgrabHTML

/// Phase 2: decides each metadata field from JSON-LD, meta tags, microdata
/// and the DOM, recording where each value came from.
struct MetadataResolver {
  let page: Page
  let structured: StructuredData
  let meta: MetaTags
  let microdata: Microdata

  func resolve() -> Article {
    var article = Article()
    var provenance: [String: String] = [:]
    let ld = structured.article

    func pick(_ field: String, _ candidates: [(String?, String)]) -> String? {
      for (value, source) in candidates {
        if let value = value?.nonEmpty {
          provenance[field] = source
          return value
        }
      }
      return nil
    }

    article.url = pick("url", [
      (meta.canonical, "link:canonical"),
      (meta.first("og:url").flatMap(page.resolver.resolve), "opengraph"),
      (ld?["url"]?.string.flatMap(page.resolver.resolve), "json-ld"),
      (page.url, "input"),
    ])
    let h1 = page.body.firstDescendant(.h1)?.textContent
    article.headline = pick("headline", [
      (ld?["headline"]?.string, "json-ld"),
      (meta.first("og:title"), "opengraph"),
      (meta.first("twitter:title"), "twitter"),
      (microdata.first("headline"), "microdata"),
      (h1, "dom:h1"),
      (meta.title, "title-tag"),
    ])
    article.description = pick("description", [
      (ld?["description"]?.string, "json-ld"),
      (meta.first("og:description"), "opengraph"),
      (meta.first("description"), "meta:description"),
      (meta.first("twitter:description"), "twitter"),
    ])
    let publisher = ld?["publisher"]
    article.source.name = pick("source", [
      (meta.first("og:site_name"), "opengraph"),
      (publisher?["name"]?.string, "json-ld"),
      (meta.first("application-name"), "meta:application-name"),
      (page.resolver.host, "url"),
    ])
    article.source.url = page.resolver.base.map { "\($0.scheme ?? "https")://\($0.host ?? "")/" }
    article.publishedAt = pick("publishedAt", [
      (ld?["datePublished"]?.string, "json-ld"),
      (meta.first("article:published_time"), "meta:article:published_time"),
      (microdata.first("datePublished"), "microdata"),
      (page.body.firstDescendant(.time)?.attribute("datetime"), "dom:time"),
    ])
    article.modifiedAt = pick("modifiedAt", [
      (ld?["dateModified"]?.string, "json-ld"),
      (meta.first("article:modified_time"), "meta:article:modified_time"),
      (meta.first("og:updated_time"), "opengraph"),
    ])
    article.language = pick("language", [
      (meta.htmlLanguage, "html:lang"),
      (ld?["inLanguage"]?.string, "json-ld"),
      (meta.first("og:locale")?.replacingOccurrences(of: "_", with: "-"), "opengraph"),
    ])
    article.section = pick("section", [
      (ld?["articleSection"]?.array.first?.string, "json-ld"),
      (meta.first("article:section"), "meta:article:section"),
    ])
    let ldAuthors = (ld?["author"]?.array ?? []).compactMap { $0["name"]?.string ?? $0.string }
    if !ldAuthors.isEmpty {
      article.authors = ldAuthors
      provenance["authors"] = "json-ld"
    } else if let author = meta.first("author") {
      article.authors = [author]
      provenance["authors"] = "meta:author"
    }
    article.tags = meta.all("article:tag")
    if !article.tags.isEmpty { provenance["tags"] = "meta:article:tag" }
    if let free = ld?["isAccessibleForFree"] {
      switch free {
      case .bool(let value): article.isAccessibleForFree = value
      case .string(let value): article.isAccessibleForFree = value.lowercased() == "true"
      default: break
      }
      provenance["isAccessibleForFree"] = "json-ld"
    }
    article.provenance = provenance
    return article
  }
}
