/// Reads MHTML ("Webpage, single file" in Chrome and Edge; `.mhtml`/`.mht`):
/// a MIME `multipart/related` message whose HTML part is the page and whose
/// other parts are its images and styles (RFC 2557).
///
/// The HTML part's transfer encoding (quoted-printable, base64) is undone
/// and its charset passed on as a hint; `Snapshot-Content-Location` (Chrome)
/// or the part's `Content-Location` is the page URL; the `Date:` header is
/// the save date; image parts become `InputPage.resources`, keyed by their
/// `Content-Location` and `cid:` URL, so the article marks them embedded.
enum MHTMLReader {
  /// Whether the bytes start with a MIME header block announcing a
  /// multipart message (checked on the header block only: a page that
  /// merely mentions "multipart" is not MIME).
  static func looksLikeMHTML(_ bytes: ArraySlice<UInt8>) -> Bool {
    let head = Array(bytes.prefix(16_384))
    guard let first = head.first, first != UInt8(ascii: "<"), first != 0x20 else { return false }
    let (headers, body) = HeaderFields.parse(head, from: 0)
    guard body < head.count || headers["content-type"] != nil else { return false }
    if let type = HeaderFields.mediaType(headers["content-type"]), type.hasPrefix("multipart/") { return true }
    return headers["mime-version"] != nil && headers["content-type"] != nil
  }

  static func page(_ bytes: [UInt8], name: String) throws(InputError) -> InputPage {
    let (top, bodyStart) = HeaderFields.parse(bytes, from: 0)
    let contentType = top["content-type"]
    guard let type = HeaderFields.mediaType(contentType), type.hasPrefix("multipart/") else {
      throw .corrupt("MHTML file is not multipart (Content-Type: \(contentType ?? "missing"))")
    }
    guard let boundary = HeaderFields.parameter("boundary", in: contentType), !boundary.isEmpty else {
      throw .corrupt("MHTML file has no multipart boundary")
    }
    let parts = split(bytes, from: bodyStart, boundary: Array(("--" + boundary).utf8))
    guard !parts.isEmpty else { throw .corrupt("MHTML file has no parts (boundary \"\(boundary)\" never occurs)") }

    let startID = HeaderFields.parameter("start", in: contentType).map(stripAngles)
    var page: (headers: HeaderFields, body: [UInt8])?
    var resources: [String: EmbeddedResource] = [:]
    for range in parts {
      let (headers, body) = HeaderFields.parse(bytes, from: range.lowerBound)
      let raw = Array(bytes[min(body, range.upperBound)..<range.upperBound])
      let partType = HeaderFields.mediaType(headers["content-type"]) ?? "text/plain"
      let isStart = startID != nil && headers["content-id"].map(stripAngles) == startID
      if page == nil
        && (isStart || (startID == nil && (partType == "text/html" || partType == "application/xhtml+xml")))
      {
        page = (headers, decode(raw, encoding: headers["content-transfer-encoding"]))
        continue
      }
      guard !partType.hasPrefix("text/html") else { continue }  // frames: not the article
      let size = decodedSize(raw, encoding: headers["content-transfer-encoding"])
      let resource = EmbeddedResource(mediaType: partType, byteCount: size)
      if let location = headers["content-location"], !location.isEmpty { resources[location] = resource }
      if let id = headers["content-id"] { resources["cid:" + stripAngles(id)] = resource }
    }
    guard let page else { throw .corrupt("MHTML file has no HTML part") }
    var result = InputPage(
      name: name, bytes: page.body, format: .html,
      charsetHint: HeaderFields.parameter("charset", in: page.headers["content-type"]),
      url: top["snapshot-content-location"] ?? page.headers["content-location"],
      savedAt: top["date"].flatMap(SaveDate.iso8601), resources: resources, container: .mhtml)
    if result.url?.isEmpty == true { result.url = nil }
    return result
  }

  /// The byte ranges of the parts between `delimiter` lines.
  static func split(_ bytes: [UInt8], from start: Int, boundary delimiter: [UInt8]) -> [Range<Int>] {
    var delimiters: [(start: Int, end: Int, closing: Bool)] = []
    var i = start
    while let at = SavePageAs.find(delimiter, in: bytes, from: i) {
      // A delimiter starts a line.
      guard at == start || at == 0 || bytes[at - 1] == 0x0A else {
        i = at + 1
        continue
      }
      var after = at + delimiter.count
      let closing =
        after + 1 < bytes.count && bytes[after] == UInt8(ascii: "-") && bytes[after + 1] == UInt8(ascii: "-")
      // The rest of the delimiter line (transport padding) is ignored.
      after = bytes[after...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
      delimiters.append((at, after, closing))
      if closing { break }
      i = after
    }
    var parts: [Range<Int>] = []
    for (index, delimiter) in delimiters.enumerated() where !delimiter.closing {
      var end = index + 1 < delimiters.count ? delimiters[index + 1].start : bytes.count
      // The line break before the next delimiter belongs to it.
      if end > delimiter.end, bytes[end - 1] == 0x0A { end -= 1 }
      if end > delimiter.end, bytes[end - 1] == 0x0D { end -= 1 }
      if end >= delimiter.end { parts.append(delimiter.end..<end) }
    }
    return parts
  }

  static func decode(_ raw: [UInt8], encoding: String?) -> [UInt8] {
    switch encoding?.lowercased().trimmed {
    case "quoted-printable": QuotedPrintable.decode(raw)
    case "base64": Base64.decode(raw) ?? raw
    default: raw
    }
  }

  private static func decodedSize(_ raw: [UInt8], encoding: String?) -> Int {
    switch encoding?.lowercased().trimmed {
    case "base64": Base64.decodedCount(raw)
    case "quoted-printable": QuotedPrintable.decode(raw).count
    default: raw.count
    }
  }

  private static func stripAngles(_ id: String) -> String {
    var text = id.trimmed
    if text.hasPrefix("<"), text.hasSuffix(">"), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
    return text
  }
}
