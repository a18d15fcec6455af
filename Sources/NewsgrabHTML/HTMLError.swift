/// Why a page could not be turned into a document.
package enum HTMLError: Error, Equatable, CustomStringConvertible {
  case tooLarge(Int)
  case parserUnavailable

  package var description: String {
    switch self {
    case .tooLarge(let count): "page of \(count) bytes is too large for the HTML parser"
    case .parserUnavailable: "libxml2 could not create a parser (out of memory?)"
    }
  }
}
