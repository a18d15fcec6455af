import ArgumentParser
import NewsgrabArchive
import NewsgrabPostgres

extension Newsgrab {
  struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy a whole archive to another store: SQLite to PostgreSQL, or back.",
      discussion: """
        Every article keeps its id, its versions and the pages they were extracted
        from, byte for byte. Each batch is one transaction: an interrupted copy
        keeps what it did, and running it again finishes the rest.
        Example:
          newsgrab copy --db archive.sqlite --to postgresql://newsroom@db.example/news
        """)

    /// Articles per transaction: a batch of pages like `import`'s.
    static let batchSize = 64

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("The archive to copy into: a file, or a postgresql:// URL.", valueName: "path-or-url"))
    var to: String

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
      let source = try archive.open(.readOnly)
      let destinationOptions = try ArchiveOptions.parse(["--db", to])
      let destination = try destinationOptions.open(.readWrite)
      guard let source = source as? any ArchiveCopying, let destination = destination as? any ArchiveCopying else {
        Diagnostics.report(file: archive.path, reason: "this store cannot be copied")
        throw ExitCode.failure
      }
      let total = try archive.reporting { try source.articleCount() }
      let progress = ProgressBar(total: total, label: "copying", enabled: !quiet && Terminal.stderrIsTerminal)
      var lastID: Int64 = 0
      var added = 0
      while true {
        let batch = try archive.reporting { try source.histories(after: lastID, limit: Self.batchSize) }
        guard let last = batch.last else { break }
        lastID = last.id
        added += try destinationOptions.reporting { try destination.insert(batch) }
        for _ in batch { progress.advance(current: "") }
      }
      progress.finish()
      let from = try archive.reporting { try source.stats() }
      let into = try destinationOptions.reporting { try destination.stats() }
      if !quiet {
        print("\(added) articles copied (\(total - added) were there already)")
        print("source:      \(from.articles) articles, \(from.versions) versions, \(from.pages) pages")
        print("destination: \(into.articles) articles, \(into.versions) versions, \(into.pages) pages")
      }
      if (from.articles, from.versions, from.pages) != (into.articles, into.versions, into.pages) {
        Diagnostics.report(file: destinationOptions.path, reason: "the counts differ from the source's")
        throw ExitCode.failure
      }
    }
  }
}
