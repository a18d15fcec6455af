import NewsgrabOutput

/// RFC 4180 CSV, safe to open in a spreadsheet.
enum CSVWriter {
  /// One record: fields quoted when needed, CRLF-free (`\n` line ends).
  static func row(_ fields: [String?]) -> String {
    fields.map { field($0 ?? "") }.joined(separator: ",") + "\n"
  }

  /// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
  /// or a tab/CR that some programs strip first) gets a leading `'`, so it
  /// is shown as text; then the field is quoted if it needs to be.
  static func field(_ text: String) -> String {
    var text = TerminalText.safe(text)
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }
}
