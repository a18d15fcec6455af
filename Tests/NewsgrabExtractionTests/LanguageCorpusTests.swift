import Foundation
import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// The detector alone (declarations ignored) against the corpora's language
/// truth: the fallback must be good enough to stand in for a missing `lang`.
@Suite("Language detection on the corpora")
struct LanguageCorpusTests {
  /// `NEWSGRAB_CORPORA` when set, else `../shared/corpora` beside the clone,
  /// else beside the folder holding it (a git worktree under `wt/<name>`).
  static let corpora: URL? = {
    if let path = ProcessInfo.processInfo.environment["NEWSGRAB_CORPORA"], !path.isEmpty {
      return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
    let repository = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let parent = repository.deletingLastPathComponent()
    return [parent, parent.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("shared/corpora") }
      .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
  }()

  /// The issue's language target. When written the detector scored 0.969
  /// (94/97); the three misses are lorem-ipsum test pages declared `en`.
  static let floor = 0.95

  // Needs ../shared/corpora (not in the repository): skipped, with this reason, when absent.
  @Test(.enabled(if: corpora != nil, "SKIPPED: ../shared/corpora is absent (or set NEWSGRAB_CORPORA)"))
  func detectorMatchesLanguageTruth() throws {
    let corpora = try #require(Self.corpora)
    var total = 0
    var right = 0
    var misses: [String] = []
    for corpus in ["readability", "newspaper", "newspaper4k"] {
      let folder = corpora.appendingPathComponent(corpus)
      let lines = try String(contentsOf: folder.appendingPathComponent("truth.jsonl"), encoding: .utf8)
        .split(separator: "\n")
      for line in lines {
        let truth = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        guard let language = truth["language"] as? String, let html = truth["html"] as? String else { continue }
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(html)))
        let document = try HTMLDocument.parse(bytes, charsetHint: nil).document
        let page = Page(document: document, url: truth["url"] as? String)
        let sources = MetadataSources(
          page: page, structured: StructuredData.read(page), meta: MetaTags.read(page), microdata: Microdata.read(page))
        let detected = LanguageDetector.detect(Language(sources: sources).sampleText())?.code
        total += 1
        let expected = String(language.lowercased().split(separator: "-").first ?? "")
        if detected == expected {
          right += 1
        } else {
          misses.append("\(corpus)/\(truth["id"] ?? ""): \(expected) → \(detected ?? "nil")")
        }
      }
    }
    let score = Double(right) / Double(max(total, 1))
    #expect(total > 50)
    #expect(score >= Self.floor, "detector accuracy \(score) over \(total) pages; misses: \(misses)")
    print("language detector: \(right)/\(total) = \(score); misses: \(misses)")
  }
}
