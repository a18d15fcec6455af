/// Reads a WARC file (ISO 28500, versions 0.18 to 1.1) record by record:
/// every `response` record whose HTTP payload is HTML, and every `resource`
/// record that is HTML, becomes one page, handed over as soon as it is read.
///
/// Only one record is in memory at a time, so memory stays flat on a
/// multi-gigabyte crawl. A damaged record is reported and the reader
/// resynchronises on the next `WARC/` header line, so one bad record does
/// not lose the rest of the file.
final class WARCReader {
  let stream: ByteStream
  let name: String
  let maxSize: Int
  /// The number of the record being read, from 1.
  private var record = 0

  init(stream: ByteStream, name: String, maxSize: Int) {
    self.stream = stream
    self.name = name
    self.maxSize = maxSize
  }

  private static let versionPrefix = Array("WARC/".utf8)
  private static let recordStart = Array("\nWARC/".utf8)

  /// WARC files begin with the version line of their first record.
  static func looksLikeWARC(_ head: ArraySlice<UInt8>) -> Bool {
    head.starts(with: versionPrefix)
  }

  func read(_ body: (Result<InputPage, InputError>) -> Void) {
    while true {
      var start = stream.offset
      do {
        // Writers separate records with CRLF CRLF; some add more blank lines.
        while let next = try stream.peek(1).first, next == 0x0D || next == 0x0A { try stream.skip(1) }
        if try stream.atEnd { return }
        record += 1
        start = stream.offset
        switch try readRecord() {
        case .success(let page)?: body(.success(page))
        case .failure(let error)?: body(.failure(.corrupt("WARC record \(record) at byte \(start): \(error)")))
        case nil: break
        }
      } catch {
        // The record's framing is broken: report it, then look for the next
        // record header. A read error or a broken gzip stream ends the file.
        body(.failure(.corrupt("WARC record \(max(record, 1)) at byte \(start): \(error.description)")))
        do {
          guard try stream.skip(toNext: Self.recordStart) else { return }
          try stream.skip(1)
        } catch {
          return
        }
      }
    }
  }

  /// Reads one record. Throws when the record's framing is broken; returns
  /// a failure when the framing is fine but its page cannot be used, and
  /// nil when the record holds no page.
  private func readRecord() throws(InputError) -> Result<InputPage, InputError>? {
    guard let version = try stream.readLine(limit: 64), version.starts(with: Self.versionPrefix) else {
      throw .corrupt("not a WARC record header")
    }
    let headers = try HeaderFields.read(from: stream)
    guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
      throw .corrupt("missing or invalid Content-Length")
    }
    let blockStart = stream.offset
    let type = headers["warc-type"]?.lowercased() ?? ""
    var result: Result<InputPage, InputError>?
    do {
      switch type {
      case "response": result = try readResponse(headers: headers, length: length).map { .success($0) }
      case "resource": result = try readResource(headers: headers, length: length).map { .success($0) }
      default: break
      }
    } catch {
      result = .failure(error)
    }
    // Skip whatever of the block was not read, then check the record end.
    let read = stream.offset - blockStart
    guard read <= length else { throw .corrupt("Content-Length \(length) is shorter than the record") }
    let skipped = try stream.skip(length - read)
    guard skipped == length - read else {
      throw .corrupt("truncated: Content-Length \(length) runs past the end of the file")
    }
    let end = try stream.peek(2)
    // A last record without its trailing CRLF CRLF is complete enough.
    if !end.isEmpty && !(end.starts(with: [0x0D, 0x0A]) || end.starts(with: [0x0A])) {
      throw .corrupt("Content-Length \(length) does not match the record (no record end after it)")
    }
    return result
  }

  private func targetURI(_ headers: HeaderFields) -> String? {
    guard var uri = headers["warc-target-uri"]?.trimmed, !uri.isEmpty else { return nil }
    // WARC 1.0's grammar (and some writers) put the URI in angle brackets.
    if uri.hasPrefix("<"), uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
    return uri
  }

  private func readResponse(headers: HeaderFields, length: Int) throws(InputError) -> InputPage? {
    let blockType = HeaderFields.mediaType(headers["content-type"]) ?? "application/http"
    guard blockType == "application/http" else { return nil }
    let start = stream.offset
    guard let response = try HTTPResponse.readHead(from: stream) else { return nil }
    let headLength = stream.offset - start
    guard headLength <= length else { throw .corrupt("HTTP headers run past the Content-Length") }
    guard (200..<300).contains(response.status) else { return nil }
    if let type = response.mediaType, !Self.isHTML(type) { return nil }
    let payloadLength = length - headLength
    guard payloadLength <= maxSize else { throw .tooLarge(size: payloadLength, limit: maxSize) }
    let raw = try stream.read(payloadLength)
    let payload = try response.decodedPayload(raw, limit: maxSize)
    // Without a Content-Type, only markup counts as a page.
    if response.mediaType == nil && !BinarySniffer.looksLikeMarkup(payload) { return nil }
    return try page(payload, headers: headers, charset: response.charset)
  }

  private func readResource(headers: HeaderFields, length: Int) throws(InputError) -> InputPage? {
    guard let type = HeaderFields.mediaType(headers["content-type"]), Self.isHTML(type) else { return nil }
    guard length <= maxSize else { throw .tooLarge(size: length, limit: maxSize) }
    let payload = try stream.read(length)
    return try page(
      payload, headers: headers, charset: HeaderFields.parameter("charset", in: headers["content-type"]))
  }

  private func page(_ payload: [UInt8], headers: HeaderFields, charset: String?) throws(InputError)
    -> InputPage?
  {
    if payload.isEmpty { return nil }
    if let binary = BinarySniffer.knownBinaryFormat(payload) { throw .notAPage(binary) }
    var page = InputPage(name: "\(name)#\(record)", bytes: payload, format: .html, charsetHint: charset)
    page = InputReader.finishHTML(&page, location: nil)
    // The crawl's own record of where and when wins over comments in the page.
    page.url = targetURI(headers) ?? page.url
    page.savedAt = headers["warc-date"] ?? page.savedAt
    page.container = .warc
    return page
  }

  static func isHTML(_ mediaType: String) -> Bool {
    mediaType == "text/html" || mediaType == "application/xhtml+xml" || mediaType == "application/xhtml"
  }
}
