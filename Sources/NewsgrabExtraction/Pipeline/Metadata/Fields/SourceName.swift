import Foundation
import NewsgrabHTML

/// The publisher's name: `og:site_name`, JSON-LD publisher, application-name,
/// then the site's domain.
struct SourceName {
  let sources: MetadataSources

  /// The site's host without "www.", when a base URL is known.
  var host: String? { sources.page.resolver.host }

  /// The site's home page.
  var homeURL: String? {
    guard let base = sources.page.resolver.base, let host = base.host else { return nil }
    return "\(base.scheme ?? "https")://\(host)/"
  }

  /// Every name the publisher goes by on this page, for telling a site's
  /// name apart from a headline or an author.
  var names: [String] {
    var names: [String] = []
    for key in [
      "og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher", "copyright",
    ] {
      names += sources.meta.all(key).filter { !Self.appNameKeys.contains(key) || Self.isAppName(withoutTagline($0)) }
    }
    if let publisher = publisherName { names.append(publisher) }
    if let handle = sources.meta.first("twitter:site"), handle.hasPrefix("@") {
      names.append(String(handle.dropFirst()))
    }
    names += homeLinkTexts
    if let host {
      names.append(host)
      // "nytimes.com" → "nytimes": the part readers see in a title suffix.
      if let label = host.split(separator: ".").dropLast().last { names.append(String(label)) }
    }
    return names.compactMap(\.nonEmpty)
  }

  /// Texts of links to the site's home page (the logo link: its text or
  /// its image's alt), which name the site as its readers see it.
  var homeLinkTexts: [String] {
    // Without a known URL only root-relative links ("/", "/index.html") can
    // be told to lead home.
    let home = homeURL
    // The home page's root, worked out once rather than for every link.
    let homeRoot = home.flatMap(TitleSplitter.siteRoot)
    let host = self.host
    var texts: [String] = []
    // The name looked up once per page, not hashed again for every link.
    let hrefName = sources.page.document.nameNumber("href")
    for link in sources.page.body.descendants {
      guard case .a = link.tag else { continue }
      // Only "/" (or an index page) and absolute links to this host can be the
      // home page; checked on the raw href, without resolving every link.
      guard let href = link.attribute(number: hrefName), href.utf8.count <= Self.maximumHomeHrefLength,
        href.utf8.first == UInt8(ascii: "/") || host.map({ href.hasSubstring($0) }) == true
      else { continue }
      let trimmed = href.trimmed(in: .cachedWhitespaces)
      let isRootPath = trimmed == "/" || trimmed == "/index.html" || trimmed == "/index.php"
      let absolute = trimmed.hasPrefix("//") ? "https:" + trimmed : trimmed
      // `sameHome(absolute, home)`, with the home's side computed once.
      let isHome =
        home != nil && absolute.hasPrefix("http") && homeRoot != nil
        && TitleSplitter.siteRoot(absolute) == homeRoot
      guard isRootPath || isHome else { continue }
      let text = link.textContent.nonEmpty ?? link.firstDescendant(.img)?.attribute("alt")?.nonEmpty
      if let text, text.count <= Self.maximumSiteNameLength { texts.append(text) }
      if texts.count >= Self.maximumHomeLinks { break }
    }
    return texts
  }

  /// A home page's address is short; longer hrefs are articles.
  static let maximumHomeHrefLength = 80
  /// A home link's text longer than this is a teaser, not the site's name.
  static let maximumSiteNameLength = 40
  /// The logo and a "Home" entry come first; later home links add nothing.
  static let maximumHomeLinks = 4

  var publisherName: String? {
    guard let ld = sources.ld else { return nil }
    for key in ["publisher", "sourceOrganization", "provider"] {
      guard let value = ld[key] else { continue }
      let first = value.array.first.map(sources.structured.dereference)
      if let name = first?.text { return name }
    }
    return nil
  }

  func resolve() -> Sourced<String>? {
    let candidates: [(String?, String)] = [
      (sources.meta.first("og:site_name"), "opengraph"),
      (publisherName, "json-ld"),
      (sources.meta.first("application-name"), "meta:application-name"),
      (sources.meta.first("apple-mobile-web-app-title"), "meta:apple-mobile-web-app-title"),
    ]
    for (value, source) in candidates {
      guard let value = value?.nonEmpty, !value.lowercased().hasPrefix("http") else { continue }
      if source.hasPrefix("meta:"), !Self.isAppName(withoutTagline(value)) { continue }
      // og:site_name is the display name, so a company form glued on goes;
      // JSON-LD names the legal entity and is kept as written.
      let name = source == "opengraph" ? Self.withoutLegalForm(value) : value
      return Sourced(withoutTagline(name), source)
    }
    return host.map { Sourced($0, "url") }
  }

  /// The site's name as the `<title>` shows it beside the headline
  /// ("Headline - Site"): the segment at the far end from the headline, past
  /// any section names between them ("Headline | Lokales | Weserbote",
  /// "Headline_新闻中心_城市日报网"). A better signal than the bare domain for
  /// pages without metadata. `siteNames` are the page's `names`, walked once
  /// by the caller.
  func fromTitle(headline: String, siteNames: [String]) -> Sourced<String>? {
    guard let title = sources.meta.title?.nonEmpty else { return nil }
    let headlineKey = TitleSplitter.key(headline)
    guard !headlineKey.isEmpty, TitleSplitter.key(title) != headlineKey else { return nil }
    if let site = domainSpelledSegment(of: title) { return Sourced(site, "title-tag") }
    for separator in TitleSplitter.separators where title.hasSubstring(separator) {
      let parts = title.splitting(by: separator).compactMap(\.nonEmpty)
      guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
      let site: String
      if TitleSplitter.key(first) == headlineKey {
        site = last
      } else if TitleSplitter.key(last) == headlineKey {
        site = first
      } else {
        continue
      }
      // "Headline - Feb. 1, 2016": the other half is the day, not the site.
      guard site.count <= Self.maximumSiteNameLength, DateParser.all(in: site, dayFirst: false).isEmpty else {
        continue
      }
      // Between a headline and a site, a section ("Headline - Site -
      // News" exists too): with more than one segment left, the far one
      // must be confirmed by the page's own names or copyright line.
      if parts.count > 2, !isConfirmedSiteName(site, siteNames: siteNames) { return nil }
      return Sourced(site, "title-tag")
    }
    return nil
  }

  /// Meta tags that name the site as an app on a phone's home screen.
  static let appNameKeys: Set<String> = ["application-name", "apple-mobile-web-app-title"]

  /// Whether an app-name tag's value (its tagline cut off) is a name: a
  /// home-screen label runs to a few words; some sites fill the tag with
  /// each page's headline
  /// ("This Is Your Brain On Sad Movies; Plus 5 Films To Cry To").
  static func isAppName(_ value: String) -> Bool {
    value.split(whereSeparator: \.isWhitespace).count <= maximumAppNameWords
  }

  /// "Mac & i", "Fandom powered by Wikia": five words hold every app name in the corpora.
  static let maximumAppNameWords = 5

  /// The `<title>`'s last segment when it spells the site's domain
  /// ("How to Build a Terrarium (with Pictures) | eHow" on ehow.com, "… -
  /// The Verge" on theverge.com, "… - Site.com"): the site's name, wherever
  /// the headline stands and however the title words it.
  func domainSpelledSegment(of title: String) -> String? {
    guard let host else { return nil }
    let labels = host.split(separator: ".")
    guard labels.count >= 2, let suffix = labels.last else { return nil }
    // The labels readers see: "timesofindia.indiatimes.com" → both names.
    let names = labels.dropLast().map { TitleSplitter.key(String($0)) }.filter { $0.count >= Self.minimumDomainKey }
    guard !names.isEmpty else { return nil }
    for separator in TitleSplitter.separators where title.hasSubstring(separator) {
      guard let last = title.splitting(by: separator).last?.trimmed(in: .cachedWhitespaces).nonEmpty,
        last.count <= Self.maximumSiteNameLength
      else { continue }
      let key = TitleSplitter.key(last)
      if names.contains(where: { key == $0 || key == "the" + $0 || key == $0 + TitleSplitter.key(String(suffix)) }) {
        return last
      }
    }
    return nil
  }

  /// A domain label shorter than this ("bt", "ft") is too weak to call a match.
  static let minimumDomainKey = 3

  /// Whether the page names `site` elsewhere: among `siteNames` (a home
  /// link, a site meta tag, the domain), or in a "© Site" line.
  func isConfirmedSiteName(_ site: String, siteNames: [String]) -> Bool {
    let key = TitleSplitter.key(site)
    guard !key.isEmpty else { return false }
    if siteNames.contains(where: { TitleSplitter.key($0) == key }) { return true }
    return copyrightKeys.contains { $0.contains(key) }
  }

  /// The keys of the text around each "©" of the page (its copyright
  /// lines, `copyrightReach` characters either side), which name the
  /// publisher on pages whose metadata does not.
  var copyrightKeys: [String] {
    // Most pages' text holds no "©" at all: told without copying it.
    guard Self.holdsCopyrightMark(sources.page.document) else { return [] }
    // The body's text as bytes; "©" (C2 A9) found by its second byte, and
    // only the text around each one decoded.
    var bytes: [UInt8] = []
    sources.page.body.appendText(to: &bytes)
    let marks = bytes.withUnsafeBufferPointer { Self.copyrightMarkEnds(in: $0) }
    var keys: [String] = []
    for i in marks {
      // Bytes enough for the reach in any script, widened to whole characters.
      var lower = max(0, i - 1 - Self.copyrightReach * 4)
      while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
      var upper = min(bytes.count, i + 1 + Self.copyrightReach * 4)
      while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
      let before = String(decoding: bytes[lower..<(i - 1)], as: UTF8.self).suffix(Self.copyrightReach)
      let after = String(decoding: bytes[(i + 1)..<upper], as: UTF8.self).prefix(Self.copyrightReach)
      keys.append(TitleSplitter.key(before + "©" + after))
    }
    return keys
  }

  /// Whether the page's text and attribute values hold "©" anywhere.
  static func holdsCopyrightMark(_ document: HTMLDocument) -> Bool {
    document.withValueBytes { !copyrightMarkEnds(in: $0, first: true).isEmpty }
  }

  /// Where each "©" (C2 A9) of `buffer` ends (the index of its A9 byte),
  /// or only the first one's: `memchr` jumps from one A9 byte to the next.
  static func copyrightMarkEnds(in buffer: UnsafeBufferPointer<UInt8>, first: Bool = false) -> [Int] {
    guard let base = buffer.baseAddress else { return [] }
    var found: [Int] = []
    var start = 1
    while start < buffer.count, let hit = memchr(base + start, 0xA9, buffer.count - start) {
      let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if buffer[i - 1] == 0xC2 {
        found.append(i)
        if first { break }
      }
      start = i + 1
    }
    return found
  }

  /// Characters either side of a "©" read as its copyright line.
  static let copyrightReach = 40

  /// "Example Inc" → "Example".
  static func withoutLegalForm(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    guard words.count >= 2, let last = words.last,
      legalForms.contains(last.lowercased().trimmed(in: .init(charactersIn: ".,")))
    else { return name }
    words.removeLast()
    return words.joined(separator: " ").trimmed(in: .init(charactersIn: " ,"))
  }

  static let legalForms: Set<String> = ["inc", "llc", "ltd", "gmbh", "plc", "corp"]

  /// "Example.cz - Know what is happening" → "Example.cz" when one side of
  /// the separator is the site's domain name and the other is a slogan.
  func withoutTagline(_ name: String) -> String {
    let parts = TitleSplitter.segments(of: name)
    guard parts.count == 2 else { return name }
    if let host, let label = host.split(separator: ".").dropLast().last {
      let key = TitleSplitter.key(String(label))
      if let match = parts.first(where: { TitleSplitter.key($0).hasPrefix(key) }) { return match }
    }
    // "Name - A slogan of several words": a short name, then a sentence.
    let nameWords = parts[0].split(separator: " ").count
    let sloganWords = parts[1].split(separator: " ").count
    if nameWords <= Self.maximumNameWords, sloganWords >= Self.minimumSloganWords { return parts[0] }
    return name
  }

  /// Site names before a slogan are one or two words ("Example.cz", "The Daily").
  static let maximumNameWords = 2
  /// A slogan is a phrase: three words or more ("Know what is happening").
  static let minimumSloganWords = 3
}
