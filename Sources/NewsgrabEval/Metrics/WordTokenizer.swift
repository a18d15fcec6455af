/// Splits text into words exactly as Python's `re.findall(r'\w+', text)` does
/// on a `str`: the tokenizer of the scrapinghub article-extraction-benchmark.
///
/// Python's Unicode `\w` is `str.isalnum()` or `_`: letters (general
/// categories Lu, Ll, Lt, Lm, Lo) and every character with a numeric value
/// (Nd, Nl, No, …). Combining marks (Mn, Mc) are *not* word characters in
/// Python's `re` (checked on CPython 3.11: `re.findall(r'\w+', 'नमस्ते')` is
/// `['नमस', 'त']`), so they split words here too; matching the reference
/// tokenizer is what makes our figures comparable with published ones.
package enum WordTokenizer {
  /// The `\w+` runs of `text`, case kept.
  package static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isWordCharacter(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        tokens.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { tokens.append(String(current)) }
    return tokens
  }

  /// Python's `\w` for one code point.
  package static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        || value == 0x5F
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      // str.isdecimal / isdigit / isnumeric: any Numeric_Type.
      return scalar.properties.numericType != nil
    }
  }
}
