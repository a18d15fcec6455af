import ArgumentParser

extension Newsgrab {
  struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: search: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
