import ArgumentParser
import NewsgrabArchive
import NewsgrabExtraction

extension Newsgrab {
  struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract every stored page again with this version's extractor.",
      discussion: """
        Each batch of pages is one transaction: an interrupted reindex keeps what it
        did, and running it again finishes the rest. Identities and history are
        kept.
        Example:
          newsgrab reindex --db news.sqlite
        """)

    /// Pages per transaction, as for `import`.
    static let batchSize = 64

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Pages to extract at once (default: all cores).")
    var jobs: Int?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
      let store = try archive.open(.readWrite)
      let total = try archive.reporting { try store.storedPageCount() }
      let progress = ProgressBar(total: total, label: "reindexing", enabled: !quiet && Terminal.stderrIsTerminal)
      let extractor = ArticleExtractor()
      let jobs = max(1, self.jobs ?? Parallel.defaultJobs)
      var lastID: Int64 = 0
      var changed = 0
      var seen = 0
      var failed = 0
      while true {
        let pages = try archive.reporting { try store.storedPages(after: lastID, limit: Self.batchSize) }
        guard let last = pages.last else { break }
        lastID = last.versionID
        let results = Parallel.map(pages, jobs: jobs) { stored -> Result<(Int64, Article), ExtractionError> in
          defer { progress.advance(current: stored.page.name) }
          if stored.isDamaged {
            return .failure(.notHTML("the stored copy of this page is damaged; its article is kept"))
          }
          return Result { () throws(ExtractionError) in
            var article = try extractor.extract(stored.page)
            if stored.captureUnknown { article.capture.format = Capture.unknownFormat }
            return (stored.versionID, article)
          }
        }
        var items: [(versionID: Int64, article: Article)] = []
        for (stored, result) in zip(pages, results) {
          switch result {
          case .success(let item): items.append((versionID: item.0, article: item.1))
          case .failure(let error):
            failed += 1
            progress.finish()
            Diagnostics.report(file: stored.page.name, error)
          }
        }
        seen += pages.count
        changed += try archive.reporting { try store.replaceExtractions(items) }
      }
      progress.finish()
      if !quiet {
        print("\(seen) pages re-extracted: \(changed) changed, \(seen - changed - failed) unchanged, \(failed) failed")
      }
      if failed > 0 { throw ExitCode.failure }
    }
  }
}
