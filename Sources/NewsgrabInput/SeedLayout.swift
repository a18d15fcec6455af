/// Recognises text snapshots in the seed layout: a first line
/// `![<headline>](<image URL>)` or a plain headline, in a `.txt`/`.md` file.
enum SeedLayout {
  static func looksLikeSeedText(_ bytes: [UInt8], name: String) -> Bool {
    let lower = name.lowercased()
    guard lower.hasSuffix(".txt") || lower.hasSuffix(".md") || lower == "-" else { return false }
    // HTML saved with a .txt name is still HTML.
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
    let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
    if trimmed.hasPrefix("<!doctype") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") { return false }
    return true
  }
}
