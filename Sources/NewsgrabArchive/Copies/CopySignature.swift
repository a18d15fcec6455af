/// What a body's text looks like to the copy finder: a MinHash signature of
/// its word shingles, cut into LSH bands.
///
/// Two bodies are the same story when the estimated Jaccard similarity of
/// their shingle sets reaches `sameStoryThreshold`. Shingles are runs of
/// `shingleLength` normalised words (lower-cased, letters and digits only),
/// so a template, a headline or punctuation that differs does not count, and
/// each changed word only changes the `shingleLength` shingles that hold it.
package struct CopySignature: Hashable, Sendable {
  /// Words per shingle. Five: with three, two different stories on one
  /// event shared enough stock phrases ("said in a statement on") to pass
  /// for a trimmed copy; beyond five, a few reworded words cost too much.
  static let shingleLength = 5
  /// MinHash values per signature: `bandCount` × `rowsPerBand`. The
  /// estimate's standard error at J = 0.5 is √(0.25 / 60) ≈ 0.065.
  static let hashCount = bandCount * rowsPerBand
  /// LSH banding: two bodies become candidates when all rows of any band
  /// agree, with probability 1 − (1 − J³)²⁰: 0.93 at J = 0.5, 0.99 at 0.6,
  /// 0.42 at 0.3 (those are then rejected on the whole signature).
  static let bandCount = 20
  static let rowsPerBand = 3
  /// Same story at this estimated Jaccard similarity or above. On the
  /// labelled set (`scripts/make-copy-pairs.py`, 2,627 pairs, exact Jaccard
  /// of 5-word shingles): different stories on one topic reach at most
  /// 0.17, a follow-up quoting the first story's opening at most 0.15;
  /// copies with a paragraph added, one word in forty reworded or a
  /// correction note are at least 0.58 (medians 0.80–0.99). 0.5 sits in
  /// that gap with room for the estimate's error on both sides.
  package static let sameStoryThreshold = 0.5
  /// Bodies shorter than this are never grouped: a brief of 40 words is
  /// mostly a dateline, a byline and stock phrases, which it shares with
  /// every other brief of its desk; below 50 words one shared sentence is
  /// already a fifth of the shingles.
  package static let minimumWords = 50

  /// The `hashCount` minimum hashes.
  package let values: [UInt64]

  package init(values: [UInt64]) { self.values = values }

  /// The signature of a body, or nil when it has fewer than `minimumWords` words.
  package init?(body: String) {
    let words = Self.wordHashes(body)
    guard words.count >= Self.minimumWords else { return nil }
    var shingles = Set<UInt64>(minimumCapacity: words.count)
    for start in 0...(words.count - Self.shingleLength) {
      var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
      for offset in 0..<Self.shingleLength {
        hash = Self.mix(hash ^ words[start + offset])
      }
      shingles.insert(hash)
    }
    var minimums = [UInt64](repeating: .max, count: Self.hashCount)
    let seeds = Self.seeds
    for shingle in shingles {
      for index in 0..<Self.hashCount {
        let value = Self.mix(shingle ^ seeds[index])
        if value < minimums[index] { minimums[index] = value }
      }
    }
    values = minimums
  }

  /// The estimated Jaccard similarity of the two shingle sets (0...1).
  /// The group of the most similar candidate that reaches
  /// `sameStoryThreshold` (the first of equals), or nil: then the article
  /// starts a group of its own. Every store groups by this one rule.
  package func group(among candidates: [(group: Int64, signature: CopySignature)]) -> Int64? {
    var best: (similarity: Double, group: Int64)? = nil
    for (group, other) in candidates {
      let similarity = similarity(to: other)
      guard similarity >= Self.sameStoryThreshold else { continue }
      if best == nil || similarity > best!.similarity { best = (similarity, group) }
    }
    return best?.group
  }

  package func similarity(to other: CopySignature) -> Double {
    guard values.count == other.values.count, !values.isEmpty else { return 0 }
    var equal = 0
    for index in values.indices where values[index] == other.values[index] { equal += 1 }
    return Double(equal) / Double(values.count)
  }

  /// One key per band: the hash of its rows (and the band's number).
  package var bandKeys: [Int64] {
    (0..<Self.bandCount).map { band in
      var hash = Self.mix(UInt64(band) &+ 0xA076_1D64_78BD_642F)
      for row in 0..<Self.rowsPerBand { hash = Self.mix(hash ^ values[band * Self.rowsPerBand + row]) }
      return Int64(bitPattern: hash)
    }
  }

  /// The signature as stored: `hashCount` little-endian 64-bit values.
  package var bytes: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(values.count * 8)
    for value in values {
      for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
    return bytes
  }

  package init?(bytes: [UInt8]) {
    guard bytes.count == Self.hashCount * 8 else { return nil }
    values = (0..<Self.hashCount).map { index in
      (0..<8).reduce(UInt64(0)) { value, byte in value | UInt64(bytes[index * 8 + byte]) << UInt64(byte * 8) }
    }
  }

  /// FNV-1a (64-bit) of each word: runs of letters and digits, lower-cased.
  static func wordHashes(_ text: String) -> [UInt64] {
    let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    let prime: UInt64 = 0x0000_0100_0000_01B3
    var hashes: [UInt64] = []
    var hash = offsetBasis
    var inWord = false
    for scalar in text.lowercased().unicodeScalars {
      let value = scalar.value
      let isWordScalar =
        value < 0x80
        ? (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        : scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
      if isWordScalar, Self.isUnspacedScript(value) {
        // Scripts written without spaces between words: each character is
        // a word, else a whole sentence would be one.
        if inWord { hashes.append(hash) }
        hashes.append((offsetBasis ^ UInt64(value)) &* prime)
        hash = offsetBasis
        inWord = false
      } else if isWordScalar {
        hash = (hash ^ UInt64(value)) &* prime
        inWord = true
      } else if inWord {
        hashes.append(hash)
        hash = offsetBasis
        inWord = false
      }
    }
    if inWord { hashes.append(hash) }
    return hashes
  }

  /// Han ideographs (with extension A and compatibility forms), hiragana,
  /// katakana and Thai: scripts whose words are not separated by spaces.
  @inline(__always) static func isUnspacedScript(_ value: UInt32) -> Bool {
    (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0x0E00...0x0E7F).contains(value)
  }

  /// SplitMix64's finaliser: a cheap 64-bit mix with full avalanche.
  @inline(__always) static func mix(_ input: UInt64) -> UInt64 {
    var z = input &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// One seed per MinHash function, fixed: stored signatures stay comparable.
  static let seeds: [UInt64] = (0..<hashCount).map { mix(UInt64($0) &* 0xD1B5_4A32_D192_ED03) }
}
