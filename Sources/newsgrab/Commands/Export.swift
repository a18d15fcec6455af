import ArgumentParser

extension Newsgrab {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: export: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
