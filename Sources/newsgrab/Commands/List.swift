import ArgumentParser

extension Newsgrab {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: list: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
