import Hummingbird
import NewsgrabArchive
import NewsgrabExtraction

extension ReadingRoom {
  /// The `{id}` of a path: a positive number, else the page is not found.
  static func articleID(_ context: some RequestContext) throws(ServeError) -> Int64 {
    guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
      throw .notFound("There is no article with that id.")
    }
    return id
  }

  /// A `version` (or other version-number) parameter, when given.
  static func versionNumber(_ parameters: QueryString, _ name: String = "version") throws(ServeError) -> Int? {
    guard let text = parameters[name] else { return nil }
    guard let number = Int(text), number > 0 else {
      throw .badRequest("\(name) must be a version number (1, 2, …), not '\(text)'")
    }
    return number
  }

  /// `GET /articles/{id}[?version=N][&from=A&to=B]`: the reader.
  func readerPage(_ request: Request, context: some RequestContext) throws -> Response {
    let id = try Self.articleID(context)
    let parameters = QueryString(request.uri.query)
    let stored = try archive.article(id: id, version: try Self.versionNumber(parameters))
    let versions = try archive.versions(of: id)
    var diff: ReaderView.Diff?
    if let from = try Self.versionNumber(parameters, "from"), let to = try Self.versionNumber(parameters, "to") {
      let old = try archive.article(id: id, version: from).article
      let new = try archive.article(id: id, version: to).article
      diff = ReaderView.diff(from: from, to: to, WordDiff.diff(Self.diffText(old), Self.diffText(new)))
    }
    return pages.page("reader", try readerView(stored, versions: versions, diff: diff))
  }

  /// What the diff compares: the headline, standfirst and body.
  static func diffText(_ article: Article) -> String {
    ([article.headline, article.description].compactMap { $0 } + [article.body]).joined(separator: "\n\n")
  }

  func readerView(_ stored: StoredArticle, versions: [VersionInfo], diff: ReaderView.Diff?) throws -> ReaderView {
    let article = stored.article
    let id = stored.id
    let lead = article.leadImage.map { ReaderView.figure($0, lead: true) }
    let figures = article.images.filter { $0.url != article.leadImage?.url }.map {
      ReaderView.figure($0, lead: false)
    }
    var related: [ReaderView.Teaser] = []
    for teaser in article.related {
      guard let headline = ReaderView.nonEmpty(teaser.headline) ?? ReaderView.nonEmpty(teaser.summary) else {
        continue
      }
      let outLink = SafeLink.http(teaser.url)
      // Linked to the archived copy when the archive holds that URL.
      let archived = outLink.flatMap { try? archive.articleID(for: $0) }
      related.append(
        ReaderView.Teaser(
          headline: headline, summary: teaser.headline == nil ? nil : ReaderView.nonEmpty(teaser.summary),
          archivedLink: archived.map { "/articles/\($0)" }, outLink: archived == nil ? outLink : nil,
          host: Display.host(outLink)))
    }
    let copies = try archive.copies(of: id).map {
      ReaderView.Copy(
        link: "/articles/\($0.id)", headline: $0.headline ?? "(no headline)", source: $0.source ?? "unknown source",
        date: Display.date($0.publishedAt), similarity: "\(Int(($0.similarity * 100).rounded())) % alike")
    }
    let latest = versions.last?.number ?? stored.version
    let from = diff.flatMap { Int($0.from) } ?? max(1, stored.version - 1)
    let to = diff.flatMap { Int($0.to) } ?? stored.version
    let articleLink = SafeLink.http(article.url)
    return ReaderView(
      id: String(id), title: (article.headline ?? "(no headline)") + " — newsgrab",
      headline: article.headline ?? "(no headline)", description: ReaderView.nonEmpty(article.description),
      byline: Display.names(article.authors), published: Display.date(article.publishedAt),
      publishedISO: article.publishedAt,
      // An update on the day of publication says nothing the date does not.
      modified: Display.date(article.modifiedAt).flatMap { $0 == Display.date(article.publishedAt) ? nil : $0 },
      section: ReaderView.nonEmpty(article.section), language: article.language, sourceName: article.source.name,
      sourceLink: SafeLink.http(article.source.url), articleLink: articleLink, articleHost: Display.host(articleLink),
      words: Display.plural(article.wordCount, "word", "words"), saved: Display.date(article.capture.savedAt),
      capturedFrom: article.capture.format, lead: lead, figures: figures, paragraphs: article.paragraphs,
      tags: article.tags, related: related,
      provenance: article.provenance.sorted { $0.key < $1.key }.map {
        ReaderView.FieldSource(field: $0.key, source: $0.value)
      },
      versionLine: stored.version == latest
        ? nil : "You are reading version \(stored.version) of \(stored.versionCount), not the latest.",
      versions: versions.map {
        ReaderView.Version(
          number: String($0.number), link: "/articles/\(id)?version=\($0.number)", importedAt: $0.importedAt,
          headline: $0.headline ?? "(no headline)", words: Display.plural($0.wordCount, "word", "words"),
          current: $0.number == stored.version)
      }, hasHistory: versions.count > 1,
      fromOptions: versions.map { ReaderView.Option(value: String($0.number), selected: $0.number == from) },
      toOptions: versions.map { ReaderView.Option(value: String($0.number), selected: $0.number == to) },
      diff: diff, copies: copies, originalLink: "/articles/\(id)/original?version=\(stored.version)",
      version: String(stored.version))
  }
}
