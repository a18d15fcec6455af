import Foundation
import NewsgrabExtraction
import NewsgrabInput

/// What makes two pages the same article, and whether their content differs.
package struct Identity: Hashable, Sendable {
  package var key: String
  /// `url` (canonical, og:url or JSON-LD url, as the extractor chose),
  /// `saved-url` (the URL the saved file recorded), `text-hash`, or
  /// `page-hash` for a page with no URL and no text at all (so that empty
  /// extractions of different pages are not taken for one article).
  package var kind: String

  /// The article's canonical URL, else `og:url` (both as `Article.url`),
  /// else the URL the saved page records, else a hash of its normalised text.
  package static func of(_ article: Article, page: InputPage) -> Identity {
    if let url = article.url.flatMap(normalise) { return Identity(key: url, kind: "url") }
    if let url = page.url.flatMap(normalise) { return Identity(key: url, kind: "saved-url") }
    let text = normaliseText([article.headline ?? "", article.body].joined(separator: "\n"))
    if text.isEmpty { return Identity(key: "page-sha256:" + SHA256.hex(page.bytes), kind: "page-hash") }
    return Identity(key: "sha256:" + SHA256.hex(Array(text.utf8)), kind: "text-hash")
  }

  /// Query parameters that only track where a reader came from.
  static let trackingParameters: Set<String> = [
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid",
  ]

  /// A URL reduced to what names the article: no scheme (http and https
  /// are the same story), lowercase host without `www.`, no fragment, no
  /// default port, no tracking parameters, no trailing slash.
  package static func normalise(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard var components = URLComponents(string: trimmed), let host = components.host?.lowercased(), !host.isEmpty
    else { return nil }
    let scheme = components.scheme?.lowercased()
    guard scheme == "http" || scheme == "https" else { return nil }
    var name = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    if let port = components.port, port != 80, port != 443 { name += ":\(port)" }
    var path = components.percentEncodedPath
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    if path == "/" { path = "" }
    components.queryItems = components.queryItems?.filter { item in
      let key = item.name.lowercased()
      return !key.hasPrefix("utm_") && !trackingParameters.contains(key)
    }
    var key = name + path
    if let query = components.percentEncodedQuery, !query.isEmpty { key += "?" + query }
    return key
  }

  /// Lowercased, whitespace runs collapsed to one space.
  static func normaliseText(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A fingerprint of what a reader sees: headline, description, authors and
  /// body, whitespace-normalised. Related links, images and page chrome may
  /// change between two saves without making a new version.
  package static func contentHash(_ article: Article) -> String {
    let parts = [
      article.headline ?? "", article.description ?? "", article.authors.joined(separator: "; "), article.body,
    ].map(normaliseText)
    return SHA256.hex(Array(parts.joined(separator: "\u{1F}").utf8))
  }
}
