import NewsgrabHTML

/// The article's authors: JSON-LD people, author meta tags, microdata, then
/// the byline on the page, all through `AuthorCleaner`.
struct Authors {
  let sources: MetadataSources
  let publisherNames: [String]

  /// For bylines on the page: any name the site goes by is not an author.
  var cleaner: AuthorCleaner {
    AuthorCleaner(publisherNames: publisherNames + legalNames)
  }

  /// For explicit author fields: only the publisher's legal names rule a
  /// value out, since a personal blog's site name is its author's name.
  var structuredCleaner: AuthorCleaner {
    AuthorCleaner(
      publisherNames: legalNames + [SourceName(sources: sources).publisherName].compactMap { $0 },
      siteNames: publisherNames, keepsDesks: true)
  }

  var legalNames: [String] {
    sources.meta.all("copyright") + sources.meta.all("dc.rights") + sources.meta.all("publisher")
  }

  /// Meta keys naming authors. `article:author` is often a profile URL,
  /// which the cleaner drops.
  static let metaKeys = [
    "article:author", "dc.creator", "dc:creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "author", "byl", "citation_author", "cxenseparse:author", "og:article:author",
  ]

  func resolve() -> Sourced<[String]>? {
    let cleaner = structuredCleaner
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
    // A login ("jdoe") is the last resort: a real name elsewhere wins.
    var username: Sourced<[String]>?
    for key in Self.metaKeys {
      let names = sources.meta.all(key).flatMap(cleaner.name)
      guard let names = unique(names) else { continue }
      if names.allSatisfy(AuthorCleaner.isUsername) {
        if username == nil { username = Sourced(names, "meta:\(key)") }
        continue
      }
      return Sourced(names, "meta:\(key)")
    }
    if let names = unique((sources.microdata.values["author"] ?? []).flatMap(cleaner.name)) {
      return Sourced(names, "microdata")
    }
    if let names = unique(Byline(page: sources.page, cleaner: self.cleaner).names()) {
      return Sourced(names, "dom:byline")
    }
    return username
  }

  private func unique(_ names: [String]) -> [String]? {
    var seen = Set<String>()
    let result = names.filter { seen.insert(TitleSplitter.key($0)).inserted }
    return result.isEmpty ? nil : result
  }
}
