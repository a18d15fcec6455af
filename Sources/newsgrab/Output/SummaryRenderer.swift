import Foundation
import NewsgrabArchive
import NewsgrabOutput

/// Prints search and list results.
struct SummaryRenderer {
  let format: SummaryFormat
  /// Bold highlights and a width to fit; otherwise plain `**` markers.
  let terminal: Bool
  let width: Int?

  func render(_ page: ArticlePage, offset: Int) -> String {
    switch format {
    case .table: return table(page, offset: offset)
    case .json: return ResultJSON.summaries(page.items)
    case .ndjson: return page.items.map { JSONRendering.compact(ResultJSON.plain($0)) + "\n" }.joined()
    case .csv:
      var text = CSVWriter.row([
        "id", "score", "published", "source", "headline", "authors", "language", "url", "snippet",
      ])
      for item in page.items {
        text += CSVWriter.row([
          String(item.id), item.score.map { String(format: "%.4g", $0) }, item.publishedAt, item.source,
          item.headline, item.authors.joined(separator: "; "), item.language, item.url,
          item.snippet.map { highlight($0, bold: false) },
        ])
      }
      return text
    }
  }

  private func table(_ page: ArticlePage, offset: Int) -> String {
    guard !page.items.isEmpty else { return page.total == 0 ? "no matching articles\n" : "no more results\n" }
    let idWidth = page.items.map { String($0.id).count }.max() ?? 1
    var lines: [String] = []
    for item in page.items {
      let date = String((item.publishedAt ?? "").prefix(10)).padding(toLength: 10, withPad: " ", startingAt: 0)
      let source = clip(TextRenderer.oneLine(item.source ?? "—"), 22)
      let prefix = String(repeating: " ", count: idWidth - String(item.id).count) + "\(item.id)  \(date)  \(source)"
      var headline = TextRenderer.oneLine(item.headline ?? "(no headline)")
      let copies = item.copies.flatMap { $0 > 0 ? "  +\($0) \($0 == 1 ? "copy" : "copies")" : nil } ?? ""
      if let width { headline = clip(headline, max(20, width - prefix.count - copies.count - 3)) }
      lines.append(prefix + "  " + (terminal ? Terminal.bold + headline + Terminal.reset : headline) + copies)
      if let snippet = item.snippet {
        let indent = String(repeating: " ", count: idWidth + 2)
        lines.append(indent + highlight(TextRenderer.oneLine(snippet), bold: terminal))
      }
    }
    let shown = "\(offset + 1)–\(offset + page.items.count) of \(page.total)\(page.totalIsExact ? "" : "+")"
    lines.append(terminal ? Terminal.dim + shown + Terminal.reset : shown)
    return lines.joined(separator: "\n") + "\n"
  }

  private func highlight(_ snippet: String, bold: Bool) -> String {
    bold
      ? ResultJSON.highlight(snippet, start: Terminal.bold, end: Terminal.reset)
      : ResultJSON.highlight(snippet, start: ResultJSON.highlightMarker, end: ResultJSON.highlightMarker)
  }

  private func clip(_ text: String, _ count: Int) -> String {
    text.count <= count ? text : String(text.prefix(count - 1)) + "…"
  }
}
