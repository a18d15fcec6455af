import Foundation
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
    markup.withUnsafeBufferPointer { buffer in
      for script in Self.scriptTexts(in: markup) {
        scanScript(buffer, script, markup, into: &found)
      }
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

  /// Looks for every key at word starts of the script and records the
  /// plausible dates after it. Pointer reads: a page's scripts run to
  /// megabytes, and every byte is looked at.
  private func scanScript(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ markup: [UInt8],
    into found: inout [(iso: String, agreed: Bool)?]
  ) {
    guard let base = buffer.baseAddress, range.count > 3 else { return }
    for i in range.lowerBound..<(range.upperBound - 3) {
      // Every key starts "dat", "fir" or "pub".
      let byte = base[i]
      guard byte == UInt8(ascii: "d") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "p") else { continue }
      let second = base[i + 1]
      guard second == UInt8(ascii: "a") || second == UInt8(ascii: "i") || second == UInt8(ascii: "u") else { continue }
      if i > range.lowerBound, Self.isIdentifierByte(base[i - 1]) { continue }
      for (index, key) in Self.scriptDateKeys.enumerated() where found[index]?.agreed ?? true {
        let end = i + key.count
        guard end < range.upperBound, Self.matches(key, at: base + i),
          !Self.isIdentifierByte(base[end]),
          let raw = Self.value(after: end, in: markup[range]),
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

  /// Whether the bytes at `pointer` spell `key`.
  static func matches(_ key: [UInt8], at pointer: UnsafePointer<UInt8>) -> Bool {
    for k in key.indices where pointer[k] != key[k] { return false }
    return true
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
  /// lower-cased, equal `needle` (written in lower case). A needle starting
  /// with a byte that has no case ("<script") jumps between its first
  /// bytes with `memchr`.
  fileprivate func firstRange(ofLowercased needle: [UInt8], from start: Int, to end: Int? = nil) -> Range<Int>? {
    let end = end ?? count
    guard let first = needle.first, start >= 0, end - start >= needle.count else { return nil }
    let caseless = !(first >= 0x61 && first <= 0x7A)
    return withUnsafeBufferPointer { buffer -> Range<Int>? in
      guard let base = buffer.baseAddress else { return nil }
      let last = end - needle.count
      var i = start
      search: while i <= last {
        if caseless {
          guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
          i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
        defer { i += 1 }
        for k in 0..<needle.count {
          let byte = base[i + k]
          if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != needle[k] { continue search }
        }
        return i..<(i + needle.count)
      }
      return nil
    }
  }
}
