import NewsgrabHTML

/// Phase 5b: the lead image: JSON-LD `image`, `og:image`, Twitter card,
/// `image_src` link, microdata, then the first real image of the article.
/// When the chosen image also appears in the article, its caption and
/// credit come along.
struct LeadImage {
  let page: Page
  let structured: StructuredData
  let meta: MetaTags
  let microdata: Microdata
  /// The images found inside the article, in order.
  let inArticle: [ArticleImage]

  func choose() -> Sourced<ArticleImage>? {
    for (image, source) in declared() {
      guard let url = Self.sanitise(image.url).flatMap(page.resolver.resolve), !Self.isPlaceholder(url) else {
        continue
      }
      var chosen = image
      chosen.url = url
      let key = Self.imageKey(url)
      if let match = inArticle.first(where: { Self.imageKey($0.url) == key }) {
        chosen.alt = chosen.alt ?? match.alt
        chosen.caption = chosen.caption ?? match.caption
        chosen.credit = chosen.credit ?? match.credit
        chosen.width = chosen.width ?? match.width
        chosen.height = chosen.height ?? match.height
      }
      return Sourced(chosen, source)
    }
    for image in inArticle {
      guard let url = Self.sanitise(image.url), !Self.isPlaceholder(url) else { continue }
      if let width = image.width, width < Self.minimumDOMWidth { continue }
      var chosen = image
      chosen.url = url
      return Sourced(chosen, "dom:img")
    }
    return firstPictureAfterHeadline()
  }

  /// The first real picture after the headline (outside navigation, asides
  /// and teaser rails), when the article's own images gave none.
  func firstPictureAfterHeadline() -> Sourced<ArticleImage>? {
    guard let h1 = page.firstHeading else { return nil }
    var seen = 0
    for node in page.body.descendants where node.index > h1.index && node.isElement {
      seen += 1
      if seen > Self.pictureWindow { break }
      // Where the picture really points (lazy loading undone); a tracking
      // pixel or an icon is no picture of the story.
      guard node.tag == .img, let src = ImageSource.url(of: node) else { continue }
      guard let url = Self.sanitise(src).flatMap(page.resolver.resolve), !Self.isPlaceholder(url),
        !ImageSource.isDecoration(url: url, node: node)
      else { continue }
      let words = (node.classAndID + " " + url).lowercased()
      if words.hasAnySubstring(Self.furnitureWords) { continue }
      let width = node.attribute("width").flatMap { Int($0) }
      if let width, width < Self.minimumDOMWidth { continue }
      if Byline.isOutsideArticle(node, heading: page.firstHeading)
        || node.ancestors.contains(where: { $0.tag == .aside })
      {
        continue
      }
      // A linked picture in a list item is a card in a list of other
      // stories; a lead picture links nowhere, or to its own full size.
      if node.closest(.li) != nil, let href = node.closest(.a)?.attribute("href"), !Self.isImageLink(href) {
        continue
      }
      return Sourced(ArticleImage(url: url, alt: node.attribute("alt")?.nonEmpty, width: width), "dom:img")
    }
    return nil
  }

  /// Elements looked at after the headline: a lead picture sits in the
  /// article's header or first paragraphs, well within this many elements.
  static let pictureWindow = 300
  /// Words of images that are site furniture, not the story's picture.
  static let furnitureWords = [
    "logo", "icon", "avatar", "sprite", "badge", "banner", "button", "emoji", "author", "profile",
  ]

  /// Images the page declares as its own, in order of trust.
  func declared() -> [(ArticleImage, String)] {
    var result: [(ArticleImage, String)] = []
    if let value = structured.article?["image"] ?? structured.article?["thumbnailUrl"] {
      for entry in value.array {
        let node = structured.dereference(entry)
        guard let url = (node["url"] ?? node["contentUrl"])?.string ?? node.string else { continue }
        result.append(
          (
            ArticleImage(
              url: url, caption: node["caption"]?.text, credit: (node["creditText"] ?? node["copyrightHolder"])?.text,
              width: node["width"]?.string.flatMap { Int($0) }, height: node["height"]?.string.flatMap { Int($0) }),
            "json-ld"
          ))
        break
      }
    }
    for key in ["og:image", "og:image:url", "og:image:secure_url"] {
      if let url = meta.first(key) {
        result.append(
          (
            ArticleImage(
              url: url, alt: meta.first("og:image:alt"), width: meta.first("og:image:width").flatMap { Int($0) },
              height: meta.first("og:image:height").flatMap { Int($0) }), "opengraph"
          ))
      }
    }
    for key in ["twitter:image", "twitter:image:src"] {
      if let url = meta.first(key) {
        result.append((ArticleImage(url: url, alt: meta.first("twitter:image:alt")), "twitter"))
      }
    }
    for link in page.head.descendants(.link) where link.attribute("rel")?.lowercased() == "image_src" {
      if let url = link.attribute("href") { result.append((ArticleImage(url: url), "link:image_src")) }
    }
    for key in ["thumbnailurl", "image", "parsely-image-url", "sailthru.image.full", "thumbnail"] {
      if let url = meta.first(key) { result.append((ArticleImage(url: url), "meta:\(key)")) }
    }
    if let url = microdata.first("image") { result.append((ArticleImage(url: url), "microdata")) }
    return result
  }

  /// The caption a JSON-LD `ImageObject` anywhere on the page gives the
  /// picture at `url` (a Yoast `@graph` describes the page's primary image
  /// in its own node, which the article node may not link to).
  static func structuredCaption(of url: String, in structured: StructuredData) -> String? {
    let key = imageKey(url)
    for node in structured.nodes where structured.types(of: node).contains("ImageObject") {
      guard let caption = node["caption"]?.text?.collapsingWhitespace().nonEmpty else { continue }
      let addresses = [node["url"]?.string, node["contentUrl"]?.string].compactMap { $0 }
      if addresses.contains(where: { imageKey($0) == key }) { return caption }
    }
    return nil
  }

  /// Images narrower than this (pixels) are icons and avatars, not a lead.
  static let minimumDOMWidth = 100

  /// A URL as written, or the first URL of a `srcset`-like list some
  /// savers leave in `src` ("a.jpg 3500w, a.jpg?w=768 768w").
  static func sanitise(_ raw: String) -> String? {
    let trimmed = raw.trimmed(in: .cachedWhitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if trimmed.contains(" ") || trimmed.contains("%20") && trimmed.contains("w,") {
      let first = trimmed.replacingOccurrences(of: "%20", with: " ").split(separator: " ").first.map(String.init)
      return first?.nonEmpty
    }
    return trimmed
  }

  /// Spacers, tracking pixels and inline placeholders.
  static func isPlaceholder(_ url: String) -> Bool {
    let lower = url.lowercased()
    if lower.hasPrefix("data:") { return true }
    let name = lower.split(separator: "?").first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
    return ["spacer", "blank.", "pixel", "1x1", "transparent", "placeholder", "grey.gif", "space.gif", "loading"]
      .contains { name.contains($0) }
  }

  /// Two URLs are the same image when these agree (scheme, query and
  /// fragment ignored): the URL after "://", up to its query and fragment
  /// (the first non-empty piece between "?" and "#"), lower-cased.
  static func imageKey(_ url: String) -> String {
    asciiImageKey(url) ?? characterImageKey(url)
  }

  /// `imageKey` one Character at a time, for any text.
  static func characterImageKey(_ url: String) -> String {
    var rest = Substring(url)
    if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
    return (rest.split(separator: "?").first?.split(separator: "#").first ?? rest).lowercased()
  }

  /// `imageKey` on the bytes of an ASCII URL, where each byte is a
  /// character: splitting long (inline `data:`) URLs into Characters cost
  /// tens of thousands of instructions a comparison. Nil for other text.
  static func asciiImageKey(_ url: String) -> String? {
    url.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      let count = bytes.count
      var start = 0
      var i = 0
      while i + 3 <= count {
        if bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") {
          start = i + 3
          break
        }
        i += 1
      }
      /// The first non-empty piece of `range` between `separator`s.
      func firstPiece(_ range: Range<Int>, _ separator: UInt8) -> Range<Int>? {
        var from = range.lowerBound
        while from < range.upperBound, bytes[from] == separator { from += 1 }
        guard from < range.upperBound else { return nil }
        var to = from
        while to < range.upperBound, bytes[to] != separator { to += 1 }
        return from..<to
      }
      let rest = start..<count
      let core = firstPiece(rest, UInt8(ascii: "?")).flatMap { firstPiece($0, UInt8(ascii: "#")) } ?? rest
      return String(unsafeUninitializedCapacity: core.count) { output in
        for (n, k) in core.enumerated() {
          let byte = bytes[k]
          output[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return core.count
      }
    } ?? nil
  }

  /// Whether a link points at an image file (a lead picture linking to its full size).
  static func isImageLink(_ href: String) -> Bool {
    let path = href.lowercased().split(separator: "?").first.map(String.init) ?? ""
    return [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"].contains { path.hasSuffix($0) }
  }
}
