import Foundation

/// Replaces `data:` URIs in a page (SingleFile pages inline every image
/// this way) with short stand-ins, and records what each one held.
///
/// `<img src="data:image/png;base64,iVBOR…">` becomes
/// `<img src="data:image/png;embedded=1,">` (still a well-formed RFC 2397
/// URI, unique within the page), and `InputPage.resources` maps that URI to
/// the media type and decoded size, so an article carries
/// `"embedded": {"mediaType": "image/png", "byteCount": 2817}` instead of
/// megabytes of base64. The same payload used twice gets the same stand-in.
enum EmbeddedData {
  private static let scheme = Array("data:".utf8)

  static func extract(from page: inout InputPage) {
    let bytes = page.bytes
    guard let first = find(in: bytes, from: 0) else { return }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var copied = 0
    var next: Int? = first
    var numbers: [Int: [(payload: ArraySlice<UInt8>, number: Int)]] = [:]
    var count = 0
    while let start = next {
      guard let uri = parse(bytes, at: start) else {
        next = find(in: bytes, from: start + scheme.count)
        continue
      }
      let payload = bytes[uri.payload]
      var hasher = Hasher()
      hasher.combine(uri.mediaType)
      hasher.combine(payload.count)
      for byte in payload.prefix(256) { hasher.combine(byte) }
      for byte in payload.suffix(256) { hasher.combine(byte) }
      let key = hasher.finalize()
      let number: Int
      if let known = numbers[key]?.first(where: { $0.payload.elementsEqual(payload) }) {
        number = known.number
      } else {
        count += 1
        number = count
        numbers[key, default: []].append((payload, number))
      }
      let standIn = "data:\(uri.mediaType);embedded=\(number),"
      page.resources[standIn] = EmbeddedResource(
        mediaType: uri.mediaType,
        byteCount: uri.isBase64 ? Base64.decodedCount(payload) : percentDecodedCount(payload))
      output.append(contentsOf: bytes[copied..<start])
      output.append(contentsOf: standIn.utf8)
      copied = uri.payload.upperBound
      next = find(in: bytes, from: copied)
    }
    guard count > 0 else { return }
    output.append(contentsOf: bytes[copied...])
    page.bytes = output
  }

  /// The next `data:` (any case) that starts a URI rather than ends a word
  /// ("metadata:" is prose). Colons are rare in HTML, so `memchr` jumps from
  /// one to the next and the four bytes before each are checked.
  private static func find(in bytes: [UInt8], from start: Int) -> Int? {
    guard start >= 0, bytes.count - scheme.count >= start else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var colon = start + 4
      while colon < buffer.count {
        guard let hit = memchr(base + colon, Int32(UInt8(ascii: ":")), buffer.count - colon) else { return nil }
        colon = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        let i = colon - 4
        if buffer[i] | 0x20 == UInt8(ascii: "d"), buffer[i + 1] | 0x20 == UInt8(ascii: "a"),
          buffer[i + 2] | 0x20 == UInt8(ascii: "t"), buffer[i + 3] | 0x20 == UInt8(ascii: "a"),
          i == 0 || !isWordByte(buffer[i - 1])
        {
          return i
        }
        colon += 1
      }
      return nil
    }
  }

  private struct URI {
    var mediaType: String
    var isBase64: Bool
    var payload: Range<Int>
  }

  /// Parses `data:[<media type>][;param=value]*[;base64],<payload>`.
  private static func parse(_ bytes: [UInt8], at start: Int) -> URI? {
    var i = start + scheme.count
    let typeStart = i
    while i < bytes.count, isTypeByte(bytes[i]) { i += 1 }
    let type = String(decoding: bytes[typeStart..<i], as: UTF8.self).lowercased()
    guard type.isEmpty || type.contains("/") else { return nil }
    var isBase64 = false
    // Parameters, up to the comma.
    while i < bytes.count, bytes[i] == UInt8(ascii: ";") {
      let parameterStart = i + 1
      i += 1
      while i < bytes.count, isTypeByte(bytes[i]) || bytes[i] == UInt8(ascii: "=") || bytes[i] == UInt8(ascii: "\"") {
        i += 1
      }
      if String(decoding: bytes[parameterStart..<i], as: UTF8.self).lowercased() == "base64" { isBase64 = true }
      // Our own stand-in: leave it alone.
      if bytes[parameterStart..<i].starts(with: Array("embedded=".utf8)) { return nil }
    }
    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
    i += 1
    let payloadStart = i
    // The URI ends where the attribute value, CSS url() or srcset entry does.
    let quote: UInt8? = start > 0 && (bytes[start - 1] == 0x22 || bytes[start - 1] == 0x27) ? bytes[start - 1] : nil
    if isBase64 {
      while i < bytes.count, isBase64Byte(bytes[i]) { i += 1 }
    } else {
      while i < bytes.count {
        let byte = bytes[i]
        if let quote, byte == quote { break }
        if quote == nil && (byte <= 0x20 || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ">")) { break }
        if byte == UInt8(ascii: "<") { break }
        i += 1
      }
    }
    guard i > payloadStart else { return nil }
    return URI(mediaType: type.isEmpty ? "text/plain" : type, isBase64: isBase64, payload: payloadStart..<i)
  }

  private static func percentDecodedCount(_ payload: ArraySlice<UInt8>) -> Int {
    var escapes = 0
    for byte in payload where byte == UInt8(ascii: "%") { escapes += 1 }
    return payload.count - 2 * escapes
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  private static func isTypeByte(_ byte: UInt8) -> Bool {
    isWordByte(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
  }

  private static func isBase64Byte(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
      || byte == 0x0A || byte == 0x0D
  }
}
