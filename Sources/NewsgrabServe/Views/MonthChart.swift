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

  init(_ months: [(name: String, count: Int)]) {
    let plot = Self.height - Self.labelHeight
    let most = Double(months.map(\.count).max() ?? 1)
    let slot = Self.width / Double(max(months.count, 1))
    var bars: [Bar] = []
    var years: [YearLabel] = []
    for (index, month) in months.enumerated() {
      let barHeight = max(1, Double(month.count) / max(most, 1) * (plot - 4))
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
