import ArgumentParser
import NewsgrabArchive
import NewsgrabOutput

extension Newsgrab {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What the archive holds: articles, sources, languages, dates, size.",
      discussion: """
        Examples:
          newsgrab stats
          newsgrab stats --format json | jq .articles
          newsgrab stats --check
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text
      case json
    }

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Also verify the file and its full-text index (exit status 1 on damage).")
    var check = false

    func run() throws {
      let store = try archive.open(check ? .readWrite : .readOnly)
      let stats = try archive.reporting { try store.stats() }
      var output = StandardOutput()
      switch format {
      case .text: output.write(StatsRenderer.render(stats, terminal: Terminal.stdoutIsTerminal))
      case .json: output.write(ResultJSON.stats(stats))
      }
      guard check else { return }
      let problems = try archive.reporting { try store.check() }
      if problems.isEmpty {
        if format == .text { output.write("integrity   ok\n") }
        return
      }
      for problem in problems { Diagnostics.line("newsgrab: \(Diagnostics.printable(store.path)): \(problem)") }
      throw ExitCode.failure
    }
  }
}
