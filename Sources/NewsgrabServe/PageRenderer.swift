import Foundation
import Hummingbird
import Mustache

/// The templates and stylesheet in `Resources/`, loaded once at start-up,
/// and the HTML responses made from them.
///
/// Templates only ever use `{{ }}` (HTML-escaped) for values: every string
/// that came from an archived page is escaped on output, and markup such as
/// search highlights is expressed as template sections, never as HTML text.
struct PageRenderer: Sendable {
  let templates: MustacheLibrary
  let stylesheet: ByteBuffer

  static let templateNames = ["search", "reader", "original", "stats", "error"]

  static func load() async throws(ServeError) -> PageRenderer {
    // The copied `Resources` folder: Foundation on Linux takes a bundle's
    // own `Resources` subfolder as its resource URL, macOS the bundle root.
    let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL.appendingPathComponent("Resources")]
      .compactMap { $0 }.flatMap { [$0, $0.appendingPathComponent("Resources")] }
    guard
      let resources = candidates.first(where: {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates/search.mustache").path)
      })
    else {
      throw .resources("no templates in \(Bundle.module.bundleURL.path)")
    }
    let library: MustacheLibrary
    do {
      library = try await MustacheLibrary(directory: resources.appendingPathComponent("templates").path)
    } catch {
      throw .resources(String(describing: error))
    }
    for name in templateNames where library.getTemplate(named: name) == nil {
      throw .resources("\(name).mustache is missing")
    }
    guard let css = FileManager.default.contents(atPath: resources.appendingPathComponent("reader.css").path) else {
      throw .resources("reader.css is missing")
    }
    return PageRenderer(templates: library, stylesheet: ByteBuffer(bytes: css))
  }

  /// `template` rendered with `model`, as a UTF-8 HTML response.
  func page(_ template: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
    let html = templates.render(model, withTemplate: template) ?? ""
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
  }

  /// The error page: the status, and one line saying what went wrong.
  func error(_ status: HTTPResponse.Status, _ message: String, query: String? = nil) -> Response {
    page(
      "error",
      ErrorView(
        title: status == .notFound ? "Not found" : status.reasonPhrase, status: String(status.code),
        message: message, q: query ?? ""),
      status: status)
  }
}

/// What the error page shows.
struct ErrorView {
  var title: String
  var status: String
  var message: String
  /// The search box keeps what was typed, so a malformed query can be fixed.
  var q: String
}
