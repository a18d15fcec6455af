import Foundation

/// What the corpus-wide tests need and may not find: the release binary
/// (`make test` sets `NEWSGRAB_RELEASE_BINARY` after `swift build -c release`;
/// debug Swift is too slow for every page) and `../shared/corpora`.
enum CorpusRun {
  static let releaseBinary: URL? = {
    guard let path = ProcessInfo.processInfo.environment["NEWSGRAB_RELEASE_BINARY"], !path.isEmpty,
      FileManager.default.isExecutableFile(atPath: path)
    else { return nil }
    return URL(fileURLWithPath: path)
  }()

  /// `NEWSGRAB_CORPORA` when set, else `../shared/corpora` beside the clone,
  /// else beside the folder holding it (a git worktree under `wt/<name>`).
  static let corpora: URL? = {
    if let path = configuredCorpora {
      let url = URL(fileURLWithPath: path, relativeTo: CLI.repository).standardizedFileURL
      return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    let parent = CLI.repository.deletingLastPathComponent()
    for base in [parent, parent.deletingLastPathComponent()] {
      let candidate = base.appendingPathComponent("shared/corpora")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
        return candidate
      }
    }
    return nil
  }()

  private static let configuredCorpora: String? = {
    guard let path = ProcessInfo.processInfo.environment["NEWSGRAB_CORPORA"], !path.isEmpty else { return nil }
    return path
  }()

  static let isAvailable = releaseBinary != nil && corpora != nil

  /// Why the corpus-wide tests are skipped (shown by the test runner).
  static let whyUnavailable: String = {
    var reasons: [String] = []
    if releaseBinary == nil {
      reasons.append("NEWSGRAB_RELEASE_BINARY is not set to a built binary (run `make test`)")
    }
    if corpora == nil {
      reasons.append(
        configuredCorpora.map { "NEWSGRAB_CORPORA=\($0) does not exist" }
          ?? "../shared/corpora is absent (or set NEWSGRAB_CORPORA)")
    }
    return "SKIPPED, corpus-wide quality not checked: " + reasons.joined(separator: "; ")
  }()

  /// Every corpus folder (one holding `truth.jsonl`), sorted by name.
  static func corpusDirectories() throws -> [URL] {
    guard let corpora else { return [] }
    return try FileManager.default.contentsOfDirectory(at: corpora, includingPropertiesForKeys: nil)
      .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("truth.jsonl").path) }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
