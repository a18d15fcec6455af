/// A related-story teaser ("More on this", "Most read", a rail of links).
package struct Teaser: Codable, Hashable, Sendable {
  package var headline: String?
  package var url: String?
  package var summary: String?
  /// The teaser image URL.
  package var image: String?

  package init(headline: String? = nil, url: String? = nil, summary: String? = nil, image: String? = nil) {
    self.headline = headline
    self.url = url
    self.summary = summary
    self.image = image
  }

  private enum CodingKeys: String, CodingKey { case headline, url, summary, image }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(headline, forKey: .headline)
    try c.encode(url, forKey: .url)
    try c.encode(summary, forKey: .summary)
    try c.encode(image, forKey: .image)
  }
}
