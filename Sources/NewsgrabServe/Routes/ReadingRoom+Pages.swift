import HTTPTypes
import Hummingbird
import NewsgrabArchive
import NewsgrabOutput

extension ReadingRoom {
  func addPageRoutes(to router: Router<BasicRequestContext>) {
    read(router, "/") { request, _ in try self.searchPage(request) }
    read(router, "/articles/:id") { request, context in try self.readerPage(request, context: context) }
    read(router, "/articles/:id/original") { request, context in try self.originalPage(request, context: context) }
    read(router, "/articles/:id/original/page") { request, context in try self.storedPage(request, context: context) }
    read(router, "/stats") { _, _ in try self.statsPage() }
    read(router, "/static/reader.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
        body: ResponseBody(byteBuffer: self.pages.stylesheet))
    }
  }

  /// Routes GET and HEAD of `path` to `handler`.
  func read(
    _ router: Router<BasicRequestContext>, _ path: RouterPath,
    _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
  ) {
    router.on(path, method: .get, use: handler)
    router.on(path, method: .head, use: handler)
  }

  /// The version a `version` parameter names, else the latest.
  func version(of id: Int64, _ parameters: QueryString) throws -> StoredArticle {
    try archive.article(id: id, version: try Self.versionNumber(parameters))
  }

  /// `GET /articles/{id}/original`: the stored page, framed and sandboxed.
  func originalPage(_ request: Request, context: some RequestContext) throws -> Response {
    let id = try Self.articleID(context)
    let stored = try version(of: id, QueryString(request.uri.query))
    guard let page = try archive.storedPage(of: id, version: stored.version), !page.isDamaged else {
      throw ServeError.notFound("The archive holds no readable page for version \(stored.version) of this article.")
    }
    return pages.page(
      "original",
      OriginalView(
        title: "Saved page: " + (stored.article.headline ?? "(no headline)") + " — newsgrab", id: String(id),
        headline: stored.article.headline ?? "(no headline)", version: String(stored.version),
        frame: "/articles/\(id)/original/page?version=\(stored.version)",
        readerLink: "/articles/\(id)?version=\(stored.version)", pageName: page.page.name,
        saved: Display.date(page.page.savedAt), articleLink: SafeLink.http(page.page.url),
        format: page.captureUnknown ? "unknown" : page.page.container.rawValue))
  }

  /// `GET /articles/{id}/original/page`: the stored bytes under a sandbox
  /// policy that runs nothing and loads nothing.
  func storedPage(_ request: Request, context: some RequestContext) throws -> Response {
    let id = try Self.articleID(context)
    let stored = try version(of: id, QueryString(request.uri.query))
    guard let page = try archive.storedPage(of: id, version: stored.version), !page.isDamaged else {
      throw ServeError.notFound("The archive holds no readable page for version \(stored.version) of this article.")
    }
    let type =
      page.page.format == .html
      ? "text/html" + Self.charsetParameter(page.page.charsetHint) : "text/plain; charset=utf-8"
    return Response(
      status: .ok,
      headers: [
        .contentType: type, .cacheControl: "no-store",
        SecurityHeaders<BasicRequestContext>.policyName:
          SecurityHeaders<BasicRequestContext>.storedPagePolicy,
      ],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: page.page.bytes)))
  }

  /// `; charset=X` for a charset label made only of letters, digits, `-`,
  /// `_`, `.` and `:` (anything else could break the header), else nothing.
  static func charsetParameter(_ hint: String?) -> String {
    guard let hint, !hint.isEmpty, hint.count <= 40,
      hint.unicodeScalars.allSatisfy({
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "-_.:".unicodeScalars.contains($0)
      })
    else { return "" }
    return "; charset=" + hint
  }

  /// `GET /stats`.
  func statsPage() throws -> Response {
    let stats = try archive.stats()
    var totals = [
      StatsView.Row(
        name: "Articles",
        value: "\(Display.count(stats.articles)) (\(Display.plural(stats.versions, "version", "versions")))"),
      StatsView.Row(name: "Sources", value: Display.count(stats.sources)),
      StatsView.Row(name: "Authors", value: Display.count(stats.authors)),
    ]
    if let earliest = stats.earliest, let latest = stats.latest {
      totals.append(
        StatsView.Row(
          name: "Published",
          value: "\(Display.date(earliest) ?? earliest) to \(Display.date(latest) ?? latest)"
            + (stats.undated > 0 ? " (\(Display.count(stats.undated)) undated)" : "")))
    } else if stats.undated > 0 {
      totals.append(StatsView.Row(name: "Published", value: "\(Display.count(stats.undated)) undated"))
    }
    totals.append(
      StatsView.Row(
        name: "Pages",
        value: "\(Display.count(stats.pages)), \(ByteCountText.text(stats.pageBytes)) stored in "
          + ByteCountText.text(stats.compressedPageBytes)))
    totals.append(StatsView.Row(name: "On disk", value: ByteCountText.text(stats.fileBytes)))
    func entries(_ counts: [ArchiveStats.Count], _ parameter: String) -> [StatsView.Entry] {
      counts.map {
        StatsView.Entry(
          name: $0.name, count: Display.count($0.count), link: "/?" + QueryString.encode([(parameter, $0.name)]))
      }
    }
    let view = StatsView(
      totals: totals, languages: entries(stats.languages, "lang"), topSources: entries(stats.topSources, "source"),
      chart: stats.perMonth.isEmpty ? nil : MonthChart(stats.perMonth.map { ($0.name, $0.count) }),
      months: stats.perMonth.map {
        StatsView.Entry(
          name: $0.name, count: Display.count($0.count),
          link: "/?" + QueryString.encode([("since", $0.name), ("until", $0.name)]))
      })
    return pages.page("stats", view)
  }
}
