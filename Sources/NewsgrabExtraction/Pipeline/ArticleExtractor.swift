import NewsgrabHTML

/// Turns a parsed page into an `Article`.
///
/// The pipeline reads top to bottom; each phase is its own small type in
/// its own file and sees the results of the phases before it.
package struct ArticleExtractor: Sendable {
  package init() {}

  /// Decodes, parses and extracts one page.
  package func extract(
    bytes: [UInt8], url: String? = nil, charsetHint: String? = nil, savedAt: String? = nil
  ) throws(ExtractionError) -> Article {
    let parsed: (document: HTMLDocument, decoded: Charset, source: CharsetSource)
    do throws(HTMLError) {
      parsed = try HTMLDocument.parse(bytes, charsetHint: charsetHint)
    } catch {
      throw .html(error)
    }
    return extract(parsed.document, url: url, savedAt: savedAt)
  }

  /// Extracts the article from a parsed document; `url` is where the page
  /// was saved from, when known (used as the base for relative links);
  /// `savedAt` when it was saved (no date on it can be later).
  package func extract(_ document: HTMLDocument, url: String? = nil, savedAt: String? = nil) -> Article {
    // 1. Read every metadata source before anything is removed.
    let page = Page(document: document, url: url, savedAt: savedAt)
    let structured = StructuredData.read(page)
    let meta = MetaTags.read(page)
    let microdata = Microdata.read(page)

    // 2. Decide each metadata field from those sources, with provenance.
    var article = MetadataResolver(page: page, structured: structured, meta: meta, microdata: microdata)
      .resolve()

    // 3. Find the article's text, then what hangs off it.
    let content = ContentLocator(page: page, headline: article.headline, description: article.description).locate()
    let pageText = BodyText(page: page).render(content)
    article.images = ImageCollector(page: page, content: content).inArticle()
    // A caption the text kept (in a box no class names a caption) is the
    // picture's: known by the credit it was found with.
    let credited = article.images.compactMap { image in
      image.caption.flatMap { caption in image.credit.map { (caption: caption, credit: $0) } }
    }
    article.body = BodyCleanup(
      headline: article.headline, authors: article.authors, siteName: article.source.name, captions: credited
    )
    .clean(StructuredBody(structured: structured).body(replacing: pageText))
    article.wordCount = Article.countWords(article.body)
    let lead = LeadImage(
      page: page, structured: structured, meta: meta, microdata: microdata, inArticle: article.images
    )
    .choose()
    article.leadImage = lead?.value
    if var image = article.leadImage, image.caption == nil {
      // A declared lead picture shown outside the text: its caption where
      // it is shown (the metadata may have named only its credit).
      let words = LeadCaption(page: page, content: content).words(for: image.url)
      image.caption = words.caption ?? LeadImage.structuredCaption(of: image.url, in: structured)
      image.credit = image.credit ?? words.credit
      article.leadImage = image
    }
    article.provenance["leadImage"] = lead?.source
    article.related = TeaserCollector(page: page, content: content).collect()
    return article
  }
}

/// Why a page yielded no article.
package enum ExtractionError: Error, Equatable, CustomStringConvertible {
  case html(HTMLError)
  case notHTML(String)

  package var description: String {
    switch self {
    case .html(let error): error.description
    case .notHTML(let reason): reason
    }
  }
}
