import Foundation
import NewsgrabArchive
import NewsgrabOutput

/// `stats` for people: totals, then per-month counts as a bar chart.
enum StatsRenderer {
  /// The widest bar, in characters.
  static let barWidth = 40

  static func render(_ stats: ArchiveStats, terminal: Bool) -> String {
    var lines: [String] = []
    func line(_ name: String, _ value: String) {
      lines.append(name.padding(toLength: 12, withPad: " ", startingAt: 0) + value)
    }
    line("archive", TextRenderer.oneLine(stats.path))
    line("articles", "\(stats.articles) (\(stats.versions) versions)")
    line("sources", String(stats.sources))
    line("authors", String(stats.authors))
    line("languages", stats.languages.map { "\(TextRenderer.oneLine($0.name)) \($0.count)" }.joined(separator: ", "))
    if let earliest = stats.earliest, let latest = stats.latest {
      line("published", "\(earliest) … \(latest)" + (stats.undated > 0 ? " (\(stats.undated) undated)" : ""))
    } else if stats.undated > 0 {
      line("published", "\(stats.undated) undated")
    }
    line("pages", "\(stats.pages), \(bytes(stats.pageBytes)) stored in \(bytes(stats.compressedPageBytes))")
    line("on disk", bytes(stats.fileBytes))
    if !stats.topSources.isEmpty {
      lines.append("")
      lines.append("top sources")
      for source in stats.topSources {
        lines.append("  " + String(source.count).leftPadded(to: 6) + "  " + TextRenderer.oneLine(source.name))
      }
    }
    if !stats.perMonth.isEmpty {
      lines.append("")
      lines.append("per month")
      let most = stats.perMonth.map(\.count).max() ?? 1
      for month in stats.perMonth {
        let bar: String
        if terminal {
          let length = max(1, Int((Double(month.count) / Double(most) * Double(barWidth)).rounded()))
          bar = "  " + String(repeating: "█", count: length)
        } else {
          bar = ""
        }
        lines.append("  \(month.name)  " + String(month.count).leftPadded(to: 6) + bar)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func bytes(_ count: Int) -> String { ByteCountText.text(count) }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
