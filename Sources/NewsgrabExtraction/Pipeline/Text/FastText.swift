import Foundation
import NewsgrabHTML

/// Byte-wise text tests for the hot loops of the metadata phases: the
/// Foundation `contains` on `String` goes through a locale-aware search that
/// cost a fifth of extraction time when run over every element's class list.
extension String {
  /// Whether `needle` occurs in the string, compared as UTF-8 bytes,
  /// without copying either string.
  func hasSubstring(_ needle: String) -> Bool {
    if needle.isEmpty { return true }
    let found = utf8.withContiguousStorageIfAvailable { haystack in
      needle.utf8.withContiguousStorageIfAvailable { pattern -> Bool in
        guard haystack.count >= pattern.count, let base = haystack.baseAddress, let first = pattern.baseAddress
        else { return false }
        // memchr finds each candidate for the first byte, memcmp checks it.
        let last = haystack.count - pattern.count
        var i = 0
        while i <= last {
          guard let hit = memchr(base + i, Int32(first.pointee), last - i + 1) else { return false }
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + at, first, pattern.count) == 0 { return true }
          i = at + 1
        }
        return false
      }
    }
    if let found, let found { return found }
    return Array(utf8).hasSubsequence(Array(needle.utf8))
  }

  /// The byte offset where the last occurrence of `needle`'s bytes
  /// starts, nil when there is none. On all-ASCII text with an ASCII
  /// needle, that is where `range(of: needle, options: .backwards)` starts.
  func lastByteOffset(of needle: String) -> Int? {
    let offset = utf8.withContiguousStorageIfAvailable { text -> Int? in
      needle.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
        guard pattern.count <= text.count, let textBase = text.baseAddress else { return nil }
        guard let patternBase = pattern.baseAddress else { return text.count }
        var start = text.count - pattern.count
        while start >= 0 {
          if textBase[start] == patternBase[0], memcmp(textBase + start, patternBase, pattern.count) == 0 {
            return start
          }
          start -= 1
        }
        return nil
      } ?? nil
    }
    guard let offset, let offset else { return nil }
    return offset
  }

  /// `contains(needle)` for an ASCII needle without "K", ";" or "`" (the
  /// only ASCII characters another character is canonically equivalent to:
  /// the Kelvin sign, the Greek question mark, the Greek varia), so text
  /// that holds it holds its bytes: Foundation's search, a thousand
  /// instructions or more, runs only to confirm a byte match.
  func containsASCII(_ needle: String) -> Bool {
    hasSubstring(needle) && contains(needle)
  }

  /// `hasPrefix`, its bytes compared first: a list of labels is mostly
  /// rejected on a byte or two, where `String.hasPrefix` walks grapheme
  /// clusters (a fifth of a Japanese page's extraction went there). The
  /// String comparison then confirms a byte match ends on a character
  /// boundary ("by" is no prefix of "bý…"). Like `hasSubstring`, a
  /// decomposed (NFD) text no longer matches a composed label.
  func hasBytePrefix(_ prefix: String) -> Bool {
    utf8.starts(with: prefix.utf8) && hasPrefix(prefix)
  }

  /// `hasSuffix` the same way as `hasBytePrefix`.
  func hasByteSuffix(_ suffix: String) -> Bool {
    let bytesMatch = utf8.withContiguousStorageIfAvailable { text in
      suffix.utf8.withContiguousStorageIfAvailable { end in
        guard end.count <= text.count else { return false }
        guard let textBase = text.baseAddress, let endBase = end.baseAddress else { return true }
        return memcmp(textBase + (text.count - end.count), endBase, end.count) == 0
      }
    }
    if let bytesMatch, let bytesMatch, !bytesMatch { return false }
    return hasSuffix(suffix)
  }

  /// Whether `split(separator: " ").count <= limit`, counted on bytes and
  /// stopping once past `limit`: heading tests split whole headings only
  /// to count their first few words (22,000 instructions a heading). A
  /// space byte is a Character of its own, the one the split compares
  /// with, when its neighbours are ASCII (no prepend mark before it, no
  /// combining mark after it); a space next to any other byte sends the
  /// text to the split as before.
  func hasAtMostWords(_ limit: Int) -> Bool {
    let counted = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var words = 0
      var inWord = false
      for k in 0..<bytes.count {
        if bytes[k] == 0x20 {
          if k > 0, bytes[k - 1] >= 0x80 { return nil }
          if k + 1 < bytes.count, bytes[k + 1] >= 0x80 { return nil }
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          // Every space so far was a separator, so these words stay apart.
          if words > limit { return false }
        }
      }
      return true
    }
    if let counted, let counted { return counted }
    return split(separator: " ").count <= limit
  }

  /// `components(separatedBy:)`, byte by byte when that gives the same
  /// answer: for ASCII text without CR every byte is a character, and no
  /// ASCII text is canonically equivalent to a non-ASCII separator, so a
  /// plain byte search splits where Foundation's character search would.
  /// Foundation's search cost about ten thousand instructions a call, and
  /// the title and byline splitters call it once per separator and part.
  /// Other text goes to Foundation.
  func splitting(by separator: String) -> [String] {
    let plain = utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }
    guard plain == true, !separator.isEmpty else { return components(separatedBy: separator) }
    guard separator.utf8.allSatisfy({ $0 < 0x80 }) else { return [self] }
    var parts: [String] = []
    let found: Void? = utf8.withContiguousStorageIfAvailable { text in
      let pattern = Array(separator.utf8)
      pattern.withUnsafeBufferPointer { pattern in
        let n = pattern.count
        var start = 0
        var i = 0
        while i + n <= text.count {
          if text[i] == pattern[0], memcmp(text.baseAddress! + i, pattern.baseAddress!, n) == 0 {
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<i]), as: UTF8.self))
            i += n
            start = i
          } else {
            i += 1
          }
        }
        parts.append(String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self))
      }
    }
    guard found != nil else { return components(separatedBy: separator) }
    return parts
  }

  /// `lowercased()`, scalar by scalar as the standard library does it, but
  /// without building a String per non-ASCII scalar: two-byte scalars
  /// (Latin, Greek, Cyrillic, Arabic, Hebrew) map through a table made once
  /// from the same Unicode data, kana, CJK ideographs and Hangul syllables
  /// (which have no case) are copied, and only the rest asks
  /// `lowercaseMapping`. The library's way cost hundreds of instructions a
  /// scalar on non-English text.
  func fastLowercased() -> String {
    var output: [UInt8] = []
    let done: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
      guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
      output.reserveCapacity(bytes.count + 8)
      return true
    }
    guard done == true else { return lowercased() }
    let table = Self.twoByteLowercase
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        continue
      }
      var mapped = scalar
      if value < 0x800 {
        let entry = table[Int(value) - 0x80]
        if entry == Self.severalScalars {
          output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
          continue
        }
        mapped = Unicode.Scalar(entry)!
      } else if !Self.isCaseless(value) {
        output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        continue
      }
      UTF8.encode(mapped) { output.append($0) }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Kana, CJK ideographs and Hangul syllables: no scalar there has a case mapping.
  static func isCaseless(_ value: UInt32) -> Bool {
    (value >= 0x3040 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3)
  }

  static let severalScalars = UInt32.max

  /// The lower-case form of U+0080…U+07FF (`severalScalars` where it is
  /// more than one scalar).
  static let twoByteLowercase: [UInt32] = (UInt32(0x80)..<0x800).map { value in
    let mapping = Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
    return mapping.count == 1 ? mapping.first!.value : severalScalars
  }

  /// Whether any of `needles` occurs in the string.
  func hasAnySubstring(_ needles: [String]) -> Bool {
    needles.contains { hasSubstring($0) }
  }

  /// Whether any word of `set` occurs in the string: one pass over its bytes.
  func hasAnySubstring(_ set: NeedleSet) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ set.occurs(in: $0) }) { return found }
    return Array(utf8).withUnsafeBufferPointer { set.occurs(in: $0) }
  }
}

/// A fixed list of words to look for in class lists and links, indexed by
/// first byte: the phases test every element's markers against lists of a
/// dozen or more words, and one pass over the marker replaces one search per
/// word.
struct NeedleSet: Sendable {
  let words: [String]
  /// All needles' bytes end to end, sorted by first byte.
  private let flat: [UInt8]
  /// `flat[bounds[k]..<bounds[k + 1]]` is the k-th needle in that order.
  private let bounds: [Int]
  /// Needles starting with byte `b` are numbers `first[b]..<first[b + 1]`.
  private let first: [Int]
  private let hasEmpty: Bool
  /// Every needle is non-empty lower-case ASCII without a space.
  private let isPlainLowercase: Bool
  /// Per first byte `b`, four words of a 256-bit set: bit `c` is set when a
  /// needle starts with `b` then `c`. Most candidates fail this one test
  /// (every author path starts with "/", and URLs are full of them).
  private let secondBytes: [UInt64]
  /// Per first byte: a needle of that byte alone exists.
  private let singleByte: [Bool]

  init(_ words: [String]) {
    self.words = words
    let needles = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
    hasEmpty = words.contains { $0.isEmpty }
    isPlainLowercase = words.allSatisfy { word in
      !word.isEmpty && word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x20 && !($0 >= 0x41 && $0 <= 0x5A) }
    }
    var flat: [UInt8] = []
    var bounds = [0]
    for needle in needles {
      flat += needle
      bounds.append(flat.count)
    }
    var first = [Int](repeating: 0, count: 257)
    for byte in 0..<256 {
      first[byte + 1] = first[byte] + needles.filter { $0[0] == UInt8(byte) }.count
    }
    var secondBytes = [UInt64](repeating: 0, count: 256 * 4)
    var singleByte = [Bool](repeating: false, count: 256)
    for needle in needles {
      if needle.count == 1 {
        singleByte[Int(needle[0])] = true
      } else {
        let second = Int(needle[1])
        secondBytes[Int(needle[0]) * 4 + second >> 6] |= 1 << UInt64(second & 63)
      }
    }
    self.secondBytes = secondBytes
    self.singleByte = singleByte
    self.flat = flat
    self.bounds = bounds
    self.first = first
  }

  /// Whether a needle may occur in `node`'s `classAndID`: false only when
  /// its class and id are ASCII and, lower-cased, hold no needle. Needles of
  /// lower-case ASCII without spaces cannot straddle the space that joins
  /// class and id, so each is searched on its own, without building the
  /// String that `classAndID` makes for every element.
  func mayOccur(inMarkerOf node: HTMLNode, names: MarkerNames) -> Bool {
    guard isPlainLowercase else { return true }
    func mayOccur(in number: UInt16?) -> Bool {
      guard let number, let value = node.attributeBytes(number) else { return false }
      return value.withUnsafeBufferPointer { bytes -> Bool in
        // One look first: a value that is not ASCII may hold a needle; most
        // class lists have no capital, and are searched where they lie.
        var hasCapital = false
        for byte in bytes {
          if byte >= 0x80 { return true }
          if byte &- 0x41 < 26 { hasCapital = true }
        }
        guard hasCapital else { return occurs(in: bytes) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower -> Bool in
          for (i, byte) in bytes.enumerated() { lower[i] = byte &- 0x41 < 26 ? byte + 0x20 : byte }
          return occurs(in: UnsafeBufferPointer(lower))
        }
      }
    }
    return mayOccur(in: names.class) || mayOccur(in: names.id)
  }

  /// `node.attribute(number:)?.lowercased().hasAnySubstring(self) == true`,
  /// without making either String when the value is ASCII (lower-casing
  /// ASCII is the byte mapping A-Z to a-z). Author-link tests ask it of
  /// every link of the page.
  func occursLowercased(inAttribute number: UInt16?, of node: HTMLNode) -> Bool {
    guard let number, let value = node.attributeBytes(number) else { return false }
    let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { lower -> Bool? in
      for (i, byte) in value.enumerated() {
        if byte >= 0x80 { return nil }
        lower[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return occurs(in: UnsafeBufferPointer(rebasing: lower[..<value.count]))
    }
    if let found { return found }
    return node.attribute(number: number)?.lowercased().hasAnySubstring(self) == true
  }

  /// Whether any needle occurs in `bytes` (an empty needle always does).
  func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if hasEmpty { return true }
    return flat.withUnsafeBufferPointer { flat in
      bounds.withUnsafeBufferPointer { bounds in
        first.withUnsafeBufferPointer { first in
          let count = bytes.count
          for i in 0..<count {
            let byte = Int(bytes[i])
            var n = first[byte]
            let last = first[byte + 1]
            guard n < last else { continue }
            if singleByte[byte] { return true }
            // Every needle here is two bytes or more: the next byte must fit one.
            guard i + 1 < count else { continue }
            let second = Int(bytes[i + 1])
            guard secondBytes[byte * 4 + second >> 6] & (1 << UInt64(second & 63)) != 0 else { continue }
            while n < last {
              let start = bounds[n]
              let length = bounds[n + 1] - start
              n += 1
              guard length <= count - i else { continue }
              var k = 1
              while k < length, bytes[i + k] == flat[start + k] { k += 1 }
              if k == length { return true }
            }
          }
          return false
        }
      }
    }
  }
}

extension String {
  /// This string canonically composed and decomposed, one form when their
  /// bytes agree: what a byte search must look for to find it either way.
  var canonicalForms: [String] {
    let composed = precomposedStringWithCanonicalMapping
    let decomposed = decomposedStringWithCanonicalMapping
    return composed.utf8.elementsEqual(decomposed.utf8) ? [composed] : [composed, decomposed]
  }
}

extension Character {
  /// A capital, or a letter of a script without capitals (Devanagari,
  /// Hebrew, Arabic, Thai): where a name, or a label in a caption, starts.
  var isCapitalOrUncasedLetter: Bool { isUppercase || (isLetter && !isCased) }
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

/// The interned numbers of `class` and `id` in one document.
struct MarkerNames {
  let `class`: UInt16?
  let id: UInt16?

  init(_ document: HTMLDocument) {
    `class` = document.nameNumber("class")
    id = document.nameNumber("id")
  }
}

/// Foundation makes a new set on every read of `.whitespaces` and its kin
/// (about a thousand instructions each); the phases trim in loops, so the
/// sets they use are made once.
extension CharacterSet {
  static let cachedWhitespaces = CharacterSet.whitespaces
  static let cachedWhitespacesAndNewlines = CharacterSet.whitespacesAndNewlines
  static let cachedPunctuation = CharacterSet.punctuationCharacters
}
