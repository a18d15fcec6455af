import Foundation
import Hummingbird
import Logging
import Mustache
import NewsgrabArchive

/// `newsgrab serve`: the archive as a website to read in, server-rendered,
/// read-only, with no script and nothing fetched from the network.
///
/// Routes (each in `Routes/`): `/` search, `/articles/{id}` reader,
/// `/articles/{id}/original` the stored page in a sandboxed frame, `/stats`,
/// and `/api/…`, the JSON the CLI prints.
package struct ReadingRoom: Sendable {
  let archive: Archive
  let pages: PageRenderer

  /// The reading room over `archive`, its templates and stylesheet loaded
  /// from the resources shipped with the binary.
  package init(archive: Archive) async throws(ServeError) {
    self.archive = archive
    self.pages = try await PageRenderer.load()
  }

  /// Every route, behind the safety middleware.
  package func router() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    // Outermost first: every response, error pages included, gets the headers.
    router.add(middleware: SecurityHeaders())
    router.add(middleware: ErrorPages(pages: pages))
    router.add(middleware: RequestLimits())
    addPageRoutes(to: router)
    addAPIRoutes(to: router)
    return router
  }

  /// Serves until SIGINT or SIGTERM. `announce` is told the address once
  /// the socket listens (the port the system chose when `port` is 0).
  package func run(host: String, port: Int, announce: @escaping @Sendable (String) -> Void) async throws {
    var logger = Logger(label: "newsgrab.serve")
    logger.logLevel = .error
    let app = Application(
      router: router(),
      server: .http1(
        configuration: .init(
          idleTimeout: .seconds(Self.idleSeconds),
          httpDecoderConfiguration: .init(
            maxHeaderFieldSize: Self.maximumHeaderBytes, maxHeaderListSize: Self.maximumHeaderBytes,
            maxHeaderFieldCount: Self.maximumHeaderCount))),
      configuration: .init(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? port
        let shownHost = host.contains(":") ? "[\(host)]" : host
        announce("http://\(shownHost):\(bound)/")
      },
      logger: logger)
    try await app.runService()
  }

  /// Header limits: browsers send a few kilobytes at most; Hummingbird's
  /// default (80 KB per field) is far more than a reader needs.
  static let maximumHeaderBytes = 16 * 1024
  static let maximumHeaderCount = 100
  /// A kept-alive connection with no request for this long is closed.
  static let idleSeconds: Int64 = 60
}
