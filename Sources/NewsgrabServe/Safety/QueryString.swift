import Foundation

/// The parameters of a request's query string, as an HTML form sends them
/// (`+` for a space, percent-encoded UTF-8); the first of repeated names wins.
struct QueryString {
  private var values: [String: String] = [:]

  init(_ query: String?) {
    guard let query, !query.isEmpty else { return }
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(parts[0])
      guard values[name] == nil else { continue }
      values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
    }
  }

  /// The value, trimmed; nil when absent or empty.
  subscript(_ name: String) -> String? {
    guard let value = values[name]?.trimmingWhitespace(), !value.isEmpty else { return nil }
    return value
  }

  private static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    // Invalid escapes (`%zz`, cut UTF-8) keep their text as typed.
    return spaced.removingPercentEncoding ?? spaced
  }

  /// `name=value&…` for links, form-encoded; nil values left out.
  static func encode(_ pairs: [(String, String?)]) -> String {
    pairs.compactMap { name, value in
      value.map { "\(name)=\(formEncode($0))" }
    }.joined(separator: "&")
  }

  /// Unreserved characters as they are, everything else percent-encoded.
  static func formEncode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: " "): out += "+"
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}

extension String {
  func trimmingWhitespace() -> String {
    String(self.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
  }
}
