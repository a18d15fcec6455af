import ArgumentParser

extension Newsgrab {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: stats: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
