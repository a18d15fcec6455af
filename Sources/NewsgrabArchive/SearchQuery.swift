/// A search as users write it, translated to safe FTS5 `MATCH` expressions.
///
/// Understood: words (all must match), `"exact phrase"`, `OR` between two
/// words or phrases, `-word` or `NOT word` to exclude, `prefix*`. Every word
/// and phrase is passed to FTS5 as a quoted string, so no user text is ever
/// read as FTS5 syntax (column filters, `NEAR`, `^`, parentheses) or SQL: the
/// expression is bound as a parameter.
package struct SearchQuery: Hashable, Sendable {
  /// The FTS5 expression.
  package let match: String
  /// What the query looks for (no exclusions), as an expression for
  /// `headline_fts`: the articles whose headline holds the whole query.
  package let headlineMatch: String
  /// The excluded words and phrases (`-word`, `NOT word`) as one expression
  /// matching any of them, or nil.
  package let exclusionMatch: String?
  /// True when every word and phrase the query looks for is made only of
  /// `commonWords`: bm25 then has nothing to rank by (see `Archive.search`).
  package let hasOnlyCommonWords: Bool
  /// What the query looks for, as parsed: groups of alternatives (all
  /// groups must match, one term of each). Other stores translate these.
  package let groups: [[Term]]
  /// The terms no match may contain.
  package let excluded: [Term]

  /// At most this many words and phrases in one query (FTS5 builds a node
  /// per term; a bound keeps a pasted document from becoming a huge query).
  static let maximumTerms = 64

  package init(_ text: String) throws(ArchiveError) {
    let parsed = try Self.parse(text)
    match = parsed.fts
    headlineMatch = parsed.included
    exclusionMatch = parsed.excluded.isEmpty ? nil : parsed.excluded.map(\.fts).joined(separator: " OR ")
    hasOnlyCommonWords = parsed.groups.allSatisfy { group in group.allSatisfy(\.isCommon) }
    groups = parsed.groups
    excluded = parsed.excluded
  }

  package enum Term: Hashable, Sendable {
    case word(String, prefix: Bool)
    case phrase(String, prefix: Bool)

    /// The word or the phrase's words, as typed.
    package var text: String {
      switch self {
      case .word(let text, _), .phrase(let text, _): text
      }
    }

    /// Ends with `*`: matches words starting with it.
    package var isPrefix: Bool {
      switch self {
      case .word(_, let prefix), .phrase(_, let prefix): prefix
      }
    }

    var fts: String {
      switch self {
      case .word(let text, let prefix), .phrase(let text, let prefix):
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
      }
    }

    /// A word or phrase (not a prefix) whose every word is in `commonWords`.
    var isCommon: Bool {
      switch self {
      case .word(_, prefix: true), .phrase(_, prefix: true): return false
      case .word(let text, prefix: false), .phrase(let text, prefix: false):
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return !words.isEmpty && words.allSatisfy { SearchQuery.commonWords.contains(String($0)) }
      }
    }
  }

  /// What a query looks for: groups of alternatives (all groups must
  /// match, one term of each), and the terms no match may contain.
  struct Parsed: Hashable {
    var groups: [[Term]]
    var excluded: [Term]

    var included: String {
      groups.map { group in
        group.count == 1 ? group[0].fts : "(" + group.map(\.fts).joined(separator: " OR ") + ")"
      }.joined(separator: " AND ")
    }

    var fts: String {
      if excluded.isEmpty { return included }
      return "(" + included + ") NOT (" + excluded.map(\.fts).joined(separator: " OR ") + ")"
    }
  }

  enum Token: Hashable {
    case term(Term, excluded: Bool)
    case or
    case not
  }

  static func parse(_ text: String) throws(ArchiveError) -> Parsed {
    var groups: [[Term]] = []
    var excluded: [Term] = []
    var pendingOr = false
    var pendingNot = false
    var lastWasIncluded = false
    for token in try tokens(text) {
      switch token {
      case .or:
        guard lastWasIncluded, !pendingOr, !pendingNot else {
          throw .malformedQuery("OR needs a word or phrase on each side")
        }
        pendingOr = true
      case .not:
        guard !pendingNot, !pendingOr else { throw .malformedQuery("NOT needs a word or phrase after it") }
        pendingNot = true
      case .term(let term, let minus):
        if minus || pendingNot {
          excluded.append(term)
          pendingNot = false
          lastWasIncluded = false
        } else if pendingOr {
          groups[groups.count - 1].append(term)
          pendingOr = false
          lastWasIncluded = true
        } else {
          groups.append([term])
          lastWasIncluded = true
        }
      }
    }
    if pendingOr { throw .malformedQuery("OR needs a word or phrase on each side") }
    if pendingNot { throw .malformedQuery("NOT needs a word or phrase after it") }
    if groups.isEmpty {
      throw .malformedQuery(
        excluded.isEmpty ? "nothing to search for" : "say what to search for, not only what to exclude")
    }
    if groups.joined().count + excluded.count > maximumTerms {
      throw .malformedQuery("too many words (at most \(maximumTerms))")
    }
    return Parsed(groups: groups, excluded: excluded)
  }

  /// Splits the text into words, phrases and the operators `OR`/`NOT`
  /// (upper case only, as in FTS5; `AND` is implied and dropped). Terms with
  /// no letter or digit (a lone `-`, `&`, `*`) index nothing and are dropped.
  static func tokens(_ text: String) throws(ArchiveError) -> [Token] {
    var tokens: [Token] = []
    // Control characters (NUL ends an FTS5 string early) count as spaces.
    var characters = Array(text).map {
      $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0
    }[...]
    while let first = characters.first {
      if first.isWhitespace || first == "(" || first == ")" {
        characters.removeFirst()
        continue
      }
      var minus = false
      if first == "-", characters.count > 1, let next = characters.dropFirst().first, !next.isWhitespace {
        minus = true
        characters.removeFirst()
      }
      if characters.first == "\"" {
        characters.removeFirst()
        guard let end = characters.firstIndex(of: "\"") else {
          throw .malformedQuery("a quoted phrase has no closing \"")
        }
        let phrase = String(characters[..<end])
        characters = characters[characters.index(after: end)...]
        var prefix = false
        if characters.first == "*" {
          prefix = true
          characters.removeFirst()
        }
        if hasWordCharacter(phrase) {
          tokens.append(.term(.phrase(phrase, prefix: prefix), excluded: minus))
        }
        continue
      }
      let end = characters.firstIndex { $0.isWhitespace || $0 == "\"" || $0 == "(" || $0 == ")" } ?? characters.endIndex
      var word = String(characters[..<end])
      characters = characters[end...]
      if !minus, word == "OR" {
        tokens.append(.or)
        continue
      }
      if !minus, word == "NOT" {
        tokens.append(.not)
        continue
      }
      if !minus, word == "AND" { continue }
      var prefix = false
      if word.hasSuffix("*") {
        prefix = true
        while word.hasSuffix("*") { word.removeLast() }
      }
      if hasWordCharacter(word) {
        tokens.append(.term(.word(word, prefix: prefix), excluded: minus))
      }
    }
    return tokens
  }

  static func hasWordCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }
}
