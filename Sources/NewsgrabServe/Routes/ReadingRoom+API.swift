import Hummingbird
import NewsgrabArchive
import NewsgrabOutput

extension ReadingRoom {
  /// The JSON API: byte for byte what the CLI prints with `--format json`.
  func addAPIRoutes(to router: Router<BasicRequestContext>) {
    read(router, "/api/search") { request, _ in
      let search = try SearchRequest(QueryString(request.uri.query), requireQuery: true)
      return APIResponse.json(ResultJSON.summaries(try search.run(on: self.archive).items))
    }
    read(router, "/api/articles/:id") { request, context in
      let id = try Self.articleID(context)
      return APIResponse.json(ResultJSON.article(try self.version(of: id, QueryString(request.uri.query)).article))
    }
    read(router, "/api/articles/:id/versions") { _, context in
      let id = try Self.articleID(context)
      // An unknown id is a 404, not an empty history.
      _ = try self.archive.article(id: id)
      return APIResponse.json(JSONRendering.pretty(try self.archive.versions(of: id)) + "\n")
    }
    read(router, "/api/stats") { _, _ in APIResponse.json(ResultJSON.stats(try self.archive.stats())) }
  }
}

/// JSON responses.
enum APIResponse {
  static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  /// `{"error": "…", "status": N}`.
  static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
    json(JSONRendering.pretty(Failure(error: message, status: status.code)) + "\n", status: status)
  }

  struct Failure: Encodable {
    var error: String
    var status: Int
  }
}
