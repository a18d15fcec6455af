import NewsgrabHTML

/// The article's authors: JSON-LD people, author meta tags, microdata, then
/// the byline on the page, all through `AuthorCleaner`.
struct Authors {
  let sources: MetadataSources
  let publisherNames: [String]

  var cleaner: AuthorCleaner {
    AuthorCleaner(publisherNames: publisherNames + sources.meta.all("copyright") + sources.meta.all("dc.rights"))
  }

  /// Meta keys naming authors. `article:author` is often a profile URL,
  /// which the cleaner drops.
  static let metaKeys = [
    "article:author", "author", "parsely-author", "sailthru.author", "dc.creator", "dc:creator",
    "dcterms.creator", "byl", "citation_author", "cxenseparse:author", "og:article:author",
  ]

  func resolve() -> Sourced<[String]>? {
    let cleaner = cleaner
    if let ld = sources.ld {
      var names: [String] = []
      for key in ["author", "creator"] {
        for value in ld[key]?.array ?? [] {
          let node = sources.structured.dereference(value)
          let types = sources.structured.types(of: node)
          // An Organization as author is the publisher or a desk; keep desks only
          // when they survive the publisher filter.
          if types.contains("Organization") || types.contains("NewsMediaOrganization"), node["name"] == nil { continue }
          if let text = node.text { names += cleaner.name(text) }
        }
        if !names.isEmpty { break }
      }
      if let names = unique(names) { return Sourced(names, "json-ld") }
    }
    for key in Self.metaKeys {
      let names = sources.meta.all(key).flatMap(cleaner.name)
      if let names = unique(names) { return Sourced(names, "meta:\(key)") }
    }
    if let names = unique((sources.microdata.values["author"] ?? []).flatMap(cleaner.name)) {
      return Sourced(names, "microdata")
    }
    if let names = unique(Byline(page: sources.page, cleaner: cleaner).names()) {
      return Sourced(names, "dom:byline")
    }
    return nil
  }

  private func unique(_ names: [String]) -> [String]? {
    var seen = Set<String>()
    let result = names.filter { seen.insert(TitleSplitter.key($0)).inserted }
    return result.isEmpty ? nil : result
  }
}
