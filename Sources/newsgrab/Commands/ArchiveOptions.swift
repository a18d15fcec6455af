import ArgumentParser
import NewsgrabArchive
import NewsgrabPostgres

/// Where the archive is: `--db`, else `$NEWSGRAB_DB`, else the XDG data folder.
/// A `postgresql://` (or `postgres://`) URL names an archive on a PostgreSQL
/// server; anything else is the path of an SQLite file. Commands only see
/// `ArchiveStore`: which store it is never changes what they do.
struct ArchiveOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The archive: a file, or postgresql://[user[:password]@]host[:port]/dbname.",
      discussion: "Default: $NEWSGRAB_DB, else $XDG_DATA_HOME/newsgrab/archive.sqlite.",
      valueName: "path-or-url"))
  var db: String?

  var location: String { db ?? Archive.defaultPath() }
  /// The location as messages show it (a URL's password masked).
  var path: String { ArchiveStores.display(location) }

  /// Opens the archive, or reports why not in one line and fails.
  func open(_ mode: Archive.Mode) throws -> any ArchiveStore {
    do {
      return try ArchiveStores.open(location, mode: mode)
    } catch {
      Diagnostics.report(file: path, error)
      throw ExitCode.failure
    }
  }

  /// Runs `body`, reporting an archive failure as `newsgrab: <archive>: <reason>`.
  func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as ArchiveError {
      Diagnostics.report(file: path, error)
      throw ExitCode.failure
    }
  }
}
