import ArgumentParser
import NewsgrabArchive

/// Where the archive is: `--db`, else `$NEWSGRAB_DB`, else the XDG data folder.
struct ArchiveOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The archive file.", discussion: "Default: $NEWSGRAB_DB, else $XDG_DATA_HOME/newsgrab/archive.sqlite.",
      valueName: "path"))
  var db: String?

  var path: String { db ?? Archive.defaultPath() }

  /// Opens the archive, or reports why not in one line and fails.
  func open(_ mode: Archive.Mode) throws -> Archive {
    do {
      return try Archive(path: path, mode: mode)
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
