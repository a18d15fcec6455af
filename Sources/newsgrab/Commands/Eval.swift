import ArgumentParser

extension Newsgrab {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
      Diagnostics.line("newsgrab: eval: not available in this build yet")
      throw ExitCode.failure
    }
  }
}
