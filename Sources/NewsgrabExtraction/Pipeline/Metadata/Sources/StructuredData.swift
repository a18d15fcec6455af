import NewsgrabHTML

/// Phase 1a: JSON-LD. Finds the article object among a page's JSON-LD
/// blocks (`@graph`, arrays, nested objects) and the objects it links to.
package struct StructuredData: Sendable {
  /// Every JSON-LD node found, flattened out of `@graph`s and arrays.
  package var nodes: [JSONValue] = []
  /// The node that describes this page's article, if any.
  package var article: JSONValue?

  /// Schema.org types that describe an article.
  static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
    "TechArticle", "ScholarlyArticle", "Report", "WebPage",
  ]

  static func read(_ page: Page) -> StructuredData {
    var data = StructuredData()
    for script in page.document.root.descendants(.script) {
      guard let type = script.attribute("type")?.lowercased(), type.hasSubstring("ld+json"), type.contains("ld+json")
      else { continue }
      guard let json = JSONValue.parse(script.textContent) else { continue }
      data.collect(json)
    }
    data.article =
      data.nodes.first { node in
        data.types(of: node).contains { $0 != "WebPage" && articleTypes.contains($0) }
      } ?? data.nodes.first { data.types(of: $0).contains("WebPage") && $0["headline"] != nil }
    return data
  }

  private mutating func collect(_ value: JSONValue) {
    switch value {
    case .array(let values):
      for value in values { collect(value) }
    case .object:
      nodes.append(value)
      if let graph = value["@graph"] { collect(graph) }
      if let main = value["mainEntity"], main.object != nil { collect(main) }
    default: break
    }
  }

  /// The node an `{"@id": …}` reference points to (the value itself when it
  /// is not a bare reference or the target is unknown).
  func dereference(_ value: JSONValue) -> JSONValue {
    guard let object = value.object, let id = object["@id"]?.string, object.count <= 2,
      object["name"] == nil
    else { return value }
    return nodes.first { $0["@id"]?.string == id && $0.object?.count ?? 0 > 2 } ?? value
  }

  /// The WebPage node the article belongs to (`mainEntityOfPage` or
  /// `isPartOf`, by reference or inline). In a Yoast-style `@graph` it
  /// carries the page's description when the article node has none.
  var pageNode: JSONValue? {
    guard let article else { return nil }
    for key in ["mainEntityOfPage", "isPartOf"] {
      for value in article[key]?.array ?? [] {
        let node = dereference(value)
        if types(of: node).contains(where: Self.pageTypes.contains) { return node }
      }
    }
    return nil
  }

  /// Schema.org WebPage and its subtypes a news page uses.
  static let pageTypes: Set<String> = ["WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "MedicalWebPage"]

  func types(of node: JSONValue) -> [String] {
    (node["@type"]?.array ?? []).compactMap(\.string).map { type in
      type.split(separator: "/").last.map(String.init) ?? type
    }
  }
}
