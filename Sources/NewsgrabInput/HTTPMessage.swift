/// The HTTP response stored in a WARC `response` record: status, headers
/// and the payload with its transfer and content encodings undone.
struct HTTPResponse {
  var status: Int
  var headers: HeaderFields

  /// Reads the status line and headers; nil when the block is not HTTP
  /// (a `dns:` record, for one).
  static func readHead(from stream: ByteStream) throws(InputError) -> HTTPResponse? {
    guard let statusLine = try stream.readLine(limit: HeaderFields.maxLineLength),
      statusLine.starts(with: Array("HTTP/".utf8))
    else { return nil }
    let parts = statusLine.split(separator: 0x20, maxSplits: 2)
    guard parts.count >= 2, let status = Int(HeaderFields.text(parts[1])) else { return nil }
    return HTTPResponse(status: status, headers: try HeaderFields.read(from: stream))
  }

  var mediaType: String? { HeaderFields.mediaType(headers["content-type"]) }
  var charset: String? { HeaderFields.parameter("charset", in: headers["content-type"]) }

  /// The payload as the page's author wrote it: de-chunked and inflated.
  /// Crawlers differ in what they store (Common Crawl, for one, stores
  /// decoded bodies but keeps the original headers), so each step is
  /// applied only when the bytes really are in that encoding.
  func decodedPayload(_ raw: [UInt8], limit: Int) throws(InputError) -> [UInt8] {
    var payload = raw
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true,
      let dechunked = Self.dechunk(payload)
    {
      payload = dechunked
    }
    let encoding = headers["content-encoding"]?.lowercased().trimmed ?? ""
    switch encoding {
    case "gzip", "x-gzip", "deflate":
      if Zlib.isGzip(payload) || (encoding == "deflate" && payload.first.map { $0 & 0x0F == 8 } == true) {
        payload = try Zlib.decompress(payload, limit: limit)
      }
    case "br", "zstd", "compress":
      // Not HTML as stored; no decoder for these is available here.
      if !BinarySniffer.looksLikeMarkup(payload) {
        throw .notAPage("\(encoding)-compressed body, which newsgrab cannot decode")
      }
    default:
      break
    }
    return payload
  }

  /// Undoes `Transfer-Encoding: chunked`; nil when the body is not chunked.
  static func dechunk(_ body: [UInt8]) -> [UInt8]? {
    var output: [UInt8] = []
    output.reserveCapacity(body.count)
    var i = 0
    while i < body.count {
      guard let lineEnd = body[i...].firstIndex(of: 0x0A) else { return nil }
      var sizeText = body[i..<lineEnd]
      if let semicolon = sizeText.firstIndex(of: UInt8(ascii: ";")) { sizeText = sizeText[..<semicolon] }
      let hex = HeaderFields.text(sizeText).trimmed
      guard !hex.isEmpty, hex.count <= 15, let size = Int(hex, radix: 16) else { return nil }
      i = lineEnd + 1
      if size == 0 { return output }
      guard size <= body.count - i else { return nil }
      output.append(contentsOf: body[i..<(i + size)])
      i += size
      // The CRLF after the chunk data.
      if i < body.count, body[i] == 0x0D { i += 1 }
      if i < body.count, body[i] == 0x0A { i += 1 }
    }
    // No terminating zero-size chunk: a truncated transfer; keep what came.
    return output
  }
}
