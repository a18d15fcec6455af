import Foundation
import NewsgrabExtraction

/// Another tool's output: JSONL, one `{"id": …, <article fields>}` per page,
/// optionally with `"corpus"` (to tell pages of several corpora apart) and
/// `"error"` (the page failed). Field names are the Article's; an image may
/// be a URL string or an `{"url": …}` object, authors a string or a list.
package struct PredictionFile: Sendable {
  /// The system's name shown in the table (the file name without extension).
  package var system: String
  private var byCorpus: [String: [String: Prediction]] = [:]
  private var anyCorpus: [String: Prediction] = [:]

  package init(system: String) {
    self.system = system
  }

  /// The prediction for a page, matched by corpus and id, then by id alone.
  package func prediction(corpus: String, id: String) -> Prediction? {
    byCorpus[corpus]?[id] ?? anyCorpus[id]
  }

  package static func load(_ path: String) throws(EvalError) -> PredictionFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileManager.default.fileExists(atPath: path)
        ? .unreadable("permission denied") : .notFound
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var file = PredictionFile(system: name)
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
        throw .badLine(line: index + 1, reason: "not a JSON object")
      }
      guard let id = object["id"] as? String else { throw .badLine(line: index + 1, reason: "no \"id\"") }
      let prediction: Prediction
      if let error = object["error"] as? String {
        prediction = .failed(error)
      } else {
        prediction = .article(article(from: object))
      }
      if let corpus = object["corpus"] as? String {
        file.byCorpus[corpus, default: [:]][id] = prediction
      } else {
        file.anyCorpus[id] = prediction
      }
    }
    return file
  }

  /// Builds an Article from a JSON object, tolerating the shapes other
  /// tools use for images and authors.
  static func article(from object: [String: Any]) -> Article {
    var article = Article()
    article.url = string(object["url"])
    article.headline = string(object["headline"])
    article.description = string(object["description"])
    if let source = object["source"] as? [String: Any] {
      article.source = Source(name: string(source["name"]), url: string(source["url"]))
    }
    switch object["authors"] {
    case let list as [Any]: article.authors = list.compactMap(string)
    case let one as String: article.authors = [one]
    default: break
    }
    article.publishedAt = string(object["publishedAt"])
    article.modifiedAt = string(object["modifiedAt"])
    article.language = string(object["language"])
    article.body = string(object["body"]) ?? ""
    article.wordCount = Article.countWords(article.body)
    article.leadImage = image(object["leadImage"])
    article.images = (object["images"] as? [Any] ?? []).compactMap(image)
    article.related = (object["related"] as? [Any] ?? []).compactMap { value -> Teaser? in
      if let url = value as? String { return Teaser(url: url) }
      guard let teaser = value as? [String: Any] else { return nil }
      return Teaser(
        headline: string(teaser["headline"]), url: string(teaser["url"]), summary: string(teaser["summary"]),
        image: string(teaser["image"]))
    }
    return article
  }

  private static func string(_ value: Any?) -> String? {
    value as? String
  }

  private static func image(_ value: Any?) -> ArticleImage? {
    if let url = value as? String { return url.isEmpty ? nil : ArticleImage(url: url) }
    guard let object = value as? [String: Any], let url = object["url"] as? String else { return nil }
    return ArticleImage(
      url: url, alt: string(object["alt"]), caption: string(object["caption"]), credit: string(object["credit"]))
  }
}
