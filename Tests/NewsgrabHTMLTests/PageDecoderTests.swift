import Testing

@testable import NewsgrabHTML

@Suite struct PageDecoderTests {
  private func text(_ bytes: [UInt8], hint: String? = nil) -> String {
    String(decoding: PageDecoder.decode(bytes, hint: hint).utf8, as: UTF8.self)
  }

  @Test func undeclaredWindows1252IsNotLatin1() {
    // 0x93/0x94 are curly quotes in windows-1252, control characters in Latin-1.
    let bytes: [UInt8] = Array("<p>".utf8) + [0x93, 0x68, 0x69, 0x94] + Array("</p>".utf8)
    #expect(text(bytes) == "<p>\u{201C}hi\u{201D}</p>")
  }

  @Test func lyingLegacyDeclarationOnUTF8Bytes() {
    let html = #"<meta charset="gb2312"><p>café 中文</p>"#
    let page = PageDecoder.decode(Array(html.utf8))
    #expect(page.charset == .utf8)
    #expect(String(decoding: page.utf8, as: UTF8.self) == html)
  }

  @Test func declaredShiftJISIsTranscoded() {
    // 日本 in Shift_JIS.
    let bytes: [UInt8] = Array(#"<meta charset="shift_jis"><p>"#.utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("</p>".utf8)
    #expect(text(bytes).contains("日本"))
  }

  @Test func strayByteInUTF8PageIsReadAsWindows1252() {
    let bytes: [UInt8] = Array("<meta charset=utf-8><p>naïve ".utf8) + [0x92] + Array("s</p>".utf8)
    #expect(text(bytes) == "<meta charset=utf-8><p>naïve \u{2019}s</p>")
  }

  @Test func byteOrderMarks() {
    #expect(text([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8)) == "<p>é</p>")
    let utf16: [UInt8] = [0xFF, 0xFE] + Array("<p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(text(utf16) == "<p>")
  }

  @Test func labelsMapLikeBrowsers() {
    #expect(Charset(label: "ISO-8859-1") == .windows1252)
    #expect(Charset(label: " \"utf8\" ") == .utf8)
    #expect(Charset(label: "x-made-up") == nil)
  }

  @Test func koi8rDeclaredAsLatin1IsCaught() {
    // "Привет, мир! Новости дня" in KOI8-R, declared iso-8859-1.
    let koi8: [UInt8] = [
      0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2, 0x21, 0x20, 0xEE, 0xCF, 0xD7, 0xCF, 0xD3,
      0xD4, 0xC9, 0x20, 0xC4, 0xCE, 0xD1,
    ]
    var bytes = Array(#"<meta charset="iso-8859-1"><p>"#.utf8)
    for _ in 0..<4 { bytes += koi8 + [0x20] }
    let page = PageDecoder.decode(bytes)
    #expect(page.charset == Charset(label: "koi8-r"))
    #expect(String(decoding: page.utf8, as: UTF8.self).contains("Привет, мир! Новости дня"))
    #expect(page.declared == "iso-8859-1")
  }

  @Test func westernAccentsStayWestern() {
    // Isolated accents: windows-1252 whether declared or not.
    let bytes: [UInt8] =
      Array("<p>Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me br".utf8) + [0xFB]
      + Array("l".utf8) + [0xE9] + Array("e, na".utf8) + [0xEF] + Array("ve".utf8)
    #expect(text(bytes) == "<p>Café crème brûlée, naïve")
    #expect(text(Array(#"<meta charset="windows-1252">"#.utf8) + bytes).hasSuffix("Café crème brûlée, naïve"))
  }

  @Test func nulBytesAreDropped() {
    #expect(text(Array("<p>a".utf8) + [0] + Array("b</p>".utf8)) == "<p>ab</p>")
  }

  @Test func equalsAreCountedExactly() {
    var bytes: [UInt8] = []
    var expected = 0
    // Every byte value next to "=" in every position of a word, and a tail.
    for value in 0...255 {
      bytes.append(UInt8(value))
      if value == 0x3D { expected += 1 }
      if value % 3 == 0 {
        bytes.append(UInt8(ascii: "="))
        expected += 1
      }
    }
    bytes += Array("==x=".utf8)
    expected += 3
    for start in 0..<9 {
      let slice = Array(bytes[start...])
      let plain = slice.filter { $0 == UInt8(ascii: "=") }.count
      #expect(slice.withUnsafeBufferPointer { MarkupLimits.countOfEquals(in: $0) } == plain)
    }
    #expect(bytes.withUnsafeBufferPointer { MarkupLimits.countOfEquals(in: $0) } == expected)
    // Long runs: the per-byte counters are summed before they overflow.
    let all = [UInt8](repeating: UInt8(ascii: "="), count: 4_099)
    #expect(all.withUnsafeBufferPointer { MarkupLimits.countOfEquals(in: $0) } == 4_099)
    var state: UInt32 = 12_345
    let mixed = (0..<20_000).map { _ -> UInt8 in
      state = state &* 1_103_515_245 &+ 12_345
      return state >> 16 % 4 == 0 ? UInt8(ascii: "=") : UInt8(truncatingIfNeeded: state >> 8)
    }
    let plainCount = mixed.filter { $0 == UInt8(ascii: "=") }.count
    #expect(mixed.withUnsafeBufferPointer { MarkupLimits.countOfEquals(in: $0) } == plainCount)
  }
}
