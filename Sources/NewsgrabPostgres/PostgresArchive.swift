import Foundation
import NewsgrabArchive
import PostgresNIO

/// A newsgrab archive in a PostgreSQL database: the same tables as the
/// SQLite archive, searched with weighted `tsvector`s, written by any number
/// of importers at once (identity is a unique key; see `save`).
package final class PostgresArchive: ArchiveStore {
  let session: PostgresSession
  package var path: String { session.url.display }

  /// Connects to the database and readies its schema (creating or upgrading
  /// it for `.readWrite`; a read-only opener refuses one that is missing or old).
  package init(url: PostgresURL, mode: Archive.Mode = .readWrite) throws(ArchiveError) {
    session = try PostgresSession(url)
    try Self.prepareSchema(session, mode: mode)
  }

  /// Connects to the archive at a `postgresql://` URL.
  package convenience init(location: String, mode: Archive.Mode = .readWrite) throws(ArchiveError) {
    let url: PostgresURL?
    do {
      url = try PostgresURL(location)
    } catch {
      throw .cannotCreate(error.description)
    }
    guard let url else { throw .cannotCreate("not a PostgreSQL URL") }
    try self.init(url: url, mode: mode)
  }

  /// Looks at the schema under the advisory lock, and applies what is
  /// missing when allowed. Every step commits with its record in
  /// `newsgrab_migration`, so a process killed mid-migration leaves none of it.
  private static func prepareSchema(_ session: PostgresSession, mode: Archive.Mode) throws(ArchiveError) {
    let known = migrations.map(\.id)
    let state = try session.read { db in
      let tables = try db.rows(
        SQL("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
      ).map { try $0.get(0, String.self) }
      let applied: [String] =
        tables.contains(migrationTable)
        ? try db.rows(SQL("SELECT id FROM \(migrationTable)")).map { try $0.get(0, String.self) } : []
      return (tables: Set(tables), applied: Set(applied))
    }
    if !state.tables.isEmpty, !state.tables.contains(migrationTable) {
      throw .notAnArchive("a PostgreSQL database of another program: it has tables and no \(migrationTable)")
    }
    let unknown = state.applied.subtracting(known)
    if !unknown.isEmpty { throw .newerSchema(unknown.sorted()) }
    if known.allSatisfy(state.applied.contains) { return }
    if mode == .readOnly {
      if state.applied.isEmpty { throw .missing }
      throw .olderSchema(known.filter { !state.applied.contains($0) })
    }
    try session.write { db in
      try db.rows(SQL("SELECT pg_advisory_xact_lock(?)", .int(schemaLockKey)))
      try db.rows(SQL("CREATE TABLE IF NOT EXISTS \(migrationTable) (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"))
      // Looked at again under the lock: another process may have migrated meanwhile.
      let applied = Set(try db.rows(SQL("SELECT id FROM \(migrationTable)")).map { try $0.get(0, String.self) })
      let unknown = applied.subtracting(known)
      if !unknown.isEmpty { throw ArchiveError.newerSchema(unknown.sorted()) }
      for (id, sql) in migrations where !applied.contains(id) {
        for statement in sql.components(separatedBy: ";\n") {
          let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
          if !trimmed.isEmpty { try db.rows(SQL(trimmed)) }
        }
        try db.rows(
          SQL(
            "INSERT INTO \(migrationTable) (id, applied_at) VALUES (?, ?)", .text(id), .text(Archive.timestamp(Date())))
        )
      }
    }
  }
}

/// Opens the archive a `--db` value or `NEWSGRAB_DB` names: a PostgreSQL
/// URL opens `PostgresArchive`, anything else the SQLite file at that path.
package enum ArchiveStores {
  package static func open(_ location: String, mode: Archive.Mode) throws(ArchiveError) -> any ArchiveStore {
    if ArchiveLocation.isPostgres(location) { return try PostgresArchive(location: location, mode: mode) }
    return try Archive(path: location, mode: mode)
  }

  /// The location as it may be printed (a URL's password masked).
  package static func display(_ location: String) -> String {
    ArchiveLocation.isPostgres(location) ? PostgresURL.mask(location) : location
  }
}
