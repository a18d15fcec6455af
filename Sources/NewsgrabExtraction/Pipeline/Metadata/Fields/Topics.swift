/// Section and tags: JSON-LD `articleSection`/`keywords`, `article:section`,
/// `article:tag`, parsely and sailthru keys, `news_keywords`/`keywords`.
struct Topics {
  let sources: MetadataSources

  func section() -> Sourced<String>? {
    if let value = sources.ld?["articleSection"]?.text { return Sourced(value, "json-ld") }
    for key in ["article:section", "parsely-section", "section", "sailthru.section"] {
      if let value = sources.meta.first(key)?.nonEmpty { return Sourced(value, "meta:\(key)") }
    }
    if let value = sources.microdata.first("articleSection") { return Sourced(value, "microdata") }
    return nil
  }

  func tags() -> Sourced<[String]>? {
    let tagTags = sources.meta.all("article:tag").flatMap(Self.split)
    if !tagTags.isEmpty { return Sourced(unique(tagTags), "meta:article:tag") }
    if let keywords = sources.ld?["keywords"] {
      let values = keywords.array.compactMap(\.string).flatMap(Self.split)
      if !values.isEmpty { return Sourced(unique(values), "json-ld") }
    }
    for key in ["parsely-tags", "sailthru.tags", "news_keywords", "keywords"] {
      let values = sources.meta.all(key).flatMap(Self.split)
      if !values.isEmpty { return Sourced(unique(values), "meta:\(key)") }
    }
    return nil
  }

  /// Keyword lists are written comma separated (sometimes with semicolons).
  static func split(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { String($0).nonEmpty }
  }

  private func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0.lowercased()).inserted }
  }
}
