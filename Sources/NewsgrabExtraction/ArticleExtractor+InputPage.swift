import NewsgrabInput

extension ArticleExtractor {
  /// Extracts the article of a page read by `InputReader`: HTML through the
  /// pipeline, seed-layout text through `SeedText`; what the container knew
  /// (URL, embedded resources) is folded in.
  package func extract(_ input: InputPage) throws(ExtractionError) -> Article {
    var article: Article
    switch input.format {
    case .seedText:
      article = SeedText.article(from: String(decoding: input.bytes, as: UTF8.self), url: input.url)
    case .html:
      article = try extract(bytes: input.bytes, url: input.url, charsetHint: input.charsetHint)
    }
    article.capture = Capture(url: input.url, savedAt: input.savedAt, format: input.container.rawValue)
    if !input.resources.isEmpty {
      article.leadImage = article.leadImage.map { attach(input.resources, to: $0) }
      article.images = article.images.map { attach(input.resources, to: $0) }.filter { image in
        image.embedded.map { $0.byteCount >= Self.smallestEmbeddedPicture } ?? true
      }
    }
    return article
  }

  /// Embedded images smaller than this are spacers and tracking pixels (a
  /// 1x1 GIF is 43 bytes; the smallest real thumbnail in the fixtures is
  /// a few hundred).
  static let smallestEmbeddedPicture = 200

  private func attach(_ resources: [String: EmbeddedResource], to image: ArticleImage) -> ArticleImage {
    guard let resource = resources[image.url] else { return image }
    var image = image
    if let localPath = resource.localPath {
      image.localPath = localPath
    } else {
      image.embedded = EmbeddedMedia(mediaType: resource.mediaType, byteCount: resource.byteCount)
    }
    return image
  }
}
