import Foundation
import Testing

@testable import NewsgrabArchive

@Suite("newsgrab show, export, delete, reindex, stats")
struct ManageCommandTests {
  static let story = NewsPage(
    url: "https://courier.example/news/2024/tram", headline: "Tram line to reopen in spring",
    paragraphs: [
      "The tram line through the old town will reopen in April after eighteen months of works, the transport authority said.",
      "New stops at the station and the university are part of the plan.",
    ], author: "Jane Doe", published: "2024-02-20T07:30:00Z", language: "en", site: "Riverside Courier")

  static func archive(with pages: [NewsPage]) throws -> Workspace {
    let workspace = Workspace()
    for (index, page) in pages.enumerated() { workspace.write("pages/p\(index).html", page.html) }
    let result = try CLI.run(["import", workspace.file("pages"), "--db", workspace.db])
    try #require(result.status == 0, "the test archive was not imported: \(result.stderr)")
    return workspace
  }

  @Test("show prints what parse prints, in every format", arguments: ["text", "markdown", "json", "ndjson"])
  func showRoundTrip(format: String) throws {
    // Given a page imported into the archive
    let workspace = try Self.archive(with: [Self.story])
    let page = workspace.file("pages/p0.html")
    // When it is shown by id and by URL
    let parsed = try CLI.run(["parse", page, "--format", format])
    let byID = try CLI.run(["show", "1", "--db", workspace.db, "--format", format])
    let byURL = try CLI.run([
      "show", "http://courier.example/news/2024/tram/", "--db", workspace.db, "--format", format,
    ])
    // Then the output is parse's own
    #expect(parsed.status == 0 && byID.status == 0 && byURL.status == 0, "\(byID.stderr)")
    let expected = format == "text" ? parsed.stdout + "\n" : parsed.stdout
    #expect(byID.stdout == expected)
    #expect(byURL.stdout == expected)
  }

  @Test("export ndjson lines are the Article objects parse prints")
  func exportRoundTrip() throws {
    // Given two pages in the archive
    let other = NewsPage(
      url: "https://courier.example/news/2024/bins", headline: "Bin collections move to Tuesdays",
      paragraphs: ["Collections move from Monday to Tuesday from next week."], published: "2024-03-01T08:00:00Z",
      site: "Riverside Courier")
    let workspace = try Self.archive(with: [Self.story, other])
    // When the archive is exported as NDJSON
    let exported = try CLI.run(["export", "--db", workspace.db, "--sort", "oldest"])
    // Then each line is the line parse prints for that page
    let parsed = try CLI.run([
      "parse", workspace.file("pages/p0.html"), workspace.file("pages/p1.html"), "--format", "ndjson",
    ])
    #expect(exported.status == 0)
    #expect(exported.stdoutLines == parsed.stdoutLines)
    // And filters apply to export too
    let filtered = try CLI.run(["export", "--db", workspace.db, "--since", "2024-03"])
    #expect(filtered.stdoutLines.count == 1 && filtered.stdout.contains("Bin collections"))
  }

  @Test("CSV export neutralises formula cells and quotes fields")
  func csvInjection() throws {
    let hostile = NewsPage(
      url: "https://e.example/hostile", headline: "=HYPERLINK(\"http://evil.example\",\"click\")",
      paragraphs: ["+SUM(1,2), \"quoted\"\nand more", "@cmd"], author: "+Jane Doe", site: "@evil")
    // Quotes and line breaks without a comma must be quoted too.
    let plain = NewsPage(
      url: "https://e.example/plain", headline: "Mayor says \"no\" to the riverside tower",
      paragraphs: [
        "The council met on Monday night to talk about the plans for the new tower beside the river.",
        "The final vote is due in May after a public meeting in the town hall.",
      ])
    let workspace = try Self.archive(with: [hostile, plain])
    let result = try CLI.run(["export", "--db", workspace.db, "--format", "csv"])
    #expect(result.status == 0)
    let header =
      "id,url,headline,description,authors,published_at,modified_at,language,source,section,tags,word_count,body,"
      + "capture_url,saved_at,capture_format,copies"
    #expect(result.stdoutLines.first == header)
    // Every cell that would start a formula starts with ' instead.
    #expect(result.stdout.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""))
    // The author must still read as a name: the authors phase drops "-2+3".
    #expect(result.stdout.contains(",'+Jane Doe,"))
    #expect(result.stdout.contains(",'@evil,"))
    #expect(result.stdout.contains(",\"Mayor says \"\"no\"\" to the riverside tower\","), "\(result.stdout)")
    let rows = CSVCells.parse(result.stdout)
    #expect(rows.count == 3 && rows.allSatisfy { $0.count == rows[0].count }, "\(rows)")
    #expect(
      rows.contains { $0.contains { $0.contains("beside the river.\n\nThe final vote") } }, "\(rows)")
    for cell in CSVCells.parse(result.stdout).dropFirst().joined() {
      #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "formula cell: \(cell)")
    }
  }

  @Test("Markdown export file names stay inside the output folder")
  func markdownNames() throws {
    let pages = [
      NewsPage(url: "https://e.example/1", headline: "../../../etc/passwd", paragraphs: ["Traversal attempt one."]),
      NewsPage(
        url: "https://e.example/2", headline: "/absolute/path\\with\\backslashes",
        paragraphs: ["Traversal attempt two."]),
      NewsPage(url: "https://e.example/3", headline: "…", paragraphs: ["No letters in the headline."]),
      NewsPage(
        url: "https://e.example/4", headline: "Ünïcödé headline — with dashes", paragraphs: ["Folded to ASCII."]),
    ]
    let workspace = try Self.archive(with: pages)
    let output = workspace.file("out")
    let result = try CLI.run(["export", "--db", workspace.db, "--format", "markdown", "--output", output])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
    #expect(
      names == ["1-etc-passwd.md", "2-absolute-path-with-backslashes.md", "3.md", "4-unicode-headline-with-dashes.md"])
    let entries = try FileManager.default.subpathsOfDirectory(atPath: workspace.path)
    #expect(entries.filter { $0.hasSuffix(".md") }.allSatisfy { $0.hasPrefix("out/") })
  }

  @Test("delete removes an article; it is gone from show and search")
  func delete() throws {
    let workspace = try Self.archive(with: [Self.story, NewsPage.filler(1)])
    let deleted = try CLI.run(["delete", "1", "--db", workspace.db])
    #expect(deleted.status == 0 && deleted.stdout == "deleted 1 article\n")
    let show = try CLI.run(["show", "1", "--db", workspace.db])
    #expect(show.status == 1)
    #expect(show.stderrLines == ["newsgrab: \(workspace.db): no article with id or URL '1'"])
    #expect(try CLI.run(["search", "tram", "--db", workspace.db]).stdout == "no matching articles\n")
    #expect(try CLI.run(["list", "--db", workspace.db, "--format", "ndjson"]).stdoutLines.count == 1)
    let again = try CLI.run(["delete", "1", "--db", workspace.db])
    #expect(again.status == 1)
  }

  @Test("reindex brings stored articles up to the current extractor")
  func reindex() throws {
    // Given an archive whose stored extraction is stale (as an older extractor left it)
    let workspace = try Self.archive(with: [Self.story, NewsPage.filler(1)])
    let archive = try Archive(path: workspace.db)
    try archive.execute(
      """
      INSERT INTO article_fts(article_fts, rowid, headline, description, body, authors, tags, source)
        SELECT 'delete', id, headline, description, body, authors, tags, source FROM article WHERE id = 1;
      INSERT INTO headline_fts(headline_fts, rowid, headline) SELECT 'delete', id, headline FROM article WHERE id = 1;
      UPDATE article SET headline = 'Menu', body = 'Home News Sport' WHERE id = 1;
      INSERT INTO article_fts(rowid, headline, description, body, authors, tags, source)
        SELECT id, headline, description, body, authors, tags, source FROM article WHERE id = 1;
      INSERT INTO headline_fts(rowid, headline) SELECT id, headline FROM article WHERE id = 1;
      UPDATE article_version SET article_json = json_set(article_json, '$.headline', 'Menu', '$.body', 'Home News Sport')
        WHERE article_id = 1;
      """)
    #expect(try CLI.run(["search", "tram", "--db", workspace.db]).stdout == "no matching articles\n")
    // When it is reindexed
    let result = try CLI.run(["reindex", "--db", workspace.db])
    // Then the stale article is re-extracted from its stored page, the other unchanged
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "2 pages re-extracted: 1 changed, 1 unchanged, 0 failed\n")
    let search = try CLI.run(["search", "tram", "--db", workspace.db, "--format", "ndjson"])
    #expect(SearchCommandTests.headlines(search) == ["Tram line to reopen in spring"])
    let show = try CLI.run(["show", "1", "--db", workspace.db, "--format", "json"])
    #expect(show.stdout == (try CLI.run(["parse", workspace.file("pages/p0.html"), "--format", "json"])).stdout)
    #expect(try CLI.run(["stats", "--check", "--db", workspace.db]).status == 0)
  }

  @Test("stats: text in a pipe, and JSON")
  func stats() throws {
    let workspace = try Self.archive(with: [Self.story] + (0..<3).map { NewsPage.filler($0) })
    let text = try CLI.run(["stats", "--db", workspace.db])
    #expect(text.status == 0)
    #expect(text.stdoutLines.contains { $0.hasPrefix("articles") && $0.contains("4 (4 versions)") })
    #expect(text.stdoutLines.contains("per month"))
    #expect(text.stdoutLines.contains("  2024-02       1"))
    let json = try CLI.run(["stats", "--db", workspace.db, "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["articles"] as? Int == 4)
    #expect(object?["sources"] as? Int == 2)
    #expect(object?["earliest"] as? String == "2022-01-01")
  }
}

/// A small RFC 4180 reader, to check the CSV as a spreadsheet would see it.
enum CSVCells {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(text).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              cell.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          cell.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(cell)
        cell = ""
      } else if c == "\n" {
        row.append(cell)
        rows.append(row)
        row = []
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if !cell.isEmpty || !row.isEmpty {
      row.append(cell)
      rows.append(row)
    }
    return rows
  }
}
