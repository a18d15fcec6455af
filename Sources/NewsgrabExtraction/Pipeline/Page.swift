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
  /// region holding it is the article's own, whatever its class says.
  package let firstHeading: HTMLNode?

  package init(document: HTMLDocument, url: String?, savedAt: String? = nil) {
    self.document = document
    self.url = url
    self.savedAt = savedAt
    self.resolver = URLResolver(document: document, pageURL: url)
    firstHeading = (document.body ?? document.root).firstDescendant(.h1)
  }

  /// The `<head>` element, or the root when there is none.
  package var head: HTMLNode { document.head ?? document.root }
  /// The `<body>` element, or the root when there is none.
  package var body: HTMLNode { document.body ?? document.root }
}
