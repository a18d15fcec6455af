import ArgumentParser

extension Newsgrab {
  struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: reindex: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
