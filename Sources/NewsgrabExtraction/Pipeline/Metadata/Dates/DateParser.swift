import Foundation

/// Reads dates as pages write them and returns ISO 8601: machine values
/// (ISO, basic ISO, RFC 2822, Unix time) and human ones ("December 13, 2016",
/// "13. Dezember 2016", "2016年12月13日", "Mon Aug 03 12:45:00 EDT 2015").
enum DateParser {
  /// An ISO 8601 string for a machine-written date: kept as found when it is
  /// already extended ISO 8601, else converted; nil when it is not a date.
  static func iso(_ text: String) -> String? {
    let value = text.trimmed(in: .cachedWhitespacesAndNewlines)
    guard value.count >= 8 else { return nil }
    let bytes = Array(value.utf8)
    if isExtendedISO(bytes) {
      // "2016-12-09 10:00:00" is ISO with a space; keep everything else as written.
      return value
    }
    if let basic = basicISO(value) { return basic }
    if value.allSatisfy(\.isNumber), value.count == 10 || value.count == 13, let seconds = Double(value) {
      return unixTime(value.count == 13 ? seconds / 1000 : seconds)
    }
    return human(value)
  }

  /// The first human-written date inside free text, as ISO 8601 (date only,
  /// or date and time with the offset when the text gives one).
  static func human(_ text: String) -> String? {
    let text = text.collapsingWhitespace()
    // Every pattern reads a four-digit year, and only ASCII digits make a
    // valid one (`Int` reads no others): text without four in a row is
    // no date, and most bylines and labels are ruled out before any regex.
    guard hasFourDigitRun(text) else { return nil }
    guard text.count >= 6, text.contains(where: \.isNumber) else { return nil }
    let ns = text as NSString
    let whole = NSRange(location: 0, length: ns.length)
    var best: (location: Int, year: Int, month: Int, day: Int, end: Int)?
    // A pattern whose separators (or month letters) the text lacks cannot
    // match: its search, costly even on a short line, is skipped.
    let shape = Shape(text)
    for (pattern, order, needs) in patterns {
      guard shape.meets(needs) else { continue }
      guard let match = pattern.firstMatch(in: text, range: whole) else { continue }
      if let best, best.location <= match.range.location { continue }
      func group(_ i: Int) -> String? {
        let range = match.range(at: i)
        return range.location == NSNotFound ? nil : ns.substring(with: range)
      }
      var year = 0
      var month = 0
      var day = 0
      var pairRead = false
      for (i, part) in order.enumerated() {
        // The number after a month-or-day was read with it.
        if pairRead {
          pairRead = false
          continue
        }
        guard let raw = group(i + 1) else { continue }
        switch part {
        case .year: year = Int(raw) ?? 0
        case .month: month = Int(raw) ?? monthNumber(raw) ?? 0
        case .day: day = Int(raw) ?? 0
        case .monthOrDay:
          // "03/04/2016": month first unless the first number cannot be a month.
          let first = Int(raw) ?? 0
          let second = Int(group(i + 2) ?? "") ?? 0
          if first > 12 { (day, month) = (first, second) } else { (month, day) = (first, second) }
          pairRead = true
        }
      }
      guard valid(year, month, day) else { continue }
      best = (match.range.location, year, month, day, match.range.location + match.range.length)
    }
    guard let best else { return nil }
    let date = String(format: "%04d-%02d-%02d", best.year, best.month, best.day)
    // A time of day right after the date ("… 2016, 10:30 a.m. EST").
    let rest = ns.substring(from: best.end)
    if let time = timeOfDay(in: rest) { return date + "T" + time }
    // The "Mon Aug 03 12:45:00 EDT 2015" form keeps its time between day and year.
    let inside = ns.substring(with: NSRange(location: best.location, length: best.end - best.location))
    if let time = timeOfDay(in: inside, anywhere: true) { return date + "T" + time }
    return date
  }

  /// False only when `hasFourDigitRun` is sure to be false for these bytes
  /// once collapsed: digits may stand apart by what collapsing drops (C0
  /// controls other than white space, DEL, C1 controls), and anything else
  /// breaks the run.
  static func mayHoldYear(_ bytes: [UInt8]) -> Bool {
    var run = 0
    var i = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte >= 0x30 && byte <= 0x39 {
        run += 1
        if run == 4 { return true }
      } else if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0D)) || byte == 0x7F {
        // Dropped by collapsing: the run goes on.
      } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F {
        i += 1  // A C1 control, dropped too.
      } else {
        run = 0
      }
      i += 1
    }
    return false
  }

  /// Whether four ASCII digits stand in a row somewhere in `text`.
  static func hasFourDigitRun(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        run += 1
        if run == 4 { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  /// Seconds since 1970 for an ISO 8601 value with a known offset, and the
  /// offset in seconds (for comparing a UTC value with a local one).
  static func instant(_ iso: String) -> (seconds: Int, offset: Int)? {
    let bytes = Array(iso.utf8)
    guard isExtendedISO(bytes), bytes.count >= 16 else { return nil }
    func number(_ from: Int, _ length: Int) -> Int? {
      guard from + length <= bytes.count else { return nil }
      return Int(String(decoding: bytes[from..<from + length], as: UTF8.self))
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2)
    else { return nil }
    let offset: Int
    if iso.hasSuffix("Z") || iso.hasSuffix("z") {
      offset = 0
    } else if let sign = bytes.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }), sign > 10 {
      let digits = String(decoding: bytes[(sign + 1)...], as: UTF8.self).replacingOccurrences(of: ":", with: "")
      guard digits.count == 4, let value = Int(digits) else { return nil }
      let seconds = (value / 100) * 3600 + (value % 100) * 60
      offset = bytes[sign] == UInt8(ascii: "-") ? -seconds : seconds
    } else {
      return nil
    }
    let days = daysFromCivil(year, month, day)
    return (days * 86400 + hour * 3600 + minute * 60 - offset, offset)
  }

  // MARK: Machine forms

  /// "YYYY-MM-DD" at the start, with a plausible year, month and day.
  static func isExtendedISO(_ b: [UInt8]) -> Bool {
    guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return false }
    let s = String(decoding: b[0..<10], as: UTF8.self)
    let year = Int(s.prefix(4)) ?? 0
    let month = Int(s.dropFirst(5).prefix(2)) ?? 0
    let day = Int(s.suffix(2)) ?? 0
    return valid(year, month, day)
  }

  /// "20180619T055000+0900" → "2018-06-19T05:50:00+09:00"; "20180619" → "2018-06-19".
  static func basicISO(_ value: String) -> String? {
    let c = Array(value)
    guard c.count >= 8, c[0..<8].allSatisfy(\.isNumber) else { return nil }
    let year = Int(String(c[0..<4]))!
    let month = Int(String(c[4..<6]))!
    let day = Int(String(c[6..<8]))!
    guard valid(year, month, day) else { return nil }
    var result = String(format: "%04d-%02d-%02d", year, month, day)
    guard c.count > 8 else { return result }
    guard c[8] == "T", c.count >= 13, c[9..<13].allSatisfy(\.isNumber) else { return nil }
    result += "T\(String(c[9..<11])):\(String(c[11..<13]))"
    var i = 13
    if c.count >= 15, c[13..<15].allSatisfy(\.isNumber) {
      result += ":\(String(c[13..<15]))"
      i = 15
    } else {
      result += ":00"
    }
    let zone = String(c[i...])
    if zone == "Z" {
      result += "Z"
    } else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-",
      zone.dropFirst().allSatisfy(\.isNumber)
    {
      result += "\(sign)\(zone.dropFirst().prefix(2)):\(zone.suffix(2))"
    } else if !zone.isEmpty {
      return nil
    }
    return result
  }

  static func unixTime(_ seconds: Double) -> String? {
    // Plausible publication times only: 1995 (the first news sites) to 2100.
    guard seconds > 788_918_400, seconds < 4_102_444_800 else { return nil }
    var remaining = Int(seconds)
    let days = remaining / 86400
    remaining %= 86400
    let (year, month, day) = civilFromDays(days)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, remaining / 3600, remaining % 3600 / 60,
      remaining % 60)
  }

  // MARK: Human forms

  enum Part { case year, month, day, monthOrDay }

  /// What a pattern cannot match without: the literal separator it reads,
  /// or for a month name a letter (an ASCII one, or any non-ASCII character,
  /// which case-insensitive matching may fold to one: "ſept").
  enum Needs { case kanjiYear, dash, slashOrDot, dot, slash, letter }

  /// Which `Needs` a text meets, found in one pass over its bytes.
  struct Shape {
    var dash = false
    var slash = false
    var dot = false
    var letter = false
    var kanjiYear = false

    init(_ text: String) {
      var previous: (UInt8, UInt8) = (0, 0)
      for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "-"): dash = true
        case UInt8(ascii: "/"): slash = true
        case UInt8(ascii: "."): dot = true
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: letter = true
        default: break
        }
        // "年" is E5 B9 B4 in UTF-8.
        if byte == 0xB4, previous == (0xE5, 0xB9) { kanjiYear = true }
        previous = (previous.1, byte)
      }
    }

    func meets(_ needs: Needs) -> Bool {
      switch needs {
      case .kanjiYear: kanjiYear
      case .dash: dash
      case .slashOrDot: slash || dot
      case .dot: dot
      case .slash: slash
      case .letter: letter
      }
    }
  }

  /// Month names in the languages the detector knows (lower-case, without trailing dots).
  static let monthNames: [String: Int] = {
    let lists: [[String]] = [
      [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
      ],
      ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
      [
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
        "dezember",
      ],
      [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
      ],
      [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
        "diciembre",
      ],
      [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre",
      ],
      [
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
        "dezembro",
      ],
      [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
      ],
    ]
    var names: [String: Int] = [
      "sept": 9, "jänner": 1, "setiembre": 9, "okt": 10, "dez": 12, "mrz": 3, "mär": 3, "mai": 5,
    ]
    for list in lists {
      for (i, name) in list.enumerated() where names[name] == nil { names[name] = i + 1 }
    }
    return names
  }()

  static func monthNumber(_ name: String) -> Int? {
    monthNames[name.lowercased().trimmed(in: CharacterSet(charactersIn: "."))]
  }

  static let zoneOffsets: [String: String] = [
    "utc": "Z", "gmt": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00", "jst": "+09:00", "kst": "+09:00", "ist": "+05:30",
    "aest": "+10:00", "aedt": "+11:00",
  ]

  static let patterns: [(NSRegularExpression, [Part], Needs)] = {
    let months = monthNames.keys.sorted { $0.count > $1.count }.joined(separator: "|")
    let zones = zoneOffsets.keys.sorted { $0.count > $1.count }.joined(separator: "|")
    let specs: [(String, [Part], Needs)] = [
      (#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#, [.year, .month, .day], .kanjiYear),
      (#"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#, [.year, .month, .day], .dash),
      (#"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)"#, [.year, .month, .day], .slashOrDot),
      // "December 13, 2016", "Dec. 13th 2016", "Aug 03 12:45:00 EDT 2015".
      (
        "(?<![\\p{L}])(\(months))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?\\s*)?(?:(?:\(zones))\\s+)?)?(\\d{4})(?!\\d)",
        [.month, .day, .year], .letter
      ),
      // "13 December 2016", "13. Dezember 2016", "7 de mayo de 2019".
      (
        "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)?\\s+(?:de\\s+)?(\(months))\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
        [.day, .month, .year], .letter
      ),
      (#"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"#, [.day, .month, .year], .dot),
      (#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"#, [.monthOrDay, .day, .year], .slash),
    ]
    return specs.map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1, $0.2) }
  }()

  static let timePattern: NSRegularExpression = {
    let zones = zoneOffsets.keys.sorted { $0.count > $1.count }.joined(separator: "|")
    return try! NSRegularExpression(
      pattern:
        "(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?(?:\\s*(?:(\(zones))(?![\\p{L}])|([+-]\\d{2}:?\\d{2})))?",
      options: [.caseInsensitive])
  }()

  /// Characters allowed between a date and its time of day (", at ", " | ", " um ").
  static let timeLead = try! NSRegularExpression(
    pattern: #"^[\s,|·•-]*(?:at|um|à|a las|alle|om|kl\.?)?[\s,]*$"#, options: [.caseInsensitive])

  static func timeOfDay(in text: String, anywhere: Bool = false) -> String? {
    let ns = text as NSString
    guard let match = timePattern.firstMatch(in: text, range: NSRange(location: 0, length: min(ns.length, 60))) else {
      return nil
    }
    if !anywhere {
      let lead = ns.substring(to: match.range.location)
      guard timeLead.firstMatch(in: lead, range: NSRange(location: 0, length: (lead as NSString).length)) != nil else {
        return nil
      }
    }
    func group(_ i: Int) -> String? {
      let range = match.range(at: i)
      return range.location == NSNotFound ? nil : ns.substring(with: range)
    }
    guard var hour = Int(group(1) ?? ""), let minute = Int(group(2) ?? ""), minute < 60 else { return nil }
    let second = Int(group(3) ?? "") ?? 0
    if let meridiem = group(4)?.lowercased() {
      if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
      if meridiem.hasPrefix("a"), hour == 12 { hour = 0 }
    }
    guard hour < 24 else { return nil }
    var result = String(format: "%02d:%02d:%02d", hour, minute, second)
    if let zone = group(5)?.lowercased(), let offset = zoneOffsets[zone] {
      result += offset
    } else if let offset = group(6) {
      let digits = offset.dropFirst().replacingOccurrences(of: ":", with: "")
      result += "\(offset.prefix(1))\(digits.prefix(2)):\(digits.suffix(2))"
    }
    return result
  }

  // MARK: Calendar arithmetic (proleptic Gregorian, no Foundation time zones)

  static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y - 1 : y
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp + (mp < 10 ? 3 : -9)
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
