/// Writes WARC 1.0 records (ISO 28500) for tests that build crawl files in
/// code, damaged ones included. Only tests use it, so it lives in this
/// test-support module, not in the product: the readers are checked against
/// files of real tools (wget, warcio) in NewsgrabCLITests/RealToolInputTests.
package enum WARCWriter {
  /// One record; `declaredLength` overrides the true Content-Length (for
  /// tests of damaged files).
  package static func record(
    type: String, uri: String?, contentType: String, block: [UInt8], date: String = "2026-03-14T09:00:00Z",
    id: Int, declaredLength: Int? = nil
  ) -> [UInt8] {
    let digits = String(id)
    var head = "WARC/1.0\r\nWARC-Type: \(type)\r\n"
    if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
    head += "WARC-Date: \(date)\r\n"
    head +=
      "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(repeating: "0", count: max(0, 12 - digits.count)))\(digits)>\r\n"
    head += "Content-Type: \(contentType)\r\nContent-Length: \(declaredLength ?? block.count)\r\n\r\n"
    return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
  }

  /// A `response` record holding an HTTP 200 response with `body`.
  package static func response(
    uri: String, body: [UInt8], headers: [String] = ["Content-Type: text/html; charset=utf-8"],
    status: String = "200 OK", date: String = "2026-03-14T09:00:00Z",
    id: Int
  ) -> [UInt8] {
    let http = Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    return record(
      type: "response", uri: uri, contentType: "application/http; msgtype=response", block: http, date: date, id: id)
  }

  /// `body` in HTTP/1.1 chunked transfer encoding.
  package static func chunked(_ body: [UInt8], chunkSize: Int = 500) -> [UInt8] {
    var output: [UInt8] = []
    var i = 0
    while i < body.count {
      let piece = body[i..<min(i + chunkSize, body.count)]
      output += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
      i += chunkSize
    }
    return output + Array("0\r\n\r\n".utf8)
  }
}
