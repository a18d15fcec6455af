/// One news article as a careful reader sees it: the typed result of `parse`.
///
/// The JSON form (sorted keys, every field present, `null` when unknown) is a
/// public interface shared by `parse`, `show`, `export` and `eval`.
package struct Article: Codable, Hashable, Sendable {
  /// The canonical URL when known, else the page's own URL.
  package var url: String?
  package var headline: String?
  package var description: String?
  package var source: Source
  package var authors: [String]
  /// ISO 8601 as found on the page, offset kept.
  package var publishedAt: String?
  package var modifiedAt: String?
  /// BCP 47 language tag.
  package var language: String?
  package var section: String?
  package var tags: [String]
  package var isAccessibleForFree: Bool?
  /// Plain text, paragraphs separated by a blank line.
  package var body: String
  package var leadImage: ArticleImage?
  package var images: [ArticleImage]
  package var related: [Teaser]
  package var wordCount: Int
  /// For each field, where its value came from (`json-ld`, `opengraph`, `dom:byline`, …).
  package var provenance: [String: String]
  /// Where and when this copy of the page was saved, and from what.
  package var capture: Capture

  package init(
    url: String? = nil, headline: String? = nil, description: String? = nil,
    source: Source = Source(), authors: [String] = [], publishedAt: String? = nil,
    modifiedAt: String? = nil, language: String? = nil, section: String? = nil,
    tags: [String] = [], isAccessibleForFree: Bool? = nil, body: String = "",
    leadImage: ArticleImage? = nil, images: [ArticleImage] = [], related: [Teaser] = [],
    wordCount: Int? = nil, provenance: [String: String] = [:], capture: Capture = Capture()
  ) {
    self.url = url
    self.headline = headline
    self.description = description
    self.source = source
    self.authors = authors
    self.publishedAt = publishedAt
    self.modifiedAt = modifiedAt
    self.language = language
    self.section = section
    self.tags = tags
    self.isAccessibleForFree = isAccessibleForFree
    self.body = body
    self.leadImage = leadImage
    self.images = images
    self.related = related
    self.wordCount = wordCount ?? Article.countWords(body)
    self.provenance = provenance
    self.capture = capture
  }

  private enum CodingKeys: String, CodingKey {
    case url, headline, description, source, authors, publishedAt, modifiedAt, language, section
    case tags, isAccessibleForFree, body, leadImage, images, related, wordCount, provenance, capture
  }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      url: try c.decodeIfPresent(String.self, forKey: .url),
      headline: try c.decodeIfPresent(String.self, forKey: .headline),
      description: try c.decodeIfPresent(String.self, forKey: .description),
      source: try c.decodeIfPresent(Source.self, forKey: .source) ?? Source(),
      authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
      publishedAt: try c.decodeIfPresent(String.self, forKey: .publishedAt),
      modifiedAt: try c.decodeIfPresent(String.self, forKey: .modifiedAt),
      language: try c.decodeIfPresent(String.self, forKey: .language),
      section: try c.decodeIfPresent(String.self, forKey: .section),
      tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [],
      isAccessibleForFree: try c.decodeIfPresent(Bool.self, forKey: .isAccessibleForFree),
      body: try c.decodeIfPresent(String.self, forKey: .body) ?? "",
      leadImage: try c.decodeIfPresent(ArticleImage.self, forKey: .leadImage),
      images: try c.decodeIfPresent([ArticleImage].self, forKey: .images) ?? [],
      related: try c.decodeIfPresent([Teaser].self, forKey: .related) ?? [],
      wordCount: try c.decodeIfPresent(Int.self, forKey: .wordCount),
      provenance: try c.decodeIfPresent([String: String].self, forKey: .provenance) ?? [:],
      // Versions stored before captures were recorded have none.
      capture: try c.decodeIfPresent(Capture.self, forKey: .capture) ?? Capture(format: Capture.unknownFormat))
  }

  /// Encodes every key, with `null` for unknown values, so consumers see a stable shape.
  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(url, forKey: .url)
    try c.encode(headline, forKey: .headline)
    try c.encode(description, forKey: .description)
    try c.encode(source, forKey: .source)
    try c.encode(authors, forKey: .authors)
    try c.encode(publishedAt, forKey: .publishedAt)
    try c.encode(modifiedAt, forKey: .modifiedAt)
    try c.encode(language, forKey: .language)
    try c.encode(section, forKey: .section)
    try c.encode(tags, forKey: .tags)
    try c.encode(isAccessibleForFree, forKey: .isAccessibleForFree)
    try c.encode(body, forKey: .body)
    try c.encode(leadImage, forKey: .leadImage)
    try c.encode(images, forKey: .images)
    try c.encode(related, forKey: .related)
    try c.encode(wordCount, forKey: .wordCount)
    try c.encode(provenance, forKey: .provenance)
    try c.encode(capture, forKey: .capture)
  }

  /// Body paragraphs (the body split at blank lines). Split on the bytes:
  /// Foundation's `components(separatedBy:)` compares Characters and was a
  /// tenth of a reader page's time. A newline always ends a Character, so
  /// both find the same places.
  package var paragraphs: [String] {
    var paragraphs: [String] = []
    let bytes = body.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let next = bytes.index(after: index)
      if bytes[index] == 0x0A, next != bytes.endIndex, bytes[next] == 0x0A {
        if start != index { paragraphs.append(String(body[start..<index])) }
        index = bytes.index(after: next)
        start = index
      } else {
        index = next
      }
    }
    if start != bytes.endIndex { paragraphs.append(String(body[start..<bytes.endIndex])) }
    return paragraphs
  }

  /// Words as a reader counts them: runs of letters or digits.
  package static func countWords(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isWordCharacter =
        value < 0x80
        ? (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWordCharacter && !inWord { count += 1 }
      inWord = isWordCharacter
    }
    return count
  }
}

/// The publisher of an article.
package struct Source: Codable, Hashable, Sendable {
  package var name: String?
  package var url: String?

  package init(name: String? = nil, url: String? = nil) {
    self.name = name
    self.url = url
  }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(url, forKey: .url)
  }

  private enum CodingKeys: String, CodingKey { case name, url }
}
