import NewsgrabHTML

/// Phase 1b: `<meta>` tags (OpenGraph, Twitter cards, article:*, dc.*,
/// parsely-*, sailthru.*) and RDFa `property`/`content` pairs in the body,
/// `<title>`, canonical link and `<html lang>`.
package struct MetaTags: Sendable {
  /// Values by lower-cased key (`og:title`, `author`, `article:published_time`), in page order.
  package var values: [String: [String]] = [:]
  package var title: String?
  package var canonical: String?
  package var htmlLanguage: String?

  package func first(_ key: String) -> String? { values[key]?.first }
  package func all(_ key: String) -> [String] { values[key] ?? [] }

  static func read(_ page: Page) -> MetaTags {
    var tags = MetaTags()
    let document = page.document
    // One pass over the page for both `<meta>` and `<link>` (each was a
    // walk of the whole document), attributes looked up by number.
    var metas: [HTMLNode] = []
    var links: [HTMLNode] = []
    for i in 1..<Int32(document.nodeCount) {
      let node = document.node(at: i)
      guard node.isElement else { continue }
      switch node.tag {
      case .meta: metas.append(node)
      case .link: links.append(node)
      default: break
      }
    }
    let contentName = document.nameNumber("content")
    let propertyName = document.nameNumber("property")
    // RDFa in the body (Drupal's `<span property="dc:date" content=…>`),
    // read after every `<meta>`: looked for only when more elements carry
    // `property` than the page's `<meta>` and `<link>` tags (OpenGraph's).
    var annotated: [HTMLNode] = []
    var headProperties = 0
    if let propertyName {
      for tag in metas + links where tag.attribute(number: propertyName) != nil { headProperties += 1 }
    }
    if let propertyName, contentName != nil, document.attributeCount(propertyName) > headProperties {
      for node in page.body.descendants
      where node.isElement && node.tag != .meta && node.tag != .link
        && node.attribute(number: propertyName) != nil && node.attribute(number: contentName) != nil
      {
        annotated.append(node)
      }
    }
    let valueName = document.nameNumber("value")
    let datetimeName = document.nameNumber("datetime")
    let keyNames = ["property", "name", "itemprop", "http-equiv"].map { document.nameNumber($0) }
    for meta in metas + annotated {
      // Some savers rewrite `content=` as `value=`: read both; a date's
      // microdata may sit in `datetime=` (`<meta itemprop=dateCreated datetime=…>`).
      guard
        let content = meta.attribute(number: contentName) ?? meta.attribute(number: valueName)
          ?? meta.attribute(number: datetimeName)
      else { continue }
      let value = Self.withoutMarkup(content.decodingLeftoverEntities()).trimmed(in: .cachedWhitespacesAndNewlines)
      guard !value.isEmpty else { continue }
      for keyAttribute in meta.tag == .meta ? keyNames : [propertyName] {
        guard let key = meta.attribute(number: keyAttribute)?.lowercased() else { continue }
        // A property attribute may list several RDFa keys.
        for part in key.split(separator: " ") {
          tags.values[String(part), default: []].append(value)
        }
      }
    }
    tags.title = (page.head.firstDescendant(.title) ?? Self.documentTitle(page.document.root))?.textContent
      .decodingLeftoverEntities()
    let rel = document.nameNumber("rel")
    let hrefName = document.nameNumber("href")
    for link in links
    where link.attribute(number: rel)?.lowercased().split(separator: " ").contains("canonical") == true {
      if let href = link.attribute(number: hrefName) {
        tags.canonical = page.resolver.resolve(href)
        break
      }
    }
    if let html = page.document.root.firstDescendant(.html) {
      tags.htmlLanguage = html.attribute("lang") ?? html.attribute("xml:lang")
    }
    return tags
  }

  /// A value with its tags taken out: a CMS that escaped its byline's
  /// markup into the tag (`content="By &lt;a href=…&gt;Jane Doe&lt;/a&gt;"`)
  /// means the words. A "<" not opening a tag ("a < b") stays.
  static func withoutMarkup(_ value: String) -> String {
    // memchr: every meta value is tested, and `utf8.contains` walked them byte by byte.
    guard value.hasSubstring("<") else { return value }
    var result = ""
    var rest = Substring(value)
    while let open = rest.firstIndex(of: "<") {
      let after = rest.index(after: open)
      guard after < rest.endIndex, rest[after].isLetter || rest[after] == "/",
        let close = rest[after...].firstIndex(of: ">")
      else {
        result += rest[...open]
        rest = rest[after...]
        continue
      }
      result += rest[..<open]
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The page's `<title>` when it is not in `<head>`: the first one outside
  /// an inline `<svg>`, whose `<title>` names an icon ("Search", "Pfeil
  /// rechts"), not the page.
  static func documentTitle(_ root: HTMLNode) -> HTMLNode? {
    for node in root.descendants {
      guard case .title = node.tag else { continue }
      if node.closest(.svg) == nil { return node }
    }
    return nil
  }
}
