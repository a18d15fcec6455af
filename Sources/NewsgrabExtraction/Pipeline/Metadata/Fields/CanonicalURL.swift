/// The article's own URL: the canonical link, else `og:url`, else JSON-LD,
/// else the URL the page was saved from.
struct CanonicalURL {
  let sources: MetadataSources

  func resolve() -> Sourced<String>? {
    let page = sources.page
    let candidates: [(String?, String)] = [
      (sources.meta.canonical, "link:canonical"),
      (sources.meta.first("og:url").flatMap(page.resolver.resolve), "opengraph"),
      (
        (sources.ld?["url"] ?? sources.ld?["mainEntityOfPage"]?["@id"])?.string.flatMap(page.resolver.resolve),
        "json-ld"
      ),
      (page.url, "input"),
    ]
    for (value, source) in candidates {
      // Only absolute http(s) links name the article; a relative leftover does not.
      // A page saved from an archive names the story by the archived copy's
      // address, the story's own inside it; an archive's own short link is
      // no story's address, and the next candidate is taken.
      if let value = value?.nonEmpty, value.lowercased().hasPrefix("http"), !ArchivedURL.isArchivePage(value) {
        return Sourced(ArchivedURL.original(of: value) ?? value, source)
      }
    }
    return nil
  }
}
