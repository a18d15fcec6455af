import ArgumentParser

extension Newsgrab {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: show: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
