import Foundation
import Testing

@testable import NewsgrabArchive

/// Precision and recall of "same story" on the labelled set that
/// `scripts/make-copy-pairs.py` builds from the corpora and the fixtures.
@Suite("Copy pairs: precision and recall on the labelled set")
struct CopyPairsTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `NEWSGRAB_CORPORA` when set, else `shared/corpora` beside the clone or beside its folder (a worktree).
  static let corpora: URL? = {
    if let path = ProcessInfo.processInfo.environment["NEWSGRAB_CORPORA"], !path.isEmpty {
      let url = URL(fileURLWithPath: path, relativeTo: repository).standardizedFileURL
      return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    let parent = repository.deletingLastPathComponent()
    return [parent, parent.deletingLastPathComponent()].map { $0.appendingPathComponent("shared/corpora") }
      .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path) }
  }()

  static let whyUnavailable = "SKIPPED, copy pairs not scored: ../shared/corpora is absent (or set NEWSGRAB_CORPORA)"

  /// Floors under the measured scores (measured: precision 1.000, recall 0.999 on 2,627 pairs).
  static let precisionFloor = 0.97
  static let recallFloor = 0.95

  struct Pair: Decodable {
    var a: String
    var b: String
    var same: Bool
    var kind: String
    var key: String
  }

  @Test(.enabled(if: corpora != nil, Comment(rawValue: whyUnavailable)))
  func precisionAndRecall() throws {
    let corpora = try #require(Self.corpora)
    let out = NSTemporaryDirectory() + "copy-pairs-\(UUID().uuidString).jsonl"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", Self.repository.appendingPathComponent("scripts/make-copy-pairs.py").path, "--corpora", corpora.path,
      "--fixtures", Self.repository.appendingPathComponent("fixtures/pages").path, "--out", out,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
    let pairs = try lines.map { try JSONDecoder().decode(Pair.self, from: Data($0.utf8)) }
    #expect(pairs.count > 1000)
    var truePositive = 0
    var falsePositive = 0
    var falseNegative = 0
    var misses: [String: Int] = [:]
    for pair in pairs {
      let predicted = Self.sameStory(pair.a, pair.b)
      switch (predicted, pair.same) {
      case (true, true): truePositive += 1
      case (true, false):
        falsePositive += 1
        misses["false same: \(pair.kind)", default: 0] += 1
      case (false, true):
        falseNegative += 1
        misses["missed: \(pair.kind)", default: 0] += 1
      default: break
      }
    }
    let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
    let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
    print(
      "copy pairs: \(pairs.count), precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)); \(misses.sorted { $0.key < $1.key })"
    )
    #expect(precision >= Self.precisionFloor)
    #expect(recall >= Self.recallFloor)
  }

  /// What import decides: both bodies signed, a band in common (the LSH
  /// lookup finds the other), and the signatures at least as similar as the threshold.
  static func sameStory(_ a: String, _ b: String) -> Bool {
    guard let first = CopySignature(body: a), let second = CopySignature(body: b) else { return false }
    guard zip(first.bandKeys, second.bandKeys).contains(where: { $0 == $1 }) else { return false }
    return first.similarity(to: second) >= CopySignature.sameStoryThreshold
  }
}
