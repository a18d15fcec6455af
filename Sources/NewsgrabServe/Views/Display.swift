/// Dates and numbers as the pages show them.
enum Display {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// `2024-05-03…` → `3 May 2024`; `2024-05` → `May 2024`; anything else as written.
  static func date(_ iso: String?) -> String? {
    guard let iso, !iso.isEmpty else { return nil }
    let parts = iso.prefix(10).split(separator: "-")
    guard parts.count >= 1, parts[0].count == 4, let year = Int(parts[0]) else { return iso }
    guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
    guard parts.count >= 3, let day = Int(parts[2].prefix(2)), (1...31).contains(day) else {
      return "\(monthNames[month - 1]) \(year)"
    }
    return "\(day) \(monthNames[month - 1]) \(year)"
  }

  /// `1234567` → `1,234,567`.
  static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }

  static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(Display.count(count)) \(count == 1 ? one : many)"
  }

  /// `Ann`, `Ann and Bo`, `Ann, Bo and Cy`.
  static func names(_ names: [String]) -> String? {
    switch names.count {
    case 0: return nil
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
  }

  /// The host of a safe link, to say where it goes (`www.` dropped).
  static func host(_ link: String?) -> String? {
    guard let link, let host = URLHost.of(link) else { return nil }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
