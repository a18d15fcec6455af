import ArgumentParser
import Foundation
import NewsgrabArchive
import NewsgrabServe

extension Newsgrab {
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read the archive in a web browser: search, articles, versions, stats.",
      discussion: """
        A local website over the archive, read-only, with no scripts and nothing
        fetched from the network; it keeps serving while `import` writes.
        Pages: / (search), /articles/ID, /articles/ID/original, /stats;
        JSON: /api/search?q=…, /api/articles/ID, /api/articles/ID/versions, /api/stats.
        Examples:
          newsgrab serve
          newsgrab serve --port 8081 --db ~/news.sqlite
        """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The address to listen on (anything but loopback lets the network read the archive).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    func validate() throws {
      guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
      let store = try archive.open(.readOnly)
      let room: ReadingRoom
      do {
        room = try await ReadingRoom(archive: store)
      } catch {
        Diagnostics.line("newsgrab: serve: \(error.description)")
        throw ExitCode.failure
      }
      if !Self.isLoopback(host) {
        Diagnostics.line(
          "newsgrab: serve: listening on \(host): anyone who can reach this machine on the network can read the archive"
        )
      }
      let announce: @Sendable (String) -> Void = { address in
        FileHandle.standardOutput.write(Data("newsgrab: serving \(address) (Ctrl-C to stop)\n".utf8))
      }
      do {
        try await room.run(host: host, port: port, announce: announce)
      } catch {
        Diagnostics.line("newsgrab: serve: cannot listen on \(host):\(port): \(Diagnostics.reason(error))")
        throw ExitCode.failure
      }
    }

    /// 127.0.0.0/8, `::1` and `localhost` stay on this machine.
    static func isLoopback(_ host: String) -> Bool {
      host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
  }
}
