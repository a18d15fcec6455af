/// Recognises bytes that are certainly not a web page.
enum BinarySniffer {
  private static let signatures: [(prefix: [UInt8], name: String)] = [
    ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
    ([0xFF, 0xD8, 0xFF], "JPEG image"),
    (Array("GIF8".utf8), "GIF image"),
    (Array("%PDF".utf8), "PDF document"),
    ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
    (Array("RIFF".utf8), "RIFF media file"),
    ([0x00, 0x00, 0x01, 0x00], "icon file"),
    (Array("SQLite format 3".utf8), "SQLite database"),
    ([0x42, 0x5A, 0x68], "bzip2 archive"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
    ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
    (Array("wOFF".utf8), "font file"),
    (Array("wOF2".utf8), "font file"),
  ]

  static func knownBinaryFormat(_ bytes: [UInt8]) -> String? {
    for (prefix, name) in signatures where bytes.starts(with: prefix) { return name }
    return nil
  }

  /// Text has few control bytes (UTF-16 pages carry a BOM). A few NULs
  /// are tolerated (the decoder drops them): damaged pages have some.
  static func looksLikeText(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
    let sample = bytes.prefix(8192)
    var nul = 0
    var control = 0
    for byte in sample where byte < 0x09 || (byte > 0x0D && byte < 0x20) {
      if byte == 0 { nul += 1 } else { control += 1 }
    }
    // Random bytes are ~10 % control bytes (and full of "<a"-like pairs, so
    // the markup test alone would pass them). Text carries the odd stray
    // control byte (escape sequences, form feeds) and, when damaged, a few
    // NULs; extraction and the decoder drop both.
    return control * 20 <= sample.count && nul * 20 <= sample.count
  }

  /// HTML has a tag near the start (a UTF-16 page is checked by its BOM).
  static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
    let sample = bytes.prefix(65_536)
    var i = sample.startIndex
    while let open = sample[i...].firstIndex(of: UInt8(ascii: "<")) {
      let next = open + 1
      if next < sample.endIndex {
        let byte = sample[next] | 0x20
        if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || sample[next] == UInt8(ascii: "!") {
          return true
        }
      }
      i = next
    }
    return false
  }
}
