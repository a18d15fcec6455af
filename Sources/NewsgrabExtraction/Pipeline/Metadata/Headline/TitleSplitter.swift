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

  /// Separator families a `<title>` chains its parts with, in the order
  /// they are tried: bars and guillemets never occur inside a headline, so a
  /// title that has them is cut there first; dashes and slashes last.
  static let families = [
    " | ", " || ", "｜", " :: ", " » ", " › ", " « ", " · ", " • ", " ~ ", " — ", " – ", " -- ", " - ", " / ", "_",
  ]

  /// The headline inside a `<title>` that no other metadata confirms:
  /// `Headline - Soccer - Sport - Breaking News - Paper`, `Site : Headline`,
  /// `Headline_English_Xinhua`, `Headline(Paper)`.
  ///
  /// The title is cut on the first separator family it uses; a run of parts
  /// that an in-page heading spells (`headingKeys`) wins; else the parts at
  /// either end that name the site (`siteKeys`), repeat a navigation or
  /// breadcrumb link (`navigationKeys`) or read as a trailing chain of
  /// section labels go, and what is left is the headline.
  static func headline(
    fromTitle title: String, siteKeys: Set<String>, headingKeys: Set<String> = [],
    navigationKeys: Set<String> = []
  ) -> String {
    var current = withoutBracketedSite(
      strip(withoutDatedTail(withoutPrintLabel(title)), siteKeys: siteKeys), siteKeys: siteKeys)
    guard let separator = family(of: current) else { return current }
    var parts = current.splitting(by: separator).compactMap(\.nonEmpty)
    guard parts.count >= 2 else { return current }
    // "15.05.2013 - Headline": a part that is only a date is no headline.
    let undated = parts.filter { !isDatePart($0) }
    if !undated.isEmpty { parts = undated }

    // A run of parts an in-page heading spells, the longest first.
    if !headingKeys.isEmpty {
      var match: (text: String, count: Int)?
      for start in 0..<parts.count {
        for end in (start + 1)...parts.count where end - start < parts.count {
          let run = parts[start..<end].joined(separator: separator)
          guard end - start > (match?.count ?? 0), headingKeys.contains(key(run)),
            readsAsHeadline(run, words: minimumMatchedWords)
          else { continue }
          match = (run, end - start)
        }
      }
      if let match { return match.text }
    }

    let isNamed = { (part: String) in
      isSiteName(part, siteKeys) || navigationKeys.contains(key(part))
    }
    while parts.count > 1, let first = parts.first, isNamed(first) { parts.removeFirst() }
    // A trailing chain of names and section labels ("Soccer - Sport -
    // Breaking News - Paper"); labels only after a headline-sized first part.
    let headlineFirst = readsAsHeadline(parts[0], words: minimumHeadlineWords)
    while parts.count > 1, let last = parts.last, isNamed(last) || headlineFirst && isSectionLabel(last) {
      parts.removeLast()
    }
    current = parts.joined(separator: separator)
    // Parts still left after a bar: a section and the headline; the
    // longest is the story when it reads as one.
    if parts.count >= 2, barFamilies.contains(separator), let longest = parts.max(by: { $0.count < $1.count }),
      readsAsHeadline(longest, words: minimumHeadlineWords)
    {
      return longest
    }
    return current
  }

  /// "Headline, Tageszeitung junge Welt, 18.05.2026": a title ending in a
  /// date after a comma is headline, site and date; the date goes, and the
  /// short part before it (the site, or a section) when one is left.
  static func withoutDatedTail(_ title: String) -> String {
    var parts = title.components(separatedBy: ", ")
    guard parts.count >= 2 else { return title }
    // The date may hold a comma of its own ("April 26, 2024").
    guard
      let dateParts = [1, 2].first(where: { n in
        guard parts.count > n else { return false }
        let tail = parts.suffix(n).joined(separator: ", ")
        return tail.split(separator: " ").count <= maximumDateWords && DateParser.human(tail) != nil
      })
    else { return title }
    parts.removeLast(dateParts)
    if parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= maximumSectionWords {
      parts.removeLast()
    }
    return parts.joined(separator: ", ")
  }

  /// Words of a date standing alone ("Published 26 April 2024").
  static let maximumDateWords = 4

  /// Whether a part of a title is a date and nothing more ("15.05.2013", "May 15, 2013").
  static func isDatePart(_ part: String) -> Bool {
    part.split(separator: " ").count <= maximumDateWords && DateParser.human(part) != nil
  }

  /// "Print: Headline", "Druckversion: …": a print page's label before its title.
  static func withoutPrintLabel(_ title: String) -> String {
    let lower = title.lowercased()
    guard let label = printLabels.first(where: { lower.hasPrefix($0) }) else { return title }
    let rest = title.dropFirst(label.count).trimmed(in: .cachedWhitespaces)
    return rest.isEmpty ? title : rest
  }

  static let printLabels = [
    "printer friendly version:", "printer-friendly version:", "printer friendly:", "printer-friendly:",
    "print version:", "print:", "druckversion:", "druckansicht:", "drucken:", "version imprimable:", "imprimer:",
    "imprimir:", "versión para imprimir:", "stampa:", "afdrukken:", "drukuj:",
  ]

  /// Separators that never join two halves of one headline.
  static let barFamilies: Set<String> = [" | ", " || ", "｜", " :: ", " » ", " › ", " « ", "_"]

  /// The family `title` uses, nil when none. `_` counts only in a title of
  /// space-separated words: a slug like `my_file_name` is one part, and so
  /// is CJK text, whose `_`-chained site names `strip` cuts only when it
  /// knows them (the readability corpus keeps "見出し_频道_网站" whole).
  static func family(of title: String) -> String? {
    for separator in families where title.hasSubstring(separator) {
      if separator == "_", !title.hasSubstring(" ") { continue }
      return separator
    }
    return nil
  }

  /// Whether `part` is a section label in a title's trailing chain: one to
  /// three words, not continuing a sentence (its first letter is not lower
  /// case: "und viele offene Fragen" is half of a headline).
  static func isSectionLabel(_ part: String) -> Bool {
    guard part.split(separator: " ").count <= maximumSectionWords else { return false }
    guard let first = part.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
    return !first.properties.isLowercase
  }

  /// Whether `text` is long enough to be a headline: `words` words or
  /// more, or CJK-style text that writes no spaces between words
  /// ("JVNDB-2018-1" has no spaces either, but is one ASCII word).
  static func readsAsHeadline(_ text: String, words: Int) -> Bool {
    if text.hasSubstring(" ") { return text.split(separator: " ").count >= words }
    return !text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// A heading spelling one word of a title ("Mozilla - Wikipedia",
  /// "Google - Site Reliability Engineering") is a name, not the headline.
  static let minimumMatchedWords = 2

  /// A headline in a title is at least four words; shorter first parts
  /// ("JVNDB-2018-1 - JVN iPedia - Database") are names, not headlines.
  static let minimumHeadlineWords = 4
  /// Section names in title chains are one to three words ("Breaking News",
  /// "Sport", "Health and Science").
  static let maximumSectionWords = 3

  /// `Headline(Paper)`, `Headline [Site]`: a bracketed site name at the end
  /// goes, and so does any short bracket glued to the last word (a space
  /// before the bracket is how headlines write "(Update)" or "(Video)").
  static func withoutBracketedSite(_ title: String, siteKeys: Set<String>) -> String {
    guard let closing = title.last, closing == ")" || closing == "]" else { return title }
    let opening: Character = closing == ")" ? "(" : "["
    guard let open = title.lastIndex(of: opening), open > title.startIndex else { return title }
    let inner = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
    let head = title[..<open]
    guard let rest = String(head).nonEmpty, rest.split(separator: " ").count >= minimumHeadlineWords else {
      return title
    }
    let glued = head.last.map { !$0.isWhitespace } ?? false
    if isSiteName(inner, siteKeys) || glued && inner.split(separator: " ").count <= maximumSectionWords {
      return rest
    }
    return title
  }

  static func isSiteName(_ text: String, _ siteKeys: Set<String>) -> Bool {
    isSiteName(key: key(text), siteKeys)
  }

  /// `isSiteName` for a text whose `key` is already made (on text other
  /// than ASCII, making it again cost tens of thousands of instructions).
  static func isSiteName(key: String, _ siteKeys: Set<String>) -> Bool {
    guard !key.isEmpty else { return false }
    if siteKeys.contains(key) { return true }
    // "Example News" for site "example.com", "The Example" for "example";
    // a text that goes on well past the name is a title that starts or
    // ends with it ("Workshop diary #41: the new belts").
    return siteKeys.contains { site in
      site.count >= minimumSiteKeyLength
        && ((key.hasPrefix(site) || key.hasSuffix(site)) && key.count - site.count <= maximumSiteKeyExtra
          || site.hasPrefix(key) && key.count >= minimumSiteKeyLength)
    }
  }

  /// Letters a site's name can carry besides the site's key ("The …",
  /// "… News Online", "… Nachrichten").
  static let maximumSiteKeyExtra = 12

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
