/// One line of a corpus `truth.jsonl`: what a page should yield. Only the
/// fields the corpus has truth for are present.
package struct TruthRecord: Codable, Hashable, Sendable {
  package struct RelatedLink: Codable, Hashable, Sendable {
    package var url: String
    package var headline: String?

    package init(url: String, headline: String? = nil) {
      self.url = url
      self.headline = headline
    }
  }

  package var id: String
  /// The page file, relative to the corpus folder (`pages/<id>.html`).
  package var html: String?
  package var url: String?
  package var truthKind: String?
  package var headline: String?
  package var authors: [String]?
  /// `YYYY-MM-DD`.
  package var published: String?
  package var siteName: String?
  package var language: String?
  package var description: String?
  package var body: String?
  package var bodyMustContain: [String]?
  package var bodyMustNotContain: [String]?
  package var leadImage: String?
  package var images: [String]?
  package var captions: [String]?
  package var related: [RelatedLink]?

  package init(
    id: String, html: String? = nil, url: String? = nil, truthKind: String? = nil, headline: String? = nil,
    authors: [String]? = nil, published: String? = nil, siteName: String? = nil, language: String? = nil,
    description: String? = nil, body: String? = nil, bodyMustContain: [String]? = nil,
    bodyMustNotContain: [String]? = nil, leadImage: String? = nil, images: [String]? = nil,
    captions: [String]? = nil, related: [RelatedLink]? = nil
  ) {
    self.id = id
    self.html = html
    self.url = url
    self.truthKind = truthKind
    self.headline = headline
    self.authors = authors
    self.published = published
    self.siteName = siteName
    self.language = language
    self.description = description
    self.body = body
    self.bodyMustContain = bodyMustContain
    self.bodyMustNotContain = bodyMustNotContain
    self.leadImage = leadImage
    self.images = images
    self.captions = captions
    self.related = related
  }
}
