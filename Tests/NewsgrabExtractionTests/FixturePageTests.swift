import Foundation
import NewsgrabExtraction
import NewsgrabInput
import Testing

/// A page of `fixtures/pages/<slug>/`: `source.html` written by us, and
/// `expected.json`, the article a careful reader sees in it.
struct FixturePage: CustomTestStringConvertible, Sendable {
  let slug: String
  let directory: URL

  var testDescription: String { slug }
  var source: URL { directory.appendingPathComponent("source.html") }
  var expected: URL { directory.appendingPathComponent("expected.json") }

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/pages")

  static let all: [FixturePage] = {
    let slugs = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return slugs.sorted().compactMap { slug in
      let directory = root.appendingPathComponent(slug)
      guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("source.html").path) else {
        return nil
      }
      return FixturePage(slug: slug, directory: directory)
    }
  }()
}

@Suite struct FixturePageTests {
  /// Set `RECORD_FIXTURES=1` to write `expected.json` from the current
  /// output; review the diff before committing.
  static let recording = ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1"

  @Test func thereAreEnoughPages() {
    #expect(FixturePage.all.count >= 15, "fixtures/pages should hold at least 15 pages")
  }

  @Test(arguments: FixturePage.all)
  func pageMatchesExpectedArticle(_ fixture: FixturePage) throws {
    let bytes = [UInt8](try Data(contentsOf: fixture.source))
    let article = try ArticleExtractor().extract(InputPage(name: fixture.source.path, bytes: bytes))
    let actual = try Self.fields(of: article)

    if Self.recording {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try (encoder.encode(article) + Data("\n".utf8)).write(to: fixture.expected)
      return
    }
    let expectedData = try #require(
      try? Data(contentsOf: fixture.expected),
      "\(fixture.slug) has no expected.json: record it with RECORD_FIXTURES=1 and review it")
    let expected = try Self.fields(of: JSONDecoder().decode(Article.self, from: expectedData))
    #expect(Set(actual.keys) == Set(expected.keys))
    for key in expected.keys.sorted() {
      #expect(actual[key] == expected[key], "\(fixture.slug): field \(key) differs")
    }
  }

  /// Each top-level field as canonical JSON, so a failure names the field.
  static func fields(of article: Article) throws -> [String: String] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let object = try JSONSerialization.jsonObject(with: encoder.encode(article)) as? [String: Any] ?? [:]
    var fields: [String: String] = [:]
    for (key, value) in object {
      let data = try JSONSerialization.data(
        withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
      fields[key] = String(decoding: data, as: UTF8.self)
    }
    return fields
  }
}
