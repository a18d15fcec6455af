import Foundation
import Testing

@testable import NewsgrabArchive

#if canImport(Glibc)
  import Glibc
#endif

@Suite("The archive under failures", .serialized)
struct ArchiveRobustnessTests {
  /// Kill rounds: 3 by default; `NEWSGRAB_KILL_ROUNDS=20` for the full check
  /// of issue 7 (scripts/kill-import.sh does the same against any binary).
  static let killRounds = ProcessInfo.processInfo.environment["NEWSGRAB_KILL_ROUNDS"].flatMap(Int.init) ?? 3

  /// A folder of `count` distinct pages.
  static func pages(_ count: Int, in workspace: Workspace) -> String {
    for index in 0..<count { workspace.write("pages/\(index / 50)/page\(index).html", NewsPage.filler(index).html) }
    return workspace.file("pages")
  }

  @Test("kill -9 during import leaves a sound archive; a re-run completes it with no duplicates")
  func killDuringImport() throws {
    // Given a folder of pages, and the article count one clean import gives
    let workspace = Workspace()
    let pages = Self.pages(240, in: workspace)
    let clean = try CLI.run(["import", pages, "--db", workspace.file("clean.sqlite"), "--quiet"])
    #expect(clean.status == 0)
    let expected = try Archive(path: workspace.file("clean.sqlite"), mode: .readOnly).stats().articles
    var generator = SystemRandomNumberGenerator()
    for round in 0..<Self.killRounds {
      // When an import is killed at a random moment
      let running = CLI.start(["import", pages, "--db", workspace.db, "--quiet"])
      try running.process.run()
      usleep(UInt32.random(in: 50_000...900_000, using: &generator))
      kill(running.process.processIdentifier, SIGKILL)
      running.process.waitUntilExit()
      // Then the archive passes SQLite's and the index's checks
      let check = try CLI.run(["stats", "--check", "--db", workspace.db])
      #expect(check.status == 0, "round \(round): \(check.stderr)")
    }
    // And a re-run completes it: exactly the clean count, every identity once
    let rerun = try CLI.run(["import", pages, "--db", workspace.db])
    #expect(rerun.status == 0)
    #expect(CLI.summary(rerun)["failed"] == 0)
    let archive = try Archive(path: workspace.db, mode: .readOnly)
    #expect(try archive.stats().articles == expected)
    #expect(try archive.stats().versions == expected)
    #expect(try archive.column("SELECT count(DISTINCT identity) FROM article") == [String(expected)])
    #expect(try archive.check() == [])
  }

  @Test("search, list, show and stats run while an import writes, with no lock errors")
  func readersDuringImport() throws {
    // Given an import running in the background
    let workspace = Workspace()
    let pages = Self.pages(300, in: workspace)
    _ = try CLI.run(["import", workspace.file("pages/0"), "--db", workspace.db, "--quiet"])
    let running = CLI.start(["import", pages, "--db", workspace.db, "--quiet", "--jobs", "1"])
    try running.process.run()
    // When other commands read the archive meanwhile
    var rounds = 0
    repeat {
      for command in [["search", "harbour"], ["list", "--limit", "3"], ["show", "1"], ["stats"]] {
        let result = try CLI.run(command + ["--db", workspace.db])
        // Then each succeeds
        #expect(result.status == 0, "\(command): \(result.stderr)")
        #expect(!result.stderr.contains("locked"))
      }
      rounds += 1
    } while running.process.isRunning && rounds < 200
    running.process.waitUntilExit()
    #expect(running.process.terminationStatus == 0)
    #expect(try CLI.run(["stats", "--check", "--db", workspace.db]).status == 0)
  }

  @Test("a file that is not an archive is refused in one line and left as it was")
  func notAnArchive() throws {
    let workspace = Workspace()
    let original = Data("this is my diary, not a database\n".utf8)
    workspace.write("diary.sqlite", original)
    workspace.write("in/a.html", NewsPage(url: "https://e.example/a", headline: "A", paragraphs: ["Words."]).html)
    for command in [["import", workspace.file("in")], ["search", "words"], ["list"], ["stats"]] {
      let result = try CLI.run(command + ["--db", workspace.file("diary.sqlite")])
      #expect(result.status == 1)
      #expect(
        result.stderrLines == [
          "newsgrab: \(workspace.file("diary.sqlite")): not a newsgrab archive (file is not an SQLite database); the file was left untouched"
        ])
    }
    #expect(FileManager.default.contents(atPath: workspace.file("diary.sqlite")) == original)
  }

  /// The file's bytes without the header counters SQLite bumps on any open
  /// by GRDB's pool (it creates and drops a table to start WAL mode: change
  /// counter, schema cookie, version-valid-for); every page must stay as it was.
  static func pages(of path: String) -> Data? {
    guard var data = FileManager.default.contents(atPath: path), data.count >= 100 else { return nil }
    for range in [24..<28, 40..<44, 92..<96] { data.replaceSubrange(range, with: Data(count: 4)) }
    return data
  }

  @Test("an archive from a newer newsgrab is refused in one line and not changed")
  func newerSchema() throws {
    let workspace = Workspace()
    workspace.write("in/a.html", NewsPage(url: "https://e.example/a", headline: "A", paragraphs: ["Words."]).html)
    _ = try CLI.run(["import", workspace.file("in"), "--db", workspace.db])
    try Archive(path: workspace.db).execute("INSERT INTO grdb_migrations(identifier) VALUES ('v2: from the future')")
    let bytes = try #require(Self.pages(of: workspace.db))
    let export = try CLI.run(["export", "--db", workspace.db])
    #expect(export.status == 1)
    let result = try CLI.run(["import", workspace.file("in"), "--db", workspace.db])
    #expect(result.status == 1)
    #expect(
      result.stderrLines == [
        "newsgrab: \(workspace.db): the archive was written by a newer newsgrab (unknown schema steps: v2: from the future); upgrade newsgrab to use it"
      ])
    // Not changed: the same pages, and no WAL holding writes for later
    #expect(Self.pages(of: workspace.db) == bytes)
    #expect(!FileManager.default.fileExists(atPath: workspace.db + "-wal"))
  }
}

/// A tiny tmpfs, for a real full disk (needs root and mount rights: CI and
/// this machine have both; elsewhere the test is skipped with a reason).
final class TinyDisk {
  let path: String

  init?(kilobytes: Int) {
    path = NSTemporaryDirectory() + "newsgrab-full-disk-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) else {
      try? FileManager.default.removeItem(atPath: path)
      return nil
    }
  }

  deinit {
    _ = Self.run("/bin/umount", [path])
    try? FileManager.default.removeItem(atPath: path)
  }

  static let available: Bool = TinyDisk(kilobytes: 64) != nil

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

@Suite("The archive on a full disk")
struct FullDiskTests {
  @Test(
    "a full disk stops the import with one line; what was committed stays and checks out",
    .enabled(if: TinyDisk.available, "needs root to mount a small tmpfs"))
  func fullDisk() throws {
    // Given an archive on a 512 KB filesystem holding a few articles (one article makes a 144 KB archive, and its WAL needs room while it is written)
    let disk = try #require(TinyDisk(kilobytes: 512))
    let workspace = Workspace()
    let db = disk.path + "/archive.sqlite"
    for index in 0..<3 { workspace.write("small/p\(index).html", NewsPage.filler(index).html) }
    let first = try CLI.run(["import", workspace.file("small"), "--db", db])
    #expect(first.status == 0, "\(first.stderr)")
    // When an import brings far more than fits
    for index in 3..<200 {
      var page = NewsPage.filler(index)
      page.paragraphs += (0..<20).map {
        "Paragraph \($0) of page \(index): " + String(repeating: "word\(index)x\($0) ", count: 40)
      }
      workspace.write("big/p\(index).html", page.html)
    }
    let full = try CLI.run(["import", workspace.file("big"), "--db", db])
    // Then it fails with one clear line, and the earlier articles are intact
    #expect(full.status == 1)
    #expect(
      full.stderrLines == [
        "newsgrab: \(db): the disk is full: the batch being written was not saved; everything committed before is intact"
      ])
    let check = try CLI.run(["stats", "--check", "--db", db, "--format", "json"])
    #expect(check.status == 0, "\(check.stderr)")
    let search = try CLI.run(["search", "harbour", "--db", db, "--format", "ndjson", "--all-copies"])
    #expect(search.stdoutLines.count >= 3)
  }
}
