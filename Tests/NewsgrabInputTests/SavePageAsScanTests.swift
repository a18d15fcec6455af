import Testing

@testable import NewsgrabInput

/// The byte scans every page goes through before parsing (`memchr`
/// based) find exactly what a plain scan finds.
@Suite struct SavePageAsScanTests {
  /// The obvious definition, for comparison.
  static func naiveFind(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
    for i in start...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle {
      return i
    }
    return nil
  }

  @Test(arguments: [
    ("abc_files/x.jpg", "_files/"), ("_files/", "_files/"), ("a_file_files/", "_files/"), ("", "x"),
    ("aaa", "aaaa"), ("xx_filesx_files/", "_files/"), ("end_files", "_files/"), ("ababab", "bab"),
  ])
  func findMatchesAPlainScan(haystack: String, needle: String) {
    let bytes = Array(haystack.utf8)
    let pattern = Array(needle.utf8)
    for start in 0...bytes.count + 1 {
      #expect(
        SavePageAs.find(pattern, in: bytes, from: start) == Self.naiveFind(pattern, in: bytes, from: start),
        "start \(start) in \(haystack)")
    }
  }

  @Test func referencedFolderTakesTheEarliestSuffixInThePage() {
    let page = Array(#"<img src="./Story-Dateien/b.png"><img src="./Story_files/a.jpg">"#.utf8)
    #expect(SavePageAs.referencedFolder(in: page) == "Story-Dateien")
    #expect(SavePageAs.referencedFolder(in: Array("<p>no folder here</p>".utf8)) == nil)
  }

  @Test func dataURIsAreFoundAfterColonsInProseAndAtTheStart() {
    var page = InputPage(
      name: "p.html",
      bytes: Array(#"<p>metadata: x: y</p><img src="DATA:image/png;base64,iVBORw0K"><img src="data:,hi">"#.utf8),
      format: .html)
    EmbeddedData.extract(from: &page)
    let text = String(decoding: page.bytes, as: UTF8.self)
    #expect(
      text == #"<p>metadata: x: y</p><img src="data:image/png;embedded=1,"><img src="data:text/plain;embedded=2,">"#)
    #expect(page.resources.count == 2)

    var leading = InputPage(name: "d.html", bytes: Array("data:text/plain,hello <p>x</p>".utf8), format: .html)
    EmbeddedData.extract(from: &leading)
    #expect(String(decoding: leading.bytes, as: UTF8.self) == "data:text/plain;embedded=1, <p>x</p>")
  }

  @Test func firstOccurrencesMatchOneSearchPerNeedle() {
    let page = Array("a-b_files/x-Dateien/y_file/z_files/-bestanden/_fichiers/ _file/".utf8)
    let needles = SavePageAs.folderNeedles + [Array("x".utf8), Array("zz".utf8), Array("/".utf8)]
    let found = SavePageAs.firstOccurrences(of: needles, in: page)
    for (needle, at) in zip(needles, found) {
      #expect(at == Self.naiveFind(needle, in: page, from: 0), "\(String(decoding: needle, as: UTF8.self))")
    }
    #expect(SavePageAs.firstOccurrences(of: needles, in: []).allSatisfy { $0 == nil })
    // A long page of near-misses: every word position and the tail.
    let alphabet = Array("-_filesDateinbstandchrvou/x".utf8)
    var state: UInt32 = 7
    for length in [0, 7, 8, 9, 63, 64, 65, 5_000] {
      let long = (0..<length).map { _ -> UInt8 in
        state = state &* 1_103_515_245 &+ 12_345
        return alphabet[Int(state >> 16) % alphabet.count]
      }
      let found = SavePageAs.firstOccurrences(of: needles, in: long)
      for (needle, at) in zip(needles, found) {
        #expect(at == Self.naiveFind(needle, in: long, from: 0), "length \(length)")
      }
    }
  }
}
