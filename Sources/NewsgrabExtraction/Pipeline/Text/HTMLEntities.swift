import NewsgrabHTML

/// Character references left in metadata text after the parser decoded the
/// markup once: CMSs often escape twice ("&amp;amp;", "&#8217;" inside JSON-LD).
extension String {
  /// The text with leftover `&amp;`, `&quot;`, `&#8217;`, `&#x2019;`, … decoded,
  /// repeatedly, as many times as the page escaped it (up to `maximumEntityPasses`).
  package func decodingLeftoverEntities() -> String {
    var text = self
    for _ in 0..<maximumEntityPasses {
      // The byte test first: Foundation's search, kept for the rare text
      // that has the byte, bridged every meta value through NSString.
      guard text.utf8.contains(UInt8(ascii: "&")), text.contains("&") else { break }
      let decoded = Self.decodeOnce(text)
      if decoded == text { break }
      text = decoded
    }
    return text
  }

  /// Three passes undo the deepest escaping seen in the corpora ("&amp;amp;amp;").
  private var maximumEntityPasses: Int { 3 }

  static let namedEntities: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "#39": "'",
    "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…",
  ]

  private static func decodeOnce(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      let afterAmp = rest.index(after: amp)
      guard let semicolon = rest[afterAmp...].prefix(10).firstIndex(of: ";") else {
        result += "&"
        rest = rest[afterAmp...]
        continue
      }
      let name = rest[afterAmp..<semicolon]
      if let replacement = namedEntities[name] ?? numericEntity(name) {
        result += replacement
      } else {
        result += rest[amp...semicolon]
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
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
