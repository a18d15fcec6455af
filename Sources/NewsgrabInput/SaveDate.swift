/// Turns the dates savers write into ISO 8601 (`2026-11-30T09:15:00+01:00`):
/// RFC 5322 (`Mon, 30 Nov 2026 09:15:00 +0100`, MHTML's `Date:`) and
/// JavaScript's `Date.toString()` (`Mon Nov 30 2026 09:15:00 GMT+0100 (…)`,
/// SingleFile's `saved date:`). ISO 8601 input is returned as it is.
enum SaveDate {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
  private static let zones: [String: Int] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
    "mdt": -360, "pst": -480, "pdt": -420,
  ]

  static func iso8601(_ raw: String) -> String? {
    let text = raw.trimmed
    if isISO8601(text) { return text }
    // Drop a trailing "(Central European Standard Time)".
    let main = text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
    let tokens = main.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
    var day: Int?
    var month: Int?
    var year: Int?
    var time: (Int, Int, Int)?
    var offset: Int?
    for token in tokens {
      let lower = token.lowercased()
      if month == nil, let index = months.firstIndex(where: { lower.hasPrefix($0) }), lower.count <= 9 {
        month = index + 1
      } else if token.contains(":"), time == nil, let parsed = parseTime(token) {
        time = parsed
      } else if let number = Int(token), token.count <= 4, !token.hasPrefix("+"), !token.hasPrefix("-") {
        if token.count == 4 { year = number } else if day == nil { day = number }
      } else if let minutes = parseZone(lower) {
        offset = minutes
      }
    }
    guard let day, let month, let year, (1...31).contains(day), let time else { return nil }
    let (hour, minute, second) = time
    guard hour < 24, minute < 60, second < 61 else { return nil }
    var result = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
    if let offset {
      let sign = offset < 0 ? "-" : "+"
      result += "\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
    }
    return result
  }

  private static func isISO8601(_ text: String) -> Bool {
    let scalars = Array(text.utf8)
    guard scalars.count >= 10 else { return false }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    return digits.allSatisfy { scalars[$0] >= 0x30 && scalars[$0] <= 0x39 } && scalars[4] == 0x2D && scalars[7] == 0x2D
  }

  private static func parseTime(_ token: String) -> (Int, Int, Int)? {
    let parts = token.split(separator: ":").map { Int($0) }
    guard parts.count >= 2, parts.count <= 3, let hour = parts[0], let minute = parts[1] else { return nil }
    let second = parts.count == 3 ? parts[2] : 0
    guard let second else { return nil }
    return (hour, minute, second)
  }

  /// `+0100`, `-0000`, `GMT+0100`, `GMT`, `EST`: minutes east of UTC.
  private static func parseZone(_ lower: String) -> Int? {
    if let known = zones[lower] { return known }
    var text = Substring(lower)
    if text.hasPrefix("gmt") || text.hasPrefix("utc") { text = text.dropFirst(3) }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
    guard digits.count == 4, let value = Int(digits) else { return nil }
    let minutes = value / 100 * 60 + value % 100
    return sign == "-" ? -minutes : minutes
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
