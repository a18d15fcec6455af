import ArgumentParser
import Foundation
import NewsgrabArchive
import NewsgrabOutput

/// How `dupes` prints the copy groups.
enum DupesFormat: String, ExpressibleByArgument, CaseIterable {
  /// One block per group: similarity, id, date, source, headline, URL.
  case table
  /// An array of groups.
  case json
  /// One group per line.
  case ndjson
}

/// Prints copy groups.
struct DupesRenderer {
  let format: DupesFormat
  let terminal: Bool

  func render(_ groups: [CopyGroup]) -> String {
    switch format {
    case .json: return JSONRendering.pretty(groups) + "\n"
    case .ndjson: return groups.map { JSONRendering.compact($0) + "\n" }.joined()
    case .table: return table(groups)
    }
  }

  private func table(_ groups: [CopyGroup]) -> String {
    guard !groups.isEmpty else { return "no copies found\n" }
    var lines: [String] = []
    for group in groups {
      let heading = "group \(group.group): \(group.articles.count) copies"
      lines.append(terminal ? Terminal.bold + heading + Terminal.reset : heading)
      let idWidth = group.articles.map { String($0.id).count }.max() ?? 1
      for member in group.articles {
        let id = String(repeating: " ", count: idWidth - String(member.id).count) + String(member.id)
        let date = String((member.publishedAt ?? "").prefix(10)).padding(toLength: 10, withPad: " ", startingAt: 0)
        let source = TextRenderer.oneLine(member.source ?? "—")
        let headline = TextRenderer.oneLine(member.headline ?? "(no headline)")
        let saved = member.capture.savedAt.map { "  saved \($0)" } ?? ""
        lines.append(
          "  " + String(format: "%.2f", member.similarity) + "  \(id)  \(date)  \(source)  \(headline)")
        if let url = member.url ?? member.capture.url {
          lines.append("  " + String(repeating: " ", count: idWidth + 6) + TerminalText.safe(url) + saved)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
