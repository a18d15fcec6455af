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

    func run() throws {
      var output = StandardOutput()
      let reader = input.reader
      let extractor = ArticleExtractor()
      var failed = false
      var first = true
      for file in files {
        let handle: (Result<InputPage, InputError>) -> Void = { result in
          do {
            var page = try result.get()
            if let url { page.url = url }
            let article = try extractor.extract(page)
            let rendered = ArticleRenderer(format: format).render(article, file: page.name)
            if !first { output.write(format.documentSeparator) }
            output.write(rendered)
            first = false
          } catch {
            failed = true
            Diagnostics.report(file: file, error)
          }
        }
        if file == "-" {
          reader.readPages(descriptor: 0, name: "-", url: url, handle)
        } else {
          reader.readPages(file: file, handle)
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}
