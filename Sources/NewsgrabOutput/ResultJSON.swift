import Foundation
import NewsgrabArchive
import NewsgrabExtraction

/// The JSON of `search`/`list`, `show` and `stats` with `--format json`: the
/// CLI prints it and the server's API returns it, byte for byte the same.
package enum ResultJSON {
  /// The marker around a matched word in a JSON snippet.
  package static let highlightMarker = "**"

  /// Result summaries as a JSON array (a trailing newline, as printed).
  package static func summaries(_ items: [ArticleSummary]) -> String {
    JSONRendering.pretty(items.map(plain)) + "\n"
  }

  package static func article(_ article: Article) -> String {
    JSONRendering.pretty(article) + "\n"
  }

  package static func stats(_ stats: ArchiveStats) -> String {
    JSONRendering.pretty(stats) + "\n"
  }

  /// The summary as JSON shows it: terminal-safe text, plain highlight markers.
  package static func plain(_ item: ArticleSummary) -> ArticleSummary {
    var item = item
    item.snippet = item.snippet.map { highlight($0, start: highlightMarker, end: highlightMarker) }
    return item
  }

  /// The snippet made terminal-safe, with `start`/`end` around each matched word.
  package static func highlight(_ snippet: String, start: String, end: String) -> String {
    TerminalText.safe(snippet)
      .replacingOccurrences(of: String(ArticleSummary.highlightStart), with: start)
      .replacingOccurrences(of: String(ArticleSummary.highlightEnd), with: end)
  }
}

/// Sizes for people: `512 bytes`, `1.5 KB`, `3.2 MB`.
package enum ByteCountText {
  package static func text(_ count: Int) -> String {
    let units = ["bytes", "KB", "MB", "GB", "TB"]
    var value = Double(count)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return unit == 0 ? "\(count) bytes" : String(format: "%.1f %@", value, units[unit])
  }
}
