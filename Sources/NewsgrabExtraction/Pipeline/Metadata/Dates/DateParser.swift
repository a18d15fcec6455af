import Foundation

/// Reads dates as pages write them and returns ISO 8601: machine values
/// (ISO, basic ISO, RFC 2822, Unix time) and human ones ("December 13, 2016",
/// "13. Dezember 2016", "2016年12月13日", "Mon Aug 03 12:45:00 EDT 2015").
enum DateParser {
  /// An ISO 8601 string for a machine-written date: kept as found when it is
  /// already extended ISO 8601, else converted; nil when it is not a date.
  static func iso(_ text: String, dayFirst: NumberOrder = .undeclared) -> String? {
    let value = text.trimmed(in: .cachedWhitespacesAndNewlines)
    guard value.count >= 8 else { return nil }
    let bytes = Array(value.utf8)
    if isExtendedISO(bytes) {
      // "2016-12-09 10:00:00" is ISO with a space: a well-formed time is kept as written.
      if isISOTimeTail(bytes[10...]) { return value }
      // Else the time is read as a byline's ("2015-03-02 at 08:12:00AM EST",
      // "2015-03-02|08h12", "…T8:12Z"), or dropped ("2015-03-02T0812Z"):
      // the output is ISO 8601 or the day alone.
      let day = String(decoding: bytes[0..<10], as: UTF8.self)
      var tail = String(decoding: bytes[10...], as: UTF8.self)
      if let first = tail.first, "T@|".contains(first) { tail = " " + tail.dropFirst() }
      return timeOfDay(in: tail).map { day + "T" + $0 } ?? day
    }
    if let basic = basicISO(value) { return basic }
    if value.allSatisfy(\.isNumber), value.count == 10 || value.count == 13, let seconds = Double(value) {
      return unixTime(value.count == 13 ? seconds / 1000 : seconds)
    }
    return human(value, dayFirst: dayFirst)
  }

  /// The first human-written date inside free text, as ISO 8601 (date only,
  /// or date and time with the offset when the text gives one).
  /// `dayFirst` reads an ambiguous "03/05/2013" as 3 May (most of the world)
  /// rather than March 5 (the United States).
  static func human(_ text: String, dayFirst: NumberOrder = .undeclared) -> String? {
    scan(text, dayFirst: dayFirst, every: false).first?.iso
  }

  /// A date found in free text, with the text between it and the date
  /// before it (or the start), where a label ("Updated", "Publié le") sits.
  struct Found: Equatable {
    let iso: String
    let lead: String
  }

  /// Every human-written date in free text, in reading order.
  static func all(in text: String, dayFirst: NumberOrder = .undeclared) -> [Found] {
    scan(text, dayFirst: dayFirst, every: true)
  }

  static func scan(_ raw: String, dayFirst: NumberOrder, every: Bool) -> [Found] {
    let (text, persian) = prepared(raw)
    // Every pattern reads a four-digit year or a "dd.mm.yy" triple, and only
    // ASCII digits (other scripts' digits are mapped to ASCII first) make
    // one: most bylines and labels are ruled out before any regex.
    guard hasFourDigitRun(text) || hasShortYearShape(text) || hasEraYear(text) else { return [] }
    guard text.utf8.count >= 6 else { return [] }
    let ns = text as NSString
    let whole = NSRange(location: 0, length: ns.length)
    var spans: [(location: Int, end: Int, year: Int, month: Int, day: Int, labelled: Bool)] = []
    // A pattern whose separators (or month letters) the text lacks cannot
    // match: its search, costly even on a short line, is skipped.
    let shape = Shape(text)
    for (pattern, order, needs) in patterns {
      guard shape.meets(needs) else { continue }
      let matches: [NSTextCheckingResult]
      if every {
        matches = pattern.matches(in: text, range: whole)
      } else {
        guard let match = pattern.firstMatch(in: text, range: whole) else { continue }
        if let best = spans.first, best.location <= match.range.location { continue }
        matches = [match]
      }
      for match in matches {
        guard let (year, month, day) = read(match, order, in: ns, dayFirst: dayFirst, persian: persian) else {
          continue
        }
        let labelled = order.contains(.labelledShortYear)
        // Looking for the first date only, an unlabelled one must not take
        // the place of a later true date.
        if labelled, !every, [.none, .otherDay].contains(DateLabels.kind(of: ns.substring(to: match.range.location))) {
          continue
        }
        let span = (match.range.location, match.range.location + match.range.length, year, month, day, labelled)
        if every { spans.append(span) } else { spans = [span] }
      }
    }
    // Reading order; a match overlapping an earlier one is the same date read twice.
    spans.sort { $0.location < $1.location }
    var found: [Found] = []
    var previousEnd = 0
    for span in spans where span.location >= previousEnd {
      let lead = ns.substring(with: NSRange(location: previousEnd, length: span.location - previousEnd))
      // "3.8.16" is a date only after its label ("Veröffentlicht am 3.8.16",
      // "Stand: 2.7.15"); alone it may be a version.
      if span.labelled, [.none, .otherDay].contains(DateLabels.kind(of: lead)) { continue }
      var iso = String(format: "%04d-%02d-%02d", span.year, span.month, span.day)
      // A time of day right after the date ("… 2016, 10:30 a.m. EST"); the
      // "Mon Aug 03 12:45:00 EDT 2015" form keeps its time between day and year.
      let rest = ns.substring(with: NSRange(location: span.end, length: min(Self.timeWindow, ns.length - span.end)))
      let inside = ns.substring(with: NSRange(location: span.location, length: span.end - span.location))
      if let time = timeOfDay(in: rest) ?? timeOfDay(in: inside, anywhere: true) { iso += "T" + time }
      found.append(Found(iso: iso, lead: lead))
      previousEnd = span.end
    }
    return found
  }

  /// Characters after a date searched for its time of day (the time pattern
  /// reads within the first 60; a longer window only costs).
  static let timeWindow = 80

  /// Year, month and day of one match, or nil when they make no date.
  static func read(
    _ match: NSTextCheckingResult, _ order: [Part], in ns: NSString, dayFirst: NumberOrder, persian: Bool
  ) -> (Int, Int, Int)? {
    func group(_ i: Int) -> String? {
      let range = match.range(at: i)
      return range.location == NSNotFound ? nil : ns.substring(with: range)
    }
    var year = 0
    var month = 0
    var day = 0
    var jalali = false
    var buddhist = false
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
      case .eraYear: year = Self.gregorianYear(ofEraYear: raw) ?? 0
      case .shortYear, .labelledShortYear:
        // "03.05.13": two-digit years up to 69 are this century's.
        let short = Int(raw) ?? -1
        year = short < 0 ? 0 : short + (short < Self.shortYearPivot ? 2000 : 1900)
      case .month:
        if let number = Int(raw) {
          month = number
        } else if let number = MonthNames.jalali[foldedLetters(raw.lowercased())] {
          month = number
          jalali = true
        } else {
          month = monthNumber(raw) ?? 0
          buddhist = MonthNames.thai.contains(raw.lowercased())
        }
      case .day: day = Int(raw) ?? 0
      case .monthOrDay, .dottedMonthOrDay:
        // "03/04/2016": the page's convention decides, unless one number
        // cannot be a month.
        let first = Int(raw) ?? 0
        let second = Int(group(i + 2) ?? "") ?? 0
        if part == .dottedMonthOrDay ? dayFirst.dotted : dayFirst.slashed {
          if second > 12, first <= 12 { (month, day) = (first, second) } else { (day, month) = (first, second) }
        } else {
          if first > 12 { (day, month) = (first, second) } else { (month, day) = (first, second) }
        }
        pairRead = true
      }
    }
    // A Solar Hijri date (a Persian month name, or a 13xx/14xx year on a
    // Persian page) is converted; its year is never a Gregorian one.
    if jalali || (persian && Self.jalaliYears.contains(year)) {
      return gregorian(fromJalali: year, month, day)
    }
    // A Thai month with a year of the Buddhist era ("5 มีนาคม 2562").
    if buddhist, year > Self.buddhistEraFloor { year -= Self.buddhistEraOffset }
    return valid(year, month, day) ? (year, month, day) : nil
  }

  /// Buddhist-era years above this (1857 in the Gregorian calendar) are
  /// read as such after a Thai month; a Gregorian year is written as it is.
  static let buddhistEraFloor = 2400
  static let buddhistEraOffset = 543

  /// Two-digit years below this are 20xx, the rest 19xx (a page from 1970–1999 writes "98").
  static let shortYearPivot = 70

  /// The text with other scripts' digits as ASCII (Arabic-Indic, Persian,
  /// Devanagari, Bengali, full-width) and white space collapsed; and whether
  /// it is Persian (Persian digits or letters Arabic lacks), whose 13xx/14xx
  /// years are Solar Hijri.
  static func prepared(_ text: String) -> (String, Bool) {
    // Those digits and letters are encoded with lead bytes D8–DB, E0 or
    // EF: text without any keeps its scalars as they are.
    guard text.utf8.contains(where: { ($0 >= 0xD8 && $0 <= 0xDB) || $0 == 0xEF || $0 == 0xE0 }) else {
      return (text.collapsingWhitespace(), false)
    }
    var persian = false
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0660...0x0669: scalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
      case 0x06F0...0x06F9:
        persian = true
        scalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
      case 0xFF10...0xFF19: scalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      case 0x0966...0x096F: scalars.append(Unicode.Scalar(scalar.value - 0x0966 + 0x30)!)
      case 0x09E6...0x09EF: scalars.append(Unicode.Scalar(scalar.value - 0x09E6 + 0x30)!)
      // پ چ ژ ک گ ی: Persian letters Arabic does not use. Persian keheh and
      // yeh are written as Arabic kaf and yeh (and Arabic as Persian:
      // "1 اكتبر 2020", "10 تشرین الأول"), so both spellings meet the one
      // month name `MonthNames` keeps.
      case 0x067E, 0x0686, 0x0698, 0x06AF:
        persian = true
        scalars.append(scalar)
      case 0x06A9, 0x06CC:
        persian = true
        Self.appendFolded(scalar, to: &scalars)
      default: Self.appendFolded(scalar, to: &scalars)
      }
    }
    return (String(scalars).collapsingWhitespace(), persian)
  }

  /// Appends a letter as month names are matched: Persian keheh and yeh
  /// and the Arabic alef maksura as Arabic kaf and yeh, and the Bengali
  /// letters with a nukta that Unicode keeps out of composed text ("য়" is
  /// written both as U+09DF and as U+09AF U+09BC, and a pattern matches
  /// code points) in their decomposed form.
  static func appendFolded(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
    switch scalar.value {
    case 0x06A9: scalars.append("\u{0643}")
    case 0x06CC, 0x0649: scalars.append("\u{064A}")
    case 0x09DC:
      scalars.append("\u{09A1}")
      scalars.append("\u{09BC}")
    case 0x09DD:
      scalars.append("\u{09A2}")
      scalars.append("\u{09BC}")
    case 0x09DF:
      scalars.append("\u{09AF}")
      scalars.append("\u{09BC}")
    default: scalars.append(scalar)
    }
  }

  /// A month name spelled as `prepared` spells the text.
  static func foldedLetters(_ name: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in name.unicodeScalars { appendFolded(scalar, to: &scalars) }
    return String(scalars)
  }

  /// Whether ASCII text holds "d.m.yy" or "d/m/yy" (one or two digits
  /// each) whose first two numbers can be a day and a month in some order
  /// (so "12.34.56" cannot).
  static func hasShortYearShape(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { hasShortYearShape(in: $0) }
  }

  static func hasShortYearShape(in b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count >= 6 else { return false }
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
    /// The number of one or two digits at `i`, and where it ends.
    func number(at i: Int) -> (value: Int, end: Int)? {
      guard isDigit(i) else { return nil }
      if isDigit(i + 1) { return isDigit(i + 2) ? nil : (Int(b[i] &- 0x30) * 10 + Int(b[i + 1] &- 0x30), i + 2) }
      return (Int(b[i] &- 0x30), i + 1)
    }
    for i in 0..<b.count where isDigit(i) && !isDigit(i - 1) {
      guard let first = number(at: i), first.end < b.count else { continue }
      let separator = b[first.end]
      guard separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/"),
        let second = number(at: first.end + 1), second.end < b.count, b[second.end] == separator,
        let year = number(at: second.end + 1), year.end - second.end == 3
      else { continue }
      let (a, c) = (first.value, second.value)
      if (1...31).contains(a) && (1...12).contains(c) || (1...12).contains(a) && (1...31).contains(c) {
        return true
      }
    }
    return false
  }

  /// False only when `human` is sure to find no date in these bytes once
  /// prepared: digits may stand apart by what collapsing drops (C0 controls
  /// other than white space, DEL, C1 controls), other scripts' digits count
  /// as digits (they are mapped to ASCII), and anything else breaks the run;
  /// or a "dd.mm.yy" triple, or a Japanese era's name.
  static func mayHoldYear(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { mayHoldYear(in: $0) }
  }

  static func mayHoldYear(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { mayHoldYear(in: $0) }
  }

  static func mayHoldYear(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var run = 0
    var i = 0
    var era = false
    func next(_ offset: Int) -> UInt8 { i + offset < bytes.count ? bytes[i + offset] : 0 }
    while i < bytes.count {
      let byte = bytes[i]
      if byte >= 0x30 && byte <= 0x39 {
        run += 1
        if run == 4 { return true }
      } else if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0D)) || byte == 0x7F {
        // Dropped by collapsing: the run goes on.
      } else if byte == 0xC2, next(1) >= 0x80, next(1) <= 0x9F {
        i += 1  // A C1 control, dropped too.
      } else if (byte == 0xD9 && next(1) >= 0xA0 && next(1) <= 0xA9)
        || (byte == 0xDB && next(1) >= 0xB0 && next(1) <= 0xB9)
      {
        // An Arabic-Indic (U+0660–0669) or Persian (U+06F0–06F9) digit.
        i += 1
        run += 1
        if run == 4 { return true }
      } else if (byte == 0xEF && next(1) == 0xBC && next(2) >= 0x90 && next(2) <= 0x99)
        || (byte == 0xE0 && (next(1) == 0xA5 || next(1) == 0xA7) && next(2) >= 0xA6 && next(2) <= 0xAF)
      {
        // A full-width (U+FF10–FF19), Devanagari (U+0966–096F) or Bengali
        // (U+09E6–09EF) digit.
        i += 2
        run += 1
        if run == 4 { return true }
      } else {
        run = 0
        // An era's name (see `hasEraYear`), looked for in the same pass.
        if !era, byte == 0xE4 || byte == 0xE5, i + 6 <= bytes.count {
          era = hasEraYear(in: UnsafeBufferPointer(rebasing: bytes[i..<i + 6]))
        }
      }
      i += 1
    }
    return era || hasShortYearShape(in: bytes)
  }

  /// The first years of the Japanese eras a web page can date by.
  static let eraStarts = ["令和": 2019, "平成": 1989]

  /// The Gregorian year of a Japanese era's year ("令和5" is 2023, "平成元" 1989).
  static func gregorianYear(ofEraYear text: String) -> Int? {
    guard let (era, start) = eraStarts.first(where: { text.hasPrefix($0.key) }) else { return nil }
    let number = text.dropFirst(era.count).trimmed(in: .cachedWhitespaces)
    guard let year = number == "元" ? 1 : Int(number), year >= 1 else { return nil }
    return start + year - 1
  }

  /// Whether text names the year of a Japanese era ("令和", "平成"), which
  /// writes its year in one or two digits.
  static func hasEraYear(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { hasEraYear(in: $0) }
  }

  static func hasEraYear(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count >= 6 else { return false }
    for i in 0...(bytes.count - 6) where bytes[i] == 0xE4 || bytes[i] == 0xE5 {
      // 令和 is E4 BB A4 E5 92 8C, 平成 E5 B9 B3 E6 88 90.
      if bytes[i] == 0xE4, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xA4, bytes[i + 3] == 0xE5, bytes[i + 4] == 0x92,
        bytes[i + 5] == 0x8C
      {
        return true
      }
      if bytes[i] == 0xE5, bytes[i + 1] == 0xB9, bytes[i + 2] == 0xB3, bytes[i + 3] == 0xE6, bytes[i + 4] == 0x88,
        bytes[i + 5] == 0x90
      {
        return true
      }
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

  /// Days since 1970-01-01 of an ISO value's day.
  static func dayNumber(_ iso: String) -> Int? {
    let bytes = Array(iso.utf8)
    guard isExtendedISO(bytes) else { return nil }
    let s = String(decoding: bytes[0..<10], as: UTF8.self)
    guard let year = Int(s.prefix(4)), let month = Int(s.dropFirst(5).prefix(2)), let day = Int(s.suffix(2)) else {
      return nil
    }
    return daysFromCivil(year, month, day)
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

  /// Whether what follows an ISO day is nothing or a well-formed time:
  /// "T10:00", " 10:00:00", "T10:00:00.000Z", "T10:00:00+0100", "T10:00+01:00".
  static func isISOTimeTail(_ b: ArraySlice<UInt8>) -> Bool {
    var i = b.startIndex
    func digits(_ count: Int) -> Bool {
      guard i + count <= b.endIndex, b[i..<i + count].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
      i += count
      return true
    }
    func take(_ byte: Character) -> Bool {
      guard i < b.endIndex, b[i] == byte.asciiValue else { return false }
      i += 1
      return true
    }
    if i == b.endIndex { return true }
    guard take("T") || take(" "), digits(2), take(":"), digits(2) else { return false }
    if take(":") {
      guard digits(2) else { return false }
      if take(".") {
        guard digits(1) else { return false }
        while digits(1) {}
      }
    }
    if take("Z") { return i == b.endIndex }
    if take("+") || take("-") {
      guard digits(2) else { return false }
      _ = take(":") ? digits(2) : digits(2)
    }
    return i == b.endIndex
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
    // "20190314091530": a CMS's stamp of date and time, digits only.
    if c.count == 14, c[8..<14].allSatisfy(\.isNumber) {
      let (hour, minute, second) = (Int(String(c[8..<10]))!, Int(String(c[10..<12]))!, Int(String(c[12..<14]))!)
      guard hour < 24, minute < 60, second < 60 else { return nil }
      return result + String(format: "T%02d:%02d:%02d", hour, minute, second)
    }
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

  /// `labelledShortYear`: a two-digit year read only after a date's label.
  enum Part { case year, shortYear, labelledShortYear, eraYear, month, day, monthOrDay, dottedMonthOrDay }

  /// What a pattern cannot match without: the literal separator it reads,
  /// or for a month name a letter (an ASCII one, or any non-ASCII character,
  /// which case-insensitive matching may fold to one: "ſept").
  enum Needs { case kanjiYear, hangulYear, dash, slashOrDot, dashOrDot, dot, slash, letter, vietnameseMonth }

  /// Which `Needs` a text meets, found in one pass over its bytes.
  struct Shape {
    var dash = false
    var slash = false
    var dot = false
    var letter = false
    var kanjiYear = false
    var hangulYear = false
    /// "á" or "Á", which Vietnamese "tháng" (month) needs, or its cut "thg".
    var vietnameseMonth = false

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
        // "년" is EB 85 84.
        if byte == 0x84, previous == (0xEB, 0x85) { hangulYear = true }
        if byte == 0xA1 || byte == 0x81, previous.1 == 0xC3 { vietnameseMonth = true }
        if byte | 0x20 == UInt8(ascii: "g"), previous.0 | 0x20 == UInt8(ascii: "t"),
          previous.1 | 0x20 == UInt8(ascii: "h")
        {
          vietnameseMonth = true
        }
        previous = (previous.1, byte)
      }
    }

    func meets(_ needs: Needs) -> Bool {
      switch needs {
      case .kanjiYear: kanjiYear
      case .hangulYear: hangulYear
      case .dash: dash
      case .slashOrDot: slash || dot
      case .dashOrDot: dash || dot
      case .dot: dot
      case .slash: slash
      case .letter: letter
      case .vietnameseMonth: vietnameseMonth
      }
    }
  }

  static func monthNumber(_ name: String) -> Int? {
    MonthNames.gregorian[foldedLetters(name.lowercased().trimmed(in: CharacterSet(charactersIn: ".")))]
  }

  static let zoneOffsets: [String: String] = [
    "utc": "Z", "gmt": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00", "jst": "+09:00", "kst": "+09:00", "ist": "+05:30",
    "aest": "+10:00", "aedt": "+11:00", "eet": "+02:00", "eest": "+03:00",
    "msk": "+03:00",
  ]

  static let patterns: [(NSRegularExpression, [Part], Needs)] = {
    let months = triePattern((Array(MonthNames.gregorian.keys) + Array(MonthNames.jalali.keys)).map { $0[...] })
    let zones = zoneOffsets.keys.sorted { $0.count > $1.count }.joined(separator: "|")
    let specs: [(String, [Part], Needs)] = [
      // "2016年6月29日", and without the day's 日 when no digit follows ("2016年6月29").
      (#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*日|(?!\d))"#, [.year, .month, .day], .kanjiYear),
      // A Japanese era's year: "令和5年5月15日", "平成元年".
      (#"((?:令和|平成)\s*(?:\d{1,2}|元))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#, [.eraYear, .month, .day], .kanjiYear),
      (#"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"#, [.year, .month, .day], .hangulYear),
      (#"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"#, [.year, .month, .day], .dash),
      // "2013/05/15", "2013.5.15", Korean "2013. 5. 15." (a space after each dot).
      (#"(?<!\d)(\d{4})(?:/|\.\s?)(\d{1,2})(?:/|\.\s?)(\d{1,2})(?!\d)"#, [.year, .month, .day], .slashOrDot),
      // "December 13, 2016", "Dec. 13th 2016", "Aug 03 12:45:00 EDT 2015".
      (
        "(?<![\\p{L}])(\(months))\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?,?\\s*(?:[ap]\\.?m\\.?\\s*)?(?:(?:\(zones))\\s+)?)?(\\d{4})(?!\\d)",
        [.month, .day, .year], .letter
      ),
      // "13 December 2016", "13. Dezember 2016", "7 de mayo de 2019", "1er mars 2019", "5 d'abril de 2019",
      // "15 พ.ค. พ.ศ. 2556" (the Buddhist era named before its year), Swedish "24:e december 2020",
      // Bengali "8ই মে 2002", Arabic "6 يناير، 2015", Thai "1 เดือนตุลาคม 2548" (with the word "month").
      (
        "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|:[ae]|লা|রা|ঠা|ই|শে)?\\s+(?:de\\s+|d[’']|เดือน)?(\(months))\\.?[,،]?\\s+(?:del?\\s+|พ\\.\\s?ศ\\.\\s*)?(\\d{4})(?!\\d)",
        [.day, .month, .year], .letter
      ),
      // Joined by dashes or dots: "12-Mar-2014", "17.Şubat.2014", and year first "2015-кві-12".
      (
        "(?<![\\d\\p{L}])(\\d{1,2})[-.](\(months))[-.](\\d{4})(?!\\d)", [.day, .month, .year], .dashOrDot
      ),
      ("(?<!\\d)(\\d{4})-(\(months))-(\\d{1,2})(?![\\d\\p{L}])", [.year, .month, .day], .dash),
      // Year first: Hungarian "2019. március 5.", Lithuanian "2019 m. kovo 5 d.".
      (
        "(?<!\\d)(\\d{4})(?:\\.|\\s*m\\.)\\s*(\(months))\\.?\\s+(\\d{1,2})(?!\\d)", [.year, .month, .day], .dot
      ),
      // Latvian, year first, then day and month: "2019. gada 5. martā".
      (
        "(?<!\\d)(\\d{4})\\.\\s*gada\\s+(\\d{1,2})\\.\\s*(\(months))(?![\\p{L}])", [.year, .day, .month], .dot
      ),
      // Vietnamese: "5 tháng 3 năm 2019", "05 tháng 03, 2019", "21 thg 09 năm 2025".
      (
        "(?<!\\d)(\\d{1,2})\\s*(?:tháng|thg)\\s+(\\d{1,2})\\s*,?\\s+(?:năm\\s+)?(\\d{4})(?!\\d)",
        [.day, .month, .year],
        .vietnameseMonth
      ),
      // Dotted numbers are day first unless the page declares American
      // English: its writers put the month first there too ("11.03.17" is November 3).
      (#"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"#, [.dottedMonthOrDay, .day, .year], .dot),
      (#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"#, [.monthOrDay, .day, .year], .slash),
      // "03-05-2013": as ambiguous as the slashed form.
      (#"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)"#, [.monthOrDay, .day, .year], .dash),
      // Two-digit years: dotted with two-digit day and month ("03.05.13"; a
      // version "13.1.2" is not read), or with one after a label (below).
      (#"(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?!\d)(?!\.\d)"#, [.dottedMonthOrDay, .day, .shortYear], .dot),
      // One digit in day or month ("3.8.16"): only after a label.
      (
        #"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d)(?!\.\d)"#, [.dottedMonthOrDay, .day, .labelledShortYear],
        .dot
      ),
      // Slashed, day and month may have one digit ("7/4/19", "1/28/22"):
      // three numbers between slashes are not a fraction.
      (#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?!\d)(?!/\d)"#, [.monthOrDay, .day, .shortYear], .slash),
    ]
    return specs.map { (try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]), $0.1, $0.2) }
  }()

  /// Words as one alternation shaped like a trie ("ma(?:r(?:ch|zo|s)?|y)"):
  /// the regex engine follows only the branch of the text's next letter,
  /// where a flat list of four hundred month names was tried name by name
  /// at every position. Every word still matches, and only words do.
  static func triePattern(_ words: [Substring]) -> String {
    var groups: [Character: [Substring]] = [:]
    var ends = false
    for word in words {
      if let first = word.first { groups[first, default: []].append(word.dropFirst()) } else { ends = true }
    }
    let branches = groups.keys.sorted().map {
      NSRegularExpression.escapedPattern(for: String($0)) + triePattern(groups[$0]!)
    }
    if branches.isEmpty { return "" }
    if branches.count == 1, !ends { return branches[0] }
    return "(?:" + branches.joined(separator: "|") + ")" + (ends ? "?" : "")
  }

  static let timePattern: NSRegularExpression = {
    let zones = zoneOffsets.keys.sorted { $0.count > $1.count }.joined(separator: "|")
    return try! NSRegularExpression(
      pattern:
        "(\\d{1,2})[:h時](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?\\s?m\\.?)?(?:\\s*(?:(?:gmt|utc)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?(?!\\d)|(\(zones))(?![\\p{L}])|([+-]\\d{2}:?\\d{2})))?",
      options: [.caseInsensitive])
  }()

  /// Characters allowed between a date and its time of day (", at ", " | ", " um ").
  /// The connecting word is "at" in the languages of the month lists:
  /// "alle ore", "kl.", "klo", "u", "o godz.", "saat", "в", "о", "às",
  /// "στις", "lúc", "pukul"; Korean, Chinese and Japanese write "a.m." or
  /// "p.m." before the time ("오후 2:05"); a period may end the date ("5. ožujka 2019.
  /// u 14:05", "2019. március 5. 14:05"), a year may carry its "г." and a
  /// Lithuanian day its "d.".
  static let timeLead = try! NSRegularExpression(
    pattern:
      #"^[\s,.|·•-]*(?:г\.|d\.)?[\s,]*(?:at|um|à|a las|a les|alle ore|alle|ore|om|kl\.?|klo|kello|kell|ob|u|у|o|o godz\.|godz\.|saat|в|о|às|as|στις|lúc|pukul|jam)?[\s,]*(?:오전|오후|上午|下午|午前|午後)?[\s,]*$"#,
    options: [.caseInsensitive])

  /// "a.m." and "p.m." written before the time, as the 12-hour suffix they stand for.
  static let meridiemsBefore = ["오전": "am", "오후": "pm", "上午": "am", "下午": "pm", "午前": "am", "午後": "pm"]

  static func timeOfDay(in text: String, anywhere: Bool = false) -> String? {
    let ns = text as NSString
    guard let match = timePattern.firstMatch(in: text, range: NSRange(location: 0, length: min(ns.length, 60))) else {
      return nil
    }
    var meridiemBefore: String?
    if !anywhere {
      let lead = ns.substring(to: match.range.location)
      guard timeLead.firstMatch(in: lead, range: NSRange(location: 0, length: (lead as NSString).length)) != nil else {
        return nil
      }
      meridiemBefore = Self.meridiemsBefore.first { lead.contains($0.key) }?.value
    }
    func group(_ i: Int) -> String? {
      let range = match.range(at: i)
      return range.location == NSNotFound ? nil : ns.substring(with: range)
    }
    guard var hour = Int(group(1) ?? ""), let minute = Int(group(2) ?? ""), minute < 60 else { return nil }
    let second = Int(group(3) ?? "") ?? 0
    if let meridiem = group(4)?.lowercased() ?? meridiemBefore {
      if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
      if meridiem.hasPrefix("a"), hour == 12 { hour = 0 }
    }
    guard hour < 24 else { return nil }
    var result = String(format: "%02d:%02d:%02d", hour, minute, second)
    if let hours = group(5), let sign = hours.first, let value = Int(hours.dropFirst()), value <= 14 {
      // "GMT+7", "UTC+05:30": the offset written after the zone's name.
      let minutes = group(6) ?? "00"
      result += value == 0 && minutes == "00" ? "Z" : "\(sign)" + String(format: "%02d", value) + ":" + minutes
    } else if let zone = group(7)?.lowercased(), let offset = zoneOffsets[zone] {
      result += offset
    } else if let offset = group(8) {
      let digits = offset.dropFirst().replacingOccurrences(of: ":", with: "")
      result += "\(offset.prefix(1))\(digits.prefix(2)):\(digits.suffix(2))"
    }
    return result
  }

  // MARK: Calendar arithmetic (proleptic Gregorian, no Foundation time zones)

  /// A day the calendar has: "30. Februar 2021" and "31 April" are none.
  static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
    guard year >= 1900, year <= 2100, month >= 1, month <= 12, day >= 1 else { return false }
    return day <= daysIn(month: month, year: year)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Solar Hijri years read as such on a Persian page: 1300 is 1921, 1499 is 2120.
  static let jalaliYears = 1300...1499

  /// The Gregorian day of a Solar Hijri (Persian) date, by the calendar
  /// Foundation's ICU implements (Iran's official one); nil when it is no date.
  static func gregorian(fromJalali year: Int, _ month: Int, _ day: Int) -> (Int, Int, Int)? {
    // The first six months have 31 days, the next five 30, Esfand 29 or 30.
    guard jalaliYears.contains(year), (1...12).contains(month), day >= 1, day <= (month <= 6 ? 31 : 30) else {
      return nil
    }
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = persianCalendar.date(from: components) else { return nil }
    let gregorian = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
    // Esfand 30 of a common year rolls over to the next Farvardin: no such day.
    guard persianCalendar.dateComponents([.day], from: date).day == day,
      let y = gregorian.year, let m = gregorian.month, let d = gregorian.day
    else { return nil }
    return (y, m, d)
  }

  static let persianCalendar: Calendar = {
    var calendar = Calendar(identifier: .persian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  static let gregorianCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

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

/// How a page orders the day and the month of numeric dates, where both
/// numbers could be either: "03/05/2013" is 3 May in most of the world and
/// March 5 in the United States. Dots ("03.05.2013") are read apart from
/// slashes and dashes: Europe writes them, an American page only when it
/// says so (`undeclared`: slashes month first as American pages write them,
/// dots day first). `true` and `false` set both.
struct NumberOrder: Sendable, Equatable, ExpressibleByBooleanLiteral {
  var slashed: Bool
  var dotted: Bool

  init(slashed: Bool, dotted: Bool) {
    self.slashed = slashed
    self.dotted = dotted
  }

  init(booleanLiteral value: Bool) { self.init(slashed: value, dotted: value) }

  static let undeclared = NumberOrder(slashed: false, dotted: true)
}
