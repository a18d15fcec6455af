import Foundation
import NewsgrabOutput

/// Writes user-facing messages to standard error, one line each.
enum Diagnostics {
  /// `newsgrab: <file>: <reason>`.
  static func report(file: String, _ error: any Error) {
    report(file: file, reason: reason(error))
  }

  /// `newsgrab: <file>: <reason>`, for a reason worked out elsewhere.
  static func report(file: String, reason: String) {
    line("newsgrab: \(printable(file)): \(reason)")
  }

  static func line(_ text: String) {
    FileHandle.standardError.write(
      Data((TerminalText.safe(text).replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
  }

  static func reason(_ error: any Error) -> String {
    // newsgrab's own errors describe themselves; a Foundation error gets its
    // message, never "Error Domain=NSCocoaErrorDomain Code=…".
    if let error = error as? CocoaError { return error.localizedDescription }
    return String(describing: error)
  }

  /// A file name as it can be printed (newlines and invalid bytes shown harmlessly).
  static func printable(_ path: String) -> String {
    path.replacingOccurrences(of: "\n", with: "\\n")
  }
}

/// Buffered standard output.
struct StandardOutput: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardOutput.write(Data(string.utf8))
  }
}
