import Foundation
import Testing

private let seed = CLI.shared.appendingPathComponent("seed/000_9c872cca76ad5ba7.txt")
private let haveSeed = FileManager.default.fileExists(atPath: seed.path)

@Suite struct ParseCommandTests {
  @Test(.enabled(if: haveSeed, "../shared/seed is absent: the seed round-trip cannot be checked"))
  func seedTextRoundTripsByteForByte() throws {
    let result = try CLI.run(["parse", seed.path, "--format", "text"])
    #expect(result.status == 0)
    #expect(result.stdoutBytes == (try Data(contentsOf: seed)))
  }

  @Test(.enabled(if: haveSeed, "../shared/seed is absent: the seed JSON cannot be checked"))
  func seedJSONHasTheDocumentsShape() throws {
    let result = try CLI.run(["parse", seed.path, "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    #expect((object["headline"] as? String)?.isEmpty == false)
    #expect((object["source"] as? [String: Any])?["name"] as? String == "CNN")
    #expect(((object["leadImage"] as? [String: Any])?["url"] as? String)?.hasPrefix("https://") == true)
    #expect((object["body"] as? String)?.components(separatedBy: "\n\n").count == 3)
    let related = try #require(object["related"] as? [[String: Any]])
    #expect(related.count == 3)
    #expect(related.allSatisfy { ($0["image"] as? String) != nil && ($0["summary"] as? String) != nil })
  }

  @Test func jsonHasEveryFieldWithNulls() throws {
    let page = CLI.repository.appendingPathComponent("fixtures/pages/no-metadata/source.html")
    let result = try CLI.run(["parse", page.path, "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    let fields: Set<String> = [
      "url", "headline", "description", "source", "authors", "publishedAt", "modifiedAt", "language",
      "section", "tags", "isAccessibleForFree", "body", "leadImage", "images", "related", "wordCount",
      "provenance", "capture",
    ]
    #expect(Set(object.keys) == fields)
    #expect(object["isAccessibleForFree"] is NSNull)
    // A plain file says nothing of where or when it was saved: the capture says so.
    let capture = try #require(object["capture"] as? [String: Any])
    #expect(capture["format"] as? String == "html")
    #expect(capture["url"] is NSNull && capture["savedAt"] is NSNull)
  }

  @Test func ndjsonNamesEachFileAndGoesOnPastFailures() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.html")
    try Data().write(to: empty)
    let pages = ["bbc-style", "german"].map {
      CLI.repository.appendingPathComponent("fixtures/pages/\($0)/source.html").path
    }
    let result = try CLI.run(["parse", pages[0], empty.path, pages[1], "--format", "ndjson"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let files = try lines.map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["file"] as? String
    }
    #expect(files == pages)
    #expect(result.stderr == "newsgrab: \(empty.path): empty file\n")
  }

  /// Pages are extracted by several threads in batches, yet the output and
  /// the error lines come in the order of the input, as with one thread.
  @Test func jobsKeepTheInputOrder() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.html")
    try Data().write(to: empty)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: CLI.repository.appendingPathComponent("fixtures/pages").path
    ).sorted()
    var pages = names.map { CLI.repository.appendingPathComponent("fixtures/pages/\($0)/source.html").path }
    // More pages than one batch (64), a failure in the middle of each batch.
    pages = pages + pages.reversed()
    pages.insert(empty.path, at: 30)
    pages.insert(empty.path, at: 80)
    let one = try CLI.run(["parse", "--jobs", "1", "--format", "ndjson"] + pages)
    let two = try CLI.run(["parse", "--jobs", "2", "--format", "ndjson"] + pages)
    #expect(one.status == 1 && two.status == 1)
    #expect(two.stdout == one.stdout)
    #expect(two.stderr == one.stderr)
    #expect(two.stderr == String(repeating: "newsgrab: \(empty.path): empty file\n", count: 2))
    let files = try two.stdoutLines.map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["file"] as? String
    }
    #expect(files == pages.filter { $0 != empty.path })
  }

  @Test func missingFileIsOneClearLine() throws {
    let result = try CLI.run(["parse", "/nonexistent/page.html"])
    #expect(result.status == 1)
    #expect(result.stderr == "newsgrab: /nonexistent/page.html: no such file or directory\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func standardInputWithURL() throws {
    let html =
      #"<html><head><title>T</title></head><body><h1>Stdin story</h1><p>\#(String(repeating: "Words from a pipe. ", count: 10))</p><img src="/a.jpg"></body></html>"#
    let result = try CLI.run(
      ["parse", "-", "--url", "https://news.example/story", "--format", "json"], stdin: Data(html.utf8))
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    #expect(object["url"] as? String == "https://news.example/story")
    #expect((object["body"] as? String)?.hasPrefix("Words from a pipe.") == true)
    // The capture: read from standard input, saved from the URL the user gave.
    let capture = try #require(object["capture"] as? [String: Any])
    #expect(capture["format"] as? String == "stdin")
    #expect(capture["url"] as? String == "https://news.example/story")
  }

  @Test func markdownHasHeadlineAndRelatedList() throws {
    let page = CLI.repository.appendingPathComponent("fixtures/pages/cnn-related-rail/source.html")
    let result = try CLI.run(["parse", page.path, "--format", "markdown"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Coastal towns brace for record tide as storm stalls offshore\n"))
  }

  @Test func terminalEscapesFromAPageNeverReachOutput() throws {
    let html =
      "<html><head><title>Evil \u{1B}]52;c;cm0gLXJmIH4=\u{07}title\u{1B}[2J</title></head><body><h1>Evil \u{1B}[2Jheadline</h1><p>Body text \u{1B}[31m here, long enough to count as a paragraph of the article body.</p></body></html>"
    for format in ["text", "markdown"] {
      let result = try CLI.run(["parse", "-", "--format", format], stdin: Data(html.utf8))
      #expect(result.status == 0)
      #expect(!result.stdout.contains("\u{1B}"), "format \(format) leaked an escape character")
      #expect(!result.stdout.contains("\u{07}"))
    }
  }

  @Test func helpAndVersion() throws {
    let help = try CLI.run(["parse", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Examples:"))
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    // The one line is the version the command declares in its source.
    let source = try String(
      contentsOf: CLI.repository.appendingPathComponent("Sources/newsgrab/Newsgrab.swift"), encoding: .utf8)
    let declared = try #require(source.firstMatch(of: /static let version = "([^"]+)"/)?.1)
    #expect(version.stdout == "\(declared)\n")
    #expect(version.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil)
  }
}
