/// The original address inside an archive's copy of it: the Wayback
/// Machine's `https://web.archive.org/web/20130505123456/http://site/…`
/// (with `im_`, `cs_`, `js_`, `id_` after the time) and archive.today's
/// `https://archive.ph/o/AbCdE/http://site/…`. A page saved from an
/// archive names its story by the archived address; the story's own is
/// the one inside.
enum ArchivedURL {
  static func original(of url: String) -> String? {
    // Almost no address is an archive's: one byte search rules them out.
    guard url.hasSubstring("archive.") else { return nil }
    var rest = Substring(url)
    guard let scheme = ["https://", "http://", "//"].first(where: { rest.hasPrefix($0) }) else { return nil }
    rest = rest.dropFirst(scheme.count)
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    var host = rest[..<slash].lowercased()
    if host.hasPrefix("www.") { host.removeFirst(4) }
    rest = rest[rest.index(after: slash)...]
    if host == "web.archive.org" || host == "wayback.archive.org" {
      guard rest.hasPrefix("web/") else { return nil }
      rest = rest.dropFirst(4)
      // The capture time (at least a year), then an optional "im_"-style mode.
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard digits.count >= 4 else { return nil }
      rest = rest.dropFirst(digits.count).drop { $0.isASCII && ($0.isLetter || $0 == "_") }
      guard rest.first == "/" else { return nil }
      rest = rest.dropFirst()
    } else if archiveTodayHosts.contains(host) {
      guard rest.hasPrefix("o/"), let code = rest.dropFirst(2).firstIndex(of: "/") else { return nil }
      rest = rest[rest.index(after: code)...]
    } else {
      return nil
    }
    // The archive may fold "http://" to "http:/".
    for (folded, full) in [("http:/", "http://"), ("https:/", "https://")]
    where rest.hasPrefix(folded) && !rest.hasPrefix(full) {
      return full + rest.dropFirst(folded.count)
    }
    guard rest.hasPrefix("http://") || rest.hasPrefix("https://") else { return nil }
    return String(rest)
  }

  /// Whether `url` is an archive's own page (archive.today's short link
  /// `https://archive.ph/mK2pL`, a Wayback page with no original inside):
  /// the archive's name for its copy, no story's address.
  static func isArchivePage(_ url: String) -> Bool {
    guard url.hasSubstring("archive."), original(of: url) == nil, let host = host(of: url) else { return false }
    return archiveTodayHosts.contains(host) || host == "web.archive.org"
  }

  /// The lower-cased host of an absolute URL, without "www.".
  static func host(of url: String) -> String? {
    guard let scheme = url.range(of: "://") else { return nil }
    var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }.lowercased()
    if host.hasPrefix("www.") { host.removeFirst(4) }
    return host.isEmpty ? nil : host
  }

  static let archiveTodayHosts: Set<String> = [
    "archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.fo", "archive.md",
  ]
}
