import Foundation
import Testing

@testable import NewsgrabArchive

/// Options of the archive commands that no other test used: JSON output of
/// list and search, `--offset`, export's `--limit`/`--output` in each format,
/// a version that does not exist, delete by URL, reindex over a damaged page.
@Suite("newsgrab list, search, export, show, delete and reindex options")
struct ArchiveCommandOptionTests {
  /// Five filler pages, one a day (ids 1–5 in import order, newest first: 5, 4, 3, 2, 1). Their
  /// bodies differ by a number, so they are copies of one story: list and export take
  /// `--all-copies` to page through each of them.
  static func archive() throws -> Workspace {
    let workspace = Workspace()
    for index in 0..<5 {
      var page = NewsPage.filler(index)
      page.published = String(format: "2023-04-%02dT09:00:00Z", index + 1)
      workspace.write("pages/p\(index).html", page.html)
    }
    let result = try CLI.run(["import", workspace.file("pages"), "--db", workspace.db])
    #expect(result.status == 0, "\(result.stderr)")
    return workspace
  }

  static func json(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  static func ids(_ objects: [[String: Any]]) -> [Int] { objects.compactMap { $0["id"] as? Int } }

  @Test("list --format json is one array of summaries; --limit and --offset page through it")
  func listJSON() throws {
    let workspace = try Self.archive()
    let all = try CLI.run(["list", "--all-copies", "--db", workspace.db, "--format", "json"])
    #expect(all.status == 0, "\(all.stderr)")
    let items = try Self.json(all.stdout)
    #expect(Self.ids(items) == [5, 4, 3, 2, 1])
    let first = try #require(items.first)
    #expect(first["headline"] as? String == "Weekly notes number 4")
    #expect(first["url"] as? String == "https://filler.example/story/4")
    #expect(first["source"] as? String == "Filler Times")
    #expect(first["authors"] as? [String] == ["Pat Filler"])
    #expect((first["publishedAt"] as? String)?.hasPrefix("2023-04-05") == true)
    // A page of two after skipping three is the fourth and fifth of the whole list.
    let page = try CLI.run([
      "list", "--all-copies", "--db", workspace.db, "--format", "json", "--limit", "2", "--offset", "3",
    ])
    #expect(Self.ids(try Self.json(page.stdout)) == [2, 1])
    // The table counts from the offset, and says when the offset is past the end.
    let table = try CLI.run(["list", "--all-copies", "--db", workspace.db, "--limit", "2", "--offset", "1"])
    #expect(table.stdoutLines.last == "2–3 of 5", "\(table.stdout)")
    #expect(table.stdoutLines.count == 3 && table.stdoutLines[0].contains("Weekly notes number 3"))
    let past = try CLI.run(["list", "--all-copies", "--db", workspace.db, "--offset", "9"])
    #expect(past.status == 0 && past.stdout == "no more results\n")
  }

  @Test("search --format json gives scores and snippets with plain markers; --offset skips ranked results")
  func searchJSON() throws {
    let workspace = try Self.archive()
    // "number" is in every headline: all five match.
    // The filler pages are copies of one story: --all-copies lists each.
    let all = try CLI.run([
      "search", "harbour", "--db", workspace.db, "--format", "json", "--sort", "oldest", "--all-copies",
    ])
    #expect(all.status == 0, "\(all.stderr)")
    let items = try Self.json(all.stdout)
    #expect(Self.ids(items) == [1, 2, 3, 4, 5])
    for item in items {
      #expect((item["snippet"] as? String)?.contains("**harbour**") == true, "\(item)")
      #expect(item["score"] is Double)
    }
    #expect(!all.stdout.contains("\u{1B}"))
    let skipped = try CLI.run([
      "search", "harbour", "--db", workspace.db, "--format", "json", "--sort", "oldest", "--offset", "3",
      "--all-copies",
    ])
    #expect(Self.ids(try Self.json(skipped.stdout)) == [4, 5])
    let table = try CLI.run([
      "search", "harbour", "--db", workspace.db, "--sort", "oldest", "--offset", "3", "--all-copies",
    ])
    #expect(table.stdoutLines.last == "4–5 of 5", "\(table.stdout)")
    let none = try CLI.run(["search", "volcano", "--db", workspace.db, "--format", "json"])
    #expect(none.status == 0)
    #expect(try Self.json(none.stdout).isEmpty)
  }

  @Test(
    "export --limit caps every format, on standard output and with --output", arguments: ["ndjson", "csv", "markdown"])
  func exportLimitAndOutput(format: String) throws {
    let workspace = try Self.archive()
    let stdout = try CLI.run(["export", "--all-copies", "--db", workspace.db, "--format", format, "--limit", "2"])
    #expect(stdout.status == 0, "\(stdout.stderr)")
    let folder = workspace.file("out-\(format)")
    let written = try CLI.run([
      "export", "--all-copies", "--db", workspace.db, "--format", format, "--limit", "2", "--output", folder,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let newest = ["Weekly notes number 4", "Weekly notes number 3"]
    switch format {
    case "ndjson":
      #expect(stdout.stdoutLines.count == 2)
      #expect(zip(stdout.stdoutLines, newest).allSatisfy { $0.contains("\"headline\":\"\($1)\"") }, "\(stdout.stdout)")
      #expect(names == ["articles.ndjson"])
      #expect(try String(contentsOfFile: folder + "/articles.ndjson", encoding: .utf8) == stdout.stdout)
    case "csv":
      // Bodies hold line breaks: count CSV records, not lines.
      let rows = CSVCells.parse(stdout.stdout)
      #expect(rows.count == 3, "header and two rows: \(stdout.stdout)")
      #expect(rows.dropFirst().map { $0.first } == ["5", "4"])
      #expect(names == ["articles.csv"])
      #expect(try String(contentsOfFile: folder + "/articles.csv", encoding: .utf8) == stdout.stdout)
    default:
      // On standard output the articles are separated by a rule; in a folder, one file each.
      let documents = stdout.stdout.components(separatedBy: "\n---\n\n")
      #expect(documents.count == 2)
      #expect(zip(documents, newest).allSatisfy { $0.hasPrefix("# \($1)") }, "\(documents.map { $0.prefix(40) })")
      #expect(names == ["4-weekly-notes-number-3.md", "5-weekly-notes-number-4.md"])
      let files = try names.reversed().map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
      #expect(files == documents)
    }
  }

  @Test("show --version of a version that does not exist is one line on stderr and exit 1")
  func missingVersion() throws {
    let workspace = try Self.archive()
    for version in ["2", "0", "-1"] {
      let result = try CLI.run(["show", "1", "--db", workspace.db, "--version=\(version)"])
      #expect(result.status == 1, "version \(version)")
      #expect(result.stdout.isEmpty)
      #expect(
        result.stderrLines == [
          "newsgrab: \(workspace.db): article 1 has no version \(version): its versions are 1 to 1 (`newsgrab show 1 --history` lists them)"
        ])
    }
    #expect(try CLI.run(["show", "1", "--db", workspace.db, "--version", "1"]).status == 0)
    // An article that does not exist is still named as such.
    let none = try CLI.run(["show", "9", "--db", workspace.db, "--version", "1"])
    #expect(none.status == 1 && none.stderrLines == ["newsgrab: \(workspace.db): no article with id or URL '9'"])
  }

  @Test("delete takes a URL, in the forms show accepts, and reports one it does not know")
  func deleteByURL() throws {
    let workspace = try Self.archive()
    // Given the URL as stored, and another article's URL with another scheme and a trailing slash
    let deleted = try CLI.run([
      "delete", "https://filler.example/story/2", "http://filler.example/story/3/", "--db", workspace.db,
    ])
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(deleted.stdout == "deleted 2 articles\n")
    let left = try CLI.run(["list", "--all-copies", "--db", workspace.db, "--format", "json"])
    #expect(Self.ids(try Self.json(left.stdout)) == [5, 2, 1])
    // A URL no article has: nothing deleted, one line naming it, exit 1.
    let unknown = try CLI.run(["delete", "https://filler.example/story/99", "--db", workspace.db])
    #expect(unknown.status == 1)
    #expect(unknown.stdout == "deleted 0 articles\n")
    #expect(unknown.stderrLines.count == 1 && unknown.stderr.contains("https://filler.example/story/99"))
  }

  @Test("reindex over a damaged stored page keeps its article, counts the failure and exits 1")
  func reindexDamagedPage() throws {
    let workspace = try Self.archive()
    let before = try CLI.run(["show", "2", "--db", workspace.db, "--format", "json"])
    // Given the stored copy of article 2's page replaced by bytes that are not a zlib stream
    let archive = try Archive(path: workspace.db)
    try archive.execute(
      "UPDATE page SET zlib = x'0011223344' WHERE version_id = (SELECT id FROM article_version WHERE article_id = 2)")
    // When the archive is reindexed
    let result = try CLI.run(["reindex", "--db", workspace.db])
    // Then the four other pages are re-extracted, the damaged one is counted and named
    #expect(result.status == 1)
    #expect(result.stdout == "5 pages re-extracted: 0 changed, 4 unchanged, 1 failed\n", "\(result.stdout)")
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("p1.html") && result.stderr.contains("damaged"), "\(result.stderr)")
    // And article 2 is kept as it was
    let after = try CLI.run(["show", "2", "--db", workspace.db, "--format", "json"])
    #expect(after.status == 0 && after.stdout == before.stdout)
  }
}
