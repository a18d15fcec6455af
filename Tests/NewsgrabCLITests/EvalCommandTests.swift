import Foundation
import Testing

/// `newsgrab eval` on a two-page corpus written here (never corpus pages).
@Suite struct EvalCommandTests {
  /// A corpus folder: one page newsgrab reads well, one it cannot read.
  private func makeCorpus(in directory: URL, name: String = "mini") throws -> URL {
    let corpus = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: corpus.appendingPathComponent("pages"), withIntermediateDirectories: true)
    let page = """
      <html lang="en"><head><title>Harbour bridge reopens after repairs | Coast Daily</title>
      <meta property="og:site_name" content="Coast Daily"></head>
      <body><article><h1>Harbour bridge reopens after repairs</h1>
      <p>The harbour bridge reopened to traffic on Monday after eight months of repairs to its deck.</p>
      <p>Engineers replaced the expansion joints and repainted the steel arches, the council said.</p>
      </article></body></html>
      """
    try Data(page.utf8).write(to: corpus.appendingPathComponent("pages/bridge.html"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(
      to: corpus.appendingPathComponent("pages/picture.html"))
    let truth = """
      {"id": "bridge", "html": "pages/bridge.html", "url": "http://coast.example/bridge", "headline": "Harbour bridge reopens after repairs", "siteName": "Coast Daily", "language": "en", "body": "The harbour bridge reopened to traffic on Monday after eight months of repairs to its deck.\\n\\nEngineers replaced the expansion joints and repainted the steel arches, the council said."}
      {"id": "picture", "html": "pages/picture.html", "headline": "A picture"}
      """
    try Data(truth.utf8).write(to: corpus.appendingPathComponent("truth.jsonl"))
    return corpus
  }

  @Test func printsOneRowPerFieldAndListsFailedPages() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = try makeCorpus(in: directory)
    let result = try CLI.run(["eval", corpus.path])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    #expect(rows.first?.prefix(5) == ["corpus", "field", "metric", "pages", "newsgrab"])
    let headline = try #require(rows.first { $0.prefix(2) == ["mini", "headline"] })
    // Two pages have headline truth; the PNG page counts as empty output.
    #expect(headline.contains("2"))
    #expect(headline.contains("0.500"))
    #expect(rows.contains { $0.prefix(2) == ["mini", "body"] })
    #expect(rows.contains { $0.prefix(2) == ["mini", "coverage"] && $0.contains("0.500") })
    #expect(result.stdout.contains("newsgrab: mini/picture: not a web page"))
  }

  @Test func writesJSONAndScoresOnlyTheRequestedField() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = try makeCorpus(in: directory)
    let json = directory.appendingPathComponent("scores.json")
    let result = try CLI.run(["eval", corpus.path, "--field", "siteName", "--json", json.path])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    #expect(report["systems"] as? [String] == ["newsgrab"])
    let scores = try #require(report["scores"] as? [[String: Any]])
    let fields = try #require(scores.first?["fields"] as? [[String: Any]])
    #expect(fields.map { $0["field"] as? String } == ["siteName"])
    #expect(fields.first?["score"] as? Double == 1)
    #expect(fields.first?["pages"] as? Int == 1)
    #expect(!result.stdout.contains("headline"))
  }

  @Test func worstListsExpectedAndGot() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = try makeCorpus(in: directory)
    let result = try CLI.run(["eval", corpus.path, "--field", "headline", "--worst", "5"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Worst headline pages of mini (newsgrab):"))
    #expect(result.stdout.contains("0.000  picture"))
    #expect(result.stdout.contains("expected: A picture"))
    #expect(result.stdout.contains("got:      (nothing)"))
    // The page that is right is not among the worst.
    #expect(!result.stdout.contains("1.000  bridge"))
  }

  @Test func scoresAnotherToolsPredictionsBesideNewsgrab() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = try makeCorpus(in: directory)
    let predictions = directory.appendingPathComponent("othertool.jsonl")
    let lines = """
      {"corpus": "mini", "id": "bridge", "headline": "Harbour Bridge Reopens After Repairs", "source": {"name": "Elsewhere"}}
      {"corpus": "mini", "id": "picture", "headline": "A picture"}
      """
    try Data(lines.utf8).write(to: predictions)
    let json = directory.appendingPathComponent("scores.json")
    let result = try CLI.run(["eval", corpus.path, "--predictions", predictions.path, "--json", json.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").first?.contains("othertool") == true)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
    #expect(report["systems"] as? [String] == ["newsgrab", "othertool"])
    let other = try #require((report["scores"] as? [[String: Any]])?.first { $0["system"] as? String == "othertool" })
    let fields = try #require(other["fields"] as? [[String: Any]])
    #expect(fields.first { $0["field"] as? String == "headline" }?["score"] as? Double == 1)
    #expect(fields.first { $0["field"] as? String == "siteName" }?["score"] as? Double == 0)
    // It predicted no body for the page with body truth.
    #expect(fields.first { $0["field"] as? String == "body" }?["score"] as? Double == 0)
  }

  @Test func badInputsGetOneLineEachAndExitOne() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let corpus = try makeCorpus(in: directory)
    let missing = directory.appendingPathComponent("nothing-here").path
    let result = try CLI.run(["eval", missing, corpus.path])
    #expect(result.status == 1)
    #expect(result.stderr == "newsgrab: \(missing): no such file or directory\n")
    // The good corpus is still scored.
    #expect(result.stdout.contains("mini"))

    let predictions = try CLI.run(["eval", corpus.path, "--predictions", missing])
    #expect(predictions.status == 1)
    #expect(predictions.stderr == "newsgrab: \(missing): no such file or directory\n")

    let empty = directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let notCorpus = try CLI.run(["eval", empty.path])
    #expect(notCorpus.status == 1)
    #expect(notCorpus.stderr == "newsgrab: \(empty.path): not a corpus folder: no truth.jsonl\n")
  }

  @Test func aFolderOfCorporaStandsForThemAndPlainFilesAreSkipped() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try makeCorpus(in: directory, name: "beta")
    _ = try makeCorpus(in: directory, name: "alpha")
    let readme = directory.appendingPathComponent("README.md")
    try Data("# corpora\n".utf8).write(to: readme)

    let folder = try CLI.run(["eval", directory.path, "--field", "headline"])
    #expect(folder.status == 0, "\(folder.stderr)")
    let corpora = folder.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
      .prefix { !$0.isEmpty }.compactMap { $0.split(separator: " ").first }
    #expect(corpora == ["alpha", "alpha", "beta", "beta"])  // headline and coverage rows

    // What a shell makes of `corpora/*`: the README is not a corpus, and not a failure.
    let glob = try CLI.run(["eval", readme.path, directory.appendingPathComponent("alpha").path])
    #expect(glob.status == 0)
    #expect(glob.stderr == "newsgrab: \(readme.path): skipped, a file is not a corpus folder\n")
    #expect(glob.stdout.contains("alpha"))
  }
}
