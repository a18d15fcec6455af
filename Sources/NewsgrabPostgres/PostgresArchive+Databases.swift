import NewsgrabArchive

extension PostgresArchive {
  /// Creates an empty database on the server `url` points at (through its
  /// own database): tests make one per test, as SQLite tests make a file.
  /// With `tablespace`, its tables live there (the disk-full test puts one on a small disk).
  package static func createDatabase(_ name: String, on url: PostgresURL, tablespace: String? = nil)
    throws(ArchiveError)
  {
    try PostgresSession(url).execute(
      SQL("CREATE DATABASE \(quoted(name))" + (tablespace.map { " TABLESPACE \(quoted($0))" } ?? "")))
  }

  /// Creates a tablespace in `folder`, an empty folder the server's user owns (for tests).
  package static func createTablespace(_ name: String, at folder: String, on url: PostgresURL) throws(ArchiveError) {
    let literal = "'" + folder.replacingOccurrences(of: "'", with: "''") + "'"
    try PostgresSession(url).execute(SQL("CREATE TABLESPACE \(quoted(name)) LOCATION \(literal)"))
  }

  /// Drops a tablespace (its databases dropped first).
  package static func dropTablespace(_ name: String, on url: PostgresURL) throws(ArchiveError) {
    try PostgresSession(url).execute(SQL("DROP TABLESPACE IF EXISTS \(quoted(name))"))
  }

  /// Drops a database, closing what is still connected to it.
  package static func dropDatabase(_ name: String, on url: PostgresURL) throws(ArchiveError) {
    try PostgresSession(url).execute(SQL("DROP DATABASE IF EXISTS \(quoted(name)) WITH (FORCE)"))
  }

  /// An identifier, double-quoted as SQL wants it.
  static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension PostgresArchive {
  /// The first column of a query's rows, as text (for tests and checks that
  /// look at the tables the way a `psql` user would).
  package func column(_ sql: String) throws(ArchiveError) -> [String?] {
    try session.read { db in
      try db.rows(SQL("SELECT q.value::text FROM (\(sql)) AS q(value)")).map { try $0.get(0, String?.self) }
    }
  }
}

extension PostgresArchive {
  /// Runs SQL in one transaction (for tests that simulate damage or another build).
  package func execute(_ sql: String) throws(ArchiveError) {
    try session.write { db in try db.rows(SQL(sql)) }
  }
}

extension PostgresArchive {
  /// Makes a database refuse writes, as a hot-standby replica does (for tests).
  package static func setReadOnly(_ name: String, on url: PostgresURL) throws(ArchiveError) {
    try PostgresSession(url).execute(SQL("ALTER DATABASE \(quoted(name)) SET default_transaction_read_only = on"))
  }
}
