/// Why a corpus or a predictions file could not be read; `description` is
/// the reason part of `newsgrab: <file>: <reason>`.
package enum EvalError: Error, Equatable, CustomStringConvertible {
  case notFound
  case notACorpus(String)
  case badLine(line: Int, reason: String)
  case unreadable(String)
  case unwritable(String)

  package var description: String {
    switch self {
    case .notFound: "no such file or directory"
    case .notACorpus(let reason): "not a corpus folder: \(reason)"
    case .badLine(let line, let reason): "line \(line): \(reason)"
    case .unreadable(let reason): "cannot read: \(reason)"
    case .unwritable(let reason): "cannot write: \(reason)"
    }
  }
}
