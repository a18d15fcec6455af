import Testing

@testable import NewsgrabInput

/// `SavePageAs.find` against a plain scan, on the cases a page gives it:
/// matches at either end, overlapping near-matches, a start past a match.
@Suite struct ByteSearchTests {
  static func plainFind(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    return (start...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
  }

  @Test(arguments: [
    ("x_files/", "<img src=\"x_files/a.png\">"),
    ("_files/", "__files_files/ _files/"),
    ("aab", "aaaab"),
    ("a", "a"),
    ("ab", "b"),
    ("abc", "xxabxabcx abc"),
    ("é/", "caf\u{e9}/ caf\u{e9}/"),
  ])
  func findsWhatAPlainScanFinds(needle: String, haystack: String) {
    let pin = Array(needle.utf8)
    let hay = Array(haystack.utf8)
    for start in 0...hay.count {
      #expect(SavePageAs.find(pin, in: hay, from: start) == Self.plainFind(pin, in: hay, from: start))
    }
  }

  @Test func anEmptyNeedleOrHaystackFindsNothing() {
    #expect(SavePageAs.find([], in: Array("abc".utf8), from: 0) == nil)
    #expect(SavePageAs.find(Array("a".utf8), in: [], from: 0) == nil)
  }
}
