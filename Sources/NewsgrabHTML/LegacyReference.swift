/// Named character references a browser decodes without their semicolon.
///
/// The HTML standard keeps 106 names from HTML 4 working without ";"
/// ("Par&nbspDavid", "&copy 2024", "AT&ampT"): the Latin-1 names, "amp",
/// "lt", "gt", "quot" and a few upper-case spellings. libxml2 2.9 decodes a
/// name only with its ";" and otherwise hands the parser's text callback a
/// lone "&" and then the name as written, so the tree read "&nbspDavid".
/// `HTMLTreeBuilder` spots that pair of callbacks and decodes the longest
/// legacy name the run starts with, as a browser does in text.
enum LegacyReference {
  /// The Latin-1 names in code point order, U+00A0 to U+00FF.
  private static let latin1Names = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not",
    "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil", "sup1",
    "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml",
    "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH",
    "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig",
    "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml",
  ]

  /// Every legacy name as bytes, with its character.
  private static let table: [(name: [UInt8], scalar: Unicode.Scalar)] = {
    var table = latin1Names.enumerated().map { (Array($1.utf8), Unicode.Scalar(UInt8(0xA0 + $0))) }
    let others: [(String, Unicode.Scalar)] = [
      ("amp", "&"), ("AMP", "&"), ("lt", "<"), ("LT", "<"), ("gt", ">"), ("GT", ">"), ("quot", "\""),
      ("QUOT", "\""), ("COPY", "\u{A9}"), ("REG", "\u{AE}"),
    ]
    table += others.map { (Array($0.0.utf8), $0.1) }
    return table
  }()

  /// The character of the longest legacy name `run` starts with, and that
  /// name's length; nil when `run` is not a whole name as libxml2 reads one
  /// (letters, digits, "_", ":", ".", "-": anything else means the "&"
  /// was text of its own, such as a decoded "&amp;" before "nbsp;") or
  /// starts with no legacy name.
  static func match(_ run: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, length: Int)? {
    guard let first = run.first, isLetter(first), run.allSatisfy(isNameByte) else { return nil }
    var best: (scalar: Unicode.Scalar, length: Int)?
    for (name, scalar) in table where name.count <= run.count && name.count > (best?.length ?? 0) {
      if name.indices.allSatisfy({ name[$0] == run[$0] }) { best = (scalar, name.count) }
    }
    return best
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x3A || byte == 0x2E || byte == 0x2D
  }
}
