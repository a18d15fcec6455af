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

  /// One line: the article with a `file` key naming where it came from,
  /// and `copies` (other copies of the story) when an export collapses them.
  package static func line(_ article: Article, file: String?, copies: Int? = nil) -> String {
    compact(FileArticle(file: file, copies: copies, article: article))
  }

  private struct FileArticle: Encodable {
    let file: String?
    let copies: Int?
    let article: Article

    func encode(to encoder: any Encoder) throws {
      try article.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      if let file { try container.encode(file, forKey: Key(stringValue: "file")) }
      if let copies { try container.encode(copies, forKey: Key(stringValue: "copies")) }
    }

    struct Key: CodingKey {
      let stringValue: String
      init(stringValue: String) { self.stringValue = stringValue }
      var intValue: Int? { nil }
      init?(intValue: Int) { nil }
    }
  }
}
