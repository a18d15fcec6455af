import Foundation
import Testing

@testable import NewsgrabArchive

/// `newsgrab stats --check` on archives damaged each way the check claims to
/// find: exit status 1 and one line on standard error naming the damage.
@Suite("newsgrab stats --check on a damaged archive")
struct StatsCheckCommandTests {
  struct Damage: CustomTestStringConvertible, Sendable {
    var name: String
    var sql: String
    /// Foreign keys off while the SQL runs (a row left without its parent).
    var unchecked = false
    /// What the one line on standard error says after "newsgrab: <path>: ".
    var problem: String

    var testDescription: String { name }
  }

  static let damages: [Damage] = [
    Damage(
      name: "orphan version",
      sql: """
        INSERT INTO article_version(article_id, number, content_hash, article_json, imported_at)
        VALUES (999, 1, 'x', '{}', '2024-01-01T00:00:00Z')
        """, unchecked: true, problem: "1 rows point at missing rows (article_version → article)"),
    Damage(
      name: "orphan page", sql: "UPDATE page SET version_id = 999 WHERE name LIKE '%b.html'", unchecked: true,
      problem: "1 rows point at missing rows (page → article_version)"),
    Damage(
      name: "torn page row", sql: "UPDATE page SET zlib = substr(zlib, 1, length(zlib) / 2) WHERE name LIKE '%b.html'",
      problem: "1 stored pages are not whole zlib streams (first: "),
    Damage(
      name: "bad zlib stream", sql: "UPDATE page SET zlib = X'0123456789ABCDEF' WHERE name LIKE '%a.html'",
      problem: "1 stored pages are not whole zlib streams (first: "),
    Damage(
      name: "page of other bytes",
      sql: """
        UPDATE page SET zlib = (SELECT zlib FROM page WHERE name LIKE '%a.html'),
          byte_count = (SELECT byte_count FROM page WHERE name LIKE '%a.html') WHERE name LIKE '%b.html'
        """, problem: "1 stored pages do not inflate to their recorded size and hash (first: "),
    Damage(
      name: "full-text index out of step",
      sql: "UPDATE article SET body = 'words never indexed' WHERE headline = 'Beta story'",
      problem: "full-text index: "),
    Damage(
      name: "latest version missing", sql: "UPDATE article SET version_count = 2 WHERE headline = 'Alpha story'",
      problem: "1 articles miss their latest version"),
  ]

  @Test("exits 1 with one line naming the damage", arguments: damages)
  func damaged(_ damage: Damage) throws {
    // Given an archive of two articles imported by the CLI, and sound
    let workspace = Workspace()
    workspace.write(
      "in/a.html", NewsPage(url: "https://e.example/a", headline: "Alpha story", paragraphs: ["First words."]).html)
    workspace.write(
      "in/b.html", NewsPage(url: "https://e.example/b", headline: "Beta story", paragraphs: ["Second words."]).html)
    let imported = try CLI.run(["import", workspace.file("in"), "--db", workspace.db, "--quiet"])
    try #require(imported.status == 0, "\(imported.stderr)")
    let sound = try CLI.run(["stats", "--check", "--db", workspace.db])
    try #require(sound.status == 0 && sound.stderr.isEmpty, "\(sound.stderr)")
    #expect(sound.stdoutLines.last == "integrity   ok")
    // When it is damaged, and checked
    do {
      let archive = try Archive(path: workspace.db)
      if damage.unchecked {
        try archive.executeWithoutForeignKeys(damage.sql)
      } else {
        try archive.execute(damage.sql)
      }
    }
    let check = try CLI.run(["stats", "--check", "--db", workspace.db])
    // Then the exit status is 1, and standard error is one line naming the damage
    #expect(check.status == 1)
    #expect(check.stderrLines.count == 1, "\(check.stderr)")
    #expect(check.stderr.hasPrefix("newsgrab: \(workspace.db): \(damage.problem)"), "\(check.stderr)")
    #expect(!check.stdout.contains("integrity   ok"))
  }
}
