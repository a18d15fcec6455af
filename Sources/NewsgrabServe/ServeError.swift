/// Why the reading room could not start or answer.
package enum ServeError: Error, CustomStringConvertible, Equatable {
  /// The templates or stylesheet shipped with the binary are missing or broken.
  case resources(String)
  /// A request the reader cannot answer: status and the one line shown.
  case badRequest(String)
  case notFound(String)
  /// The archive failed to answer (damaged, locked too long).
  case archive(String)

  package var description: String {
    switch self {
    case .resources(let why): "the reading room's templates cannot be loaded: \(why)"
    case .badRequest(let why): why
    case .notFound(let what): what
    case .archive(let why): "the archive could not be read: \(why)"
    }
  }
}
