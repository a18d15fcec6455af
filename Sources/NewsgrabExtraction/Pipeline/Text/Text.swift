/// Text helpers shared by the phases.
extension String {
  /// Runs of white space (including non-breaking spaces) folded to one
  /// space, ends trimmed.
  package func collapsingWhitespace() -> String {
    var copy = self
    return copy.withUTF8 { Self.collapsingWhitespace(in: $0) }
  }

  /// The work of `collapsingWhitespace` on UTF-8 bytes, written straight
  /// into the new String (never longer than the input). Appending scalar by
  /// scalar to a `String` was a tenth of all extraction time; a Unicode
  /// property lookup per non-ASCII scalar was most of what remained on
  /// pages in other scripts, so only the lead bytes that can start white
  /// space or a C1 control (C2, E1, E2, E3, EF) are decoded.
  private static func collapsingWhitespace(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { output in
      var n = 0
      var pendingSpace = false
      var i = 0
      let count = bytes.count
      while i < count {
        let lead = bytes[i]
        if lead < 0x80 {
          i += 1
          if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
            pendingSpace = n > 0
            continue
          }
          // Drop C0 control characters (and DEL) that pages leak into text.
          if lead < 0x20 || lead == 0x7F { continue }
          if pendingSpace {
            output[n] = 0x20
            n += 1
            pendingSpace = false
          }
          output[n] = lead
          n += 1
          continue
        }
        // A valid multi-byte sequence (the string's own UTF-8).
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let start = i
        i += length
        if lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF {
          var value = UInt32(lead) & (lead >= 0xE0 ? 0x0F : 0x1F)
          for k in 1..<length { value = value << 6 | (UInt32(bytes[start + k]) & 0x3F) }
          if isSpace(value: value) {
            pendingSpace = n > 0
            continue
          }
          // C1 control characters.
          if value < 0xA0 { continue }
        }
        if pendingSpace {
          output[n] = 0x20
          n += 1
          pendingSpace = false
        }
        for k in start..<i {
          output[n] = bytes[k]
          n += 1
        }
      }
      return n
    }
  }

  /// `isSpace` for a non-ASCII scalar, from the (stable) list of Unicode
  /// White_Space scalars above ASCII, plus the zero-width space and BOM.
  @inline(__always)
  static func isSpace(value: UInt32) -> Bool {
    switch value {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
    default: return false
    }
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
