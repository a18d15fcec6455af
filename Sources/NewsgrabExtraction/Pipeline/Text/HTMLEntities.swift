import NewsgrabHTML

/// Character references left in metadata text after the parser decoded the
/// markup once: CMSs often escape twice ("&amp;amp;", "&#8217;" inside JSON-LD).
extension String {
  /// The text with leftover `&amp;`, `&quot;`, `&#8217;`, `&#x2019;`, … decoded,
  /// repeatedly, as many times as the page escaped it (up to `maximumEntityPasses`).
  package func decodingLeftoverEntities() -> String {
    var text = self
    for _ in 0..<maximumEntityPasses {
      // Bytes, not characters: `decodeOnce` reads bytes too, and Foundation's
      // search bridged every meta value through NSString.
      guard text.utf8.contains(UInt8(ascii: "&")) else { break }
      let decoded = Self.decodeOnce(text)
      if decoded == text { break }
      text = decoded
    }
    return text
  }

  /// Three passes undo the deepest escaping seen in the corpora ("&amp;amp;amp;").
  private var maximumEntityPasses: Int { 3 }

  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "#39": "'",
    "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…",
  ]

  /// One pass over the UTF-8 bytes: a reference is "&", a name of at most
  /// nine letters, digits or "#", ";" — bytes, without walking grapheme
  /// clusters (a page's meta values can hold a whole escaped JSON document).
  private static func decodeOnce(_ text: String) -> String {
    var output: [UInt8] = []
    var source = text
    source.withUTF8 { bytes in
      output.reserveCapacity(bytes.count)
      var i = 0
      while i < bytes.count {
        guard let amp = bytes[i...].firstIndex(of: UInt8(ascii: "&")) else {
          output.append(contentsOf: bytes[i...])
          break
        }
        output.append(contentsOf: bytes[i..<amp])
        // A name is letters, digits and "#" (as a browser reads it): "R&D
        // &amp; more" has no reference at "&D", and its "&amp;" is one.
        let limit = Swift.min(bytes.count, amp + 11)
        var end = amp + 1
        while end < limit, Self.isNameByte(bytes[end]) { end += 1 }
        guard end < limit, bytes[end] == UInt8(ascii: ";") else {
          output.append(UInt8(ascii: "&"))
          i = amp + 1
          continue
        }
        let semicolon = end
        let name = String(decoding: bytes[(amp + 1)..<semicolon], as: UTF8.self)
        if let replacement = namedEntities[name] ?? numericEntity(Substring(name)) {
          output.append(contentsOf: replacement.utf8)
        } else {
          output.append(contentsOf: bytes[amp...semicolon])
        }
        i = semicolon + 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "#")
  }

  private static func numericEntity(_ name: Substring) -> String? {
    guard name.first == "#" else { return nil }
    let digits = name.dropFirst()
    let value: UInt32?
    if digits.first == "x" || digits.first == "X" {
      value = UInt32(digits.dropFirst(), radix: 16)
    } else {
      value = UInt32(digits)
    }
    // 128–159 are windows-1252 characters, as the HTML standard reads them.
    if let value, value >= 0x80, value < 0xA0 { return String(Character(Windows1252.scalar(UInt8(value)))) }
    return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
  }
}
