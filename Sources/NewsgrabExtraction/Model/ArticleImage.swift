/// An image the article shows, with the words printed around it.
package struct ArticleImage: Codable, Hashable, Sendable {
  /// Absolute when the page's base URL is known, else as written.
  package var url: String
  package var alt: String?
  package var caption: String?
  package var credit: String?
  package var width: Int?
  package var height: Int?
  /// For images stored inside the saved file (`data:` URIs, MHTML parts):
  /// the media type and size instead of megabytes of base64.
  package var embedded: EmbeddedMedia?
  /// Where a "Save Page As" folder keeps a copy, relative to the page.
  package var localPath: String?

  package init(
    url: String, alt: String? = nil, caption: String? = nil, credit: String? = nil,
    width: Int? = nil, height: Int? = nil, embedded: EmbeddedMedia? = nil, localPath: String? = nil
  ) {
    self.url = url
    self.alt = alt
    self.caption = caption
    self.credit = credit
    self.width = width
    self.height = height
    self.embedded = embedded
    self.localPath = localPath
  }

  private enum CodingKeys: String, CodingKey {
    case url, alt, caption, credit, width, height, embedded, localPath
  }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(url, forKey: .url)
    try c.encode(alt, forKey: .alt)
    try c.encode(caption, forKey: .caption)
    try c.encode(credit, forKey: .credit)
    try c.encode(width, forKey: .width)
    try c.encode(height, forKey: .height)
    // Only present for the saved-file cases, so ordinary output stays small.
    try c.encodeIfPresent(embedded, forKey: .embedded)
    try c.encodeIfPresent(localPath, forKey: .localPath)
  }
}

/// An image carried inside the saved page itself.
package struct EmbeddedMedia: Codable, Hashable, Sendable {
  package var mediaType: String
  package var byteCount: Int

  package init(mediaType: String, byteCount: Int) {
    self.mediaType = mediaType
    self.byteCount = byteCount
  }
}
