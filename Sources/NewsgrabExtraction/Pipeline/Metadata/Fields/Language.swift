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
    let sample = sampleText()
    if let script = LanguageDetector.detect(sample, scriptOnly: true) {
      return tags.first {
        !Self.latinScriptLanguages.contains(Self.primary($0.value)) && Self.primary($0.value) == script.code
      }
        ?? Sourced(script.code, "detected")
    }
    // The same stock declaration on Latin-script text in another language
    // ("en" on a Malay or Zulu page): the text's function words decide.
    guard let detected = LanguageDetector.contradiction(of: Self.primary(first.value), in: sample) else {
      return first
    }
    return tags.first { Self.primary($0.value) == detected } ?? Sourced(detected, "detected")
  }

  /// Languages written in Latin script (a declaration of one of these on a
  /// page in another script is a template default).
  static let latinScriptLanguages = Set(LanguageDetector.latinStopwords.map(\.0))

  static func primary(_ tag: String) -> String {
    String(tag.split(separator: "-").first ?? "").lowercased()
  }

  /// A valid BCP 47 tag for a declared value: "en_US" → "en-US", "EN-us" →
  /// "en-US", "en-UK" → "en-GB", "deu" → "de", "iw" → "he", "en_US.UTF-8" →
  /// "en-US", "de-de, en" → "de-DE"; subtags after the first invalid one go
  /// ("en-x-custom" → "en"); nil for placeholders ("x-default", "und",
  /// "undefined", "mul") and things that are not tags.
  static func normalise(_ raw: String) -> String? {
    let first = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).first.map(String.init) ?? ""
    // A POSIX locale's codeset and modifier ("de_DE.UTF-8", "ca_ES@valencia") are not subtags.
    let locale = first.split(whereSeparator: { $0 == "." || $0 == "@" }).first.map(String.init) ?? ""
    let parts = locale.replacingOccurrences(of: "_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
      .map(String.init)
    guard var language = parts.first?.lowercased(), (2...3).contains(language.count),
      language.allSatisfy({ $0.isASCII && $0.isLetter }), !Self.placeholders.contains(language)
    else { return nil }
    language = Self.twoLetterCodes[language] ?? language
    var tag = language
    // Subtags in their order: script (4 letters), region (2 letters or 3
    // digits), variants (5–8 characters, or 4 starting with a digit).
    var stage = 0
    for subtag in parts.dropFirst() {
      guard !subtag.isEmpty, subtag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
      let letters = subtag.allSatisfy(\.isLetter)
      if stage < 1, subtag.count == 4, letters {
        tag += "-" + subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
        stage = 1
      } else if stage < 2, subtag.count == 2 && letters || subtag.count == 3 && subtag.allSatisfy(\.isNumber) {
        let region = subtag.uppercased()
        tag += "-" + (Self.regionAliases[region] ?? region)
        stage = 2
      } else if (5...8).contains(subtag.count) || subtag.count == 4 && subtag.first?.isNumber == true {
        tag += "-" + subtag.lowercased()
        stage = 3
      } else {
        break
      }
    }
    return tag
  }

  /// Values that name no language.
  static let placeholders: Set<String> = ["und", "mul", "zxx", "xx", "mis", "nul", "non", "utf"]

  /// Three-letter (ISO 639-2/T and /B) codes with a two-letter form, and
  /// deprecated two-letter codes with their successors (BCP 47 wants the
  /// shortest, current code).
  static let twoLetterCodes: [String: String] = [
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "por": "pt",
    "nld": "nl", "dut": "nl", "swe": "sv", "dan": "da", "nor": "no", "nob": "nb", "nno": "nn", "pol": "pl",
    "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "slv": "sl", "hrv": "hr", "srp": "sr", "bos": "bs",
    "tur": "tr", "ind": "id", "msa": "ms", "may": "ms", "fin": "fi", "est": "et", "lav": "lv", "lit": "lt",
    "ron": "ro", "rum": "ro", "hun": "hu", "rus": "ru", "ukr": "uk", "bel": "be", "bul": "bg", "mkd": "mk",
    "mac": "mk", "ell": "el", "gre": "el", "jpn": "ja", "kor": "ko", "zho": "zh", "chi": "zh", "ara": "ar",
    "fas": "fa", "per": "fa", "heb": "he", "tha": "th", "vie": "vi", "hin": "hi", "ben": "bn", "urd": "ur",
    "tam": "ta", "tel": "te", "mar": "mr", "cat": "ca", "eus": "eu", "baq": "eu", "glg": "gl", "isl": "is",
    "ice": "is", "gle": "ga", "cym": "cy", "wel": "cy", "afr": "af", "swa": "sw", "zul": "zu", "xho": "xh",
    "kal": "kl", "sqi": "sq", "alb": "sq", "hye": "hy", "arm": "hy", "kat": "ka", "geo": "ka", "aze": "az",
    "kaz": "kk", "uzb": "uz", "tgl": "tl", "fil": "fil", "lat": "la", "epo": "eo", "ltz": "lb", "fao": "fo",
    "iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
  ]

  /// Region codes pages use that ISO 3166 spells otherwise.
  static let regionAliases: [String: String] = ["UK": "GB"]

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
