import Hummingbird
import NewsgrabArchive

extension ReadingRoom {
  /// Top entries per facet.
  static let facetLimit = 8

  /// `GET /` and `GET /?q=…`: the search page (the newest articles, one per
  /// copy group, when nothing is asked).
  func searchPage(_ request: Request) throws -> Response {
    let search = try SearchRequest(QueryString(request.uri.query), requireQuery: false)
    let page = try search.run(on: archive)
    let facets: SearchFacets
    do {
      facets = try archive.facets(search.query, filter: search.filter, limit: Self.facetLimit)
    } catch {
      throw SearchRequest.failure(error)
    }
    return pages.page("search", try searchView(search, page, facets))
  }

  func searchView(_ search: SearchRequest, _ page: ArticlePage, _ facets: SearchFacets) throws -> SearchView {
    let parameters = search.parameters
    var results: [SearchView.Result] = []
    for item in page.items {
      // Copy groups are collapsed and counted; with `all-copies` every copy
      // is listed, and each result says how many others there are.
      let copies = try item.copies ?? (try? archive.copies(of: item.id).count) ?? 0
      results.append(
        SearchView.Result(
          id: String(item.id), link: "/articles/\(item.id)", headline: item.headline ?? "(no headline)",
          source: item.source, date: Display.date(item.publishedAt),
          dateTime: item.publishedAt.map { String($0.prefix(10)) },
          byline: Display.names(item.authors), snippet: SearchView.snippet(item.snippet),
          copies: copies > 0 ? "+\(copies) \(copies == 1 ? "copy" : "copies")" : nil,
          copiesLink: "/articles/\(item.id)#copies"))
    }
    let offset = search.filter.offset
    let limit = search.filter.limit ?? SearchRequest.pageSize
    let total = "\(Display.count(page.total))\(page.totalIsExact ? "" : "+")"
    let countLine =
      page.items.isEmpty
      ? "" : "\(Display.count(offset + 1))–\(Display.count(offset + page.items.count)) of \(total)"
    let emptyLine: String? =
      page.items.isEmpty
      ? (page.total == 0
        ? (search.text == nil ? "The archive holds no articles that match." : "No articles match.")
        : "No more results.")
      : nil
    let hasMore = offset + page.items.count < page.total
    func facet(_ counts: [ArchiveStats.Count], _ link: (String) -> String, active: (String) -> Bool)
      -> [SearchView.Facet]
    {
      counts.map {
        SearchView.Facet(name: $0.name, count: Display.count($0.count), link: link($0.name), active: active($0.name))
      }
    }
    let sortOptions = (search.text == nil ? [ArticleFilter.Order.newest, .oldest] : ArticleFilter.Order.allCases).map {
      SearchView.Option(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0 == search.filter.order)
    }
    return SearchView(
      title: search.text.map { "\($0) — newsgrab" } ?? "newsgrab reading room", q: search.text ?? "",
      source: parameters["source"] ?? "", author: parameters["author"] ?? "", lang: parameters["lang"] ?? "",
      since: parameters["since"] ?? "", until: parameters["until"] ?? "", sortOptions: sortOptions,
      filtersOpen: ["source", "author", "lang", "since", "until"].contains { parameters[$0] != nil },
      heading: search.text == nil ? "Latest in the archive" : "Results", results: results, countLine: countLine,
      emptyLine: emptyLine,
      previous: offset > 0 ? search.link(["offset": offset - limit > 0 ? String(offset - limit) : nil]) : nil,
      next: hasMore ? search.link(["offset": String(offset + limit)]) : nil,
      facets: SearchView.Facets(
        sources: facet(facets.sources, { search.link(["source": $0, "offset": nil]) }) {
          parameters["source"] == $0
        },
        languages: facet(facets.languages, { search.link(["lang": $0, "offset": nil]) }) { parameters["lang"] == $0 },
        years: facet(facets.years, { search.link(["since": $0, "until": $0, "offset": nil]) }) {
          parameters["since"] == $0 && parameters["until"] == $0
        }, partial: facets.isPartial))
  }
}
