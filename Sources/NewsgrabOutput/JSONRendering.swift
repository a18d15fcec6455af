import Foundation
import NewsgrabExtraction

/// JSON output: sorted keys, stable field names.
package enum JSONRendering {
  package static func pretty<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
  }

  package static func compact<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
  }

  /// One line: the article with a `file` key naming where it came from.
  package static func line(_ article: Article, file: String?) -> String {
    compact(FileArticle(file: file, article: article))
  }

  private struct FileArticle: Encodable {
    let file: String?
    let article: Article

    func encode(to encoder: any Encoder) throws {
      try article.encode(to: encoder)
      if let file {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(file, forKey: Key(stringValue: "file"))
      }
    }

    struct Key: CodingKey {
      let stringValue: String
      init(stringValue: String) { self.stringValue = stringValue }
      var intValue: Int? { nil }
      init?(intValue: Int) { nil }
    }
  }
}
