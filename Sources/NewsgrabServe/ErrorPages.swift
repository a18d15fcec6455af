import Hummingbird
import NewsgrabArchive

/// Turns every failure into a page: HTML for pages, `{"error": …}` for the
/// API, with the status that says what happened (404 for unknown ids and
/// paths, 400 for a malformed query, 500 for the archive failing).
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
  let pages: PageRenderer

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    let status: HTTPResponse.Status
    let message: String
    do {
      return try await next(request, context)
    } catch let error as ServeHTTPError {
      (status, message) = (error.status, error.message)
    } catch let error as ServeError {
      switch error {
      case .badRequest(let line): (status, message) = (.badRequest, line)
      case .notFound(let line): (status, message) = (.notFound, line)
      case .resources, .archive: (status, message) = (.internalServerError, error.description)
      }
    } catch let error as ArchiveError {
      switch error {
      case .notFound, .noSuchVersion: (status, message) = (.notFound, error.description)
      case .malformedQuery, .invalidDate: (status, message) = (.badRequest, error.description)
      default: (status, message) = (.internalServerError, "The archive could not be read: \(error.description)")
      }
    } catch let error as HTTPError {
      status = error.status
      message = error.status == .notFound ? "There is no page at this address." : error.status.reasonPhrase
    } catch {
      (status, message) = (.internalServerError, "Something went wrong reading the archive.")
    }
    if request.uri.path.hasPrefix("/api/") {
      return APIResponse.error(status, message)
    }
    return pages.error(status, message, query: QueryString(request.uri.query)["q"])
  }
}
