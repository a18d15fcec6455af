import Foundation

/// Turns `eval`'s arguments into corpus folders, so that both
/// `eval corpora/*` (which also matches `corpora/README.md`) and `eval corpora`
/// do what they say.
package enum CorpusLocator {
  package struct Located: Sendable {
    /// Corpus folders, in argument order (a collection's corpora sorted by name).
    package var corpora: [String] = []
    /// Plain files among the arguments, which cannot be corpora: not an error.
    package var skipped: [String] = []
    package var errors: [(path: String, error: EvalError)] = []
  }

  /// A folder with `truth.jsonl` is a corpus; a folder without one whose
  /// subfolders are corpora stands for those; a plain file is skipped.
  package static func locate(_ paths: [String]) -> Located {
    var located = Located()
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        located.errors.append((path, .notFound))
        continue
      }
      guard isDirectory.boolValue else {
        located.skipped.append(path)
        continue
      }
      if isCorpus(path) {
        located.corpora.append(path)
        continue
      }
      let children = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
        .filter { !$0.hasPrefix(".") }
        .map { (path as NSString).appendingPathComponent($0) }
        .filter(isCorpus)
      if children.isEmpty {
        located.errors.append((path, .notACorpus("no truth.jsonl")))
      } else {
        located.corpora += children
      }
    }
    return located
  }

  static func isCorpus(_ directory: String) -> Bool {
    FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("truth.jsonl"))
  }
}
