import NewsgrabHTML

/// Section and tags: JSON-LD `articleSection`/`keywords`, `article:section`,
/// `article:tag`, parsely and sailthru keys, `news_keywords`/`keywords`;
/// else the article's links marked `rel="category tag"` and `rel="tag"`.
struct Topics {
  let sources: MetadataSources

  func section() -> Sourced<String>? {
    if let value = sources.ld?["articleSection"]?.text { return Sourced(value, "json-ld") }
    for key in ["article:section", "parsely-section", "section", "sailthru.section"] {
      if let value = sources.meta.first(key)?.nonEmpty { return Sourced(value, "meta:\(key)") }
    }
    if let value = sources.microdata.first("articleSection") { return Sourced(value, "microdata") }
    if let value = markedLinks(category: true).first { return Sourced(value, "dom:rel-category") }
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
    let marked = markedLinks(category: false)
    return marked.isEmpty ? nil : Sourced(unique(marked), "dom:rel-tag")
  }

  /// The texts of the article's links marked `rel="tag"` (WordPress's tag
  /// list, the rel-tag microformat) or, with `category`, `rel="category
  /// tag"` (its category list: "Posted in Local News"); a sidebar's or a
  /// teaser's are other pages' topics.
  func markedLinks(category: Bool) -> [String] {
    let document = sources.page.document
    // Most pages mark no link so: one pass over the attribute values first.
    guard let rel = document.nameNumber("rel"), document.anyAttribute(rel, holds: category ? "category" : "tag")
    else { return [] }
    var texts: [String] = []
    for link in sources.page.body.descendants where link.tag == .a {
      guard let value = link.attribute(number: rel)?.lowercased() else { continue }
      let words = value.split(separator: " ")
      guard words.contains("tag") || words.contains("category"), words.contains("category") == category,
        let text = link.textContent.collapsingWhitespace().nonEmpty, text.count <= Self.maximumTopicLength,
        !Dates.isOutsideArticle(link, heading: sources.page.firstHeading)
      else { continue }
      texts.append(text)
    }
    return texts
  }

  /// A topic link longer than this (characters) is a headline, not a topic.
  static let maximumTopicLength = 60

  /// Keyword lists are written comma separated (sometimes with semicolons).
  static func split(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { String($0).nonEmpty }
  }

  private func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0.lowercased()).inserted }
  }
}
