import ArgumentParser

extension Newsgrab {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: import: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
