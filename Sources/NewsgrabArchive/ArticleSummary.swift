import NewsgrabExtraction

/// One line of a search or list result.
package struct ArticleSummary: Codable, Hashable, Sendable {
  package var id: Int64
  package var url: String?
  package var headline: String?
  package var source: String?
  package var publishedAt: String?
  package var language: String?
  package var authors: [String]
  package var wordCount: Int
  /// How well it matched (bm25, higher is better); nil when listing.
  package var score: Double?
  /// Words around the match, each matched word between
  /// `highlightStart` and `highlightEnd`; nil when listing.
  package var snippet: String?
  /// Where and when the latest version was saved, and from what.
  package var capture: Capture
  /// How many other copies of the story the archive holds, when listing
  /// one article per copy group; absent when every copy is listed.
  package var copies: Int? = nil

  /// Private-use characters around matched words in `snippet`: renderers
  /// turn them into bold or plain markers (page text cannot smuggle markup in).
  package static let highlightStart: Character = "\u{E000}"
  package static let highlightEnd: Character = "\u{E001}"

  package init(
    id: Int64, url: String? = nil, headline: String? = nil, source: String? = nil, publishedAt: String? = nil,
    language: String? = nil, authors: [String], wordCount: Int, score: Double? = nil, snippet: String? = nil,
    capture: Capture, copies: Int? = nil
  ) {
    self.id = id
    self.url = url
    self.headline = headline
    self.source = source
    self.publishedAt = publishedAt
    self.language = language
    self.authors = authors
    self.wordCount = wordCount
    self.score = score
    self.snippet = snippet
    self.capture = capture
    self.copies = copies
  }
}

/// A page of results and how many there are in all.
package struct ArticlePage: Sendable {
  /// How many match in all; when `totalIsExact` is false, at least this many
  /// (search stops counting at `Archive.countCap`).
  package var total: Int
  package var totalIsExact: Bool
  package var items: [ArticleSummary]

  package init(total: Int, totalIsExact: Bool = true, items: [ArticleSummary]) {
    self.total = total
    self.totalIsExact = totalIsExact
    self.items = items
  }
}
