import Foundation
import Testing

@testable import NewsgrabArchive

@Suite("Archive files that cannot be used")
struct ArchiveFailureTests {
  static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  @Test("a file that is not SQLite is refused and left as it was")
  func notSQLite() throws {
    // Given a file of other bytes where the archive should be
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let original = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    FileManager.default.createFile(atPath: path, contents: original)
    // When it is opened for writing
    #expect(throws: ArchiveError.notAnArchive("file is not an SQLite database")) { try Archive(path: path) }
    // Then it is untouched
    #expect(Self.bytes(path) == original)
  }

  @Test("an SQLite database of another program is refused and left as it was")
  func foreignDatabase() throws {
    // Given another program's SQLite database
    let folder = TemporaryFolder()
    let path = folder.file("other.sqlite")
    let other = try Archive(path: path)
    try other.write { db in
      try db.execute(sql: "PRAGMA application_id = 42; CREATE TABLE notes(text TEXT)")
    }
    let before = try other.column("SELECT name FROM sqlite_master ORDER BY name")
    // When newsgrab opens it
    #expect(throws: ArchiveError.notAnArchive("an SQLite database of another program")) { try Archive(path: path) }
    // Then nothing was added
    #expect(try other.column("SELECT name FROM sqlite_master ORDER BY name") == before)
  }

  @Test("a damaged archive is reported, not overwritten")
  func damaged() throws {
    // Given an archive whose pages after the header were overwritten
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    do {
      let archive = try Archive(path: path)
      _ = try archive.save(
        (0..<50).map {
          Make.item(
            Make.article(url: "https://e.com/\($0)", headline: "H\($0)", body: String(repeating: "word ", count: 200)),
            page: "p\($0)")
        })
    }
    var data = Self.bytes(path)!
    try? FileManager.default.removeItem(atPath: path + "-wal")
    try? FileManager.default.removeItem(atPath: path + "-shm")
    for index in stride(from: 100, to: data.count, by: 3) { data[index] = 0xA5 }
    FileManager.default.createFile(atPath: path, contents: data)
    // When it is opened and used
    var failed: ArchiveError?
    do {
      let archive = try Archive(path: path)
      let problems = try archive.check()
      if !problems.isEmpty { failed = .corrupt(problems.joined(separator: "; ")) }
    } catch {
      failed = error
    }
    // Then the damage is reported in words, and the file still holds its bytes
    let reported = try #require(failed)
    switch reported {
    case .corrupt, .notAnArchive: break
    default: Issue.record("unexpected error: \(reported)")
    }
    #expect(!reported.description.contains("SQLite error"))
    #expect(Self.bytes(path) == data)
  }

  @Test("an archive written by a newer newsgrab is refused and not migrated")
  func newerSchema() throws {
    // Given an archive with a schema step this build does not know, and
    // without one it does know (so a migration would have work to do)
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let archive = try Archive(path: path)
    try archive.write { db in
      try db.execute(sql: "DROP TABLE headline_fts; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%'")
      try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9: something new')")
    }
    let schema = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"
    let tables = try archive.column(schema)
    let steps = try archive.column("SELECT identifier FROM grdb_migrations ORDER BY identifier")
    // When this build opens it
    #expect(throws: ArchiveError.newerSchema(["v9: something new"])) { try Archive(path: path) }
    #expect(throws: ArchiveError.newerSchema(["v9: something new"])) { try Archive(path: path, mode: .readOnly) }
    // Then no migration ran: the same schema and the same recorded steps
    #expect(try archive.column(schema) == tables)
    #expect(try archive.column("SELECT identifier FROM grdb_migrations ORDER BY identifier") == steps)
    #expect(steps.last == "v9: something new" && !steps.contains { $0?.hasPrefix("v4:") == true })
  }

  @Test("read commands do not create an archive")
  func missing() {
    let folder = TemporaryFolder()
    let path = folder.file("none.sqlite")
    #expect(throws: ArchiveError.missing) { try Archive(path: path, mode: .readOnly) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("a full disk fails the batch being written and keeps every batch before it")
  func diskFull() throws {
    // Given an archive that can grow only to a fixed number of pages
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let archive = try Archive(path: path, maximumPageCount: 60)
    let first = (0..<5).map {
      Make.item(Make.article(url: "https://e.com/a\($0)", headline: "Kept \($0)", body: "short"), page: "a\($0)")
    }
    _ = try archive.save(first)
    // When a batch larger than the room left is saved
    let big = (0..<40).map {
      Make.item(
        Make.article(
          url: "https://e.com/b\($0)", headline: "Lost \($0)",
          body: (0..<800).map { "w\($0)x\($0 % 97)" }.joined(separator: " ")),
        page: "b\($0)")
    }
    #expect(throws: ArchiveError.diskFull) { try archive.save(big) }
    // Then the earlier batch is intact, nothing of the failed one is there, and the file is sound
    let reopened = try Archive(path: path)
    #expect(try reopened.stats().articles == 5)
    #expect(try reopened.search(SearchQuery("lost"), filter: ArticleFilter()).total == 0)
    #expect(try reopened.check() == [])
  }

  @Test("a read-only archive reads, and refuses writes with a clear message")
  func readOnly() throws {
    // Given an archive with one article, opened read-only
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    _ = try Archive(path: path).save([
      Make.item(Make.article(url: "https://e.com/a", headline: "Kept", body: "x"), page: "a")
    ])
    let archive = try Archive(path: path, mode: .readOnly)
    // When it is searched, and then written to
    #expect(try archive.search(SearchQuery("kept"), filter: ArticleFilter()).total == 1)
    // (The pool opens its reader connections query-only; a write through a
    // read is what a read-only file does to SQLite.)
    #expect(throws: ArchiveError.readOnly) {
      try archive.read { db in try db.execute(sql: "DELETE FROM article") }
    }
    #expect(try archive.stats().articles == 1)
  }

  @Test("searches run while a writer commits batches, without lock errors")
  func concurrentReaders() async throws {
    // Given an archive being written in many small batches
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let writer = try Archive(path: path)
    let reader = try Archive(path: path, mode: .readOnly)
    let writing = Task.detached {
      for batch in 0..<40 {
        _ = try writer.save(
          (0..<10).map {
            Make.item(
              Make.article(url: "https://e.com/\(batch)/\($0)", headline: "Tide \(batch) \($0)", body: "tide table"),
              page: "p\(batch)-\($0)")
          })
      }
    }
    // When another connection searches and lists all the while
    var lastCount = 0
    for _ in 0..<1_000_000 {
      let count = try reader.search(SearchQuery("tide"), filter: ArticleFilter(limit: 1)).total
      // Then every read succeeds and sees whole batches only
      #expect(count % 10 == 0 && count >= lastCount)
      lastCount = count
      _ = try reader.list(filter: ArticleFilter(limit: 5))
      if count == 400 { break }
      await Task.yield()
    }
    try await writing.value
    #expect(try reader.stats().articles == 400)
  }
}

@Suite("A WAL file without its archive")
struct OrphanWALTests {
  @Test("is not replayed into a new archive")
  func orphanWAL() throws {
    // Given an archive's WAL left behind after the archive file was deleted
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let wal = Data("left over".utf8)
    FileManager.default.createFile(atPath: path + "-wal", contents: wal)
    // When newsgrab is asked to create the archive there
    #expect(
      throws: ArchiveError.cannotCreate(
        "\(path)-wal is left from an archive that is no longer there; move it away first")
    ) {
      try Archive(path: path)
    }
    // Then nothing was created and the WAL is untouched
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(FileManager.default.contents(atPath: path + "-wal") == wal)
  }
}
