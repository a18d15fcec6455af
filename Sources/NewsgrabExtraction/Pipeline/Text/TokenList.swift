/// Space-separated attribute lists (`itemprop="author name"`).
enum TokenList {
  /// Whether `list` holds `token`: the answer of
  /// `list.split(separator: " ").contains { $0 == token }`, found on bytes
  /// when both are ASCII (then a character is a byte, "\r\n" aside, which is
  /// neither a space nor in a token that could equal an ASCII word, and equal
  /// strings are equal bytes) without making a substring per item.
  static func contains(_ list: String, _ token: String) -> Bool {
    let needle = token.utf8
    guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }), list.utf8.allSatisfy({ $0 < 0x80 }) else {
      return list.split(separator: " ").contains { $0 == token }
    }
    var length = 0
    var matches = true
    var expected = needle.startIndex
    for byte in list.utf8 {
      if byte == UInt8(ascii: " ") {
        if matches, length == needle.count { return true }
        length = 0
        matches = true
        expected = needle.startIndex
        continue
      }
      if matches {
        if expected == needle.endIndex || needle[expected] != byte {
          matches = false
        } else {
          expected = needle.index(after: expected)
        }
      }
      length += 1
    }
    return matches && length == needle.count
  }
}
