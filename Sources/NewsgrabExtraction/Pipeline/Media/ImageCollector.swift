import NewsgrabHTML

/// Phase 5: the images inside the article (the lead image is `LeadImage`'s).
struct ImageCollector {
  let page: Page
  let content: Content

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
    for root in leadFigures() + content.roots {
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
        // names the author on the whole article ("author-jane") is not one,
        // nor is a picture's own "share" class (`img-share`: a picture
        // readers can share).
        let chars = content.stats[Int(i)].chars
        let paragraphs = content.stats[Int(i)].paragraphs
        let isPicture = tag == .img || Self.isPictureElement(node)
        if (hints.contains(.byline) && chars < 100) || (hints.contains(.share) && chars < 500 && !isPicture)
          || (hints.contains(.related) && tag != .figure && paragraphs < 2)
        {
          i = node.subtreeEndIndex
          continue
        }
        guard tag == .img || Self.isPictureElement(node) else {
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

  /// AMP pages show pictures with `<amp-img>` (and GIFs with `<amp-anim>`),
  /// which carry the same `src`/`srcset`/`alt`/`width` attributes as `<img>`.
  static func isPictureElement(_ node: HTMLNode) -> Bool {
    guard node.tag == .other else { return false }
    let name = node.tagName
    return name == "amp-img" || name == "amp-anim"
  }

  /// Figures (and bare `<picture>`s) between the headline and the
  /// article's text: the lead picture set above the text container (or
  /// between the containers of a split article) is the article's, though
  /// no container holds it.
  /// Author photos, share bars and teaser boxes on the way are skipped.
  func leadFigures() -> [HTMLNode] {
    guard let heading = content.headlineHeading, let last = content.roots.last else { return [] }
    let document = content.document
    let start = document.node(at: heading).subtreeEndIndex
    let end = last.index
    let roots = Set(content.roots.map(\.index))
    var figures: [HTMLNode] = []
    var i = start
    while i < end {
      let node = document.node(at: i)
      let hints = content.hints[Int(i)]
      if node.isElement,
        roots.contains(i) || content.excluded[Int(i)] || hints.contains(.related) || hints.contains(.promo)
          || hints.contains(.byline) || hints.contains(.share)
      {
        i = node.subtreeEndIndex
        continue
      }
      // A `<picture>` with its `<figcaption>` beside it rather than in a
      // `<figure>` is the same lead picture.
      if node.tag == .figure || node.tag == .picture || isPictureBox(node), node.subtreeEndIndex <= end {
        figures.append(node)
        i = node.subtreeEndIndex
        continue
      }
      i += 1
    }
    return figures
  }

  /// A `<div>` holding one picture (no icon) and a caption's worth of text
  /// (a box with no text is a teaser's thumbnail or a badge as often as
  /// the lead picture), no heading and no linked text (a byline's or a
  /// comment's box links its people): the lead picture's box on pages without
  /// `<figure>` ("div.photo" with its "photo__caption"). A picture that
  /// links to another page is a card or the author's portrait; one linking
  /// to its own larger file is still the story's. A portrait is also told
  /// by its size: narrower than a lead picture. (Its alt text is no sign:
  /// a column's lead picture may show its writer.)
  func isPictureBox(_ node: HTMLNode) -> Bool {
    guard node.tag == .div else { return false }
    let counts = content.stats[Int(node.index)]
    guard counts.chars >= AdjacentCaption.minimumChars, counts.chars <= AdjacentCaption.maximumTableChars,
      counts.headingChars == 0, counts.paragraphs <= 2,
      counts.linkChars == 0, AdjacentCaption.pictures(in: node) == 1,
      let img = node.firstDescendant(.img) ?? node.descendants.first(where: Self.isPictureElement),
      !AdjacentCaption.isIcon(img),
      (ImageSource.dimension(img.attribute("width")) ?? Self.minimumBoxWidth) >= Self.minimumBoxWidth
    else { return false }
    guard let link = img.closest(.a) else { return true }
    return LeadImage.isImageLink(link.attribute("href") ?? "")
  }

  /// A lead picture is at least this wide when its width is written; the
  /// author's portrait beside the byline is narrower (140, 200 pixels).
  static let minimumBoxWidth = 300

  /// The image's address, from the `img` itself or its `<picture>` sources.
  private func url(of img: HTMLNode) -> String? {
    var sources: [HTMLNode] = []
    // libxml2 does not know `<source>` is void, so the img may sit inside one.
    if let picture = img.closest(.picture) { sources = picture.descendants(.source) }
    return ImageSource.url(of: img, sources: sources)
  }
}
