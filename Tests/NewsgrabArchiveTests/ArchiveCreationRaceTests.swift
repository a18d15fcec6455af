import Foundation
import GRDB
import Testing

@testable import NewsgrabArchive

/// Issue 13: several importers may start on a new archive at the same moment.
@Suite("Creating an archive while another process creates it")
struct ArchiveCreationRaceTests {
  @Test("a file holding only the migrator's empty bookkeeping table is an archive being created, not a stranger's")
  func halfCreatedSchemaIsFinished() throws {
    // Given the state another process leaves between creating GRDB's
    // bookkeeping table and committing the first migration
    let folder = TemporaryFolder()
    let path = folder.file("archive.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
    }
    try queue.close()
    // When newsgrab opens it
    let archive = try Archive(path: path)
    // Then the schema is completed and the file is marked as ours
    #expect(try archive.column("PRAGMA application_id") == [String(Archive.applicationID)])
    let applied = try archive.column("SELECT identifier FROM grdb_migrations ORDER BY identifier")
    #expect(applied.count == Archive.migrator.migrations.count)
    #expect(try archive.column("SELECT count(*) FROM article") == ["0"])
  }

  @Test("the bookkeeping table with another program's migrations in it is still refused")
  func strangersMigrationsAreRefused() throws {
    // Given another GRDB program's database: its migrations applied, its tables
    let folder = TemporaryFolder()
    let path = folder.file("other.sqlite")
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
          INSERT INTO grdb_migrations VALUES ('createNotes');
          CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT);
          """)
    }
    try queue.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    // When newsgrab opens it, then it is refused and its bytes are untouched
    #expect(throws: ArchiveError.notAnArchive("an SQLite database of another program")) { try Archive(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test("eight connections opening one new archive at once all succeed, and the schema is applied once")
  func simultaneousCreation() async throws {
    for round in 0..<10 {
      // Given a path where no archive exists yet
      let folder = TemporaryFolder()
      let path = folder.file("archive-\(round).sqlite")
      // When eight threads open it at the same moment
      let outcomes = await withTaskGroup(of: String?.self) { group in
        for _ in 0..<8 {
          group.addTask {
            do {
              _ = try Archive(path: path)
              return nil
            } catch {
              return "\(error)"
            }
          }
        }
        var failures: [String] = []
        for await outcome in group { if let outcome { failures.append(outcome) } }
        return failures
      }
      // Then none fails, and every migration is recorded exactly once
      #expect(outcomes.isEmpty, "round \(round): \(outcomes)")
      let archive = try Archive(path: path, mode: .readOnly)
      #expect(
        try archive.column("SELECT count(*) FROM grdb_migrations") == [String(Archive.migrator.migrations.count)])
    }
  }
}
