import Testing

@testable import NewsgrabInput

@Suite("libdeflate writes plain zlib streams")
struct DeflateTests {
  /// Inputs of the shapes the archive stores: nothing, a few bytes, a
  /// repetitive page, and bytes that do not compress (a stored block).
  static let inputs: [(String, [UInt8])] = {
    var generator = SplitMix(seed: 7)
    let noise = (0..<300_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let page = Array(
      ("<html><head><meta charset=utf-8><title>Ferry</title></head><body>"
        + String(repeating: "<p class=\"story\">The ferry leaves at nine; the café opens at eight.</p>\n", count: 3000)
        + "</body></html>").utf8)
    return [("empty", []), ("three bytes", Array("abc".utf8)), ("a page", page), ("noise", noise)]
  }()

  @Test("zlib's own inflate gives the original bytes back", arguments: 0..<inputs.count)
  func roundTrip(index: Int) throws {
    let (name, input) = Self.inputs[index]
    for level: Int32 in [1, 6, 12] {
      let compressed = Deflate.zlib(input, level: level)
      #expect(try Zlib.decompress(compressed, limit: input.count + 1) == input, "\(name), level \(level)")
      // RFC 1950 header: deflate with a 32 KB window (0x78), and a check
      // value that makes the first two bytes a multiple of 31. Python's
      // zlib.decompress and sqlar_uncompress accept nothing else.
      #expect(compressed.count >= 6)
      #expect(compressed.first == 0x78, "\(name), level \(level)")
      if compressed.count >= 2 { #expect((Int(compressed[0]) << 8 | Int(compressed[1])) % 31 == 0) }
    }
  }

  @Test("a page shrinks; noise grows by no more than the stored-block overhead")
  func sizes() {
    let page = Self.inputs[2].1
    let noise = Self.inputs[3].1
    #expect(Deflate.zlib(page, level: 1).count < page.count / 20)
    #expect(Deflate.zlib(noise, level: 1).count <= noise.count + noise.count / 1000 + 16)
  }

  @Test("a level libdeflate does not have falls back to zlib, still a zlib stream")
  func outOfRangeLevel() throws {
    let page = Self.inputs[2].1
    let compressed = Deflate.zlib(page, level: 99)
    #expect(try Zlib.decompress(compressed, limit: page.count) == page)
  }
}

/// A small deterministic generator, so the noise is the same on every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
