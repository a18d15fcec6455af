import NewsgrabEval

/// `eval --worst N`: per system, corpus and field, the N pages scoring
/// lowest, with what the truth expected and what came out.
enum WorstPagesRenderer {
  /// Longest value shown on one line; enough to recognise a paragraph.
  static let valueLimit = 160

  static func render(_ report: EvalReport, count: Int) -> String {
    var lines: [String] = []
    for score in report.scores {
      for field in score.fields {
        let worst = field.pageScores.filter { $0.score < 1 }
          .sorted { ($0.score, $0.id) < ($1.score, $1.id) }
          .prefix(count)
        guard !worst.isEmpty else { continue }
        lines.append("")
        lines.append("Worst \(field.field.rawValue) pages of \(score.corpus) (\(score.system)):")
        for page in worst {
          let detail = page.detail.map { "  (\($0))" } ?? ""
          lines.append("  \(EvalTableRenderer.number(page.score))  \(TextRenderer.oneLine(page.id))\(detail)")
          lines.append("         expected: \(shown(page.expected, field: field.field))")
          lines.append("         got:      \(shown(page.got, field: field.field))")
        }
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// One line, cut at `valueLimit`; bodies are prefixed with their `\w+` token count.
  static func shown(_ value: String, field: Field) -> String {
    if value.isEmpty { return "(nothing)" }
    var line = TextRenderer.oneLine(value)
    if line.count > valueLimit { line = String(line.prefix(valueLimit)) + "…" }
    if field == .body { line = "(\(WordTokenizer.tokens(value).count) tokens) " + line }
    return line
  }
}
