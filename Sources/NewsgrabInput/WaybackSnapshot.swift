/// Reads a page saved from the Wayback Machine (web.archive.org): the
/// archive's toolbar inserted at the top of `<body>` is taken out (its
/// capture dates, calendar and buttons are not the story's), and the
/// original URL and the capture's time, which the archive's playback script
/// names (`__wm.wombat("http://…", "20130505123456", …)`), become the
/// page's URL and save date when the container recorded neither.
enum WaybackSnapshot {
  /// The playback scripts sit at the top of `<head>`.
  static let searchLimit = 16_384

  /// The playback scripts' names ("__wm.init(", "__wm.wombat(", the older
  /// "WB_wombat_Init"): rare first bytes, so the search through the head is
  /// one `memchr` stop per underscore or capital W.
  static let headMarkers = ["__wm.", "WB_wombat"].map { Array($0.utf8) }
  static let toolbarStart = Array("<!-- BEGIN WAYBACK TOOLBAR INSERT -->".utf8)
  static let toolbarEnd = Array("<!-- END WAYBACK TOOLBAR INSERT -->".utf8)
  static let wombatCall = Array("__wm.wombat(".utf8)

  static func apply(to page: inout InputPage) {
    // The head is searched in place: a copy of it cost more than the searches.
    guard
      headMarkers.contains(where: { SavePageAs.find($0, in: page.bytes, from: 0, below: searchLimit) != nil })
    else { return }
    if let call = SavePageAs.find(wombatCall, in: page.bytes, from: 0, below: searchLimit) {
      let end = min(page.bytes.count, searchLimit)
      let arguments = quotedArguments(in: page.bytes[min(call + wombatCall.count, end)..<end], count: 2)
      if arguments.count == 2 {
        if page.url == nil, arguments[0].hasPrefix("http://") || arguments[0].hasPrefix("https://") {
          page.url = arguments[0]
        }
        if page.savedAt == nil { page.savedAt = timestamp(arguments[1]) }
      }
    }
    if let start = SavePageAs.find(toolbarStart, in: page.bytes, from: 0),
      let end = SavePageAs.find(toolbarEnd, in: page.bytes, from: start)
    {
      page.bytes.removeSubrange(start..<(end + toolbarEnd.count))
    }
  }

  /// The first `count` double-quoted strings of a call's argument list.
  static func quotedArguments(in bytes: ArraySlice<UInt8>, count: Int) -> [String] {
    var found: [String] = []
    var i = bytes.startIndex
    while i < bytes.endIndex, found.count < count {
      let byte = bytes[i]
      if byte == UInt8(ascii: ")") { break }
      guard byte == UInt8(ascii: "\"") else {
        i += 1
        continue
      }
      guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { break }
      found.append(String(decoding: bytes[(i + 1)..<close], as: UTF8.self))
      i = close + 1
    }
    return found
  }

  /// "20130505123456" (the archive's capture time, UTC) in ISO 8601.
  static func timestamp(_ digits: String) -> String? {
    let bytes = Array(digits.utf8)
    guard bytes.count == 14, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let part = { (from: Int, length: Int) in String(decoding: bytes[from..<(from + length)], as: UTF8.self) }
    guard let month = Int(part(4, 2)), (1...12).contains(month), let day = Int(part(6, 2)), (1...31).contains(day)
    else { return nil }
    return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))Z"
  }
}
