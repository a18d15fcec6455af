import Foundation

/// The normalisations of the corpora README, one function per kind of value.
package enum Normalizer {
  /// Headline, site name, description: NFKC, casefold, whitespace collapsed,
  /// surrounding quotes and punctuation stripped.
  package static func text(_ value: String) -> String {
    let collapsed = collapseWhitespace(casefold(value.precomposedStringWithCompatibilityMapping))
    var scalars = Substring(collapsed).unicodeScalars
    while let first = scalars.first, isStrippable(first) { scalars.removeFirst() }
    while let last = scalars.last, isStrippable(last) { scalars.removeLast() }
    return String(scalars)
  }

  /// An author name: NFKC, casefold, whitespace collapsed, a leading "by" removed.
  package static func author(_ value: String) -> String {
    var name = collapseWhitespace(casefold(value.precomposedStringWithCompatibilityMapping))
    if name.hasPrefix("by ") { name = String(name.dropFirst(3)) }
    return name
  }

  /// A caption: NFKC, casefold, punctuation as spaces, whitespace collapsed.
  package static func caption(_ value: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in casefold(value.precomposedStringWithCompatibilityMapping).unicodeScalars {
      scalars.append(isPunctuation(scalar) ? " " : scalar)
    }
    return collapseWhitespace(String(scalars))
  }

  /// A BCP 47 tag's primary subtag, lower-cased (`pt-BR` → `pt`).
  package static func primaryLanguage(_ tag: String) -> String {
    let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    return String(trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
  }

  /// An image or link URL without scheme, query and fragment, the host
  /// lower-cased and the path percent-decoded, so `HTTPS://Example.com/a%20b.jpg?w=1`
  /// and `http://example.com/a b.jpg` compare equal.
  package static func url(_ value: String) -> String {
    var rest = Substring(value.trimmingCharacters(in: .whitespacesAndNewlines))
    if let colon = rest.firstIndex(of: ":"), isScheme(rest[..<colon]) {
      rest = rest[rest.index(after: colon)...]
    }
    if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
    if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
    var host = Substring("")
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      let slash = rest.firstIndex(of: "/") ?? rest.endIndex
      host = rest[..<slash]
      rest = rest[slash...]
    }
    let path = String(rest)
    let prefix = host.isEmpty ? "" : "//" + host.lowercased()
    return prefix + (path.removingPercentEncoding ?? path)
  }

  /// Python's `str.casefold()` for the text we meet: full lower-casing plus
  /// the folds that differ from it (ß → ss, final sigma → σ); NFKC has
  /// already folded ligatures and compatibility letters.
  package static func casefold(_ value: String) -> String {
    let lowered = value.lowercased()
    guard lowered.unicodeScalars.contains(where: { extraFolds[$0] != nil }) else { return lowered }
    var scalars = String.UnicodeScalarView()
    for scalar in lowered.unicodeScalars {
      if let fold = extraFolds[scalar] {
        scalars.append(contentsOf: fold.unicodeScalars)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Case folds (Unicode CaseFolding.txt, status F/C) that `lowercased()` does not apply.
  private static let extraFolds: [Unicode.Scalar: String] = [
    "\u{DF}": "ss", "\u{3C2}": "\u{3C3}", "\u{1E9E}": "ss", "\u{149}": "\u{2BC}n",
    "\u{1F0}": "j\u{30C}", "\u{390}": "\u{3B9}\u{308}\u{301}", "\u{3B0}": "\u{3C5}\u{308}\u{301}",
    "\u{587}": "\u{565}\u{582}", "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl",
  ]

  /// Whitespace runs become one space; leading and trailing whitespace goes.
  package static func collapseWhitespace(_ value: String) -> String {
    value.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  private static func isScheme(_ candidate: Substring) -> Bool {
    guard let first = candidate.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
      return false
    }
    return candidate.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0))
    }
  }

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }

  /// Quotes (including the backtick and acute accent used as quotes),
  /// other punctuation and whitespace.
  private static func isStrippable(_ scalar: Unicode.Scalar) -> Bool {
    isPunctuation(scalar) || scalar == "`" || scalar == "\u{B4}" || scalar.properties.isWhitespace
  }
}
