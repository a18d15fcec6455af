import NewsgrabHTML

/// A paragraph of its own, set between the story's paragraphs, that points
/// to another story of the same site: a short label, then one link whose
/// words are a headline — `<p><strong>Lesen Sie auch:</strong> <a …>Brand
/// in der Altstadt: Fünf Familien obdachlos</a></p>`, "READ ALSO | …",
/// "► …". It is a teaser, not story text, in whatever language the label
/// is written: the label is known by its words ("Lesen Sie auch") or, in
/// any language, by the separator it ends with.
enum InlineTeaser {
  /// Bytes of the longest label before the link ("FUNDA OLUNYE UDABA LAPHA |").
  static let maximumLabelBytes = 48

  /// Bytes of the longest paragraph looked at: a label and a headline.
  static let maximumParagraphBytes: Int32 = 400

  /// Marks that point at the link after them, alone before it.
  static let pointers: Set<Character> = ["»", "›", "→", "►", "▶"]

  /// Characters a label ends with when it announces the link after it.
  static let separators: Set<Character> = [":", "|", "»", "›", ">", "→", "–", "—", "-", "►", "▶", "■", "●", "•"]

  /// The link of `paragraph` when it is an inline teaser: where it points
  /// (resolved) and its headline (without a label set inside the link,
  /// "<a><strong>Auch interessant:</strong> Headline</a>").
  static func link(of paragraph: HTMLNode, resolver: URLResolver) -> (url: String, headline: String)? {
    guard paragraph.tag == .p, paragraph.textLength <= maximumParagraphBytes else { return nil }
    let document = paragraph.document
    var anchor: HTMLNode?
    var label: [UInt8] = []
    var i = paragraph.index + 1
    let end = paragraph.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      if node.isElement, node.tag == .a {
        // One link only: two are a list or a sentence that cites.
        guard anchor == nil else { return nil }
        anchor = node
        i = node.subtreeEndIndex
        continue
      }
      if node.isText {
        let bytes = node.textBytes
        if anchor == nil {
          label.append(contentsOf: bytes)
          guard label.count <= maximumLabelBytes * 2 else { return nil }
        } else if bytes.contains(where: { $0 > 0x20 }) {
          // Words after the link: the link is part of a sentence.
          return nil
        }
      }
      i += 1
    }
    guard let anchor else { return nil }
    var headline = anchor.textContent.collapsingWhitespace()
    if label.allSatisfy({ $0 <= 0x20 }) {
      // The label inside the link, in an element of its own before the headline.
      guard let first = anchor.children.first(where: { $0.isElement || !$0.textBytes.allSatisfy { $0 <= 0x20 } }),
        first.isElement, first.tag == .strong || first.tag == .b || first.tag == .span || first.tag == .em
      else { return nil }
      let inner = first.textContent.collapsingWhitespace()
      guard isLabel(inner), headline.hasPrefix(inner) else { return nil }
      headline = String(headline.dropFirst(inner.count)).trimmed(in: .cachedWhitespaces)
    } else if !isLabel(String(decoding: label, as: UTF8.self)) {
      return nil
    }
    // A bare address as the link's words is a reference, not a headline.
    guard TeaserCollector.isHeadlineLength(headline), !headline.contains("://"), !headline.hasPrefix("www."),
      let url = resolver.resolve(anchor.attribute("href")), isSameSite(url, resolver: resolver),
      StoryURL.isStory(url, headline: headline, page: resolver.base.map { StoryURL.withoutFragment($0.absoluteString) })
    else { return nil }
    return (url, headline)
  }

  /// Whether `paragraph` is a labelled list of links set inline: "Related:
  /// <a>…</a>, <a>…</a>" — a label known by its words (a separator alone
  /// does not do here), then two links or more with a mark (",", "|", "•",
  /// ";", a line break) between them and nothing else between or after
  /// them, each to a story of the same site (a reading list of other
  /// sites' pages is the story's own sources; two links with only a space
  /// between them may be one sentence's).
  static func isLabelledLinkList(_ paragraph: HTMLNode, resolver: URLResolver) -> Bool {
    guard paragraph.tag == .p, paragraph.textLength <= maximumParagraphBytes * maximumListedLinks else { return false }
    let document = paragraph.document
    var label: [UInt8] = []
    var links = 0
    var separated = false
    var page: String?
    var i = paragraph.index + 1
    let end = paragraph.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      if node.isElement, node.tag == .a {
        // The label is judged at the first link, before any address is
        // resolved: most paragraphs with a link have none.
        if links == 0 {
          guard isRelatedListLabel(label) else { return false }
          page = resolver.base.map { StoryURL.withoutFragment($0.absoluteString) }
        }
        // Links set apart by a mark, each a story of the same site by its
        // address and words (not a section, an author, a comment thread).
        guard links == 0 || separated, let url = resolver.resolve(node.attribute("href")),
          isSameSite(url, resolver: resolver)
        else { return false }
        let headline = node.textContent.collapsingWhitespace()
        guard TeaserCollector.isHeadlineLength(headline), StoryURL.isStory(url, headline: headline, page: page)
        else { return false }
        links += 1
        separated = false
        i = node.subtreeEndIndex
        continue
      }
      if node.isText {
        let bytes = node.textBytes
        if links == 0 {
          // A paragraph of text is ruled out before its words are copied.
          guard label.count + bytes.count <= maximumLabelBytes * 2 else { return false }
          label.append(contentsOf: bytes)
        } else if bytes.contains(where: { $0 > 0x20 && !listSeparatorBytes.contains($0) }) {
          // Words between or after the links: a sentence that cites.
          return false
        } else if bytes.contains(where: { listSeparatorBytes.contains($0) }) {
          separated = true
        }
      } else if node.tag == .br {
        separated = true
      }
      i += 1
    }
    return links >= 2 && links <= maximumListedLinks
  }

  /// Whether the words before a list's first link are a related label
  /// ("Related:", "See also"), its closing separator aside.
  static func isRelatedListLabel(_ label: [UInt8]) -> Bool {
    guard label.contains(where: { $0 > 0x20 }) else { return false }
    let text = String(decoding: label, as: UTF8.self).collapsingWhitespace()
    let words = text.last.map { separators.contains($0) } == true ? String(text.dropLast()) : text
    return PageAnalysis.isRelatedLabel(words.trimmed(in: .cachedWhitespaces))
  }

  /// Links a labelled inline list holds at most.
  static let maximumListedLinks: Int32 = 5

  /// What may stand between the links of an inline list: ",", ";", "|", "•" (its UTF-8 bytes).
  static let listSeparatorBytes: Set<UInt8> = [0x2C, 0x3B, 0x7C, 0xE2, 0x80, 0xA2]

  /// A short label that announces a link: "Related:"-like words, any
  /// words ending with a separator, or a pointer alone ("» <a>…</a>"). A
  /// bullet alone ("■", "•") is not one: lines of links set so are the
  /// story's own list of resources.
  static func isLabel(_ raw: String) -> Bool {
    let label = raw.collapsingWhitespace()
    if label.count == 1, let mark = label.first, pointers.contains(mark) { return true }
    guard label.utf8.count <= maximumLabelBytes, let last = label.last, label.contains(where: \.isLetter) else {
      return false
    }
    return separators.contains(last) || PageAnalysis.isRelatedLabel(label)
  }

  /// Whether `url` points into the site the page belongs to (the same host
  /// but for "www."), or the page's own site is unknown.
  static func isSameSite(_ url: String, resolver: URLResolver) -> Bool {
    guard let own = resolver.host else { return true }
    guard let scheme = url.range(of: "://") else { return true }
    var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
    if host.hasPrefix("www.") { host.removeFirst(4) }
    return host == own || host.hasSuffix("." + own) || own.hasSuffix("." + host)
  }
}
