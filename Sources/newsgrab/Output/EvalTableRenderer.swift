import NewsgrabEval

/// The `eval` table: one row per corpus and field, one column group (score,
/// precision, recall) per system, then a coverage row per corpus and the
/// pages that failed.
enum EvalTableRenderer {
  static func render(_ report: EvalReport) -> String {
    var rows: [[String]] = []
    var header = ["corpus", "field", "metric", "pages"]
    for system in report.systems { header += [system, "P", "R"] }
    rows.append(header)
    var failures: [String] = []
    for corpus in report.corpora {
      let scores = report.systems.map { report.score(corpus: corpus, system: $0) }
      let fields = Set(scores.compactMap { $0 }.flatMap { $0.fields.map(\.field) }).sorted()
      for field in fields {
        let pages = scores.compactMap { $0?.field(field)?.pages }.first ?? 0
        var row = [corpus, field.rawValue, field.metric, String(pages)]
        for score in scores {
          let value = score?.field(field)
          row += [number(value?.score), number(value?.precision), number(value?.recall)]
        }
        rows.append(row)
      }
      var coverage = [corpus, "coverage", "pages predicted", String(scores.compactMap { $0?.pages }.first ?? 0)]
      for score in scores {
        coverage += [number(score?.coverage), "", ""]
        for page in score?.errored ?? [] {
          failures.append("\(score?.system ?? ""): \(corpus)/\(page.id): \(page.reason)")
        }
      }
      rows.append(coverage)
    }
    var text = table(rows)
    if !failures.isEmpty {
      text += "\nPages without a prediction (scored as empty output):\n"
      text += failures.map { "  " + TextRenderer.oneLine($0) + "\n" }.joined()
    }
    return text
  }

  static func number(_ value: Double?) -> String {
    guard let value else { return "—" }
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// Left-aligned text columns, right-aligned numbers, two spaces apart.
  static func table(_ rows: [[String]]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = Array(repeating: 0, count: width)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        return index < 3 ? cell + padding : padding + cell
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
