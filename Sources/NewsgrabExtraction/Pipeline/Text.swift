/// Text helpers shared by the phases.
extension String {
  /// Runs of white space (including non-breaking spaces) folded to one
  /// space, ends trimmed.
  package func collapsingWhitespace() -> String {
    var result = ""
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    for scalar in unicodeScalars {
      if Self.isSpace(scalar) {
        pendingSpace = !result.isEmpty
        continue
      }
      // Drop C0/C1 control characters that pages leak into text.
      if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { continue }
      if pendingSpace {
        result.unicodeScalars.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(scalar)
    }
    return result
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
