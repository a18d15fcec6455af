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
    let images = inArticle()
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
    if var chosen = lead, let same = images.first(where: { $0.url == chosen.url }) {
      // The lead picture also shown in the article keeps its words.
      chosen.alt = chosen.alt ?? same.alt
      chosen.caption = chosen.caption ?? same.caption
      chosen.credit = chosen.credit ?? same.credit
      chosen.width = chosen.width ?? same.width
      chosen.height = chosen.height ?? same.height
      lead = chosen
    }
    return Result(lead: lead, leadSource: source, inArticle: images)
  }

  /// Every picture inside the article's containers, in order, once each.
  func inArticle() -> [ArticleImage] {
    let document = content.document
    let captions = Captions(content: content)
    var images: [ArticleImage] = []
    var seen: [String: Int] = [:]
    /// The parent of the last image taken, to pair a `<noscript>` copy with
    /// the lazy placeholder before it.
    var lastImageParent: Int32 = -1
    var lastImageResolved = false
    for root in content.roots {
      var i = root.index
      let end = root.subtreeEndIndex
      while i < end {
        let node = document.node(at: i)
        guard node.isElement else {
          i += 1
          continue
        }
        let tag = node.tag
        let hints = content.hints[Int(i)]
        if tag == .noscript {
          // A `<noscript>` copy stands in for a placeholder that had no address.
          i += 1
          continue
        }
        let insideNoscript =
          content.excluded[Int(i)] && node.closest(.noscript) != nil
          && !hints.contains(.hidden)
        if content.excluded[Int(i)] && !insideNoscript {
          i = node.subtreeEndIndex
          continue
        }
        // Author photos, share bars and related boxes; a class that merely
        // names the author on the whole article ("author-jane") is not one.
        let chars = content.stats.chars[Int(i)]
        let paragraphs = content.stats.paragraphs[Int(i)]
        if (hints.contains(.byline) && chars < 100) || (hints.contains(.share) && chars < 500)
          || (hints.contains(.related) && tag != .figure && paragraphs < 2)
        {
          i = node.subtreeEndIndex
          continue
        }
        guard tag == .img else {
          i += 1
          continue
        }
        i += 1
        let noscriptParent = insideNoscript ? node.closest(.noscript)?.parentIndex ?? -1 : -1
        if insideNoscript && noscriptParent == lastImageParent && lastImageResolved { continue }
        guard let written = url(of: node), let url = page.resolver.resolve(written),
          !ImageSource.isDecoration(url: url, node: node)
        else {
          if !insideNoscript {
            lastImageParent = node.parentIndex
            lastImageResolved = false
          }
          continue
        }
        lastImageParent = insideNoscript ? noscriptParent : node.parentIndex
        lastImageResolved = true
        let words = captions.words(for: node)
        if let first = seen[url] {
          // The same picture again: keep the first, with any words it lacked.
          if images[first].caption == nil { images[first].caption = words.caption }
          if images[first].credit == nil { images[first].credit = words.credit }
          continue
        }
        seen[url] = images.count
        images.append(
          ArticleImage(
            url: url, alt: node.attribute("alt")?.nonEmpty, caption: words.caption, credit: words.credit,
            width: ImageSource.dimension(node.attribute("width")),
            height: ImageSource.dimension(node.attribute("height"))))
      }
    }
    return images
  }

  /// The image's address, from the `img` itself or its `<picture>` sources.
  private func url(of img: HTMLNode) -> String? {
    var sources: [HTMLNode] = []
    // libxml2 does not know `<source>` is void, so the img may sit inside one.
    if let picture = img.closest(.picture) { sources = picture.descendants(.source) }
    return ImageSource.url(of: img, sources: sources)
  }
}
