import ArgumentParser

extension Newsgrab {
  struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: delete: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
