import Foundation

/// Splits a page title into the headline and the site's name glued on
/// ("Headline | Site", "Site - Headline", "見出し：サイト").
enum TitleSplitter {
  /// Separators that join a headline and a site name, longest first so
  /// " -- " is not read as " - ".
  static let separators = [
    " -- ", " | ", " || ", " - ", " – ", " — ", " · ", " • ", " » ", " « ", " :: ", " / ", " ~ ",
    "｜", " ｜ ", "|", " _", "_", "：", " : ", ":",
  ]

  /// The title cut at every separator, segments trimmed.
  static func segments(of title: String) -> [String] {
    var parts = [title]
    for separator in separators {
      parts = parts.flatMap { $0.splitting(by: separator) }
    }
    return parts.compactMap(\.nonEmpty)
  }

  /// `title` without leading or trailing segments that name the site.
  /// Returns the title unchanged when no segment does (or when nothing
  /// would be left).
  static func strip(_ title: String, siteNames: [String]) -> String {
    strip(title, siteKeys: strippingKeys(siteNames))
  }

  /// The keys `strip` compares segments with: worked out once for a page's
  /// site names, not again for every title.
  static func strippingKeys(_ siteNames: [String]) -> Set<String> {
    Set(siteNames.map(key).filter { !$0.isEmpty })
  }

  /// `strip(_:siteNames:)` with the names' `strippingKeys` already made.
  static func strip(_ title: String, siteKeys: Set<String>) -> String {
    guard !siteKeys.isEmpty else { return title }
    var current = title.collapsingWhitespace()
    var changed = true
    while changed {
      changed = false
      for separator in separators where current.hasSubstring(separator) {
        // Trailing "… | Site".
        if let range = current.range(of: separator, options: .backwards) {
          let tail = String(current[range.upperBound...])
          let head = String(current[..<range.lowerBound])
          if isSiteName(tail, siteKeys), let rest = head.nonEmpty {
            current = rest
            changed = true
            break
          }
        }
        // Leading "Site | …".
        if let range = current.range(of: separator) {
          let lead = String(current[..<range.lowerBound])
          let rest = String(current[range.upperBound...])
          if isSiteName(lead, siteKeys), let rest = rest.nonEmpty {
            current = rest
            changed = true
            break
          }
        }
      }
    }
    return current
  }

  static func isSiteName(_ text: String, _ siteKeys: Set<String>) -> Bool {
    let key = key(text)
    guard !key.isEmpty else { return false }
    if siteKeys.contains(key) { return true }
    // "Example News" for site "example.com", "The Example" for "example".
    return siteKeys.contains { site in
      site.count >= minimumSiteKeyLength
        && (key.hasPrefix(site) || key.hasSuffix(site) || site.hasPrefix(key) && key.count >= minimumSiteKeyLength)
    }
  }

  /// Site keys shorter than this ("ap", "bbc") only match exactly: four
  /// letters is where false matches inside headline words stopped in the
  /// postlight and readability corpora.
  static let minimumSiteKeyLength = 4

  /// Whether two URLs are the same site root ("https://www.x.com/" and "http://x.com").
  static func sameHome(_ a: String, _ b: String) -> Bool {
    guard let left = siteRoot(a), let right = siteRoot(b) else { return false }
    return left == right
  }

  /// What `sameHome` compares: the lower-cased host without "www.", nil
  /// when a path other than an index page follows.
  static func siteRoot(_ url: String) -> String? {
    // ASCII URLs (nearly all): the same steps on bytes, where a character
    // is a byte, without Foundation's search.
    if url.utf8.allSatisfy({ $0 < 0x80 }) { return asciiRoot(url) }
    var rest = Substring(url.lowercased())
    guard let scheme = rest.range(of: "://") else { return nil }
    rest = rest[scheme.upperBound...]
    if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
    let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let path = parts.count > 1 ? parts[1] : ""
    guard path.isEmpty || path == "index.html" || path == "index.php" else { return nil }
    return String(parts[0])
  }

  /// `sameHome`'s site root of an ASCII URL: lower-cased host (and port)
  /// after "://" without "www.", nil when a path other than an index page
  /// follows. Read in place: only the host is lower-cased and copied.
  private static func asciiRoot(_ url: String) -> String? {
    url.utf8.withContiguousStorageIfAvailable(asciiRoot) ?? Array(url.utf8).withUnsafeBufferPointer(asciiRoot)
  }

  private static func asciiRoot(_ url: UnsafeBufferPointer<UInt8>) -> String? {
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    let count = url.count
    let colon = UInt8(ascii: ":")
    let slash = UInt8(ascii: "/")
    // The first "://" (no letters in it, so case does not matter).
    guard count >= 3 else { return nil }
    var scheme = 0
    while scheme <= count - 3, !(url[scheme] == colon && url[scheme + 1] == slash && url[scheme + 2] == slash) {
      scheme += 1
    }
    guard scheme <= count - 3 else { return nil }
    var start = scheme + 3
    if count - start >= 4, lower(url[start]) == UInt8(ascii: "w"), lower(url[start + 1]) == UInt8(ascii: "w"),
      lower(url[start + 2]) == UInt8(ascii: "w"), url[start + 3] == UInt8(ascii: ".")
    {
      start += 4
    }
    var end = start
    while end < count, url[end] != slash { end += 1 }
    if end < count {
      let path = url[(end + 1)...]
      let isIndex = { (page: String) in
        path.count == page.utf8.count && zip(path, page.utf8).allSatisfy { lower($0) == $1 }
      }
      guard path.isEmpty || isIndex("index.html") || isIndex("index.php") else { return nil }
    }
    return String(unsafeUninitializedCapacity: end - start) { output in
      for i in start..<end { output[i - start] = lower(url[i]) }
      return end - start
    }
  }

  /// A comparison key: NFKC, case-folded, quotes unified, only letters and digits.
  static func key(_ text: String) -> String {
    // ASCII text (most titles, names and hosts): NFKC leaves it alone, case
    // folding lower-cases it, and only letters and digits stay. Foundation's
    // normalisation and folding bridge through NSString and cost a
    // hundredfold more.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // Written in place (appending byte by byte cost most of the time).
      return String(unsafeUninitializedCapacity: text.utf8.count) { output in
        var n = 0
        for byte in text.utf8 {
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            output[n] = byte
            n += 1
          case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            output[n] = byte | 0x20
            n += 1
          default: break
          }
        }
        return n
      }
    }
    let folded = text.precomposedStringWithCompatibilityMapping
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var result = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
      result.append(scalar)
    }
    return String(result)
  }
}
