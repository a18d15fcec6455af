import Foundation
import Testing

@testable import NewsgrabArchive

@Suite("newsgrab search and list")
struct SearchCommandTests {
  /// An archive of pages written for these tests: "election" in one
  /// headline, in one French headline (with an accent), in one body only,
  /// and absent from the filler pages.
  static func newsArchive() throws -> Workspace {
    let workspace = Workspace()
    let pages =
      [
        NewsPage(
          url: "https://courier.example/politics/count", headline: "Mayor re-elected as election turnout climbs",
          paragraphs: ["The count finished at dawn in the town hall.", "Turnout was the highest in twenty years."],
          author: "Jane Doe", published: "2024-05-03T08:00:00+01:00", language: "en-GB", site: "Riverside Courier"),
        NewsPage(
          url: "https://daily.example/sport/cup", headline: "Cup final decided on penalties",
          paragraphs: [
            "Harbour Town won after a season that began with a boardroom election.",
            "The keeper saved the eighth kick.",
          ],
          author: "Sam Patel", published: "2023-11-12T17:00:00Z", language: "en", site: "The Daily Example"),
        NewsPage(
          url: "https://journal.example/politique/valmont", headline: "Élection municipale à Valmont",
          paragraphs: ["La participation atteint cinquante-deux pour cent au premier tour."], author: "Camille Lefèvre",
          published: "2024-03-17T21:30:00+01:00", language: "fr", site: "Le Petit Journal"),
      ] + (0..<6).map { NewsPage.filler($0) }
    for (index, page) in pages.enumerated() { workspace.write("pages/page\(index).html", page.html) }
    let result = try CLI.run(["import", workspace.file("pages"), "--db", workspace.db])
    try #require(result.status == 0, "the test archive was not imported: \(result.stderr)")
    return workspace
  }

  static func ids(_ result: CLI.Result) -> [Int] {
    result.stdoutLines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int
    }
  }

  static func headlines(_ result: CLI.Result) -> [String] {
    result.stdoutLines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["headline"] as? String
    }
  }

  @Test("finds every match, headline matches first, accents ignored")
  func ranking() throws {
    let workspace = try Self.newsArchive()
    let result = try CLI.run(["search", "election", "--db", workspace.db, "--format", "ndjson"])
    #expect(result.status == 0, "\(result.stderr)")
    let found = Self.headlines(result)
    #expect(found.count == 3)
    #expect(Set(found.prefix(2)) == ["Mayor re-elected as election turnout climbs", "Élection municipale à Valmont"])
    #expect(found.last == "Cup final decided on penalties")
  }

  @Test("the table shows id, date, source, headline and a snippet with plain markers in a pipe")
  func table() throws {
    let workspace = try Self.newsArchive()
    let result = try CLI.run(["search", "penalties", "--db", workspace.db])
    #expect(result.status == 0)
    let lines = result.stdoutLines
    #expect(lines.count == 3, "\(result.stdout)")
    #expect(
      lines[0].contains("2023-11-12") && lines[0].contains("The Daily Example")
        && lines[0].contains("Cup final decided on penalties"))
    #expect(lines[1].contains("**penalties**"))
    #expect(lines[2] == "1–1 of 1")
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("each filter narrows the results")
  func filters() throws {
    let workspace = try Self.newsArchive()
    func count(_ extra: [String]) throws -> Int {
      // Every copy: the filler pages differ by a word, so list alone shows them as one story.
      let result = try CLI.run(["list", "--db", workspace.db, "--format", "ndjson", "--all-copies"] + extra)
      #expect(result.status == 0, "\(result.stderr)")
      return Self.ids(result).count
    }
    let all = try count([])
    #expect(all == 9)
    #expect(try count(["--source", "courier"]) == 1)
    #expect(try count(["--author", "patel"]) == 1)
    #expect(try count(["--since", "2024"]) == 2)
    #expect(try count(["--until", "2023-12"]) == 7)
    #expect(try count(["--lang", "fr"]) == 1)
    #expect(try count(["--lang", "en"]) == 8)
    #expect(try count(["--limit", "4"]) == 4)
    #expect(try count(["--offset", "7"]) == 2)
    let search = try CLI.run([
      "search", "election", "--db", workspace.db, "--format", "ndjson", "--source", "daily", "--since", "2023-11",
    ])
    #expect(Self.headlines(search) == ["Cup final decided on penalties"])
    let bad = try CLI.run(["list", "--db", workspace.db, "--since", "last week"])
    #expect(bad.status == 1)
    #expect(
      bad.stderrLines == ["newsgrab: \(workspace.db): --since expects YYYY, YYYY-MM or YYYY-MM-DD, not 'last week'"])
  }

  @Test("sort newest and oldest")
  func sort() throws {
    let workspace = try Self.newsArchive()
    let newest = try CLI.run(["search", "election", "--db", workspace.db, "--format", "ndjson", "--sort", "newest"])
    #expect(
      Self.headlines(newest) == [
        "Mayor re-elected as election turnout climbs", "Élection municipale à Valmont",
        "Cup final decided on penalties",
      ])
    let oldest = try CLI.run(["search", "election", "--db", workspace.db, "--format", "ndjson", "--sort", "oldest"])
    #expect(Self.headlines(oldest) == Self.headlines(newest).reversed())
  }

  @Test("query syntax: phrase, OR, -word, NOT, prefix*")
  func syntax() throws {
    let workspace = try Self.newsArchive()
    func found(_ words: [String]) throws -> Set<String> {
      Set(Self.headlines(try CLI.run(["search"] + words + ["--db", workspace.db, "--format", "ndjson"])))
    }
    #expect(try found(["\"boardroom election\""]) == ["Cup final decided on penalties"])
    #expect(
      try found(["penalties", "OR", "participation"]) == [
        "Cup final decided on penalties", "Élection municipale à Valmont",
      ])
    #expect(try found(["election", "-penalties", "-valmont"]) == ["Mayor re-elected as election turnout climbs"])
    #expect(
      try found(["election", "NOT", "mayor"]) == ["Cup final decided on penalties", "Élection municipale à Valmont"])
    #expect(try found(["penalt*"]) == ["Cup final decided on penalties"])
  }

  @Test(
    "a malformed query is one clear line, exit status 1, nothing on stdout",
    arguments: [["\"open phrase"], ["-only"], ["OR"], ["a", "NOT"]])
  func malformed(words: [String]) throws {
    let workspace = try Self.newsArchive()
    let result = try CLI.run(["search"] + words + ["--db", workspace.db])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("newsgrab: search: malformed query: ") == true, "\(result.stderr)")
  }

  @Test("search text that looks like SQL or FTS5 syntax is only searched for")
  func injection() throws {
    let workspace = try Self.newsArchive()
    for words in [
      ["x\"", "OR", "1=1;", "DROP", "TABLE", "article;", "--"], ["headline:election"], ["NEAR(election", "dawn)"],
      ["');", "DELETE", "FROM", "page;"],
    ] {
      let result = try CLI.run(["search"] + words + ["--db", workspace.db, "--format", "ndjson"])
      #expect(
        result.status == 0 || result.stderr.hasPrefix("newsgrab: search: malformed query"), "\(words): \(result.stderr)"
      )
      #expect(!result.stderr.contains("SQLite"))
    }
    let check = try CLI.run(["stats", "--check", "--db", workspace.db, "--format", "json"])
    #expect(check.status == 0)
    #expect(check.stdout.contains("\"articles\" : 9"))
  }

  @Test("escape sequences stored in an archive never reach the terminal, in any format")
  func escapes() throws {
    // Given an archive whose text carries terminal escape sequences (the
    // extractor drops them from pages; an archive file may still hold them,
    // written by another tool or an older build)
    let workspace = Workspace()
    workspace.write(
      "p/plain.html",
      NewsPage(
        url: "https://e.example/evil", headline: "Plain headline", paragraphs: ["Body with an escape word."],
        site: "Evil Site"
      ).html)
    let imported = try CLI.run(["import", workspace.file("p"), "--db", workspace.db])
    #expect(CLI.summary(imported)["new"] == 1)
    let evilHeadline =
      "'Evil ' || char(27) || ']52;c;cm0gLXJmIH4=' || char(7) || 'headline ' || char(27) || '[2J cleared'"
    // Also lone controls: a bell, a backspace, and the one-byte C1 CSI (U+009B).
    let evilBody =
      "'Body with ' || char(27) || '[31mred' || char(27) || '[0m escape text, a bell' || char(7) || ', a back'"
      + " || char(8) || 'space and a C1 ' || char(155) || '2J clear.'"
    try Archive(path: workspace.db).execute(
      """
      INSERT INTO article_fts(article_fts, rowid, headline, description, body, authors, tags, source)
        SELECT 'delete', id, headline, description, body, authors, tags, source FROM article WHERE id = 1;
      INSERT INTO headline_fts(headline_fts, rowid, headline) SELECT 'delete', id, headline FROM article WHERE id = 1;
      UPDATE article SET headline = \(evilHeadline), body = \(evilBody), source = 'Evil ' || char(27) || '[1m' WHERE id = 1;
      INSERT INTO article_fts(rowid, headline, description, body, authors, tags, source)
        SELECT id, headline, description, body, authors, tags, source FROM article WHERE id = 1;
      INSERT INTO headline_fts(rowid, headline) SELECT id, headline FROM article WHERE id = 1;
      UPDATE article_version SET article_json = json_set(article_json, '$.headline', \(evilHeadline), '$.body', \(evilBody));
      """)
    // When every text format prints it
    for command in [
      ["search", "escape"], ["search", "escape", "--format", "csv"], ["list"], ["show", "1"],
      ["show", "1", "--format", "markdown"],
      ["show", "1", "--history"], ["export", "--format", "csv"], ["export", "--format", "markdown"], ["stats"],
    ] {
      let result = try CLI.run(command + ["--db", workspace.db])
      // Then the words are there and the control characters are not
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "\(command)")
      #expect(!result.stdout.contains("\u{08}") && !result.stdout.contains("\u{9B}"), "\(command)")
      if command != ["stats"] {
        #expect(result.stdout.contains("Evil") && result.stdout.contains("headline"), "\(command): \(result.stdout)")
      }
    }
  }
}
