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
}
