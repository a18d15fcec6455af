import NewsgrabHTML

/// The article's language as a BCP 47 tag: declared (`<html lang>`,
/// Content-Language, JSON-LD `inLanguage`, `og:locale`, `dc.language`), else
/// detected from the page's text.
struct Language {
  let sources: MetadataSources

  func resolve() -> Sourced<String>? {
    let declared: [(String?, String)] = [
      (sources.meta.htmlLanguage, "html:lang"),
      (sources.ld?["inLanguage"]?.text, "json-ld"),
      (sources.meta.first("content-language"), "meta:content-language"),
      (sources.meta.first("og:locale"), "opengraph"),
      (sources.meta.first("dc.language") ?? sources.meta.first("language"), "meta:dc.language"),
      (sources.microdata.first("inLanguage"), "microdata"),
    ]
    let tags = declared.compactMap { raw, source in raw.flatMap(Self.normalise).map { Sourced($0, source) } }
    guard let first = tags.first else {
      return LanguageDetector.detect(sampleText()).map { Sourced($0.code, "detected") }
    }
    // A template's stock `lang="en"` on a page written in another script is
    // wrong: only a Latin-script declaration needs the (cheap) script check.
    guard Self.latinScriptLanguages.contains(Self.primary(first.value)) else { return first }
    guard let script = LanguageDetector.detect(sampleText(), scriptOnly: true) else { return first }
    return tags.first {
      !Self.latinScriptLanguages.contains(Self.primary($0.value)) && Self.primary($0.value) == script.code
    }
      ?? Sourced(script.code, "detected")
  }

  /// Languages written in Latin script (a declaration of one of these on a
  /// page in another script is a template default).
  static let latinScriptLanguages = Set(LanguageDetector.latinStopwords.map(\.0))

  static func primary(_ tag: String) -> String {
    String(tag.split(separator: "-").first ?? "").lowercased()
  }

  /// "en_US" → "en-US", "EN" → "en", "de-de, en" → "de-DE"; nil for
  /// placeholders ("x-default", "und", "mul") and things that are not tags.
  static func normalise(_ raw: String) -> String? {
    let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
    let parts = first.replacingOccurrences(of: "_", with: "-").split(separator: "-").map(String.init)
    guard let language = parts.first?.lowercased(), (2...3).contains(language.count),
      language.allSatisfy({ $0.isASCII && $0.isLetter }), !["und", "mul", "zxx", "xx"].contains(language)
    else { return nil }
    var tag = language
    for subtag in parts.dropFirst() {
      guard subtag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), (2...8).contains(subtag.count) else {
        break
      }
      switch subtag.count {
      case 2: tag += "-" + subtag.uppercased()
      case 4: tag += "-" + subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
      default: tag += "-" + subtag.lowercased()
      }
    }
    return tag
  }

  /// Paragraph text from the page (paragraphs and headings outside
  /// navigation first; list items and cells only when paragraphs are too few,
  /// since those are often tag clouds and menus), enough for the detector.
  func sampleText() -> String {
    var text = collect([.p, .h1, .h2, .blockquote])
    if text.utf8.count < Self.minimumSampleBytes { text += collect([.li, .td, .dd]) }
    if text.utf8.count < Self.minimumSampleBytes {
      text += (sources.meta.title ?? "") + " " + sources.page.body.textContent.prefix(Self.sampleBytes)
    }
    return text
  }

  private func collect(_ tags: Set<HTMLTag>) -> String {
    // The set as a table by tag number: hashing a tag per element of the
    // page cost more than the rest of the walk.
    var wanted = [Bool](repeating: false, count: HTMLTag.allCases.count)
    for tag in tags { wanted[Int(tag.rawValue)] = true }
    var text = ""
    for node in sources.page.body.descendants where node.isElement && wanted[Int(node.tag.rawValue)] {
      if Headline.isInChrome(node) { continue }
      text += node.textContent + "\n"
      if text.utf8.count >= Self.sampleBytes { break }
    }
    return text
  }

  /// Text read for detection: 6 KB is far more than the stopword counts need
  /// (they settle within a few hundred words) and keeps detection cheap.
  static let sampleBytes = 6_000
  /// Below this, paragraph text is topped up with the whole page's text.
  static let minimumSampleBytes = 400
}
