/// The article fields the corpora have truth for, in report order.
package enum Field: String, CaseIterable, Codable, Sendable, Comparable {
  case body, snippets, headline, authors, published, siteName, description, language, leadImage, images
  case captions, related

  /// How the field is scored (shown in the table).
  package var metric: String {
    switch self {
    case .body: "shingle F1"
    case .snippets: "snippet F1"
    case .headline, .siteName, .description: "exact match"
    case .authors: "set F1"
    case .published: "same day"
    case .language: "primary subtag"
    case .leadImage: "URL match"
    case .images, .captions: "recall"
    case .related: "URL F1"
    }
  }

  package static func < (lhs: Field, rhs: Field) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
