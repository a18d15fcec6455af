import NewsgrabHTML

/// Phase 5: the lead image and the images inside the article.
struct ImageCollector {
  let page: Page
  let content: Content
  let structured: StructuredData
  let meta: MetaTags

  struct Result {
    var lead: ArticleImage?
    var leadSource: String?
    var inArticle: [ArticleImage]
  }

  func collect() -> Result {
    var images: [ArticleImage] = []
    for img in content.roots.flatMap({ $0.descendants(.img) }) {
      guard let url = page.resolver.resolve(img.attribute("src")) else { continue }
      let caption = img.closest(.figure)?.firstDescendant(.figcaption)?.textContent.nonEmpty
      images.append(ArticleImage(url: url, alt: img.attribute("alt")?.nonEmpty, caption: caption))
    }
    var lead: ArticleImage?
    var source: String?
    let ldImage = structured.article?["image"]?.array.first
    if let url = page.resolver.resolve(ldImage?["url"]?.string ?? ldImage?.string) {
      lead = ArticleImage(url: url)
      source = "json-ld"
    } else if let url = page.resolver.resolve(meta.first("og:image")) {
      lead = ArticleImage(url: url)
      source = "opengraph"
    } else if let first = images.first {
      lead = first
      source = "dom:img"
    }
    return Result(lead: lead, leadSource: source, inArticle: images)
  }
}
