import Foundation

/// Byte-wise text tests for the hot loops of the metadata phases: the
/// Foundation `contains` on `String` goes through a locale-aware search that
/// cost a fifth of extraction time when run over every element's class list.
extension String {
  /// Whether `needle` occurs in the string, compared as UTF-8 bytes.
  func hasSubstring(_ needle: String) -> Bool {
    let needleBytes = Array(needle.utf8)
    guard let first = needleBytes.first else { return true }
    let found = utf8.withContiguousStorageIfAvailable { haystack -> Bool in
      let count = needleBytes.count
      guard haystack.count >= count else { return false }
      var i = 0
      let last = haystack.count - count
      while i <= last {
        if haystack[i] == first {
          var j = 1
          while j < count, haystack[i + j] == needleBytes[j] { j += 1 }
          if j == count { return true }
        }
        i += 1
      }
      return false
    }
    if let found { return found }
    return String(self).utf8.elementsEqual(needle.utf8) || Array(utf8).hasSubsequence(needleBytes)
  }

  /// Whether any of `needles` occurs in the string.
  func hasAnySubstring(_ needles: [String]) -> Bool {
    needles.contains { hasSubstring($0) }
  }
}

extension StringProtocol {
  /// `trimmingCharacters(in:)` without the trip through `NSString`, which
  /// copied the whole string twice and cost more than the rest of the loops
  /// that called it. Trims Unicode scalars, as Foundation does for every
  /// character outside the astral planes; a string with an astral scalar at
  /// a trimmed end goes to Foundation (which works on UTF-16 halves there).
  func trimmed(in set: CharacterSet) -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end {
      let scalar = scalars[start]
      if scalar.value > 0xFFFF { return String(self).trimmingCharacters(in: set) }
      guard set.contains(scalar) else { break }
      scalars.formIndex(after: &start)
    }
    while start < end {
      let before = scalars.index(before: end)
      let scalar = scalars[before]
      if scalar.value > 0xFFFF { return String(self).trimmingCharacters(in: set) }
      guard set.contains(scalar) else { break }
      end = before
    }
    if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}

extension Array where Element == UInt8 {
  fileprivate func hasSubsequence(_ needle: [UInt8]) -> Bool {
    guard needle.count <= count else { return false }
    for start in 0...(count - needle.count) where self[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
