import Foundation
import Testing

/// Extraction quality on `../shared/corpora` may only go up: each corpus ×
/// field score of `newsgrab eval` (release build) is held to the floor
/// recorded in `fixtures/floors.json`. Raise floors as extraction improves
/// (`scripts/raise-floors.py`); never lower one to make this pass.
@Suite(.serialized) struct QualityFloorTests {
  /// Issue 3: a field fails when it drops more than this below its floor.
  static let tolerance = 0.005

  private struct Floors: Decodable {
    /// corpus → field (or `coverage`) → lowest accepted score.
    var floors: [String: [String: Double]]
  }

  private struct Report: Decodable {
    struct Score: Decodable {
      struct Field: Decodable {
        var field: String
        var score: Double
      }
      var corpus: String
      var system: String
      var coverage: Double
      var fields: [Field]
    }
    var scores: [Score]
  }

  @Test(.enabled(if: CorpusRun.isAvailable, Comment(rawValue: CorpusRun.whyUnavailable)))
  func noFieldDropsBelowItsFloor() throws {
    let root = try #require(CorpusRun.corpora)
    try #require(!(try CorpusRun.corpusDirectories()).isEmpty, "no corpus folder in \(root.path)")
    try Self.expectFloors(of: root, in: "fixtures/floors.json")
  }

  /// Issue 12: pages nobody tuned for often carry no structured data. The
  /// same corpora with their JSON-LD, OpenGraph and date/author meta tags
  /// removed (`scripts/strip-metadata.py`) are held to floors of their
  /// own, so a rule that reads the visible page cannot quietly regress
  /// behind the metadata that usually hides it.
  @Test(.enabled(if: CorpusRun.isAvailable, Comment(rawValue: CorpusRun.whyUnavailable)))
  func noFieldOfBarePagesDropsBelowItsFloor() throws {
    let root = try #require(CorpusRun.corpora)
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bare = directory.appendingPathComponent("bare")
    let strip = try CLI.run(
      ["python3", CLI.repository.appendingPathComponent("scripts/strip-metadata.py").path, root.path, bare.path],
      binary: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(strip.status == 0, "strip-metadata.py failed: \(strip.stderr)")
    try Self.expectFloors(of: bare, in: "fixtures/bare-floors.json")
  }

  /// `newsgrab eval ROOT/* --json FILE` (the glob expanded as a shell
  /// would), each corpus × field held to its floor in `floorsFile`, and
  /// every scored field required to have one.
  static func expectFloors(of root: URL, in floorsFile: String) throws {
    let binary = try #require(CorpusRun.releaseBinary)
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let json = directory.appendingPathComponent("scores.json")
    let entries = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
    let result = try CLI.run(
      ["eval"] + entries.map { root.appendingPathComponent($0).path } + ["--json", json.path], binary: binary)
    #expect(result.status == 0, "eval failed: \(result.stderr)")

    let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: json))
    let floors = try JSONDecoder().decode(
      Floors.self, from: Data(contentsOf: CLI.repository.appendingPathComponent(floorsFile)))
    for (corpus, fields) in floors.floors.sorted(by: { $0.key < $1.key }) {
      guard let score = report.scores.first(where: { $0.corpus == corpus && $0.system == "newsgrab" }) else {
        Issue.record("corpus \(corpus) has floors but was not evaluated")
        continue
      }
      for (field, floor) in fields.sorted(by: { $0.key < $1.key }) {
        let value = field == "coverage" ? score.coverage : score.fields.first { $0.field == field }?.score
        guard let value else {
          Issue.record("\(corpus) \(field): no score in the eval report")
          continue
        }
        #expect(
          value >= floor - Self.tolerance,
          "\(corpus) \(field) fell to \(value), below its floor \(floor) in \(floorsFile) (see `newsgrab eval --field \(field) --worst 10`)"
        )
      }
    }
    // Every scored field of every corpus has a floor, so nothing regresses unwatched.
    for score in report.scores where score.system == "newsgrab" {
      for field in score.fields where floors.floors[score.corpus]?[field.field] == nil {
        Issue.record("\(score.corpus) \(field.field) scores \(field.score) but has no floor in \(floorsFile)")
      }
    }
  }

  /// `fixtures/parse-floors.json`: corpus → lowest accepted share of its
  /// pages with a non-empty headline and body (kept apart from floors.json,
  /// which holds eval scores).
  private struct ParseFloors: Decodable {
    var floors: [String: Double]
  }

  /// Issue 2: every corpus page parses in one process without a crash, and
  /// each corpus keeps at least today's share of pages with a non-empty
  /// headline and body (issue 16: a flat 97 % let about nine pages regress unseen).
  @Test(.enabled(if: CorpusRun.isAvailable, Comment(rawValue: CorpusRun.whyUnavailable)))
  func everyCorpusPageParsesInOneProcess() throws {
    let binary = try #require(CorpusRun.releaseBinary)
    var pages: [String] = []
    var corpusOf: [String: String] = [:]
    for corpus in try CorpusRun.corpusDirectories() {
      let folder = corpus.appendingPathComponent("pages")
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        .map { folder.appendingPathComponent($0).path }
      for file in files { corpusOf[file] = corpus.lastPathComponent }
      pages += files
    }
    try #require(!pages.isEmpty, "no corpus pages found")

    let result = try CLI.run(["parse", "--format", "ndjson"] + pages, binary: binary)
    // 0 or 1 (some file refused); a crash would end it by a signal instead.
    #expect(result.status == 0 || result.status == 1, "parse ended with status \(result.status): \(result.stderr)")

    var parsed: Set<String> = []
    var complete: [String: Int] = [:]
    var incomplete: [String: [String]] = [:]
    for line in result.stdout.split(separator: "\n") {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let file = try #require(object["file"] as? String)
      parsed.insert(file)
      let corpus = corpusOf[file] ?? "?"
      let headline = (object["headline"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      let body = (object["body"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if !headline.isEmpty && !body.isEmpty {
        complete[corpus, default: 0] += 1
      } else {
        incomplete[corpus, default: []].append(file)
      }
    }
    // Every page is accounted for: an article, or one error line naming it.
    let unaccounted = pages.filter { !parsed.contains($0) && !result.stderr.contains("newsgrab: \($0): ") }
    #expect(unaccounted.isEmpty, "pages with neither output nor an error line: \(unaccounted.prefix(10))")

    let floors = try JSONDecoder().decode(
      ParseFloors.self, from: Data(contentsOf: CLI.repository.appendingPathComponent("fixtures/parse-floors.json")))
    let counts = Dictionary(grouping: pages) { corpusOf[$0] ?? "?" }.mapValues(\.count)
    for (corpus, total) in counts.sorted(by: { $0.key < $1.key }) {
      let share = Double(complete[corpus] ?? 0) / Double(total)
      guard let floor = floors.floors[corpus] else {
        Issue.record("\(corpus): \(share) of pages complete, but no floor in fixtures/parse-floors.json")
        continue
      }
      #expect(
        share >= floor - Self.tolerance,
        "\(corpus): only \(complete[corpus] ?? 0) of \(total) pages have a headline and a body (floor \(floor)); without: \(incomplete[corpus]?.prefix(20) ?? [])"
      )
    }
  }
}
