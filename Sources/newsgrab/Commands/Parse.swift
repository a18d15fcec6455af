import ArgumentParser
import NewsgrabExtraction
import NewsgrabInput

extension Newsgrab {
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract the article from saved pages.",
      discussion: """
        Examples:
          newsgrab parse page.html
          newsgrab parse page.html --format json
          newsgrab parse saved/*.html --format ndjson > articles.ndjson
          curl -s https://example.com/story | newsgrab parse - --url https://example.com/story
        A file that fails prints one line on stderr and the others go on; the exit
        status is 1 when any file failed.
        """)

    @Argument(help: "Saved pages to read ('-' reads standard input).")
    var files: [String]

    @Option(help: "Output format.")
    var format: ArticleFormat = .text

    @Option(help: "The page's original URL, used to resolve relative links.")
    var url: String?

    @OptionGroup var input: InputOptions

    @Option(help: "Pages to extract at once (default: all cores). Output keeps the order of the input.")
    var jobs: Int?

    /// Pages read ahead and extracted together; the output of one batch is
    /// written while the next is extracted.
    static let batchSize = 64

    /// What extracting one page gave: its rendering, or why it failed.
    enum Outcome: Sendable {
      case rendered(String)
      case failed(file: String, reason: String)
    }

    func run() throws {
      var output = StandardOutput()
      let reader = input.reader
      let extractor = ArticleExtractor()
      let renderer = ArticleRenderer(format: format)
      let url = self.url
      var failed = false
      var first = true
      Parallel.stream(size: Self.batchSize, jobs: max(1, jobs ?? Parallel.defaultJobs)) {
        (read: (Result<InputPage, InputError>, String)) -> Outcome in
        do {
          var page = try read.0.get()
          if let url { page.url = url }
          return .rendered(renderer.render(try extractor.extract(page), file: page.name))
        } catch {
          return .failed(file: read.1, reason: Diagnostics.reason(error))
        }
      } produce: { emit in
        for file in files {
          if file == "-" {
            reader.readPages(descriptor: 0, name: "-", url: url) { emit(($0, file)) }
          } else {
            reader.readPages(file: file) { emit(($0, file)) }
          }
        }
      } consume: { outcomes in
        for outcome in outcomes {
          switch outcome {
          case .rendered(let text):
            if !first { output.write(format.documentSeparator) }
            output.write(text)
            first = false
          case .failed(let file, let reason):
            failed = true
            Diagnostics.report(file: file, reason: reason)
          }
        }
        return true
      }
      if failed { throw ExitCode.failure }
    }
  }
}
