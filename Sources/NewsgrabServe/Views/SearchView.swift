import NewsgrabArchive

/// What the search page shows: the form as filled in, the results, paging and facets.
struct SearchView {
  struct Option {
    var value: String
    var label: String
    var selected: Bool
  }

  struct SnippetPart {
    var text: String
    var hit: Bool
  }

  struct Result {
    var id: String
    var link: String
    var headline: String
    var source: String?
    var date: String?
    var dateTime: String?
    var byline: String?
    var snippet: [SnippetPart]
    var copies: String?
    var copiesLink: String
  }

  struct Facet {
    var name: String
    var count: String
    var link: String
    var active: Bool
  }

  struct Facets {
    var sources: [Facet]
    var languages: [Facet]
    var years: [Facet]
    var partial: Bool
  }

  var title: String
  /// The page has its own search form: the masthead leaves its own out.
  var searchPage = true
  var q: String
  var source: String
  var author: String
  var lang: String
  var since: String
  var until: String
  var sortOptions: [Option]
  var filtersOpen: Bool
  var heading: String
  var results: [Result]
  var countLine: String
  var emptyLine: String?
  var previous: String?
  var next: String?
  var facets: Facets?

  /// The snippet's words, matched ones marked (the archive marks them with
  /// private-use characters, so page text can never pose as a highlight).
  static func snippet(_ text: String?) -> [SnippetPart] {
    guard let text else { return [] }
    var parts: [SnippetPart] = []
    var current = ""
    var hit = false
    for character in text {
      switch character {
      case ArticleSummary.highlightStart, ArticleSummary.highlightEnd:
        if !current.isEmpty { parts.append(SnippetPart(text: current, hit: hit)) }
        current = ""
        hit = character == ArticleSummary.highlightStart
      default:
        current.append(character)
      }
    }
    if !current.isEmpty { parts.append(SnippetPart(text: current, hit: hit)) }
    return parts
  }
}
