import NewsgrabHTML

/// Phase 1b: `<meta>` tags (OpenGraph, Twitter cards, article:*, dc.*,
/// parsely-*, sailthru.*), `<title>`, canonical link and `<html lang>`.
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
    for meta in page.document.root.descendants(.meta) {
      // Some savers rewrite `content=` as `value=`: read both.
      guard let content = meta.attribute("content") ?? meta.attribute("value") else { continue }
      let value = content.decodingLeftoverEntities().trimmed(in: .cachedWhitespacesAndNewlines)
      guard !value.isEmpty else { continue }
      for keyAttribute in ["property", "name", "itemprop", "http-equiv"] {
        guard let key = meta.attribute(keyAttribute)?.lowercased() else { continue }
        // A property attribute may list several RDFa keys.
        for part in key.split(separator: " ") {
          tags.values[String(part), default: []].append(value)
        }
      }
    }
    tags.title = (page.head.firstDescendant(.title) ?? page.document.root.firstDescendant(.title))?.textContent
      .decodingLeftoverEntities()
    for link in page.document.root.descendants(.link)
    where link.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
      if let href = link.attribute("href") {
        tags.canonical = page.resolver.resolve(href)
        break
      }
    }
    if let html = page.document.root.firstDescendant(.html) {
      tags.htmlLanguage = html.attribute("lang") ?? html.attribute("xml:lang")
    }
    return tags
  }
}
