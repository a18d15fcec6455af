import Hummingbird

/// What a request may be: the reading room only reads, so only GET and HEAD
/// with no body; its URL is bounded, and a path that tries to climb out of
/// the site (`..`, encoded or not, backslashes) is answered as not found.
struct RequestLimits<Context: RequestContext>: RouterMiddleware {
  /// The longest request target: a search URL with every filter and a
  /// query at `maximumQueryLength` percent-encoded fits well within it.
  static var maximumTargetLength: Int { 8 * 1024 }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    guard request.method == .get || request.method == .head else {
      throw ServeHTTPError(.methodNotAllowed, "The reading room only reads: use GET.")
    }
    if let length = request.headers[.contentLength], length != "0" {
      throw ServeHTTPError(.contentTooLarge, "Requests to the reading room carry no body.")
    }
    if request.headers[.transferEncoding] != nil {
      throw ServeHTTPError(.contentTooLarge, "Requests to the reading room carry no body.")
    }
    guard request.uri.string.utf8.count <= Self.maximumTargetLength else {
      throw ServeHTTPError(.uriTooLong, "That address is too long.")
    }
    guard Self.isPlainPath(request.uri.path) else {
      throw ServeHTTPError(.notFound, "There is no page at this address.")
    }
    guard request.method == .head else { return try await next(request, context) }
    // HEAD is routed as GET (`ReadingRoom.read`), answered with the headers only.
    let response = try await next(request, context)
    return Response(status: response.status, headers: response.headers, body: ResponseBody())
  }

  /// A path with no dot segment, backslash, NUL or encoded slash, dot or backslash.
  static func isPlainPath(_ path: String) -> Bool {
    let lowered = path.lowercased()
    for encoded in ["%2e", "%2f", "%5c", "%00"] where lowered.contains(encoded) { return false }
    if path.contains("\\") || path.contains("\0") { return false }
    return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." }
  }
}

/// An HTTP status with the one line the error page shows.
struct ServeHTTPError: Error {
  var status: HTTPResponse.Status
  var message: String

  init(_ status: HTTPResponse.Status, _ message: String) {
    self.status = status
    self.message = message
  }
}
