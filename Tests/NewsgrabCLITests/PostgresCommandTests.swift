import Foundation
import NewsgrabArchive
import NewsgrabPostgres
import Testing

/// A database of its own on the test server for one test, dropped when the
/// value goes away. Without `NEWSGRAB_TEST_POSTGRES` the test is skipped
/// with a message, and fails when `CI=true` (`make test` always sets it).
final class TestDatabase {
  let name: String
  let server: PostgresURL
  /// The database's URL, as `--db` takes it.
  let url: String

  init() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let text = environment["NEWSGRAB_TEST_POSTGRES"], !text.isEmpty, let server = try PostgresURL(text) else {
      let message = "PostgreSQL not tested: NEWSGRAB_TEST_POSTGRES is not set (run through scripts/with-postgres.sh)"
      if environment["CI"] == "true" {
        Issue.record(Comment(rawValue: message + " — in CI this is a failure"))
        throw CancellationError()
      }
      try Test.cancel(Comment(rawValue: message))
    }
    self.server = server
    name = "newsgrab_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try PostgresArchive.createDatabase(name, on: server)
    // The server's URL with this database in place of its own.
    let scheme = text.range(of: "://")!
    let rest = text[scheme.upperBound...]
    let slash = rest.firstIndex(of: "/") ?? text.endIndex
    let end = text[slash...].firstIndex(of: "?") ?? text.endIndex
    url = String(text[..<slash]) + "/" + name + String(text[end...])
  }

  deinit { try? PostgresArchive.dropDatabase(name, on: server) }
}

/// Pages for the store tests: `count` filler stories, and story 0 told in
/// `variants` different wordings under one URL (so versions are made).
enum StorePages {
  static func write(_ workspace: Workspace, folder: String, range: Range<Int>, variant: Int? = nil) {
    for index in range {
      workspace.write("\(folder)/filler\(index).html", NewsPage.filler(index).html)
    }
    if let variant {
      let page = NewsPage(
        url: "https://council.example/budget", headline: "Council budget, draft \(variant)",
        paragraphs: [
          "The council published draft number \(variant) of its budget for the coming year.",
          "Councillors will debate the tram extension and the new library before a vote in spring.",
        ], published: "2024-02-0\(variant % 9 + 1)T10:00:00Z", site: "Council Courier")
      workspace.write("\(folder)/budget-\(variant).html", page.html)
    }
  }
}

@Suite("Archive commands on PostgreSQL")
struct PostgresCommandTests {
  /// `stats --format json` without what differs by store (where and how big).
  static func stats(_ db: String) throws -> [String: String] {
    let result = try CLI.run(["stats", "--db", db, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    return json.filter { !["path", "fileBytes"].contains($0.key) }.mapValues { "\($0)" }
  }

  static func counts(_ db: String) throws -> (articles: Int, versions: Int) {
    let stats = try stats(db)
    return (Int(stats["articles"] ?? "") ?? -1, Int(stats["versions"] ?? "") ?? -1)
  }

  /// The article count, or nil while there is no archive yet.
  static func articleCount(_ db: String) -> Int? {
    guard let result = try? CLI.run(["stats", "--db", db, "--format", "json"]), result.status == 0 else { return nil }
    let json = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return json?["articles"] as? Int
  }

  @Test("every command answers the same on PostgreSQL as on SQLite")
  func sameAnswers() throws {
    // Given the same pages imported into an SQLite file and a PostgreSQL database
    let database = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "a", range: 0..<12, variant: 1)
    StorePages.write(workspace, folder: "b", range: 8..<16, variant: 2)
    for db in [workspace.db, database.url] {
      for folder in ["a", "b"] {
        let result = try CLI.run(["import", workspace.file(folder), "--db", db])
        #expect(result.status == 0, "\(db): \(result.stderr)")
      }
    }
    // When each read command runs on both
    let commands: [[String]] = [
      ["list", "--format", "json"], ["list", "--source", "council", "--format", "csv"],
      ["list", "--sort", "oldest", "--limit", "3", "--offset", "2", "--format", "ndjson", "--all-copies"],
      ["list", "--all-copies", "--format", "json"],
      ["show", "https://council.example/budget", "--format", "json"],
      ["show", "https://council.example/budget", "--version", "1", "--format", "markdown"],
      ["export", "--format", "ndjson"], ["dupes", "--format", "json"],
    ]
    // Then they print the same (ids, order, articles, versions, copies)
    for command in commands {
      let sqlite = try CLI.run(command + ["--db", workspace.db])
      let postgres = try CLI.run(command + ["--db", database.url])
      #expect(sqlite.status == 0 && postgres.status == 0, "\(command): \(sqlite.stderr) \(postgres.stderr)")
      #expect(sqlite.stdout == postgres.stdout, "\(command)")
    }
    let stats = try [workspace.db, database.url].map { db in
      try CLI.run(["stats", "--db", db, "--format", "json"]).stdoutLines.filter {
        !$0.contains("\"path\"") && !$0.contains("\"fileBytes\"")
      }
    }
    #expect(stats[0] == stats[1])
    // the history alike but for the moments each import ran
    let histories = try [workspace.db, database.url].map { db in
      try CLI.run(["show", "https://council.example/budget", "--history", "--db", db]).stdoutLines.map {
        $0.split(separator: " ").filter { !$0.contains("T") || !$0.hasSuffix("Z") }.joined(separator: " ")
      }
    }
    #expect(histories[0] == histories[1] && histories[0].count == 2, "\(histories)")
    // And search finds the same articles, the headline match first
    for query in ["budget", "tram OR bakery", "\"tide tables\"", "counc*", "harbour -ferry"] {
      let ids = try [workspace.db, database.url].map { db in
        try CLI.run(["search", query, "--db", db, "--format", "ndjson"]).stdoutLines.compactMap {
          (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? Int
        }
      }
      #expect(Set(ids[0]) == Set(ids[1]), "\(query)")
      #expect(ids[0].first == ids[1].first, "\(query): the best match")
    }
    // And delete and reindex work there too
    #expect(try CLI.run(["delete", "1", "--db", database.url]).status == 0)
    #expect(try CLI.run(["reindex", "--db", database.url]).status == 0)
    let check = try CLI.run(["stats", "--check", "--db", database.url])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test("importers running at once over overlapping folders store what one import stores", arguments: [2, 4])
  func concurrentImporters(_ importers: Int) throws {
    // Given folders that share pages, each with its own wording of one story
    let database = try TestDatabase()
    let workspace = Workspace()
    for index in 0..<importers {
      StorePages.write(workspace, folder: "in\(index)", range: (index * 20)..<(index * 20 + 40), variant: index + 1)
    }
    let single = try CLI.run(["import"] + (0..<importers).map { workspace.file("in\($0)") } + ["--db", workspace.db])
    #expect(single.status == 0, "\(single.stderr)")
    // When one importer per folder writes to the one PostgreSQL database at the same moment
    let running = (0..<importers).map { index in
      CLI.start(["import", workspace.file("in\(index)"), "--db", database.url, "--jobs", "1"])
    }
    for importer in running { try importer.process.run() }
    var errors: [String] = []
    for importer in running {
      importer.process.waitUntilExit()
      let stderr = String(decoding: importer.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      if importer.process.terminationStatus != 0 { errors.append(stderr) }
    }
    // Then all succeed, and the articles and versions are those of the single import
    #expect(errors.isEmpty, "\(errors)")
    let expected = try Self.counts(workspace.db)
    let got = try Self.counts(database.url)
    #expect(got.articles == expected.articles && got.versions == expected.versions, "\(got) vs \(expected)")
    #expect(expected.versions == expected.articles + importers - 1)
    let check = try CLI.run(["stats", "--check", "--db", database.url])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test("an importer killed mid-import keeps its committed batches; a re-run completes it")
  func killedImporter() throws {
    // Given a folder of many pages and the article count of a clean import
    let database = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "in", range: 0..<400, variant: 1)
    // When an import is killed with SIGKILL while it writes
    let importer = CLI.start(["import", workspace.file("in"), "--db", database.url, "--jobs", "1"])
    try importer.process.run()
    var stored = 0
    let deadline = Date().addingTimeInterval(60)
    while importer.process.isRunning, Date() < deadline {
      usleep(50_000)
      stored = Self.articleCount(database.url) ?? 0
      if stored > 0 { break }
    }
    kill(importer.process.processIdentifier, SIGKILL)
    importer.process.waitUntilExit()
    // Then what it committed is sound, and a re-run stores the rest
    #expect(try CLI.run(["stats", "--check", "--db", database.url]).status == 0)
    let rerun = try CLI.run(["import", workspace.file("in"), "--db", database.url])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(try Self.counts(database.url).articles == 401)
    #expect(try CLI.run(["stats", "--check", "--db", database.url]).status == 0)
  }

  @Test("no server, no database, a newer schema: one line each, the password never shown")
  func failures() throws {
    let database = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "in", range: 0..<2)
    // A server that is not there (a socket folder with no server in it)
    let nowhere = "postgresql://ann:hunter2@localhost/news?host=\(workspace.path)"
    let unreachable = try CLI.run(["list", "--db", nowhere])
    #expect(unreachable.status == 1)
    #expect(unreachable.stderrLines.count == 1 && unreachable.stderr.contains("no PostgreSQL server answers"))
    #expect(!unreachable.stderr.contains("hunter2") && unreachable.stderr.contains("ann:****@"))
    // A database that does not exist: how to create it
    let missingURL = database.url.replacingOccurrences(of: database.name, with: database.name + "_missing")
    let missing = try CLI.run(["import", workspace.file("in"), "--db", missingURL])
    #expect(missing.status == 1 && missing.stderrLines.count == 1)
    #expect(missing.stderr.contains("createdb \(database.name)_missing"), "\(missing.stderr)")
    // Read commands do not create an archive in an empty database
    let empty = try CLI.run(["list", "--db", database.url])
    #expect(empty.status == 1 && empty.stderr.contains("no archive here yet"), "\(empty.stderr)")
    // A schema step this build does not know
    #expect(try CLI.run(["import", workspace.file("in"), "--db", database.url]).status == 0)
    let archive = try PostgresArchive(location: database.url)
    try archive.execute("INSERT INTO newsgrab_migration VALUES ('v9: something new', 'now')")
    let newer = try CLI.run(["list", "--db", database.url])
    #expect(newer.status == 1 && newer.stderr.contains("v9: something new"), "\(newer.stderr)")
  }

  @Test("copy moves every article, version and stored page byte for byte, SQLite to PostgreSQL and back")
  func copyBothWays() throws {
    // Given an SQLite archive with versions and copies of one story
    let database = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "a", range: 0..<70, variant: 1)
    StorePages.write(workspace, folder: "b", range: 60..<75, variant: 2)
    for folder in ["a", "b"] {
      #expect(try CLI.run(["import", workspace.file(folder), "--db", workspace.db]).status == 0)
    }
    // When it is copied up to PostgreSQL, and from there into a new SQLite file
    let up = try CLI.run(["copy", "--db", workspace.db, "--to", database.url])
    #expect(up.status == 0, "\(up.stderr)")
    #expect(up.stdoutLines.last?.hasPrefix("destination: 76 articles, 77 versions, 77 pages") == true, "\(up.stdout)")
    let back = workspace.file("back.sqlite")
    let down = try CLI.run(["copy", "--db", database.url, "--to", back])
    #expect(down.status == 0, "\(down.stderr)")
    // Then the three hold the same histories, pages byte for byte, and answer alike
    let original = try Archive(path: workspace.db, mode: .readOnly).histories(after: 0, limit: 1000)
    let onServer = try PostgresArchive(location: database.url, mode: .readOnly).histories(after: 0, limit: 1000)
    let returned = try Archive(path: back, mode: .readOnly).histories(after: 0, limit: 1000)
    #expect(original.count == 76)
    #expect(onServer == original)
    #expect(returned == original)
    for db in [database.url, back] {
      for command in [["export", "--format", "ndjson"], ["dupes", "--format", "json"], ["list", "--format", "csv"]] {
        #expect(try CLI.run(command + ["--db", db]).stdout == CLI.run(command + ["--db", workspace.db]).stdout)
      }
      #expect(try CLI.run(["stats", "--check", "--db", db]).status == 0)
    }
    // And a second copy adds nothing; an import afterwards gets the next id
    let again = try CLI.run(["copy", "--db", workspace.db, "--to", database.url])
    #expect(
      again.status == 0 && again.stdoutLines.first == "0 articles copied (76 were there already)", "\(again.stdout)")
    StorePages.write(workspace, folder: "c", range: 200..<201)
    #expect(try CLI.run(["import", workspace.file("c"), "--db", database.url]).status == 0)
    let newest = try CLI.run(["show", "https://filler.example/story/200", "--format", "json", "--db", database.url])
    #expect(newest.status == 0, "\(newest.stderr)")
  }

  @Test("a pg_dump backup restores into an archive that answers alike, its phrase index and reindex included")
  func dumpAndRestore() throws {
    // Given an archive on PostgreSQL, and an empty database beside it
    let database = try TestDatabase()
    let restored = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "a", range: 0..<30, variant: 1)
    #expect(try CLI.run(["import", workspace.file("a"), "--db", database.url]).status == 0)
    // When it is backed up with pg_dump and restored with pg_restore, as the README says
    let bin = try #require(ProcessInfo.processInfo.environment["NEWSGRAB_TEST_POSTGRES_BIN"], "no server binaries")
    let server = database.server
    let connection =
      "-h '\(server.socketFolder ?? server.host ?? "localhost")' -p \(server.port) -U '\(server.user)'"
    let dump = workspace.file("archive.dump")
    for command in [
      "'\(bin)/pg_dump' \(connection) -Fc -f '\(dump)' \(database.name)",
      "'\(bin)/pg_restore' \(connection) -d \(restored.name) '\(dump)'",
    ] {
      try #require(system(command + " </dev/null >/dev/null") == 0, "failed: \(command)")
    }
    // Then the restored archive answers every command as the original does (a phrase through its
    // word-pair vectors, restored by recomputing them), and reindexes from its stored pages
    for command in [
      ["search", #""tram extension""#], ["search", "council"], ["list", "--format", "csv"],
      ["export", "--format", "ndjson"],
    ] {
      let original = try CLI.run(command + ["--db", database.url])
      #expect(original.status == 0 && !original.stdout.isEmpty, "\(command): \(original.stderr)")
      #expect(try CLI.run(command + ["--db", restored.url]).stdout == original.stdout, "\(command)")
    }
    let reindex = try CLI.run(["reindex", "--db", restored.url])
    #expect(reindex.status == 0, "\(reindex.stderr)")
    #expect(try CLI.run(["stats", "--check", "--db", restored.url]).status == 0)
  }

  @Test("a read-only database reads, and refuses writes in one line")
  func readOnly() throws {
    // Given an archive on a database that only allows reading (as a replica does)
    let database = try TestDatabase()
    let workspace = Workspace()
    StorePages.write(workspace, folder: "a", range: 0..<3)
    StorePages.write(workspace, folder: "b", range: 3..<4)
    #expect(try CLI.run(["import", workspace.file("a"), "--db", database.url]).status == 0)
    try PostgresArchive.setReadOnly(database.name, on: database.server)
    // When it is read and written
    let list = try CLI.run(["list", "--db", database.url, "--all-copies"])
    let write = try CLI.run(["import", workspace.file("b"), "--db", database.url])
    // Then reads work and the write fails in one line, nothing stored
    #expect(list.status == 0 && list.stdoutLines.last == "1–3 of 3", "\(list.stdout)\(list.stderr)")
    #expect(write.status == 1)
    #expect(write.stderrLines == ["newsgrab: \(database.url): the archive is read-only: nothing was written"])
  }

  /// Pages of made-up words that hardly compress, each some 40 kB in the
  /// database once stored (text, tsvector, index entries, version JSON, page):
  /// a few batches of them fill the small disk.
  static func largePage(_ index: Int) -> NewsPage {
    var state = UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let paragraphs = (0..<20).map { _ in
      (0..<50).map { _ in String((0..<(3 + Int(next() % 7))).map { _ in letters[Int(next() % 26)] }) }
        .joined(separator: " ") + "."
    }
    return NewsPage(
      url: "https://large.example/story/\(index)", headline: "Long report number \(index)", paragraphs: paragraphs,
      published: "2023-05-01T08:00:00Z", site: "Large Ledger")
  }

  @Test("the server's disk full mid-import: exit 1 in one line, every committed batch kept")
  func diskFull() throws {
    // Given an archive database whose tables live on a small disk of their own (a 16 MB
    // tmpfs scripts/with-postgres.sh mounts as root), with a first import committed there
    let server = try TestDatabase()
    let environment = ProcessInfo.processInfo.environment
    guard let disk = environment["NEWSGRAB_TEST_POSTGRES_SMALL_DISK"], !disk.isEmpty else {
      let message =
        "the full-disk test did not run: "
        + (environment["NEWSGRAB_TEST_POSTGRES_SMALL_DISK_MISSING"]
          ?? "NEWSGRAB_TEST_POSTGRES_SMALL_DISK is not set (run through scripts/with-postgres.sh)")
      if environment["CI"] == "true" {
        Issue.record(Comment(rawValue: message + " — in CI this is a failure"))
        return
      }
      try Test.cancel(Comment(rawValue: message))
    }
    let name = server.name + "_small"
    try PostgresArchive.createTablespace(name, at: disk, on: server.server)
    defer { try? PostgresArchive.dropTablespace(name, on: server.server) }
    try PostgresArchive.createDatabase(name, on: server.server, tablespace: name)
    defer { try? PostgresArchive.dropDatabase(name, on: server.server) }
    let url = server.url.replacingOccurrences(of: server.name, with: name)
    let workspace = Workspace()
    StorePages.write(workspace, folder: "first", range: 0..<40)
    let first = try CLI.run(["import", workspace.file("first"), "--db", url])
    #expect(first.status == 0, "\(first.stderr)")
    // When an import of large pages fills the disk
    for index in 0..<400 { workspace.write("large/page\(index).html", Self.largePage(index).html) }
    let full = try CLI.run(["import", workspace.file("large"), "--db", url, "--jobs", "1"])
    // Then it fails in one line that says so
    #expect(full.status == 1)
    #expect(
      full.stderrLines == [
        "newsgrab: \(url): the disk is full: the batch being written was not saved; everything committed before is intact"
      ], "\(full.stderr)")
    // And once the operator makes room (the disk grown to 96 MB: on a full disk the server
    // itself may refuse new sessions, as it must write files of its own there), every
    // article of the committed batches is there, sound: the first import's, and whole
    // batches (64 pages) of the large one, at least one
    try #require(system("mount -o remount,size=96m '\(disk)'") == 0, "could not grow the small disk at \(disk)")
    let stats = try CLI.run(["stats", "--db", url, "--format", "json"])
    try #require(stats.status == 0, "stats after the full disk: \(stats.stderr)")
    let stored = try #require(Self.articleCount(url))
    #expect(stored >= 40 + 64 && (stored - 40) % 64 == 0, "\(stored) articles")
    for index in [0, 39] {
      let show = try CLI.run(["show", "https://filler.example/story/\(index)", "--format", "json", "--db", url])
      #expect(show.status == 0, "\(show.stderr)")
    }
    let check = try CLI.run(["stats", "--check", "--db", url])
    #expect(check.status == 0, "\(check.stderr)")
    // And the same import run again stores the rest
    let again = try CLI.run(["import", workspace.file("large"), "--db", url])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(Self.articleCount(url) == 440)
  }

  @Test("the server stopped mid-import: exit 1 in one line, committed batches kept; restarted, a re-run completes")
  func serverGone() throws {
    guard ProcessInfo.processInfo.environment["NEWSGRAB_TEST_POSTGRES"] != nil else {
      _ = try TestDatabase()
      return
    }
    // Given a cluster of this test's own (stopping the shared one would fail the tests beside it),
    // kept running while a flag file exists (a pipe would stay open in the servers it starts)
    let workspace = Workspace()
    let flag = workspace.write("cluster-running", "")
    let cluster = Process()
    cluster.executableURL = URL(fileURLWithPath: "/bin/bash")
    cluster.arguments = [
      CLI.repository.appendingPathComponent("scripts/with-postgres.sh").path, "bash", "-c",
      #"echo "$NEWSGRAB_TEST_POSTGRES"; echo "$NEWSGRAB_TEST_POSTGRES_DATA"; echo "$NEWSGRAB_TEST_POSTGRES_BIN"; while [ -e "$0" ] && kill -0 "$1" 2>/dev/null; do sleep 0.2; done"#,
      flag, String(getpid()),
    ]
    let output = Pipe()
    cluster.standardOutput = output
    cluster.standardInput = FileHandle.nullDevice
    try cluster.run()
    defer {
      try? FileManager.default.removeItem(atPath: flag)
      cluster.waitUntilExit()
    }
    var lines: [String] = []
    while lines.count < 3 {
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { break }
      lines += String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    try #require(lines.count >= 3, "the private cluster did not start")
    let server = try #require(try PostgresURL(lines[0]))
    try PostgresArchive.createDatabase("gone", on: server)
    let url = lines[0].replacingOccurrences(of: "/postgres?", with: "/gone?")
    let control = ["NEWSGRAB_TEST_POSTGRES_DATA": lines[1], "NEWSGRAB_TEST_POSTGRES_BIN": lines[2]]
    // Through system(): Foundation's Process did not see pg_ctl end once
    // the server it started lived on (the test hung in waitUntilExit).
    func pgctl(_ action: String) throws {
      let script = CLI.repository.appendingPathComponent("scripts/pg-ctl.sh").path
      let command =
        control.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        + " bash '\(script)' \(action) </dev/null >/dev/null"
      try #require(system(command) == 0, "pg-ctl.sh \(action) failed")
    }
    StorePages.write(workspace, folder: "in", range: 0..<400, variant: 1)
    // When the server stops while an import writes
    let importer = CLI.start(["import", workspace.file("in"), "--db", url, "--jobs", "1"])
    try importer.process.run()
    let deadline = Date().addingTimeInterval(60)
    while importer.process.isRunning, Date() < deadline, (Self.articleCount(url) ?? 0) == 0 { usleep(50_000) }
    try pgctl("stop")
    importer.process.waitUntilExit()
    let stderr = String(decoding: importer.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    // Then the importer fails in one line; restarted, the server holds sound batches and a re-run completes
    #expect(importer.process.terminationStatus == 1)
    let reasons = stderr.split(separator: "\n")
    #expect(reasons.count == 1 && reasons[0].contains("PostgreSQL server"), "\(stderr)")
    try pgctl("start")
    #expect(try CLI.run(["stats", "--check", "--db", url]).status == 0)
    let rerun = try CLI.run(["import", workspace.file("in"), "--db", url])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(Self.articleCount(url) == 401)
  }
}
