import HTTPTypes
import Hummingbird

/// The headers every response carries: archived pages are hostile input, so
/// no page-borne script may run, nothing is fetched from the network, and
/// nothing leaks where the reader came from.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  /// The reading room's own pages: its stylesheet and nothing else. No
  /// script of any kind (there is none to allow); frames only from here (the
  /// stored page on `/original`); forms only submit here.
  static var pagePolicy: String {
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'"
  }

  /// A stored page as it was saved: sandboxed (no script, no form, no
  /// top-level navigation, an opaque origin), nothing loaded, not even
  /// its images or stylesheets; only its inline styles apply. Only the
  /// reading room's own `/original` page may frame it.
  static var storedPagePolicy: String {
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; "
      + "frame-ancestors 'self'"
  }

  static var policyName: HTTPField.Name { HTTPField.Name("Content-Security-Policy")! }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var response = try await next(request, context)
    // A route that sets its own (stricter) policy keeps it.
    if response.headers[Self.policyName] == nil {
      response.headers[Self.policyName] = Self.pagePolicy
      response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    } else {
      response.headers[HTTPField.Name("X-Frame-Options")!] = "SAMEORIGIN"
    }
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
    response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
    return response
  }
}
