import Foundation
import Testing

/// Issue 15: the capture through the commands a user runs.
@Suite("Captures through import, list and export")
struct CaptureCommandTests {
  @Test("list --saved-since keeps the WARC records saved that month, and list/export JSON carry their capture")
  func savedSinceThroughTheCLI() throws {
    // Given an archive of a WARC of two records saved on 2026-03-14 and a plain page without a save date
    let workspace = Workspace()
    let inputs = CLI.repository.appendingPathComponent("fixtures/inputs")
    let imported = try CLI.run([
      "import", inputs.appendingPathComponent("warc/two-articles.warc").path,
      inputs.appendingPathComponent("charsets/shift_jis.html").path, "--db", workspace.db,
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    // When listing what was saved from March 2026 on
    let list = try CLI.run(["list", "--db", workspace.db, "--saved-since", "2026-03", "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    let items = try #require(try JSONSerialization.jsonObject(with: list.stdoutBytes) as? [[String: Any]])
    // Then the two WARC records are there, each with the record's URL, date and container
    #expect(items.count == 2)
    let captures = items.compactMap { $0["capture"] as? [String: Any] }
    #expect(captures.compactMap { $0["format"] as? String } == ["warc", "warc"])
    #expect(captures.allSatisfy { $0["savedAt"] as? String == "2026-03-14T09:00:00Z" })
    #expect(Set(captures.compactMap { $0["url"] as? String }).count == 2)
    // And --saved-until before that month finds none; a bad day is one line, exit 1
    let none = try CLI.run(["list", "--db", workspace.db, "--saved-until", "2026-02", "--format", "json"])
    #expect((try JSONSerialization.jsonObject(with: none.stdoutBytes) as? [Any])?.isEmpty == true)
    let bad = try CLI.run(["list", "--db", workspace.db, "--saved-since", "March"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--saved-since expects YYYY, YYYY-MM or YYYY-MM-DD"), "\(bad.stderr)")
    // And export gives each article's capture in its JSON
    let export = try CLI.run(["export", "--db", workspace.db, "--format", "ndjson"])
    let formats = export.stdoutLines.compactMap { line -> String? in
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return (object?["capture"] as? [String: Any])?["format"] as? String
    }
    #expect(formats.sorted() == ["html", "warc", "warc"])
  }
}
