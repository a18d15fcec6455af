/// Phase 4c: the article text a page gives only in its JSON-LD.
///
/// Paywalled and script-rendered pages print a teaser (or nothing) and put
/// the whole story in the `articleBody` of their structured data, for search
/// engines. When the text found on the page is a small part of that, the
/// structured text is the article. Where the page shows the story, its own
/// text wins: it keeps the paragraphs, sub-headings and order a reader sees.
struct StructuredBody {
  let structured: StructuredData

  /// A shorter `articleBody` is a summary, not a story (the 500-character
  /// floor `ContentLocator` uses for the same question).
  static let minimumChars = 500
  /// The page's text is kept unless `articleBody` is more than this many
  /// times longer. On the corpora a full `articleBody` is 0.9–1.2 times the
  /// visible story (up to 3 times where it adds a video transcript), and
  /// teasers are a tenth or less of it: 3 keeps every page that shows its story.
  static let teaserRatio = 3

  /// `body`, or the structured article text when `body` is only a teaser of it.
  func body(replacing body: String) -> String {
    guard let text = Self.articleBody(of: structured) else { return body }
    guard text.utf8.count >= Self.minimumChars, body.utf8.count * Self.teaserRatio < text.utf8.count else {
      return body
    }
    return text
  }

  /// The `articleBody` of the page's article as paragraphs (one per line of
  /// the JSON text), or nil when it is missing or written as markup.
  static func articleBody(of structured: StructuredData) -> String? {
    guard let raw = structured.article?["articleBody"]?.string else { return nil }
    // Markup inside the JSON (a CMS's raw HTML) would need a parse of its
    // own; the page's text is the better guess then.
    guard !Self.holdsMarkup(raw) else { return nil }
    let paragraphs = raw.split(whereSeparator: \.isNewline)
      .map { String($0).decodingLeftoverEntities().collapsingWhitespace() }
      .filter { !$0.isEmpty }
    return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
  }

  /// Whether `text` holds an HTML tag (`<p`, `</p`, `<br`, …): `<` followed
  /// by a letter or `/`. Prose writes `<` before a space or a digit.
  static func holdsMarkup(_ text: String) -> Bool {
    var afterOpen = false
    for byte in text.utf8 {
      let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      if afterOpen, isLetter || byte == UInt8(ascii: "/") { return true }
      afterOpen = byte == UInt8(ascii: "<")
    }
    return false
  }
}
