/// Reads a page saved from archive.today (archive.ph, archive.is, …): the
/// archive's header table ("Saved from", "no other snapshots from this url",
/// the capture time marked `itemprop=pubdate`) is taken out, and the
/// `<link rel="bookmark">` it writes
/// (`https://archive.ph/2013.05.05-123456/http://…`) gives the original URL
/// and the capture time, when the container recorded neither.
enum ArchiveTodaySnapshot {
  /// The archive writes the whole `<head>` itself; the bookmark link is in it.
  static let searchLimit = 16_384

  static let bookmark = Array("rel=\"bookmark\" href=\"https://archive.".utf8)
  /// What the search looks for first: its colon is a rarer byte than the
  /// "r" of "rel", and every match is then checked for the whole link.
  static let anchor = Array("://archive.".utf8)
  static let header = Array("<div id=\"HEADER\"".utf8)
  static let content = Array("<div id=\"CONTENT\"".utf8)

  static func apply(to page: inout InputPage) {
    guard let link = bookmarkLink(in: page.bytes) else { return }
    // "https://archive.ph/2013.05.05-123456/http://site/story" up to the quote.
    let start = link + bookmark.count - "https://archive.".utf8.count
    let end = min(page.bytes.count, searchLimit)
    guard start < end, let close = page.bytes[start..<end].firstIndex(of: UInt8(ascii: "\"")) else { return }
    let address = String(decoding: page.bytes[start..<close], as: UTF8.self)
    guard let capture = capture(in: address) else { return }
    if let from = SavePageAs.find(header, in: page.bytes, from: 0),
      let to = SavePageAs.find(content, in: page.bytes, from: from)
    {
      page.bytes.removeSubrange(from..<to)
    }
    if page.url == nil { page.url = capture.url }
    if page.savedAt == nil { page.savedAt = capture.time }
  }

  /// Where `<link rel="bookmark" href="https://archive.…` starts in the
  /// page's head (its first `searchLimit` bytes).
  static func bookmarkLink(in bytes: [UInt8]) -> Int? {
    let lead = bookmark.count - anchor.count
    var from = 0
    while let at = SavePageAs.find(anchor, in: bytes, from: from, below: searchLimit) {
      let start = at - lead
      if start >= 0, bytes[start..<(start + bookmark.count)].elementsEqual(bookmark) { return start }
      from = at + 1
    }
    return nil
  }

  /// The original URL and capture time (ISO 8601, UTC) in an archive.today
  /// address: host, "/YYYY.MM.DD-HHMMSS/", then the original.
  static func capture(in address: String) -> (url: String, time: String)? {
    let parts = address.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
    // ["https:", "", "archive.ph", "2013.05.05-123456/http://…"]
    guard parts.count == 4 else { return nil }
    let rest = parts[3]
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    let stamp = Array(rest[..<slash].utf8)
    let url = String(rest[rest.index(after: slash)...])
    guard url.hasPrefix("http://") || url.hasPrefix("https://"), stamp.count == 17, stamp[4] == 0x2E,
      stamp[7] == 0x2E, stamp[10] == 0x2D
    else { return nil }
    let digits = stamp[0..<4] + stamp[5..<7] + stamp[8..<10] + stamp[11..<17]
    guard let time = WaybackSnapshot.timestamp(String(decoding: digits, as: UTF8.self)) else { return nil }
    return (url, time)
  }
}
