import NewsgrabHTML

/// The last resort, like htmldate's extensive search: when no element,
/// attribute or URL gives a date, the most frequent plausible date in the
/// page's visible text, the one nearest the top on a tie. Pictures' texts
/// are left out: their dates are the days the pictures were taken. A page
/// whose text dates nothing but its last update ("Last updated: 7/4/19")
/// gets that day, as a byline's lone update is taken.
extension Dates {
  /// A text node longer than this (bytes) is prose; its dates are searched
  /// too, but only this much of it (a byline or dateline is far shorter).
  static let maximumSearchedTextBytes = 2_000
  /// Dates read before the search stops: a page with more is an archive or
  /// a list, and the first ones already decide.
  static let maximumSearchedDates = 200

  func pageSearch() -> Sourced<String>? {
    // An address filed under a year and a month ("/2016/12/"): a date of
    // another month is a later story's, a comment's or the day of saving.
    let month = urlMonth()
    var counts: [String: (count: Int, first: Int)] = [:]
    var firstUpdate: String?
    var seen = 0
    for node in sources.page.body.descendants where node.isText {
      guard seen < Self.maximumSearchedDates else { break }
      let bytes = node.textBytes
      guard bytes.count >= 6, DateParser.mayHoldYear(bytes), !Self.isCopyright(bytes) else { continue }
      guard let parent = node.parent, !Self.invisible.contains(parent.tag),
        !Self.isOutsideArticle(parent, heading: sources.page.firstHeading)
      else {
        continue
      }
      var text = String(decoding: bytes.prefix(Self.maximumSearchedTextBytes), as: UTF8.self)
      if bytes.count > Self.maximumSearchedTextBytes { text = String(text.dropLast()) }
      let dates = DateParser.all(in: text, dayFirst: dayFirst)
      guard !dates.isEmpty, !Self.isPictureText(parent) else { continue }
      for found in dates where isPlausible(found.iso) {
        let kind = DateLabels.kind(of: found.lead)
        if let month, !found.iso.hasPrefix(month) { continue }
        if kind == .updated, firstUpdate == nil { firstUpdate = String(found.iso.prefix(10)) }
        guard kind != .updated, kind != .otherDay else { continue }
        let day = String(found.iso.prefix(10))
        counts[day, default: (0, seen)].count += 1
        seen += 1
      }
    }
    let best = counts.max { a, b in
      a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
    }
    return (best?.key ?? firstUpdate).map { Sourced($0, "dom:search") }
  }

  /// Whether a text is a copyright line ("© 1996-Thu Dec 15 06:14:35 EST
  /// 2016 Society", "Copyright 2019"): its dates are the site's years or
  /// the moment the page was made, never the article's.
  static func isCopyright(_ bytes: ArraySlice<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if previous == 0xC2, byte == 0xA9 { return true }  // ©
      previous = byte
    }
    return String(decoding: bytes, as: UTF8.self).lowercased().hasSubstring("copyright")
  }

  /// Elements whose text no reader sees.
  static let invisible: Set<HTMLTag> = [.script, .style, .noscript, .template]
}
