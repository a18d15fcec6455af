import Foundation
import NewsgrabHTML

/// Resolves links against the page's base URL; keeps them as written when
/// no base is known.
package struct URLResolver: Sendable {
  package let base: URL?

  init(document: HTMLDocument, pageURL: String?) {
    let head = document.head ?? document.root
    var candidates: [String] = []
    if let base = head.firstDescendant(.base)?.attribute("href") { candidates.append(base) }
    if let pageURL { candidates.append(pageURL) }
    for link in head.descendants(.link) where link.attribute("rel")?.lowercased() == "canonical" {
      if let href = link.attribute("href") { candidates.append(href) }
    }
    for meta in head.descendants(.meta)
    where (meta.attribute("property") ?? meta.attribute("name"))?.lowercased() == "og:url" {
      if let value = meta.attribute("content") ?? meta.attribute("value") { candidates.append(value) }
    }
    var base: URL?
    for candidate in candidates {
      let trimmed = candidate.trimmed(in: .cachedWhitespacesAndNewlines)
      guard let url = URL(string: trimmed) else { continue }
      if url.scheme != nil, url.host != nil {
        base = url
        break
      }
      // A relative <base href> needs an absolute page URL; keep looking.
    }
    self.base = base
  }

  /// `reference` resolved against the base; as written (trimmed) when it
  /// cannot be resolved; nil for empty, `javascript:` or fragment-only
  /// links, and for a scheme-relative one without a host.
  package func resolve(_ reference: String?) -> String? {
    guard let reference else { return nil }
    let trimmed = reference.trimmed(in: .cachedWhitespacesAndNewlines)
    guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
    let lower = trimmed.lowercased()
    if lower.hasPrefix("javascript:") || lower.hasPrefix("mailto:") || lower.hasPrefix("about:") { return nil }
    if lower.hasPrefix("data:") { return trimmed }
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return trimmed }
    if trimmed.hasPrefix("//") {
      // "//:0", a placeholder some templates put in `src`, names no host.
      guard let first = trimmed.dropFirst(2).first, first != ":", first != "/" else { return nil }
      return "\(base?.scheme ?? "https"):\(trimmed)"
    }
    guard let base else { return trimmed }
    let escaped = trimmed.replacingOccurrences(of: " ", with: "%20")
    guard let url = URL(string: escaped, relativeTo: base) else { return trimmed }
    return url.absoluteString
  }

  /// The host of the base URL without a leading "www.".
  package var host: String? {
    guard var host = base?.host?.lowercased() else { return nil }
    if host.hasPrefix("www.") { host.removeFirst(4) }
    return host
  }
}
