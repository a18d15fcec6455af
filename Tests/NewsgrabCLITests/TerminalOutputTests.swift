import Foundation
import Testing

/// What newsgrab draws only on a terminal (bold, dim, headlines clipped to
/// the width, the progress bar), seen through a real pseudo-terminal made by
/// `scripts/pty-run.py`, and checked absent when the same command is piped.
@Suite("Terminal output through a pseudo-terminal")
struct TerminalOutputTests {
  static let bold = "\u{1B}[1m"
  static let reset = "\u{1B}[0m"
  static let clearLine = "\r\u{1B}[2K"
  /// Columns of the pseudo-terminal: narrow enough that a long headline is clipped.
  static let columns = 60

  static let longHeadline =
    "Harbour authority approves the long-awaited plan to dredge the northern channel before the autumn storms"

  /// Three filler pages; their bodies make them copies of one story, so `list` takes `--all-copies`.
  static func archive() throws -> Workspace {
    let workspace = Workspace()
    var story = NewsPage.filler(1)
    story.headline = longHeadline
    workspace.write("pages/long.html", story.html)
    for index in 2..<4 { workspace.write("pages/p\(index).html", NewsPage.filler(index).html) }
    let result = try CLI.run(["import", workspace.file("pages"), "--db", workspace.db])
    #expect(result.status == 0, "\(result.stderr)")
    return workspace
  }

  /// `newsgrab arguments…` with its standard output and error on a terminal
  /// `columns` wide: everything it wrote there, as text.
  static func onTerminal(_ arguments: [String]) throws -> CLI.Result {
    let helper = CLI.repository.appendingPathComponent("scripts/pty-run.py").path
    return try CLI.run(
      ["python3", helper, String(columns), CLI.binary.path] + arguments, binary: URL(fileURLWithPath: "/usr/bin/env"))
  }

  @Test("list and search print bold headlines and highlights on a terminal, and clip to its width")
  func boldAndClipped() throws {
    let workspace = try Self.archive()
    let list = try Self.onTerminal(["list", "--all-copies", "--db", workspace.db])
    #expect(list.status == 0, "\(list.stdout)")
    let lines = list.stdout.split(separator: "\n").map(String.init)
    let long = try #require(lines.first { $0.contains("Harbour authority") }, "\(list.stdout)")
    // The headline is bold, and clipped with an ellipsis so the line fits the terminal.
    #expect(long.contains(Self.bold + "Harbour authority"))
    #expect(long.contains("…" + Self.reset))
    #expect(!long.contains("autumn storms"))
    let visible = long.replacingOccurrences(of: Self.bold, with: "").replacingOccurrences(of: Self.reset, with: "")
    #expect(visible.count <= Self.columns, "\(visible.count) columns: \(visible)")
    // The count line is dim.
    #expect(lines.last == "\u{1B}[2m1–3 of 3" + Self.reset, "\(lines.last ?? "")")

    let search = try Self.onTerminal(["search", "bakery", "--db", workspace.db])
    #expect(search.status == 0)
    #expect(search.stdout.contains(Self.bold + "bakery" + Self.reset), "\(search.stdout)")
    #expect(!search.stdout.contains("**bakery**"))
  }

  @Test("piped, the same commands print no escape sequence and the whole headline")
  func pipedIsPlain() throws {
    let workspace = try Self.archive()
    let list = try CLI.run(["list", "--all-copies", "--db", workspace.db])
    #expect(list.stdout.contains(Self.longHeadline))
    let search = try CLI.run(["search", "bakery", "--db", workspace.db])
    #expect(search.stdout.contains("**bakery**"))
    for result in [list, search] {
      #expect(result.status == 0)
      #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
    }
  }

  @Test("import and reindex draw a progress bar on a terminal, cleared before the summary; never in a pipe")
  func progressBar() throws {
    let workspace = Workspace()
    for index in 0..<3 { workspace.write("pages/p\(index).html", NewsPage.filler(index).html) }
    let imported = try Self.onTerminal(["import", workspace.file("pages"), "--db", workspace.db])
    #expect(imported.status == 0, "\(imported.stdout)")
    // The last redraw shows all three files done, then the line is cleared and the summary printed.
    #expect(imported.stdout.contains(Self.clearLine + "importing "), "\(imported.stdout)")
    #expect(imported.stdout.contains(" 3/3 100% "), "\(imported.stdout)")
    #expect(imported.stdout.contains(String(repeating: "█", count: 24)))
    let summary = try #require(imported.stdout.components(separatedBy: Self.clearLine).last)
    #expect(summary.hasPrefix("3 new, 0 updated"), "\(summary)")

    let reindexed = try Self.onTerminal(["reindex", "--db", workspace.db])
    #expect(reindexed.status == 0)
    #expect(reindexed.stdout.contains(Self.clearLine + "reindexing "), "\(reindexed.stdout)")
    #expect(reindexed.stdout.contains(" 3/3 100% "))

    // --quiet and a pipe both keep the terminal codes out.
    let quiet = try Self.onTerminal(["reindex", "--quiet", "--db", workspace.db])
    #expect(quiet.status == 0 && !quiet.stdout.contains("\u{1B}"), "\(quiet.stdout)")
    let piped = Workspace()
    let plain = try CLI.run(["import", workspace.file("pages"), "--db", piped.db])
    #expect(plain.status == 0)
    #expect(!plain.stdout.contains("\u{1B}") && !plain.stderr.contains("\u{1B}") && !plain.stderr.contains("█"))
  }
}
