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
    }
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      try Self.prepareSchema(pool, mode: mode)
      self.pool = pool
    } catch {
      let failure = ArchiveError(error)
      guard mode == .readOnly, failure == .readOnly || failure == .cannotCreate("unable to open database file") else {
        throw failure
      }
      self.pool = try Self.openImmutable(path, configuration: configuration)
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

  /// Checks the file is ours and up to date, migrating it when allowed.
  private static func prepareSchema(_ pool: any DatabaseWriter, mode: Mode) throws(ArchiveError) {
    let migrator = Self.migrator
    do {
      let state = try pool.read { db in
        (
          applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          tableCount: try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0,
          superseded: try migrator.hasBeenSuperseded(db),
          complete: try migrator.hasCompletedMigrations(db),
          applied: try migrator.appliedIdentifiers(db)
        )
      }
      if state.tableCount > 0, state.applicationID != Self.applicationID {
        throw ArchiveError.notAnArchive("an SQLite database of another program")
      }
      if state.superseded {
        let known = Set(migrator.migrations)
        throw ArchiveError.newerSchema(state.applied.subtracting(known).sorted())
      }
      if !state.complete {
        if mode == .readOnly {
          throw ArchiveError.olderSchema(migrator.migrations.filter { !state.applied.contains($0) })
        }
        try migrator.migrate(pool)
      }
    } catch {
      throw ArchiveError(error)
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
