/// Base64 as MIME and `data:` URIs write it: whitespace and line breaks
/// are skipped, missing padding is tolerated, other bytes are an error.
enum Base64 {
  private static let table: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (value, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
      table[Int(byte)] = UInt8(value)
    }
    // The URL-safe alphabet appears in some data: URIs.
    table[Int(UInt8(ascii: "-"))] = 62
    table[Int(UInt8(ascii: "_"))] = 63
    return table
  }()

  /// The decoded bytes, or nil when `text` is not base64.
  static func decode<C: Collection>(_ text: C) -> [UInt8]? where C.Element == UInt8 {
    var output: [UInt8] = []
    output.reserveCapacity(text.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits = 0
    for byte in text {
      if byte == UInt8(ascii: "=") { break }
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
      let value = table[Int(byte)]
      guard value != 0xFF else { return nil }
      accumulator = accumulator << 6 | UInt32(value)
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
      }
    }
    return output
  }

  /// How many bytes `text` decodes to, without decoding it.
  static func decodedCount<C: Collection>(_ text: C) -> Int where C.Element == UInt8 {
    var symbols = 0
    for byte in text where table[Int(byte)] != 0xFF { symbols += 1 }
    return symbols * 6 / 8
  }
}
