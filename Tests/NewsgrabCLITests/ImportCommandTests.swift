import Foundation
import NewsgrabInput
import Testing

@testable import NewsgrabArchive

@Suite("newsgrab import")
struct ImportCommandTests {
  @Test("importing fixtures/ twice: the second run adds nothing")
  func fixturesTwice() throws {
    // Given the repository's fixture pages and an empty archive
    let workspace = Workspace()
    let fixtures = CLI.repository.appendingPathComponent("fixtures").path
    // When they are imported twice
    let first = try CLI.run(["import", fixtures, "--db", workspace.db])
    let second = try CLI.run(["import", fixtures, "--db", workspace.db])
    // Then the first run stores pages and the second finds every one already there
    let a = CLI.summary(first)
    let b = CLI.summary(second)
    #expect((a["new"] ?? 0) > 0, "\(first.stdout)\(first.stderr)")
    #expect(b["new"] == 0 && b["updated"] == 0, "\(second.stdout)")
    #expect(b["unchanged"] == (a["new"] ?? 0) + (a["updated"] ?? 0) + (a["unchanged"] ?? 0))
    #expect(b["failed"] == a["failed"] && second.status == first.status)
    let stats = try CLI.run(["stats", "--db", workspace.db, "--format", "json", "--check"])
    #expect(stats.status == 0, "\(stats.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    #expect(json?["articles"] as? Int == a["new"])
  }

  @Test("a bad file is one line and one JSON error record; the rest is imported; exit status 1")
  func badFile() throws {
    // Given a folder with two pages, a PNG named .html, an empty file, a hidden file and a non-page file
    let workspace = Workspace()
    workspace.write(
      "in/a.html", NewsPage(url: "https://e.example/a", headline: "Alpha story", paragraphs: ["First words here."]).html
    )
    workspace.write(
      "in/b.html", NewsPage(url: "https://e.example/b", headline: "Beta story", paragraphs: ["Second words here."]).html
    )
    workspace.write(
      "in/picture.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64)))
    workspace.write("in/empty.htm", "")
    workspace.write("in/.hidden.html", "<p>hidden</p>")
    workspace.write("in/notes.pdf", "%PDF-1.4")
    // When the folder is imported with an error log
    let result = try CLI.run([
      "import", workspace.file("in"), "--db", workspace.db, "--errors", workspace.file("errors.jsonl"),
    ])
    // Then the two pages are stored, the two bad files are reported, the hidden and PDF files skipped
    #expect(result.status == 1)
    #expect(
      CLI.summary(result) == ["new": 2, "updated": 0, "unchanged": 0, "skipped": 2, "failed": 2], "\(result.stdout)")
    let errorLines = result.stderrLines
    #expect(errorLines.count == 2)
    #expect(errorLines.allSatisfy { $0.hasPrefix("newsgrab: " + workspace.file("in/")) })
    let records = try String(contentsOfFile: workspace.file("errors.jsonl"), encoding: .utf8).split(separator: "\n").map
    {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
    }
    #expect(
      Set(records.compactMap { $0?["file"] }) == [workspace.file("in/picture.html"), workspace.file("in/empty.htm")])
    #expect(records.allSatisfy { ($0?["reason"] ?? "").isEmpty == false })
  }

  @Test("the same story saved again with changed text becomes a new version")
  func versions() throws {
    // Given a story imported once
    let workspace = Workspace()
    let url = "https://e.example/news/bridge"
    workspace.write(
      "v1/bridge.html",
      NewsPage(url: url, headline: "Bridge to close", paragraphs: ["The bridge closes on Monday for repairs."]).html)
    workspace.write(
      "v2/bridge.html",
      NewsPage(
        url: url + "?utm_source=rss", headline: "Bridge closure delayed",
        paragraphs: ["The bridge now closes in June, the council said."]
      ).html)
    _ = try CLI.run(["import", workspace.file("v1"), "--db", workspace.db])
    // When a later save with changed text is imported
    let result = try CLI.run(["import", workspace.file("v2"), "--db", workspace.db])
    // Then it is an update; show prints the latest, and the history has both
    #expect(CLI.summary(result)["updated"] == 1, "\(result.stdout)")
    let show = try CLI.run(["show", url, "--db", workspace.db, "--format", "json"])
    #expect(show.stdout.contains("\"headline\" : \"Bridge closure delayed\""))
    let history = try CLI.run(["show", url, "--db", workspace.db, "--history"])
    #expect(history.stdoutLines.count == 2)
    #expect(
      history.stdoutLines[0].contains("Bridge to close") && history.stdoutLines[1].contains("Bridge closure delayed"))
    let old = try CLI.run(["show", url, "--db", workspace.db, "--version", "1", "--format", "json"])
    #expect(old.stdout.contains("\"headline\" : \"Bridge to close\""))
  }

  @Test("the archive is found through --db, then $NEWSGRAB_DB, then $XDG_DATA_HOME, and created on first use")
  func location() throws {
    let workspace = Workspace()
    workspace.write(
      "in/a.html", NewsPage(url: "https://e.example/a", headline: "Located", paragraphs: ["Some words."]).html)
    let xdg = workspace.file("xdg")
    // $XDG_DATA_HOME
    let viaXDG = try CLI.run(["import", workspace.file("in"), "--quiet"], environment: ["XDG_DATA_HOME": xdg])
    #expect(viaXDG.status == 0 && viaXDG.stdout.isEmpty, "\(viaXDG.stderr)")
    #expect(FileManager.default.fileExists(atPath: xdg + "/newsgrab/archive.sqlite"))
    // $NEWSGRAB_DB wins over it
    let env = workspace.file("env/db.sqlite")
    _ = try CLI.run(
      ["import", workspace.file("in"), "--quiet"], environment: ["XDG_DATA_HOME": xdg, "NEWSGRAB_DB": env])
    #expect(FileManager.default.fileExists(atPath: env))
    // --db wins over both
    let flag = workspace.file("flag.sqlite")
    _ = try CLI.run(["import", workspace.file("in"), "--quiet", "--db", flag], environment: ["NEWSGRAB_DB": env])
    #expect(FileManager.default.fileExists(atPath: flag))
    // and read commands do not create one
    let missing = try CLI.run(["list", "--db", workspace.file("none.sqlite")])
    #expect(missing.status == 1)
    #expect(
      missing.stderrLines == [
        "newsgrab: \(workspace.file("none.sqlite")): no archive here yet (run `newsgrab import` first)"
      ])
    #expect(!FileManager.default.fileExists(atPath: workspace.file("none.sqlite")))
  }

  // Needs ../shared/corpora and a release binary (`make test` passes one);
  // skipped loudly otherwise.
  @Test(
    "import ../shared/corpora stores every page parse accepts",
    .enabled(if: CorpusImport.available, "needs ../shared/corpora and NEWSGRAB_RELEASE_BINARY (run `make test`)"))
  func corpora() throws {
    let binary = CLI.releaseBinary!
    let workspace = Workspace()
    // Given what parse accepts, page by page
    // (every file the import walk looks at, READMEs and licence texts included)
    let pages = InputReader().files(in: [CorpusImport.folder]).files
    let parsed = try CLI.run(["parse", "--format", "ndjson"] + pages, binary: binary)
    let accepted = parsed.stdoutLines.count
    let rejected = parsed.stderrLines.count
    #expect(accepted > 400)
    // When the whole folder is imported in one run
    let result = try CLI.run(["import", CorpusImport.folder, "--db", workspace.db], binary: binary)
    // Then every accepted page is stored or recognised, and only the rejected ones fail
    let counts = CLI.summary(result)
    #expect(
      (counts["new"] ?? 0) + (counts["updated"] ?? 0) + (counts["unchanged"] ?? 0) == accepted, "\(result.stdout)")
    #expect(counts["failed"] == rejected)
    let check = try CLI.run(["stats", "--check", "--db", workspace.db], binary: binary)
    #expect(check.status == 0, "\(check.stderr)")
  }
}

enum CorpusImport {
  /// `$NEWSGRAB_CORPORA`, else `../shared/corpora` beside the repository.
  static let folder =
    ProcessInfo.processInfo.environment["NEWSGRAB_CORPORA"]
    ?? CLI.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora").path
  static var available: Bool {
    CLI.releaseBinary != nil && FileManager.default.fileExists(atPath: folder)
  }
}

@Suite("newsgrab import with awkward folders")
struct ImportAwkwardInputTests {
  @Test("names with spaces and newlines, a symlink loop and a dangling link: one line each, the rest imported")
  func awkwardNames() throws {
    // Given pages under awkward names, a symbolic link loop and a dangling link
    let workspace = Workspace()
    workspace.write(
      "in/with space.html", NewsPage(url: "https://e.example/s", headline: "Spaced name", paragraphs: ["Words."]).html)
    workspace.write(
      "in/new\nline.html", NewsPage(url: "https://e.example/n", headline: "Newline name", paragraphs: ["Words."]).html)
    try FileManager.default.createSymbolicLink(
      atPath: workspace.file("in/loop"), withDestinationPath: workspace.file("in"))
    try FileManager.default.createSymbolicLink(
      atPath: workspace.file("in/gone.html"), withDestinationPath: workspace.file("nowhere.html"))
    // When the folder is imported
    let result = try CLI.run(["import", workspace.file("in"), "--db", workspace.db])
    // Then both pages are stored once, and every error is a single line naming the path
    #expect(CLI.summary(result)["new"] == 2, "\(result.stdout) \(result.stderr)")
    #expect(result.stderrLines.allSatisfy { $0.hasPrefix("newsgrab: ") })
    #expect(!result.stderr.contains("\nline.html"))
    let list = try CLI.run(["list", "--db", workspace.db, "--format", "ndjson"])
    #expect(list.stdoutLines.count == 2)
    #expect(try CLI.run(["stats", "--check", "--db", workspace.db]).status == 0)
  }

  @Test("a file named on the command line that does not exist fails the run, after the others are stored")
  func missingFile() throws {
    let workspace = Workspace()
    let page = workspace.write(
      "a.html", NewsPage(url: "https://e.example/a", headline: "Present", paragraphs: ["Words."]).html)
    let result = try CLI.run(["import", workspace.file("missing.html"), page, "--db", workspace.db])
    #expect(result.status == 1)
    #expect(result.stderrLines == ["newsgrab: \(workspace.file("missing.html")): no such file or directory"])
    #expect(CLI.summary(result)["new"] == 1)
  }
}
