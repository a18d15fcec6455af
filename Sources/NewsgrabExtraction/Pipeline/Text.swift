/// Text helpers shared by the phases.
extension String {
  /// Runs of white space (including non-breaking spaces) folded to one
  /// space, ends trimmed.
  package func collapsingWhitespace() -> String {
    var copy = self
    return copy.withUTF8 { Self.collapsingWhitespace(in: $0) }
  }

  /// The work of `collapsingWhitespace` on UTF-8 bytes: appending scalar by
  /// scalar to a `String` was a tenth of all extraction time.
  private static func collapsingWhitespace(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    var i = 0
    let count = bytes.count
    while i < count {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
          pendingSpace = !output.isEmpty
          continue
        }
        // Drop C0 control characters (and DEL) that pages leak into text.
        if lead < 0x20 || lead == 0x7F { continue }
        if pendingSpace {
          output.append(0x20)
          pendingSpace = false
        }
        output.append(lead)
        continue
      }
      // A valid multi-byte sequence (the string's own UTF-8).
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
      for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
      let scalar = Unicode.Scalar(value)!
      let start = i
      i += length
      if isSpace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      // C1 control characters.
      if value < 0xA0 { continue }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// nil when empty after collapsing white space.
  package var nonEmpty: String? {
    let collapsed = collapsingWhitespace()
    return collapsed.isEmpty ? nil : collapsed
  }

  /// White space as text extraction sees it, with an ASCII fast path
  /// (Unicode property lookups dominated profiles otherwise).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return value == 0xA0 || value == 0x200B || value == 0xFEFF || scalar.properties.isWhitespace
  }
}
