import Foundation
import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// The byte-level rewrites of hot text helpers give exactly what the plain
/// Unicode versions they replaced gave (those are kept here as references).
@Suite("Fast paths agree with their reference versions")
struct FastPathTests {
  static let samples = [
    "", " ", "plain words", "  lead and trail  ", "tabs\tand\nnew\r\nlines", "a\u{00A0}b\u{200B}c\u{FEFF}d",
    "ctrl\u{0001}\u{007F}x\u{0085}y\u{0091}z", "Café crème", "e\u{0301}tude", "中文 标题", "😀 emoji 👩‍👩‍👧",
    "\u{3000}ideographic\u{3000}",
    "don’t stop", "It's the end", "ΟΔΟΣ Σ", "İstanbul", "x\r\ny", "a\u{2028}b", "Straße", "ǅemal", "ﬁne ligature",
    "Ⅻ roman", "½ half", "The Example News", "NYTimes.com", "Donald J. Trump", "  — by Jane Doe, ", "\u{0301}",
  ]

  static func referenceCollapse(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if String.isSpace(scalar) {
        pendingSpace = !result.isEmpty
        continue
      }
      if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { continue }
      if pendingSpace {
        result.unicodeScalars.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  static func referenceKey(_ text: String) -> String {
    let folded = text.precomposedStringWithCompatibilityMapping
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var result = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
      result.append(scalar)
    }
    return String(result)
  }

  static func referenceWords(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased().prefix(LanguageDetector.maximumScalars) {
      if character.isLetter || character == "'" || character == "’" {
        current.append(character == "’" ? "'" : character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// Word counts for the heading tests: spaces beside combining or prepend
  /// marks are not separators of their own, so those go to the split.
  @Test func wordLimitAgreesWithSplit() {
    let extra = [
      "a \u{0301}b c", "\u{0600} b c", "one two three four five six seven", "a  b   c ", "Lo más leído hoy",
      "Bookmark with:", "x \u{200D}y", "日本 語 の 見出し",
    ]
    for text in Self.samples + extra {
      for limit in 0...6 {
        #expect(text.hasAtMostWords(limit) == (text.split(separator: " ").count <= limit), "\(text) \(limit)")
      }
    }
  }

  @Test func collapsingWhitespaceMatchesTheScalarVersion() {
    for sample in Self.samples {
      #expect(sample.collapsingWhitespace() == Self.referenceCollapse(sample), "\(sample.debugDescription)")
    }
  }

  @Test func titleKeyMatchesFoundationFolding() {
    var ascii = ""
    for value in 0x20...0x7E { ascii.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
    for sample in Self.samples + [ascii, "HELLO World 2024!", "A-B_C.d"] {
      #expect(TitleSplitter.key(sample) == Self.referenceKey(sample), "\(sample.debugDescription)")
    }
  }

  @Test func stopwordWordsMatchTheCharacterVersion() {
    for sample in Self.samples + [Self.samples.joined(separator: " "), "l'homme d’affaires\r\n\r\nqu'il"] {
      #expect(LanguageDetector.words(sample) == Self.referenceWords(sample), "\(sample.debugDescription)")
    }
    // The character limit counts graphemes, CR LF as one.
    let long = String(repeating: "ab\r\n", count: LanguageDetector.maximumScalars)
    #expect(LanguageDetector.words(long) == Self.referenceWords(long))
  }

  static func referenceSameHome(_ a: String, _ b: String) -> Bool {
    guard let left = referenceSiteRoot(a), let right = referenceSiteRoot(b) else { return false }
    return left == right
  }

  /// The site root as the Foundation version worked it out: the oracle for
  /// `TitleSplitter.siteRoot`'s byte path (here and in `TitleSplitterTests`).
  static func referenceSiteRoot(_ url: String) -> String? {
    var rest = Substring(url.lowercased())
    guard let scheme = rest.range(of: "://") else { return nil }
    rest = rest[scheme.upperBound...]
    if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
    let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let path = parts.count > 1 ? parts[1] : ""
    guard path.isEmpty || path == "index.html" || path == "index.php" else { return nil }
    return String(parts[0])
  }

  @Test func sameHomeMatchesTheFoundationVersion() {
    let urls = [
      "https://www.Example.com/", "http://example.com", "https://example.com/index.html",
      "https://example.com/index.php",
      "https://example.com/news/", "https://EXAMPLE.com//", "example.com/", "https://", "https://www.",
      "//example.com/",
      "https://www.example.com/INDEX.HTML", "https://sub.example.com/", "https://example.com:8080/",
      "ftp://example.com",
      "https://bücher.de/", "https://www.bücher.de/index.html", "https://example.com/?q=1",
      "https://www.www.example.com/",
    ]
    for a in urls {
      for b in urls {
        #expect(TitleSplitter.sameHome(a, b) == Self.referenceSameHome(a, b), "\(a) vs \(b)")
      }
    }
  }

  @Test func hasSubstringFindsBytes() {
    #expect("".hasSubstring(""))
    #expect(!"".hasSubstring("a"))
    #expect("abc".hasSubstring("abc"))
    #expect(!"ab".hasSubstring("abc"))
    #expect("xx-comment-yy".hasSubstring("-comment"))
    #expect("Café".hasSubstring("é"))
    #expect(!"Cafe\u{301}".hasSubstring("é"))
    let sub = "prefix-byline-suffix".dropFirst(7)
    #expect(String(sub).hasSubstring("byline"))
  }

  @Test func wordLimitStopsWhereTheSplitCountAgrees() {
    let texts =
      Self.samples + ["one two three", " one  two\tthree\n", "a\u{3000}b c", String(repeating: "word ", count: 30)]
    for text in texts {
      for limit in 0...4 {
        let expected = text.split(whereSeparator: \.isWhitespace).count > limit
        #expect(Byline.hasMoreWords(than: limit, text) == expected, "\(text.debugDescription) / \(limit)")
      }
    }
    #expect(Byline.hasMoreWords(than: 20, String(repeating: "word ", count: 30)))
    #expect(!Byline.hasMoreWords(than: 30, String(repeating: "word ", count: 30)))
  }

  @Test func asciiSearchesAgreeWithFoundations() {
    let needles = ["http", "www.", "/", ".com", "@", ".", "updated", "am", "a", "", "x\r"]
    let texts =
      Self.samples + needles + [
        "see http://x.com/a", "jane@example.com", "am 3. Mai, am 4. Mai", "updated, updated", "a\r\nb", "ama",
        "http\u{0301}", "www.example.com", "no match here",
      ]
    for text in texts {
      for needle in needles where !needle.isEmpty {
        #expect(text.containsASCII(needle) == text.contains(needle), "\(text.debugDescription) / \(needle)")
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
          let expected = text.range(of: needle, options: .backwards).map {
            text.utf8.distance(from: text.startIndex, to: $0.lowerBound)
          }
          #expect(text.lastByteOffset(of: needle) == expected, "\(text.debugDescription) / \(needle)")
        }
      }
    }
  }

  @Test func bytePrefixesAndSuffixesAgreeWithTheStringTestsOnComposedText() {
    let labels =
      AuthorCleaner.prefixes + AuthorCleaner.cjkRoles + AuthorCleaner.cjkLeadRoles + AuthorCleaner.cjkReportingVerbs
      + ["by", "é", "e", "\u{0301}", "中文", "😀", "👩", ""]
    let texts =
      Self.samples + labels + labels.map { $0 + " Jane Doe" } + labels.map { "山田花子" + $0 }
      + ["by\u{0332} Jane", "bý Jane", "中文\u{0301}", "记者 张伟 报道", "e\u{0301}crit par"]
    // On composed (NFC) text, marks that compose with nothing included
    // ("by\u{0332}": the byte prefix "by" ends inside a character).
    for text in texts where text.utf8.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8) {
      for label in labels {
        #expect(text.hasBytePrefix(label) == text.hasPrefix(label), "\(text) / \(label)")
        #expect(text.hasByteSuffix(label) == text.hasSuffix(label), "\(text) / \(label)")
      }
    }
    // The documented difference: a decomposed text does not match a composed label.
    #expect("e\u{0301}crit par".hasPrefix("écrit") && !"e\u{0301}crit par".hasBytePrefix("écrit"))
  }

  @Test func needleSetsFindWhatOneSearchPerWordFinds() {
    // Single-byte needles beside longer ones with the same first byte, and
    // needles whose second byte is checked at the very end of the text.
    let lists = [
      Byline.bylineWords, Byline.notBylineWords, Byline.authorPaths, Dates.foreignInfixes, ["", "x"], [],
      ["/", "/by/"], ["ab", "a"], ["é", "éc"], ["za", "zb", "zc"],
    ]
    let markers = [
      "", "article-byline author", "story__info", "author-bio", "/people/jane-doe", "https://x.com/a/b", "x",
      "withsidebar", "post-comments", "related_links", "écrivain-photo", "bylin", "yline", "a", "z", "xz", "zc",
      "/b", "é", "/by", "/by/",
    ]
    for list in lists {
      let set = NeedleSet(list)
      for marker in markers {
        #expect(marker.hasAnySubstring(set) == marker.hasAnySubstring(list), "\(marker) in \(list)")
      }
    }
  }

  @Test func bylineLeadsStillReadAfterTheInitialTest() {
    let bylines = [
      "By Jane Doe", "BY Jane Doe", "Posted by Jane Doe on Monday", "Written by Jane", "Words by Jane Doe",
      "Story by Jane Doe", "Von Anna Schmidt und Jonas Weber", "Par Jean Dupont", "Por María López",
      "Door Pieter de Vries", "Écrit par Jean",
      // Decomposed "É" (E + U+0301): equal under `hasPrefix`, though its
      // first byte is "E", not the lead's C3.
      "E\u{301}crit par Jean",
    ]
    for text in bylines {
      #expect(Byline.readsAsByLine(text), "\(text)")
      // The byte prefilter never rules out a byline, leading white space,
      // control characters and no-break spaces included.
      for variant in [text, "  \t" + text, "\u{1}\u{7F}" + text, "\u{A0}" + text] {
        #expect(Byline.mayReadAsByLine(Array(variant.utf8)), "\(variant.debugDescription)")
      }
    }
    #expect(!Byline.mayReadAsByLine(Array("  Jane Doe".utf8)))
    let others = [
      "Jane Doe", "Nota by Jane", "", " By Jane", "Écrit par jean", "by jane doe", "Von der Leyen visits Kyiv",
      "1 by 1",
    ]
    for text in others { #expect(!Byline.readsAsByLine(text), "\(text)") }
  }

  @Test func splittingMatchesFoundationComponents() {
    // The splitters' own separators, on the samples and on text made for
    // them: separators at both ends, back to back, overlapping ("||"), and
    // beside CR LF, combining marks and their canonical look-alikes.
    let separators =
      TitleSplitter.separators + [
        "\n", ",", "，", ";", " and ", " & ", " e ", " и ", "、", "(with ", "/", "／", "·", " — ", "--",
      ]
    let texts =
      Self.samples + [
        "A | B | C", "| lead", "trail |", "a||b", "a ||| b", "Title - Site - ", " - ", "-", "x -- y - z",
        "Jane Doe and John Smith", "Jane and and John", "A,B,,C,", "a\r\nb", "one\ntwo\n", "Anna e Luca",
        "A \u{B7} B", "A \u{387} B", "A ;B", "A \u{37E}B", "e\u{301} e \u{301}", "Nachrichten \u{2013} Welt",
        "Caf\u{E9} | Site", "x (with y)", "a/b/c", "a\u{FF0F}b",
      ]
    for text in texts {
      for separator in separators {
        #expect(text.splitting(by: separator) == text.components(separatedBy: separator), "\(text) by \(separator)")
      }
    }
  }

  @Test func relatedLabelsReadAsBeforeThePrefilters() {
    func reference(_ text: String) -> Bool {
      let text = text.collapsingWhitespace().lowercased()
      guard !text.isEmpty, text.count <= 40 else { return false }
      return TeaserCollector.headingPhrases.contains { text.hasPrefix($0) }
    }
    let long = String(repeating: "Related stories and more ", count: 20)
    let texts =
      Self.samples + [
        "Related", "RELATED STORIES", "  More  from\n the desk ", "À lire aussi", "A\u{300} lire aussi",
        "Lesen Sie auch:", "Read more", "Readmore", "Related: a headline that runs on far too long to be a label",
        long, "Related " + String(repeating: "e\u{301}", count: 300), "\u{130}" + String(repeating: "x", count: 300),
        "Most read", "most", "M", "Ⓜ\u{200D}😀 related", "Up next", "Up", "Lees ook", "Voir aussi …",
        // A combining mark right after a phrase: the bytes start alike, the characters do not.
        "Related\u{301} stories", "Most read\u{308}", "Ύπο", "читайте также", "関連記事", "\u{301}related",
      ]
    for text in texts {
      #expect(TeaserCollector.isRelatedLabel(text) == reference(text), "\(text)")
    }
  }

  @Test func repeatedParagraphsFoundAsStringEqualityFindsThem() {
    func reference(_ paragraphs: [String]) -> [Int] {
      var first: [String: Int] = [:]
      for (i, paragraph) in paragraphs.enumerated() where first[paragraph] == nil { first[paragraph] = i }
      return paragraphs.map { first[$0]! }
    }
    let pages: [[String]] = [
      [], ["One"], ["A", "B", "A", "B", "C", "A"], ["Café", "Cafe", "Café", "Ærø", "Ærø"],
      // Canonically equivalent, byte-different: only String equality joins them.
      ["Cafe\u{301}", "Caf\u{E9}", "x", "Cafe\u{301}"], ["\u{387}", "\u{B7}", "\u{B7}"],
      Self.samples + Self.samples.reversed(), ["中文", "中文", "русский", "русский", "Straße", "Straße"],
    ]
    for paragraphs in pages {
      #expect(ParagraphWriter.firstOccurrences(paragraphs) == reference(paragraphs), "\(paragraphs)")
    }
    #expect(ParagraphWriter.isComposedForSure("Ærø Straße ǅ ʼ"))
    #expect(!ParagraphWriter.isComposedForSure("e\u{301}"))
    #expect(!ParagraphWriter.isComposedForSure("中文"))
  }

  @Test func fastLowercasingMatchesTheLibrary() {
    // Every scalar of the Basic Multilingual Plane on its own (the table,
    // the caseless ranges, the multi-scalar İ), a few astral ones, and text.
    var scalars = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init)
    scalars += [0x10400, 0x1E900, 0x1F600, 0x20000].compactMap(Unicode.Scalar.init)
    for scalar in scalars {
      let text = String(scalar) + "Ab"
      #expect(text.fastLowercased() == text.lowercased(), "U+\(String(scalar.value, radix: 16))")
      #expect(Array(text.fastLowercased().utf8) == Array(text.lowercased().utf8))
    }
    for text in Self.samples + ["ΟΔΟΣ ΣΑΣ", "İSTANBUL İ", "ÀÉÎÕÜ Ǆ ǅ", "ÉCOLE 中文 한국어 ＡＢＣ", "Ⅻ Ⓜ"] {
      #expect(Array(text.fastLowercased().utf8) == Array(text.lowercased().utf8), "\(text)")
    }
  }

  @Test func headlineKeyOfTheBodyMatchesThePropertyVersion() {
    func reference(_ text: String) -> String {
      String(
        text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
          .map(Character.init))
    }
    let ascii = String((0..<128).compactMap { Unicode.Scalar(UInt8($0)) }.map(Character.init))
    for text in Self.samples + [ascii, "Ⅻ ½ ٣ ２ café", "Headline: The 2024 Vote — Live!"] {
      #expect(BodyCleanup.key(text) == reference(text), "\(text)")
    }
  }

  @Test func markerPrefilterNeverHidesAMatch() throws {
    // Class and id as classAndID joins them: upper case, non-ASCII (where
    // the prefilter defers), a word only in the id, none at all.
    let html = """
      <div class="Article-DATE x">1</div><div id="PublishedAt">2</div><div class="plain" id="box">3</div>
      <div class="caf\u{E9} posted">4</div><div class="\u{130}NFO">5</div><div>6</div>
      <div class="most-read">7</div><div class="MOST-READ" id="sidebar">8</div><div class="read most">9</div>
      """
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let names = MarkerNames(document)
    let sets = [Dates.dateVocabularySet, Dates.foreignRegionSet, Byline.bylineWordSet]
    for node in document.root.descendants(.div) {
      for set in sets where node.classAndID.hasAnySubstring(set) {
        #expect(set.mayOccur(inMarkerOf: node, names: names), "\(node.classAndID) in \(set.words)")
      }
    }
    let plain = try #require(document.root.descendants(.div).first { $0.classAndID == "plain box" })
    #expect(!Dates.dateVocabularySet.mayOccur(inMarkerOf: plain, names: names))
  }

  @Test func whiteSpaceListMatchesTheUnicodeProperty() {
    // Every non-ASCII scalar: the list agrees with the property test, and
    // every space or C1 control starts with a lead byte the collapser decodes.
    var disagreements: [UInt32] = []
    var undecoded: [UInt32] = []
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let space = String.isSpace(scalar)
      if String.isSpace(value: value) != space { disagreements.append(value) }
      if space || value < 0xA0, let lead = String(scalar).utf8.first, ![0xC2, 0xE1, 0xE2, 0xE3, 0xEF].contains(lead) {
        undecoded.append(value)
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.map { String($0, radix: 16) })")
    #expect(undecoded.isEmpty, "\(undecoded.map { String($0, radix: 16) })")
  }

  /// `ParagraphWriter.collapse` as it was, appending byte by byte.
  static func referenceParagraphCollapse(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var pendingSpace = false
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      var width = 1
      var isSpace = false
      var isDropped = false
      if byte < 0x80 {
        if [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(byte) {
          isSpace = true
        } else if byte < 0x20 || byte == 0x7F {
          isDropped = true
        }
      } else if byte == 0xC2, i + 1 < bytes.count {
        width = 2
        if bytes[i + 1] == 0xA0 { isSpace = true } else if bytes[i + 1] < 0xA0 { isDropped = true }
      } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
        width = 3
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b1 == 0x80 && (b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { isSpace = true }
        if b1 == 0x81 && b2 == 0x9F { isSpace = true }
      } else if byte == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
        width = 3
        isSpace = true
      } else if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
        width = 3
        isSpace = true
      }
      if isSpace {
        pendingSpace = !output.isEmpty
      } else if !isDropped {
        if pendingSpace {
          output.append(0x20)
          pendingSpace = false
        }
        output.append(contentsOf: bytes[i..<min(i + width, bytes.count)])
      }
      i += width
    }
    return output
  }

  @Test func paragraphCollapseMatchesTheAppendingVersion() {
    var texts = Self.samples.map { Array($0.utf8) }
    // Truncated sequences at the end, as a text run cut mid-character would be.
    texts += [[0xC2], [0x41, 0xE2, 0x80], [0xE3, 0x80], [0xEF, 0xBB], [0x20, 0xC2, 0xA0, 0x20]]
    for text in texts {
      #expect(ParagraphWriter.collapse(text) == Self.referenceParagraphCollapse(text), "\(text)")
    }
  }

  @Test func headingWordsOnBytesMatchTheCharacterSplit() {
    let texts =
      Self.samples + [
        "Breaking: Storm hits the coast (2024)", "  a--b__c  ", "x\r\ny", "It's 10:30 a.m.", "A1B2 c3", "", "...",
      ]
    for text in texts {
      let lowered = text.lowercased()
      guard let bytes = HeadingMatch.asciiWords(lowered) else { continue }
      #expect(bytes == lowered.split { !$0.isLetter && !$0.isNumber }, "\(text)")
    }
    #expect(HeadingMatch.asciiWords("caf\u{E9}") == nil)
  }

  /// `TextMeasure.measure` as first written, byte by byte with comparisons.
  static func referenceMeasure(_ bytes: ArraySlice<UInt8>) -> (Int32, Int32) {
    var chars: Int32 = 0
    var commas: Int32 = 0
    var inSpace = true
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in bytes {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
        if !inSpace { chars += 1 }
        inSpace = true
      } else {
        if byte & 0xC0 != 0x80 { chars += 1 }
        inSpace = false
        if byte == 0x2C {
          commas += 1
        } else if byte == 0x8C && (previous == 0xD8 || (previous == 0xBC && beforePrevious == 0xEF)) {
          commas += 1
        } else if byte == 0x81 && previous == 0x80 && beforePrevious == 0xE3 {
          commas += 1
        }
      }
      beforePrevious = previous
      previous = byte
    }
    if inSpace && chars > 0 { chars -= 1 }
    return (chars, commas)
  }

  @Test func textMeasureTableMatchesTheComparisons() {
    var texts = Self.samples.map { Array($0.utf8) }
    texts += [
      Array("a, b，c、d، e".utf8), [0x8C], [0xBC, 0x8C], [0xEF, 0xBC, 0x8C], [0x80, 0x81], [0xE3, 0x80, 0x81, 0x2C],
      Array("  lead,\t\ttrail  ".utf8), [],
    ]
    for text in texts {
      let measured = NodeStats.TextMeasure.measure(text[...])
      let reference = Self.referenceMeasure(text[...])
      #expect(measured == reference, "\(text)")
    }
  }

  /// `DateLabels.kind` as it was: Foundation's search for every label.
  static func referenceLabelKind(_ lead: String) -> DateLabels.Kind {
    guard !lead.isEmpty else { return .none }
    let lower = lead.lowercased()
    func last(_ labels: [String]) -> String.Index? {
      labels.compactMap { lower.range(of: $0, options: .backwards)?.lowerBound }.max()
    }
    switch (last(DateLabels.updated), last(DateLabels.published)) {
    case (nil, nil): return .none
    case (.some, nil): return .updated
    case (nil, .some): return .published
    case (let u?, let p?): return u > p ? .updated : .published
    }
  }

  @Test func dateLabelsReadAsFoundationReadsThem() {
    let leads =
      Self.samples + [
        "Updated ", "UPDATED: ", "Published 3 May, updated ", "Updated earlier; published ", "Posted on ",
        "Publié le 3 mars, mis à jour le ", "Mis a\u{300} jour le ", "Ve\u{301}ro\u{308}ffentlicht am ",
        "Veröffentlicht am ", "Aktualisiert am ", "更新：", "입력 2019.03.04 수정 ", "Обновлено: ", "Güncellendi ",
        "Stand: ", "edited by the desk, ", "Ｕｐｄａｔｅｄ ", "updated\u{301} ", "von Anna Vogt, ", "Cập nhật ",
        "Δημοσίευση: ", "Publicado el 3 de marzo, actualizado el ",
        "updated 2 May, published 1 May, updated again ", "posted, updated, posted ", "published",
      ]
    for lead in leads {
      #expect(DateLabels.kind(of: lead) == Self.referenceLabelKind(lead), "\(lead.debugDescription)")
    }
  }

  @Test func nonASCIIWordListsStayNonASCIIWhenDecomposed() {
    // The ASCII fast paths skip every non-ASCII label or stopword on ASCII
    // text: sound only while none of them is canonically equivalent to ASCII.
    let stopwords = (LanguageDetector.latinStopwords + LanguageDetector.cyrillicStopwords).flatMap(\.1)
    for word in DateLabels.updated + DateLabels.published + stopwords where !word.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(!word.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(word)")
    }
  }

  @Test func stopwordHitsMatchTheStringLookup() {
    func reference(_ text: String, _ index: LanguageDetector.StopwordIndex) -> [Int] {
      var counts = [Int](repeating: 0, count: index.codes.count)
      for word in Self.referenceWords(text) {
        for number in index.languages[word] ?? [] { counts[number] += 1 }
      }
      return counts
    }
    let texts =
      Self.samples + [
        "The council said it would meet again, and that the vote was not final.",
        "Le conseil a été réuni à l'hôtel de ville et il n'a pas voté.", "Le conseil a e\u{301}te\u{301} re\u{301}uni",
        "Die Stadt hat für die Schüler über das Jahr mehr Geld, aber nicht genug.",
        "Rada miasta przyjęła projekt, który już jest gotowy; są też inne.", "Это было уже так, и он сказал, что",
        "Kwaye ukuba abantu bathi ngoku", "ÉTÉ À PARIS", "l'homme d’affaires qu'il", "a\r\nb c",
      ]
    for text in texts {
      for index in [LanguageDetector.latinIndex, LanguageDetector.cyrillicIndex] {
        let (counts, words) = LanguageDetector.stopwordHits(text, among: index)
        #expect(counts == reference(text, index), "\(text)")
        #expect(words == Self.referenceWords(text).count, "\(text)")
      }
    }
  }

  /// `StoryURL.isStory` as it was, walking characters.
  static func referenceIsStory(_ url: String, headline: String, page: String?) -> Bool {
    if let page, referenceWithoutFragment(url) == page { return false }
    var rest = Substring(url)
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
      guard let slash = rest.firstIndex(of: "/") else { return false }
      rest = rest[slash...]
    }
    var fragment: Substring = ""
    if let hash = rest.firstIndex(of: "#") {
      fragment = rest[rest.index(after: hash)...]
      rest = rest[..<hash]
    }
    if fragment.lowercased().hasSubstring("comment") || fragment.lowercased().hasSubstring("respond") {
      return false
    }
    var query: Substring = ""
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    let segments = rest.split(separator: "/").map { $0.lowercased() }
    for (k, segment) in segments.enumerated() where StoryURL.listingSegments.contains(segment) {
      if segments.count - k <= 2 { return false }
      if segments[(k + 1)...].allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) { return false }
    }
    if let last = segments.last {
      let parts = last.split(separator: ".", omittingEmptySubsequences: false)
      if parts.count > 1, StoryURL.fileExtensions.contains(String(parts.last!)) { return false }
      if segments.count >= 2, !last.isEmpty, last.allSatisfy({ ("0"..."9").contains($0) }),
        StoryURL.pageWords.contains(segments[segments.count - 2])
      {
        return false
      }
    }
    if query.contains(where: \.isNumber) { return true }
    guard let last = segments.last else { return false }
    if segments.contains(where: { $0.contains(where: \.isNumber) }) { return true }
    if last.contains("."), !last.hasPrefix("index.") { return true }
    let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" || $0 == "." })
    let nonASCII = last.unicodeScalars.contains { $0.value > 0x7F }
    if words.count >= StoryURL.minimumSlugWords || last.contains("%") || nonASCII && last.count >= 6 { return true }
    let headlineWords = headline.split(separator: " ").count
    if words.count == 2 { return headlineWords >= StoryURL.minimumShortSlugHeadlineWords }
    return segments.count >= 2 && headlineWords >= StoryURL.minimumHeadlineWords
  }

  static func referenceWithoutFragment(_ url: String) -> String {
    guard let hash = url.firstIndex(of: "#") else { return url }
    return String(url[..<hash])
  }

  @Test func storyURLsReadOnBytesAsOnCharacters() {
    let urls = [
      "https://example.com/", "https://example.com", "https://example.com/news/2024/05/budget.html",
      "https://example.com/world/ferry-crews-walk-out", "https://example.com/sport/", "https://example.com/tag/climate",
      "https://example.com/Tag/Climate/more/deep", "https://example.com/TAG/Climate",
      "https://example.com/autor/jane-doe/", "/news/stadium-vote",
      "/news/roadworks", "https://example.com/story?id=123", "https://example.com/story#comments",
      "https://example.com/story#Respond-form", "https://example.com/a/b/index.html", "https://example.com/a/index.php",
      "https://example.com/slug%20with%20spaces", "https://example.com/news/weird-science",
      "relative/path-of-three-words",
      "https://example.com/a+b+c", "mailto:someone@example.com", "https://example.com/x://y/z",
      "https://example.com:8080/a",
      "https://example.com/news/caf\u{E9}-cr\u{E8}me", "https://example.com/\u{65B0}\u{805E}/\u{8A18}\u{4E8B}\u{9801}",
      "https://example.com/news/e\u{301}te\u{301}", "https://example.com/a\r\n/b",
      "https://example.com/a/\u{661}\u{662}",
      "https://example.com//double//slashes//", "https://example.com/?q=a", "https://example.com/#", "", "#top",
      "https://example.com/news/story-one#comment-5",
      "https://example.com/uploads/2014/11/graph.PNG", "https://example.com/clip.mp4?w=640",
      "https://example.com/a.b.pdf",
      "https://example.com/news/page/2/", "https://example.com/seite/12", "https://example.com/page/two",
      "https://example.com/category/food/recipes/", "https://example.com/themen/h\u{E4}fen/nordsee",
      "https://example.com/tag/a/b/c-d-e", "https://example.com/bilder/fl\u{FC}sse.jpg", "https://example.com/.jpg",
    ]
    let headlines = ["Council delays stadium vote", "Weird Science", "Football news and results for the week", "One"]
    let pages: [String?] = [nil, "https://example.com/news/2024/05/budget.html", "https://example.com/story"]
    for url in urls {
      #expect(StoryURL.withoutFragment(url) == Self.referenceWithoutFragment(url), "\(url.debugDescription)")
      for headline in headlines {
        for page in pages {
          #expect(
            StoryURL.isStory(url, headline: headline, page: page)
              == Self.referenceIsStory(url, headline: headline, page: page), "\(url.debugDescription) \(headline)")
        }
      }
    }
  }

  @Test func firstSpaceOnBytesMatchesTheCharacterSearch() {
    let texts =
      Self.samples + [
        "By Jane", "By\u{301} Jane", "By \u{301}Jane", "Écrit par Jean", "\u{600} By Jane", "x\r\n y", "nospace",
        " lead",
        "trail ", "Von\u{A0}Anna Schmidt", "por Mar\u{ED}a",
      ]
    for text in texts {
      #expect(Byline.firstSpace(in: text) == text.firstIndex(of: " "), "\(text.debugDescription)")
    }
  }

  @Test func lowercasedAttributeSearchMatchesTheStringOne() throws {
    let html = """
      <a href="/AUTHOR/jane">1</a><a href="/people/j">2</a><a href="/news/x">3</a><a>4</a>
      <a href="/Autor/J\u{DC}rgen">5</a><a href="/\u{130}/by/x">6</a><a href="/\u{130}nfo">7</a><a href="">8</a>
      """
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let href = document.nameNumber("href")
    for node in document.root.descendants(.a) {
      let reference = node.attribute(number: href)?.lowercased().hasAnySubstring(Byline.authorPathSet) == true
      #expect(Byline.authorPathSet.occursLowercased(inAttribute: href, of: node) == reference, "\(node.textContent)")
    }
  }

  @Test func bylineCandidatesSharedByCleanersReadAsFreshOnes() throws {
    // A marked byline naming the site, a byline link, and "By" lines: what
    // one cleaner drops another keeps, so each reader walks further.
    let html = """
      <body><nav><a rel="author" href="/author/x">Nav Person</a></nav>
      <div class="byline">Example News</div>
      <p><a href="/author/jane-doe">Jane Doe</a></p>
      <div>By Example News</div><div>By John Smith</div><p>Von Anna Vogt und Jonas Weber</p></body>
      """
    let page = Page(document: try HTMLDocument.parse(Array(html.utf8)).document, url: "https://example.com/a")
    let cleaners = [
      AuthorCleaner(publisherNames: ["Example News"]), AuthorCleaner(publisherNames: []),
      AuthorCleaner(publisherNames: ["Example News", "Jane Doe"]), AuthorCleaner(publisherNames: [], keepsDesks: true),
    ]
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
      let shared = BylineCandidates()
      for number in order {
        for readingText in [false, true] {
          let cleaner = cleaners[number]
          let fresh = Byline(page: page, cleaner: cleaner).names(readingText: readingText)
          let reused = Byline(page: page, cleaner: cleaner, candidates: shared).names(readingText: readingText)
          #expect(reused == fresh, "cleaner \(number), reading text \(readingText)")
        }
      }
    }
  }

  /// `LanguageDetector.contradiction` as it was: every word counted first.
  static func referenceContradiction(of declared: String, in text: String) -> String? {
    let index = LanguageDetector.latinIndex
    guard let declaredNumber = index.codes.firstIndex(of: declared) else { return nil }
    let words = referenceWords(text)
    guard words.count >= LanguageDetector.minimumWordsToContradict else { return nil }
    var counts = [Int](repeating: 0, count: index.codes.count)
    for word in words {
      for number in index.languages[word] ?? [] { counts[number] += 1 }
    }
    let declaredHits = counts[declaredNumber]
    guard Double(declaredHits) < Double(words.count) * LanguageDetector.maximumContradictedShare,
      let best = counts.indices.max(by: { counts[$0] < counts[$1] || counts[$0] == counts[$1] && $0 > $1 }),
      best != declaredNumber, counts[best] >= LanguageDetector.minimumContradictingHits,
      counts[best] >= declaredHits * 3
    else { return nil }
    let runnerUp = counts.indices.filter { $0 != best }.map { counts[$0] }.max() ?? 0
    guard counts[best] >= runnerUp * 2 else { return nil }
    return index.codes[best]
  }

  @Test func contradictionStopsEarlyOnlyWhenTheAnswerIsSettled() {
    // Malay running text in the words Indonesian lacks (so it is plainly
    // Malay), with English words before or after it.
    let malay = String(
      repeating: "Beliau berkata kerana cuaca buruk kerja boleh tertangguh selepas hujan semasa malam, "
        + "iaitu masalah biasa sahaja, ialah kata pegawai itu. ",
      count: 6)
    let english = String(
      repeating: "The council said on Monday that it would meet again, and that the vote was not final. ", count: 12)
    var texts = [malay, english, malay + english, english + malay, String(malay.prefix(300))]
    for k in 1...6 {
      texts.append(malay + String(repeating: " the", count: k))
      texts.append(String(repeating: "and the ", count: k) + malay)
    }
    for text in texts {
      for declared in ["en", "ms", "id", "de", "xx"] {
        #expect(
          LanguageDetector.contradiction(of: declared, in: text) == Self.referenceContradiction(of: declared, in: text),
          "\(declared): \(text.prefix(60))")
      }
    }
    #expect(LanguageDetector.contradiction(of: "en", in: malay) == "ms")
  }
}
