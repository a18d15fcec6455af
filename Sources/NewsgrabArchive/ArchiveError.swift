import GRDB

/// Why the archive could not do what was asked; `description` is the reason
/// part of `newsgrab: <file>: <reason>`, never an SQLite dump.
package enum ArchiveError: Error, Equatable, CustomStringConvertible {
  /// No archive file at the path (read commands do not create one).
  case missing
  /// The file is not an SQLite database, or one that belongs to another program.
  case notAnArchive(String)
  /// SQLite found damage in the file.
  case corrupt(String)
  /// The file was written by a newer newsgrab (migrations this build does not know).
  case newerSchema([String])
  /// The file was written by an older newsgrab and a read-only command
  /// cannot upgrade it (the schema steps it lacks).
  case olderSchema([String])
  /// The file or its directory cannot be written.
  case readOnly
  /// The disk (or the archive's size limit) is full: the batch being written was not saved.
  case diskFull
  /// Another program kept the archive locked longer than the busy timeout.
  case locked
  case cannotCreate(String)
  /// A search query that cannot be understood.
  case malformedQuery(String)
  /// A `--since`/`--until` value that is not a date.
  case invalidDate(option: String, value: String)
  /// No article with that id or URL.
  case notFound(String)
  /// The article exists, without the version asked for (it has `count`).
  case noSuchVersion(id: Int64, version: Int, count: Int)
  /// Any other SQLite failure, in SQLite's own words.
  case database(String)
  /// No PostgreSQL server answers at the address (the address as given, password masked).
  case unreachable(String)
  /// The server refused the user name or password.
  case authenticationFailed(user: String)
  /// The server runs, without the database the URL names.
  case databaseMissing(String)
  /// The server went away mid-work: what was in flight was not saved.
  case connectionLost

  package var description: String {
    switch self {
    case .missing: "no archive here yet (run `newsgrab import` first)"
    case .notAnArchive(let why): "not a newsgrab archive (\(why)); the file was left untouched"
    case .corrupt(let why): "the archive is damaged (\(why)); the file was left untouched"
    case .newerSchema(let unknown):
      "the archive was written by a newer newsgrab (unknown schema steps: \(unknown.joined(separator: ", "))); upgrade newsgrab to use it"
    case .olderSchema(let missing):
      "the archive was written by an older newsgrab (missing schema steps: \(missing.joined(separator: ", "))); run `newsgrab stats --check` (or any import) once to upgrade it"
    case .readOnly: "the archive is read-only: nothing was written"
    case .diskFull: "the disk is full: the batch being written was not saved; everything committed before is intact"
    case .locked: "the archive stayed locked by another process; try again"
    case .cannotCreate(let why): "cannot create the archive: \(why)"
    case .malformedQuery(let why): "malformed query: \(why)"
    case .invalidDate(let option, let value): "\(option) expects YYYY, YYYY-MM or YYYY-MM-DD, not '\(value)'"
    case .notFound(let reference): "no article with id or URL '\(reference)'"
    case .noSuchVersion(let id, let version, let count):
      "article \(id) has no version \(version): its versions are 1 to \(count) (`newsgrab show \(id) --history` lists them)"
    case .database(let message): message
    case .unreachable(let why): "no PostgreSQL server answers (\(why)); is it running, and is the address right?"
    case .authenticationFailed(let user):
      "PostgreSQL refused the login of user '\(user)' (wrong password, or not allowed by pg_hba.conf); set it in the URL, PGPASSWORD or ~/.pgpass"
    case .databaseMissing(let name):
      "the PostgreSQL server has no database '\(name)'; create it first: createdb \(name) (or CREATE DATABASE \"\(name)\")"
    case .connectionLost:
      "the PostgreSQL server closed the connection: the batch in flight was not saved; everything committed before is intact"
    }
  }

  /// Translates an SQLite failure into the archive's own words.
  init(_ error: any Error) {
    if let error = error as? ArchiveError {
      self = error
      return
    }
    guard let error = error as? DatabaseError else {
      self = .database(String(describing: error))
      return
    }
    switch error.resultCode {
    case .SQLITE_NOTADB: self = .notAnArchive("file is not an SQLite database")
    case .SQLITE_CORRUPT: self = .corrupt(error.message ?? "database disk image is malformed")
    case .SQLITE_READONLY: self = .readOnly
    case .SQLITE_FULL: self = .diskFull
    case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked
    case .SQLITE_CANTOPEN: self = .cannotCreate(error.message ?? "unable to open database file")
    case .SQLITE_IOERR:
      self = .database("input/output error while reading or writing the archive (\(error.message ?? "disk I/O error"))")
    default: self = .database("SQLite error \(error.resultCode.rawValue): \(error.message ?? "unknown error")")
    }
  }
}
