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

  package init(key: String, kind: String) {
    self.key = key
    self.kind = kind
  }

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
    var bytes: [UInt8] = []
    appendNormalised(text, lowercase: true, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as UTF-8 with runs of whitespace as one space and no
  /// space at either end (one pass over the scalars: this runs on every
  /// imported body, and `lowercased()` plus `split` cost more than the rest
  /// of storing an article).
  static func appendNormalised(_ text: String, lowercase: Bool, to bytes: inout [UInt8]) {
    var pendingSpace = false
    var started = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isSpace =
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : scalar.properties.isWhitespace
      if isSpace {
        pendingSpace = started
        continue
      }
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      started = true
      if value < 0x80 {
        let byte = UInt8(value)
        bytes.append(lowercase && (0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      } else if lowercase {
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
  }

  /// A fingerprint of what a reader sees: headline, description, authors and
  /// body, whitespace-normalised. Related links, images and page chrome may
  /// change between two saves without making a new version.
  package static func contentHash(_ article: Article) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(article.body.utf8.count + 256)
    for part in [
      article.headline ?? "", article.description ?? "", article.authors.joined(separator: "; "), article.body,
    ] {
      appendNormalised(part, lowercase: false, to: &bytes)
      bytes.append(0x1F)
    }
    return SHA256.hex(bytes)
  }
}
