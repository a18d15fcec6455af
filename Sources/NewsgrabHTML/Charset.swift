/// Decides a page's character encoding the way a careful browser would, and
/// never trusts a declaration the bytes contradict.
///
/// Order: byte-order mark; then a declared charset (transport hint, then
/// `<meta charset>` / `http-equiv` / XML declaration) checked against the
/// bytes; then sniffing. Legacy labels map to what browsers really decode
/// (`iso-8859-1` and `ascii` are windows-1252, `gb2312` is GBK, …).
package struct Charset: Hashable, Sendable, CustomStringConvertible {
  /// The canonical (iconv) name, e.g. "UTF-8", "WINDOWS-1252", "SHIFT_JIS".
  package let name: String

  package static let utf8 = Charset(name: "UTF-8")
  package static let utf16LE = Charset(name: "UTF-16LE")
  package static let utf16BE = Charset(name: "UTF-16BE")
  package static let windows1252 = Charset(name: "WINDOWS-1252")

  package var description: String { name }
  package var isUTF8: Bool { self == .utf8 }

  /// Maps a WHATWG-style label to the decoder browsers use; nil when unknown.
  package init?(label raw: String) {
    let label = raw.trimmingASCIIWhitespaceAndQuotes().lowercased()
    guard !label.isEmpty else { return nil }
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": name = "UTF-8"
    case "utf-16", "utf-16le", "unicode", "ucs-2": name = "UTF-16LE"
    case "utf-16be": name = "UTF-16BE"
    case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252",
      "windows-1252", "x-cp1252", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100":
      name = "WINDOWS-1252"
    case "gb2312", "gbk", "x-gbk", "cp936", "windows-936", "chinese", "csgb2312", "euc-cn": name = "GBK"
    case "gb18030": name = "GB18030"
    case "big5", "big5-hkscs", "x-x-big5", "cn-big5": name = "BIG5-HKSCS"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932", "csshiftjis":
      name = "CP932"
    case "euc-jp", "x-euc-jp", "eucjp": name = "EUC-JP"
    case "iso-2022-jp": name = "ISO-2022-JP"
    case "euc-kr", "ks_c_5601-1987", "korean", "windows-949", "cp949": name = "CP949"
    case "koi8-r", "koi8", "cskoi8r": name = "KOI8-R"
    case "koi8-u": name = "KOI8-U"
    case "tis-620", "windows-874", "iso-8859-11": name = "WINDOWS-874"
    default:
      if label.hasPrefix("windows-125"), label.count == 12 {
        name = label.uppercased()
      } else if label.hasPrefix("cp125"), label.count == 6 {
        name = "WINDOWS-" + label.dropFirst(2)
      } else if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") || label.hasPrefix("iso_8859-") {
        let number = label.split(whereSeparator: { $0 == "-" || $0 == "_" }).last.map(String.init) ?? ""
        guard let value = Int(number), (2...16).contains(value) else { return nil }
        // Browsers decode iso-8859-9 as windows-1254 (a superset).
        name = value == 9 ? "WINDOWS-1254" : "ISO-8859-\(value)"
      } else {
        return nil
      }
    }
  }

  init(name: String) { self.name = name }
}

/// How the encoding was decided, for provenance and debugging.
package enum CharsetSource: String, Sendable {
  case byteOrderMark = "bom"
  case hint
  case declaration
  case sniffed
}

extension String {
  func trimmingASCIIWhitespaceAndQuotes() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\"" || first == "'" || first == "\t" || first == "\n" || first == "\r" {
      scalars = scalars.dropFirst()
    }
    while let last = scalars.last, last == " " || last == "\"" || last == "'" || last == "\t" || last == "\n" || last == "\r" || last == ";" {
      scalars = scalars.dropLast()
    }
    return String(scalars)
  }
}
