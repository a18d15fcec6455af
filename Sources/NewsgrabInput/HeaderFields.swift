/// The `Name: value` header lines of a WARC record, an HTTP message or a
/// MIME part (RFC 5322 folding: a line starting with a blank continues the
/// previous one). Names compare case-insensitively.
struct HeaderFields: Sendable {
  /// Most header blocks seen in the wild have a few dozen lines; a block
  /// with thousands is hostile and refused rather than collected.
  static let maxFields = 1_000
  /// A single header line longer than this is not a header.
  static let maxLineLength = 1 << 20

  private(set) var fields: [(name: String, value: String)] = []

  /// The first value of `name`, trimmed.
  subscript(name: String) -> String? {
    let lower = name.lowercased()
    return fields.first { $0.name == lower }?.value
  }

  mutating func append(line: [UInt8]) {
    if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
      fields[fields.count - 1].value += " " + Self.text(line).trimmed
      return
    }
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
    let name = Self.text(line[..<colon]).trimmed.lowercased()
    guard !name.isEmpty, fields.count < Self.maxFields else { return }
    fields.append((name, Self.text(line[(colon + 1)...]).trimmed))
  }

  /// Reads header lines up to the blank line that ends them.
  static func read(from stream: ByteStream) throws(InputError) -> HeaderFields {
    var headers = HeaderFields()
    var count = 0
    while let line = try stream.readLine(limit: maxLineLength), !line.isEmpty {
      count += 1
      guard count <= maxFields * 4 else { throw .corrupt("header block too long") }
      headers.append(line: line)
    }
    return headers
  }

  /// Parses the header block at the start of `bytes[from...]`; returns the
  /// fields and where the body starts (after the blank line, or the end).
  static func parse(_ bytes: [UInt8], from start: Int) -> (HeaderFields, body: Int) {
    var headers = HeaderFields()
    var i = start
    while i < bytes.count {
      let end = bytes[i...].firstIndex(of: 0x0A) ?? bytes.count
      var line = bytes[i..<end]
      if line.last == 0x0D { line = line.dropLast() }
      i = min(end + 1, bytes.count)
      if line.isEmpty { return (headers, i) }
      headers.append(line: Array(line))
    }
    return (headers, bytes.count)
  }

  /// The media type of a `Content-Type` value, lower-cased: `text/html`.
  static func mediaType(_ value: String?) -> String? {
    guard let value else { return nil }
    let type = value.split(separator: ";", maxSplits: 1).first.map { String($0).trimmed.lowercased() } ?? ""
    return type.isEmpty ? nil : type
  }

  /// A parameter of a structured value: `charset` in `text/html; charset="utf-8"`.
  static func parameter(_ name: String, in value: String?) -> String? {
    guard let value else { return nil }
    for part in value.split(separator: ";").dropFirst() {
      guard let equals = part.firstIndex(of: "=") else { continue }
      guard part[..<equals].trimmed.lowercased() == name else { continue }
      var result = part[part.index(after: equals)...].trimmed
      if result.hasPrefix("\""), result.hasSuffix("\""), result.count >= 2 {
        result = String(result.dropFirst().dropLast())
      }
      return result.isEmpty ? nil : result
    }
    return nil
  }

  /// Header bytes as text: UTF-8 where valid, else each byte as Latin-1.
  static func text<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    if let utf8 = String(validating: Array(bytes), as: UTF8.self) { return utf8 }
    return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
  }
}

extension StringProtocol {
  /// Without leading and trailing blanks and line breaks.
  var trimmed: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" || first == "\r" || first == "\n" {
      slice = slice.dropFirst()
    }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" || last == "\n" {
      slice = slice.dropLast()
    }
    return String(slice)
  }
}
