import Foundation
import NewsgrabHTML

/// One page under extraction: its tree and how to resolve its links.
package struct Page: Sendable {
  package let document: HTMLDocument
  /// The URL the page was saved from (given by the caller), if known.
  package let url: String?
  /// The base for relative links: `<base href>`, else the caller's URL,
  /// else the canonical / `og:url` link (resolved lazily by `URLResolver`).
  package let resolver: URLResolver
  /// When the page was saved (ISO 8601), if the caller knows: no date on
  /// the page can be later.
  package let savedAt: String?
  /// The first `<h1>` of the body, where most pages put the headline: a
  /// region holding it is the article's own, whatever its class says. A
  /// logo written as `<h1><a href="/">Site</a></h1>` is passed over when
  /// another `<h1>` follows it: the story's byline and date are near that one.
  package let firstHeading: HTMLNode?

  package init(document: HTMLDocument, url: String?, savedAt: String? = nil) {
    self.document = document
    self.url = url
    self.savedAt = savedAt
    self.resolver = URLResolver(document: document, pageURL: url)
    firstHeading = Self.storyHeading(in: document.body ?? document.root)
  }

  /// The first `<h1>` under `body` that is not a link home; where every
  /// `<h1>` is one (a blog's name over its posts), the first `<h2>`–`<h4>`
  /// marked as a post's title (hAtom's "entry-title", "post-title"), else
  /// the first `<h1>`.
  static func storyHeading(in body: HTMLNode) -> HTMLNode? {
    var first: HTMLNode?
    var entryTitle: HTMLNode?
    for node in body.descendants {
      switch node.tag {
      case .h1:
        let text = node.textContent.trimmed(in: .cachedWhitespaces)
        guard HeadingFurniture.isLinkHome(node, text: text) else { return node }
        if first == nil { first = node }
      case .h2, .h3, .h4:
        guard first != nil, entryTitle == nil else { continue }
        let tokens = node.classAndID.lowercased().split(separator: " ")
        if tokens.contains(where: { Self.entryTitleClasses.contains(String($0)) }) { entryTitle = node }
      default: continue
      }
    }
    return entryTitle ?? first
  }

  /// Class words of a blog post's title element.
  static let entryTitleClasses: Set<String> = ["entry-title", "post-title"]

  /// The `<head>` element, or the root when there is none.
  package var head: HTMLNode { document.head ?? document.root }
  /// The `<body>` element, or the root when there is none.
  package var body: HTMLNode { document.body ?? document.root }
}
