/// Why an input could not be read; `description` is the reason part of
/// `newsgrab: <file>: <reason>`.
package enum InputError: Error, Equatable, CustomStringConvertible {
  case notFound
  case unreadable(String)
  case isDirectory
  case empty
  case tooLarge(size: Int, limit: Int)
  case notAPage(String)
  case corrupt(String)

  package var description: String {
    switch self {
    case .notFound: "no such file or directory"
    case .unreadable(let reason): "cannot read: \(reason)"
    case .isDirectory: "is a directory"
    case .empty: "empty file"
    case .tooLarge(let size, let limit):
      "\(Self.megabytes(size)) exceeds the --max-size limit of \(Self.megabytes(limit))"
    case .notAPage(let what): "not a web page (\(what))"
    case .corrupt(let reason): reason
    }
  }

  static func megabytes(_ count: Int) -> String {
    count >= 1 << 20 ? "\(count >> 20) MB" : "\(count) bytes"
  }
}
