/// MIME quoted-printable (RFC 2045 §6.7): `=XX` is a byte, `=` at the end
/// of a line joins it to the next. Malformed escapes are kept as written,
/// as mail readers do.
enum QuotedPrintable {
  static func decode(_ text: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var i = 0
    while i < text.count {
      let byte = text[i]
      guard byte == UInt8(ascii: "=") else {
        output.append(byte)
        i += 1
        continue
      }
      // Soft line break: "=" then optional trailing blanks then CRLF or LF.
      var j = i + 1
      while j < text.count, text[j] == 0x20 || text[j] == 0x09 { j += 1 }
      if j < text.count, text[j] == 0x0D || text[j] == 0x0A {
        if text[j] == 0x0D, j + 1 < text.count, text[j + 1] == 0x0A { j += 1 }
        i = j + 1
        continue
      }
      if j == text.count {
        i = j
        continue
      }
      if i + 2 < text.count, let high = hexValue(text[i + 1]), let low = hexValue(text[i + 2]) {
        output.append(high << 4 | low)
        i += 3
      } else {
        output.append(byte)
        i += 1
      }
    }
    return output
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}
