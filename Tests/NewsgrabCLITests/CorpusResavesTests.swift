import Foundation
import Testing

/// Issue 15's "done when": the dev corpora imported together with their own
/// re-saves (each page wrapped in WARC and MHTML, canonical URLs stripped so
/// only the copy finder can tie a re-save to its original) — every re-save
/// lands with its original, and no two different corpus pages are grouped.
@Suite("Copy groups over the corpora and their own re-saves")
struct CorpusResavesTests {
  @Test(.enabled(if: CorpusRun.isAvailable, Comment(rawValue: CorpusRun.whyUnavailable)))
  func resavesJoinTheirOriginals() throws {
    let binary = try #require(CorpusRun.releaseBinary)
    let corpora = try #require(CorpusRun.corpora)
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let resaves = folder.appendingPathComponent("resaves").path
    let db = folder.appendingPathComponent("archive.sqlite").path
    // Given every corpus page and its re-saves
    let wrapped = try Self.script(["wrap", "--corpora", corpora.path, "--out", resaves, "--strip-urls"])
    #expect(wrapped.status == 0, "\(wrapped.output)")
    let pages = try CorpusRun.corpusDirectories().map { $0.appendingPathComponent("pages").path }
    // When they are imported into one archive
    let imported = try CLI.run(["import"] + pages + [resaves, "--db", db], binary: binary)
    #expect(imported.status == 0, "\(imported.stderr)")
    // Then the check finds no re-save apart from its original and no
    // group of different pages
    let check = try Self.script(["check", "--db", db, "--corpora", corpora.path, "--resaves", resaves])
    #expect(check.status == 0, "\(check.output)")
    let summary = try #require(check.output.split(separator: "\n").last.map(String.init))
    #expect(summary.contains(" 0 apart;"), "\(summary)")
    #expect(summary.hasSuffix(" 0 holding different corpus pages"), "\(summary)")
    // And most re-saves needed the copy finder (the rest were byte-identical
    // to their original's stored version once their URL marks were gone)
    let grouped = Int(summary.components(separatedBy: " in its copy group")[0].split(separator: " ").last ?? "") ?? 0
    #expect(grouped > 300, "\(summary)")
  }

  /// Runs `scripts/copy-resaves.py arguments…`; its status and output.
  static func script(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", CLI.repository.appendingPathComponent("scripts/copy-resaves.py").path] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
