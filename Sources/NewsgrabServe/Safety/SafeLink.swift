import Foundation

/// Links the reading room prints: only `http:` and `https:` URLs, whole and
/// printable, ever become an `href`; everything else (`javascript:`, `data:`,
/// `vbscript:`, protocol-relative, text with spaces or controls) is dropped.
package enum SafeLink {
  /// Longer URLs are not linked (no archived article URL comes near this;
  /// it bounds what a hostile page can make the reader print).
  static let maximumLength = 4096

  /// `text` when it is an absolute http(s) URL safe to link, else nil.
  package static func http(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed.utf8.count <= maximumLength else { return nil }
    // Browsers strip tabs and newlines inside a URL ("java\tscript:"); refuse
    // any control, space or non-ASCII byte instead of guessing what they do.
    guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return nil }
    guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
      scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
    else { return nil }
    return trimmed
  }
}
