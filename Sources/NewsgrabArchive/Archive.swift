import Foundation
import GRDB

/// A newsgrab archive: one SQLite file (WAL mode) of articles, their
/// versions, the original pages and a full-text index.
///
/// Searches keep working while an import writes (`DatabasePool`: readers
/// never wait for the writer); each write is one transaction, so an
/// interrupted import leaves every committed batch intact.
package final class Archive: Sendable {
  /// How long a writer waits for another writer before giving up (an import
  /// commits a batch in well under a second here, so this is generous).
  static let busyTimeout: TimeInterval = 30
  /// How much of the file a reader maps: all of it up to 2 GiB (SQLite's
  /// own ceiling on Linux). Address space, not memory: the pages stay the
  /// kernel's cache, shared by every reader. On the 100,000-article bench
  /// archive (1.6 GB) pread(2) and its copy were a fifth of a search's time.
  static let readerMapBytes = 2 << 30

  package let path: String
  /// A `DatabasePool` (WAL); for a file this user cannot write, an immutable
  /// read-only `DatabaseQueue` instead (see `openImmutable`).
  let pool: any DatabaseWriter

  /// How the archive is opened.
  package enum Mode: Sendable {
    /// Creates the file and its directory when missing; upgrades the schema.
    case readWrite
    /// Refuses a missing file; never writes.
    case readOnly
  }

  /// Opens (or creates) the archive at `path`.
  ///
  /// - Parameter maximumPageCount: a size cap (`PRAGMA max_page_count`), used
  ///   by tests to simulate a full disk.
  package init(path: String, mode: Mode = .readWrite, maximumPageCount: Int? = nil) throws(ArchiveError) {
    self.path = path
    let manager = FileManager.default
    let exists = manager.fileExists(atPath: path)
    if mode == .readOnly, !exists { throw .missing }
    if exists {
      try Self.checkHeader(path)
      try Self.refuseForeign(path)
    } else {
      // SQLite would replay a WAL left by a deleted archive into the new file.
      if manager.fileExists(atPath: path + "-wal") {
        throw .cannotCreate("\(path)-wal is left from an archive that is no longer there; move it away first")
      }
      let directory = (path as NSString).deletingLastPathComponent
      if !directory.isEmpty {
        do {
          try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
          throw .cannotCreate("cannot create the folder \(directory)")
        }
      }
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.label = "newsgrab"
    let pageLimit = maximumPageCount
    configuration.prepareDatabase { db in
      if let pageLimit { try db.execute(sql: "PRAGMA max_page_count = \(pageLimit)") }
      // Readers map the file instead of copying each page out with a
      // pread(2): a search touches hundreds of pages scattered over the file.
      // Only readers, so an import's memory stays what it writes.
      if db.configuration.readonly { try db.execute(sql: "PRAGMA mmap_size = \(Self.readerMapBytes)") }
    }
    do throws(ArchiveError) {
      self.pool = try Self.openPool(path, configuration: configuration, mode: mode)
    } catch {
      guard mode == .readOnly, error == .readOnly || error == .cannotCreate("unable to open database file") else {
        throw error
      }
      self.pool = try Self.openImmutable(path, configuration: configuration)
    }
  }

  /// Opens the pool and readies its schema. While another process switches
  /// a new file to WAL or recovers its WAL, SQLite answers "busy" at once,
  /// without waiting through the busy timeout; that is retried, within the
  /// same timeout, like a writer waiting for a writer.
  private static func openPool(_ path: String, configuration: Configuration, mode: Mode) throws(ArchiveError)
    -> DatabasePool
  {
    let deadline = Date().addingTimeInterval(busyTimeout)
    while true {
      do {
        let pool = try DatabasePool(path: path, configuration: configuration)
        try prepareSchema(pool, mode: mode)
        return pool
      } catch {
        let failure = ArchiveError(error)
        guard failure == .locked, Date() < deadline else { throw failure }
        usleep(schemaRetryMicroseconds)
      }
    }
  }

  /// Opens a file this user may read but not write (nor create its `-shm`
  /// beside it), as SQLite's `immutable` read-only URI: reading works, and
  /// nothing can be written. (Nobody else can be writing through this user
  /// either; a writer with more rights may, which `immutable` does not see.)
  private static func openImmutable(_ path: String, configuration: Configuration) throws(ArchiveError) -> DatabaseQueue
  {
    var configuration = configuration
    configuration.readonly = true
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
    do {
      let queue = try DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: configuration)
      try prepareSchema(queue, mode: .readOnly)
      return queue
    } catch {
      throw ArchiveError(error)
    }
  }

  /// A file that exists must be empty or start with the SQLite header; any
  /// other file is refused before SQLite touches it.
  private static func checkHeader(_ path: String) throws(ArchiveError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .cannotCreate("cannot read \(path)")
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    if header.isEmpty { return }
    if header != Data("SQLite format 3\0".utf8) {
      throw .notAnArchive("file is not an SQLite database")
    }
  }

  /// Refuses another program's SQLite database before the pool opens it:
  /// opening a pool would switch its journal to WAL, changing the file.
  /// A file that cannot be looked at read-only here is left to the checks
  /// after opening (an unwritable folder, say, needs `openImmutable`).
  private static func refuseForeign(_ path: String) throws(ArchiveError) {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(busyTimeout)
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return }
    defer { try? queue.close() }
    guard
      let state = try? queue.read({ db in
        (
          applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          tables: try userTables(db),
          applied: try migrator.appliedIdentifiers(db)
        )
      })
    else { return }
    if isForeign(applicationID: state.applicationID, tables: state.tables, applied: state.applied) {
      throw .notAnArchive("an SQLite database of another program")
    }
  }

  /// The names in `sqlite_master` but SQLite's own (`sqlite_autoindex_…`).
  private static func userTables(_ db: Database) throws -> Set<String> {
    Set(try String.fetchAll(db, sql: #"SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'"#))
  }

  /// A database with tables but not our mark, unless all it holds is the
  /// migrator's empty bookkeeping table: that is an archive another process
  /// is creating right now.
  private static func isForeign(applicationID: Int32, tables: Set<String>, applied: Set<String>) -> Bool {
    let beingCreated = tables.isSubset(of: migratorTables) && applied.isEmpty
    return !tables.isEmpty && applicationID != Self.applicationID && !beingCreated
  }

  /// Checks the file is ours and up to date, migrating it when allowed.
  ///
  /// Several processes may open a new archive at the same moment: each
  /// migration is its own transaction, so one process can see another's
  /// half-created schema or lose the race to apply a migration. Both are
  /// retried until the schema settles (within `busyTimeout`); nothing that
  /// was committed is touched by a retry.
  private static func prepareSchema(_ pool: any DatabaseWriter, mode: Mode) throws(ArchiveError) {
    let deadline = Date().addingTimeInterval(busyTimeout)
    var lastApplied: Set<String>? = nil
    while true {
      do {
        return try prepareSchemaOnce(pool, mode: mode)
      } catch SchemaRace.lost(let applied) {
        // Retry only while another process makes progress, and not forever.
        guard Date() < deadline || applied != lastApplied else {
          throw .cannotCreate("the schema did not settle: another process keeps migrating it")
        }
        lastApplied = applied
        usleep(Self.schemaRetryMicroseconds)
      } catch let error as ArchiveError {
        throw error
      } catch {
        throw ArchiveError(error)
      }
    }
  }

  /// Pause between two looks at a schema another process is creating (a
  /// migration of an empty archive commits in a few milliseconds here).
  static let schemaRetryMicroseconds: useconds_t = 20_000

  /// The schema changed under us while we looked at it or migrated it.
  private enum SchemaRace: Error {
    case lost(applied: Set<String>)
  }

  /// The tables GRDB's migrator creates before the first migration commits:
  /// a file holding only these (empty) is one being created, not another
  /// program's database.
  static let migratorTables: Set<String> = ["grdb_migrations"]

  private static func prepareSchemaOnce(_ pool: any DatabaseWriter, mode: Mode) throws {
    let migrator = Self.migrator
    let state = try pool.read { db in
      (
        applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
        tables: try userTables(db),
        superseded: try migrator.hasBeenSuperseded(db),
        complete: try migrator.hasCompletedMigrations(db),
        applied: try migrator.appliedIdentifiers(db)
      )
    }
    if isForeign(applicationID: state.applicationID, tables: state.tables, applied: state.applied) {
      throw ArchiveError.notAnArchive("an SQLite database of another program")
    }
    if state.superseded {
      let known = Set(migrator.migrations)
      throw ArchiveError.newerSchema(state.applied.subtracting(known).sorted())
    }
    if state.complete { return }
    if mode == .readOnly {
      throw ArchiveError.olderSchema(migrator.migrations.filter { !state.applied.contains($0) })
    }
    do {
      try migrator.migrate(pool)
    } catch {
      // Another process applied a migration between our look and ours
      // ("table ... already exists", a taken migration id): look again.
      let applied = (try? pool.read { db in try migrator.appliedIdentifiers(db) }) ?? state.applied
      if applied != state.applied { throw SchemaRace.lost(applied: applied) }
      throw error
    }
  }

  /// Runs `body` in one write transaction, with errors in the archive's words.
  func write<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
    do {
      return try pool.write { db in try body(db) }
    } catch {
      throw ArchiveError(error)
    }
  }

  /// Runs `body` on a consistent snapshot, concurrently with any writer.
  func read<T>(_ body: (Database) throws -> T) throws(ArchiveError) -> T {
    do {
      return try pool.read { db in try body(db) }
    } catch {
      throw ArchiveError(error)
    }
  }

  /// The default location: `$NEWSGRAB_DB`, else
  /// `$XDG_DATA_HOME/newsgrab/archive.sqlite` (`~/.local/share/...`).
  package static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let path = environment["NEWSGRAB_DB"], !path.isEmpty { return path }
    let data: String
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      data = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      data = (home as NSString).appendingPathComponent(".local/share")
    }
    return (data as NSString).appendingPathComponent("newsgrab/archive.sqlite")
  }
}

extension Archive {
  /// The first column of a query's rows, as text (for tests and checks that
  /// look at the tables the way a `sqlite3` user would).
  func column(_ sql: String) throws(ArchiveError) -> [String?] {
    try read { db in
      try Row.fetchAll(db, sql: sql).map { row -> String? in
        switch (row[0] as DatabaseValue).storage {
        case .null: nil
        case .int64(let value): String(value)
        case .double(let value): String(value)
        case .string(let value): value
        case .blob(let value): "<\(value.count) bytes>"
        }
      }
    }
  }
}

extension Archive {
  /// Runs SQL in one transaction (for tests that simulate damage or an older extractor).
  func execute(_ sql: String) throws(ArchiveError) {
    try write { db in try db.execute(sql: sql) }
  }
}

extension Archive {
  /// Runs SQL in one transaction with foreign keys off (for tests that leave
  /// a row without its parent, as a tool without foreign keys would).
  func executeWithoutForeignKeys(_ sql: String) throws(ArchiveError) {
    do {
      try pool.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        try db.inTransaction {
          try db.execute(sql: sql)
          return .commit
        }
      }
    } catch {
      throw ArchiveError(error)
    }
  }
}
