/// Reads what browsers and SingleFile write into the pages they save:
/// `<!-- saved from url=(0042)https://… -->` (Chrome, Edge and Internet
/// Explorer's mark of the web) and SingleFile's
/// `<!-- Page saved with SingleFile url: … saved date: … -->`.
enum SavedPageComments {
  /// Both comments sit at the top of the document; SingleFile's follows
  /// `<html>`, after any doctype and a long attribute list.
  static let searchLimit = 8_192

  static let singleFileMarker = Array("Page saved with SingleFile".utf8)
  static let markOfTheWeb = Array("saved from url=(".utf8)

  static func apply(to page: inout InputPage) {
    // Most pages have neither comment: look for the ASCII markers in the
    // bytes first (a String search of the head was 2–3 % of an import).
    // A text match implies a byte match, so this only skips pages without one.
    let headBytes = Array(page.bytes.prefix(searchLimit))
    guard
      SavePageAs.find(singleFileMarker, in: headBytes, from: 0) != nil
        || SavePageAs.find(markOfTheWeb, in: headBytes, from: 0) != nil
    else { return }
    let head = HeaderFields.text(headBytes)
    if let singleFile = head.range(of: "Page saved with SingleFile") {
      // The comment runs to "-->"; its lines are "url: …" and "saved date: …".
      let rest = head[singleFile.upperBound...]
      let comment = rest.range(of: "-->").map { rest[..<$0.lowerBound] } ?? rest
      for line in comment.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
        let text = line.trimmed
        if text.hasPrefix("url:") {
          let url = text.dropFirst(4).trimmed
          if !url.isEmpty { page.url = url }
        } else if text.hasPrefix("saved date:") {
          page.savedAt = SaveDate.iso8601(String(text.dropFirst("saved date:".count)))
        }
      }
      page.container = .singleFile
      return
    }
    if let marker = head.range(of: "saved from url=(") {
      let rest = head[marker.upperBound...]
      guard let close = rest.firstIndex(of: ")") else { return }
      let declared = Int(rest[..<close]) ?? 0
      var url = rest[rest.index(after: close)...]
      if let end = url.range(of: "-->") { url = url[..<end.lowerBound] }
      var text = url.trimmed
      // The number in brackets is the URL's length; trust it when it fits.
      if declared > 0, declared <= text.count { text = String(text.prefix(declared)) }
      if text.hasPrefix("http://") || text.hasPrefix("https://") { page.url = text }
      // Browsers write the mark of the web when they save a page.
      page.container = .savePageAs
    }
  }
}
