import NewsgrabHTML

/// Before the last resort: the publication date a page's scripts keep for
/// its analytics or for the app that draws it (`dataLayer.push({…
/// "publishDate": "2019-03-05" …})`, a post's state with
/// `"firstPublishedAt": 1427461675096`). A value under a key that names the
/// publication is surer than the most frequent date of the text, but less
/// than anything the page marks up, so it is read only when no element,
/// attribute or URL gives a date.
extension Dates {
  /// Keys that name the publication, most specific first. Creation keys
  /// ("dateCreated", "createdAt") are left out: a draft or a picture is
  /// created days before the story appears.
  static let scriptDateKeys: [[UInt8]] = [
    "datePublished", "firstPublishedAt", "firstPublished", "publishedAt", "published_at", "publishDate",
    "publish_date", "publishedDate", "published_date", "publicationDate", "publication_date", "date_published",
    "pubDate", "pub_date", "publishedTime", "published_time", "publishTime", "publish_time",
  ].map { Array($0.utf8) }

  /// Bytes of a value read after a key: a timestamp with its offset fits.
  static let maximumScriptValueBytes = 40

  func scriptStateDate() -> Sourced<String>? {
    // Per key, the first plausible date read and whether every other one
    // read falls on the same day: a page that lists stories (a section
    // front, a homepage's state) holds one per story, and none is the page's.
    var found: [(iso: String, agreed: Bool)?] = Array(repeating: nil, count: Self.scriptDateKeys.count)
    let markup = sources.page.document.markup
    for script in Self.scriptTexts(in: markup) {
      scanScript(markup[script], into: &found)
    }
    for (index, value) in found.enumerated() {
      guard let value, value.agreed else { continue }
      return Sourced(value.iso, "script:" + String(decoding: Self.scriptDateKeys[index], as: UTF8.self))
    }
    return nil
  }

  /// The text ranges of the page's scripts, JSON-LD left out (it was read
  /// as structured data; its dates do not come back here).
  static func scriptTexts(in markup: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    while let open = markup.firstRange(ofLowercased: scriptOpen, from: i) {
      guard let tagEnd = markup[open.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { break }
      let textStart = tagEnd + 1
      let close = markup.firstRange(ofLowercased: scriptClose, from: textStart)
      let textEnd = close?.lowerBound ?? markup.count
      let tag = markup[open.upperBound..<tagEnd]
      if markup.firstRange(ofLowercased: ldJSON, from: tag.startIndex, to: tag.endIndex) == nil {
        result.append(textStart..<textEnd)
      }
      i = close?.upperBound ?? markup.count
    }
    return result
  }

  static let scriptOpen = Array("<script".utf8)
  static let scriptClose = Array("</script".utf8)
  static let ldJSON = Array("ld+json".utf8)

  /// Looks for every key at word starts of `bytes` and records the
  /// plausible dates after it.
  private func scanScript(_ bytes: ArraySlice<UInt8>, into found: inout [(iso: String, agreed: Bool)?]) {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      defer { i += 1 }
      let byte = bytes[i]
      guard byte == UInt8(ascii: "d") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "p") else { continue }
      if i > bytes.startIndex, Self.isIdentifierByte(bytes[i - 1]) { continue }
      for (index, key) in Self.scriptDateKeys.enumerated() where found[index]?.agreed ?? true {
        guard bytes[i...].starts(with: key) else { continue }
        let end = i + key.count
        guard end < bytes.endIndex, !Self.isIdentifierByte(bytes[end]),
          let raw = Self.value(after: end, in: bytes),
          let iso = DateParser.iso(raw, dayFirst: dayFirst), isPlausible(iso)
        else { continue }
        if let first = found[index] {
          if first.iso.prefix(10) != iso.prefix(10) { found[index]?.agreed = false }
        } else {
          found[index] = (iso, true)
        }
      }
    }
  }

  /// The value after a key: `": "…"`, `\":\"…\"`, `= '…'` or a bare number.
  static func value(after start: Int, in bytes: ArraySlice<UInt8>) -> String? {
    var i = start
    // The key's closing quote (escaped or not), then the colon or equals
    // sign, then the value's opening quote.
    var sawSeparator = false
    var quoted = false
    while i < bytes.endIndex, i - start < 8 {
      let byte = bytes[i]
      if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
        guard !sawSeparator else { return nil }
        sawSeparator = true
      } else if Self.keyEnds.contains(byte) {
        if sawSeparator, byte != 0x20 { quoted = true }
      } else {
        break
      }
      i += 1
    }
    guard sawSeparator else { return nil }
    // A quoted value ends at its quote ("March 5, 2019" holds a comma); a
    // bare one at the next member.
    let ends = quoted ? Self.quotedValueEnds : Self.valueEnds
    let valueStart = i
    while i < bytes.endIndex, i - valueStart < maximumScriptValueBytes, !ends.contains(bytes[i]) { i += 1 }
    guard i > valueStart, i < bytes.endIndex, ends.contains(bytes[i]) else { return nil }
    return String(decoding: bytes[valueStart..<i], as: UTF8.self)
  }

  /// Bytes between a key and its value: quotes, an escape, spaces.
  static let keyEnds: Set<UInt8> = Set("\"'\\ ".utf8)

  /// Bytes that end a bare value: the next member, the end of a statement, a line or the script.
  static let valueEnds: Set<UInt8> = Set("\"'\\,;}]<\n\r".utf8)
  /// Bytes that end a quoted value: a quote, an escape, the end of a line or of the script.
  static let quotedValueEnds: Set<UInt8> = Set("\"'\\<\n\r".utf8)

  /// Letters, digits and `_`: a key found after one is the end of a longer name.
  static func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
  }
}

extension Array where Element == UInt8 {
  /// The first range from `start` (up to `end`) whose bytes, ASCII letters
  /// lower-cased, equal `needle` (written in lower case).
  func firstRange(ofLowercased needle: [UInt8], from start: Int, to end: Int? = nil) -> Range<Int>? {
    let end = end ?? count
    guard end - start >= needle.count else { return nil }
    var i = start
    search: while i <= end - needle.count {
      defer { i += 1 }
      for k in 0..<needle.count {
        let byte = self[i + k]
        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != needle[k] { continue search }
      }
      return i..<(i + needle.count)
    }
    return nil
  }
}
