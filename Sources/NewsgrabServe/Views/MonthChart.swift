/// The per-month bar chart of `/stats`, laid out on the server: the
/// template draws one SVG `<rect>` per month from these numbers.
struct MonthChart {
  /// Chart size in SVG user units (it scales to the page width; 720 × 240
  /// keeps a 10-year archive's 120 bars at 6 units each, readable on a phone).
  static let width = 720.0
  static let height = 240.0
  /// Room for the year labels under the bars.
  static let labelHeight = 20.0
  /// Gap between bars, as a fraction of a bar's slot.
  static let gapFraction = 0.2

  struct Bar {
    var x: String
    var y: String
    var width: String
    var height: String
    /// `YYYY-MM: N articles`, the bar's `<title>` (tooltip and accessible name).
    var label: String
  }

  struct YearLabel {
    var x: String
    var year: String
  }

  var width = String(Int(MonthChart.width))
  var height = String(Int(MonthChart.height))
  var bars: [Bar]
  var years: [YearLabel]
  var baseline: String
  var summary: String

  /// The longest span drawn month by month with empty months filled in
  /// (50 years); a longer or unreadable span is drawn as listed.
  static let maximumFilledMonths = 600

  init(_ listed: [(name: String, count: Int)]) {
    let months = Self.filled(listed)
    let plot = Self.height - Self.labelHeight
    let most = Double(months.map(\.count).max() ?? 1)
    let slot = Self.width / Double(max(months.count, 1))
    var bars: [Bar] = []
    var years: [YearLabel] = []
    for (index, month) in months.enumerated() {
      let barHeight = month.count == 0 ? 0 : max(1, Double(month.count) / max(most, 1) * (plot - 4))
      let x = Double(index) * slot
      bars.append(
        Bar(
          x: Self.number(x + slot * Self.gapFraction / 2), y: Self.number(plot - barHeight),
          width: Self.number(slot * (1 - Self.gapFraction)), height: Self.number(barHeight),
          label: "\(month.name): \(month.count) \(month.count == 1 ? "article" : "articles")"))
      // A label at each January, and at the first month shown.
      if index == 0 || month.name.hasSuffix("-01") {
        years.append(YearLabel(x: Self.number(x), year: String(month.name.prefix(4))))
      }
    }
    self.bars = bars
    self.years = Self.spaced(years, minimumGap: 36)
    self.baseline = Self.number(plot)
    let first = months.first?.name ?? ""
    let last = months.last?.name ?? ""
    self.summary = months.isEmpty ? "No dated articles." : "Articles per month, \(first) to \(last)."
  }

  /// Every month from the first to the last listed, those with no article at 0,
  /// so the bars stand on an even time axis.
  static func filled(_ listed: [(name: String, count: Int)]) -> [(name: String, count: Int)] {
    func parse(_ name: String) -> Int? {
      let parts = name.split(separator: "-")
      guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      return year * 12 + month - 1
    }
    let indices = listed.map { parse($0.name) }
    guard let first = indices.first ?? nil, let last = indices.last ?? nil, !indices.contains(where: { $0 == nil }),
      last >= first, last - first < maximumFilledMonths
    else { return listed }
    var counts: [Int: Int] = [:]
    for (index, month) in zip(indices, listed) { counts[index!, default: 0] += month.count }
    return (first...last).map { index in
      let name = String(index / 12) + "-" + (index % 12 + 1 < 10 ? "0" : "") + String(index % 12 + 1)
      return (name, counts[index] ?? 0)
    }
  }

  /// Drops labels that would overlap the one before.
  static func spaced(_ labels: [YearLabel], minimumGap: Double) -> [YearLabel] {
    var kept: [YearLabel] = []
    var lastX = -Double.infinity
    for label in labels {
      let x = Double(label.x) ?? 0
      if x - lastX >= minimumGap {
        kept.append(label)
        lastX = x
      }
    }
    return kept
  }

  static func number(_ value: Double) -> String {
    String((value * 10).rounded() / 10)
  }
}
