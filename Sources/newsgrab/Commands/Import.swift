import ArgumentParser
import Foundation
import NewsgrabArchive
import NewsgrabInput
import NewsgrabOutput

extension Newsgrab {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add saved pages to the archive.",
      discussion: """
        Reads files and folders (recursively) in every format `parse` accepts;
        hidden and non-page files are skipped. Pages are extracted in parallel and
        committed in batches, so an interrupted import keeps every committed batch:
        run it again to finish. Importing the same files again adds nothing; a page
        of an article already stored with changed content becomes its new version
        (history is kept).
        Examples:
          newsgrab import ~/saved-news
          newsgrab import --db news.sqlite --errors failed.jsonl pages/ old.warc.gz
        """)

    /// Files per transaction: small enough that a kill loses little, large
    /// enough that commits (an fsync each) cost nothing next to extraction.
    static let batchSize = 64

    @Argument(help: "Files and folders to import.")
    var paths: [String]

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var input: InputOptions

    @Option(help: "Pages to extract at once (default: all cores).")
    var jobs: Int?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(
      help: ArgumentHelp("Also write each failure as a JSON line {file, reason} to this file.", valueName: "file"))
    var errors: String?

    func run() throws {
      let store = try archive.open(.readWrite)
      var errorLog = try ErrorLog(path: errors)
      let reader = input.reader
      let list = reader.files(in: paths)
      var summary = ImportSummary(skipped: list.skipped)
      for (path, error) in list.errors {
        summary.failed += 1
        errorLog.record(file: path, reason: error.description)
      }
      let extraction = FileExtraction(storedHashes: try archive.reporting { try store.storedPageHashes() })
      let progress = ProgressBar(
        total: list.files.count, label: "importing", enabled: !quiet && Terminal.stderrIsTerminal)
      let jobs = max(1, self.jobs ?? Parallel.defaultJobs)
      var stopped = false
      // Pages stream from the files (a WARC holds thousands) in batches:
      // one batch is extracted while the next is read and the last stored.
      Parallel.stream(size: Self.batchSize, jobs: jobs) { (read: (Result<InputPage, InputError>, String)) in
        extraction.run(read.0, file: read.1)
      } produce: { emit in
        for file in list.files {
          reader.readPages(file: file) { emit(($0, file)) }
          progress.advance(current: file)
        }
      } consume: { results in
        var items: [ImportItem] = []
        for result in results {
          switch result {
          case .extracted(let item): items.append(item)
          case .alreadyStored: summary.unchanged += 1
          case .failed(let file, let reason):
            summary.failed += 1
            progress.finish()
            errorLog.record(file: file, reason: reason)
          }
        }
        do {
          for outcome in try store.save(items) { summary.count(outcome) }
          return true
        } catch {
          progress.finish()
          Diagnostics.report(file: store.path, error)
          stopped = true
          return false
        }
      }
      progress.finish()
      if !quiet { print(summary.line) }
      if stopped || summary.failed > 0 { throw ExitCode.failure }
    }
  }
}

/// What an import did, for the closing line.
struct ImportSummary {
  var new = 0
  var updated = 0
  var unchanged = 0
  var skipped = 0
  var failed = 0

  init(skipped: Int) { self.skipped = skipped }

  mutating func count(_ outcome: ImportOutcome) {
    switch outcome {
    case .new: new += 1
    case .updated: updated += 1
    case .unchanged: unchanged += 1
    }
  }

  var line: String {
    "\(new) new, \(updated) updated, \(unchanged) unchanged, \(skipped) skipped, \(failed) failed"
  }
}

/// Failures: one line each on standard error, and as JSON lines in `--errors FILE`.
struct ErrorLog {
  private let handle: FileHandle?

  init(path: String?) throws {
    guard let path else {
      handle = nil
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path)
    else {
      Diagnostics.line("newsgrab: \(Diagnostics.printable(path)): cannot write the error log")
      throw ExitCode.failure
    }
    self.handle = handle
  }

  mutating func record(file: String, reason: String) {
    Diagnostics.line("newsgrab: \(Diagnostics.printable(file)): \(reason)")
    handle?.write(Data((JSONRendering.compact(["file": file, "reason": reason]) + "\n").utf8))
  }
}
