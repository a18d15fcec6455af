import Foundation
import Testing

@testable import NewsgrabExtraction

/// The hand-written text helpers that replace Foundation calls in hot loops
/// give exactly Foundation's answers.
@Suite("Trimming without NSString")
struct TrimmingTests {
  static let samples = [
    "", " ", "plain", "  both ends  ", "\u{00A0}nbsp\u{00A0}", "\t\ttabs\n", "\n\nnewlines\r\n", "/", " / ",
    "...dots...", "“quoted”", "– dash —", "é accent é", "中文 ", " 😀 emoji 😀 ", "😀", "a\u{0301}", " \u{0301}x",
    "\u{3000}ideographic\u{3000}", ",;:|", "  — by Jane Doe, ", "[Jane]", "\u{2028}line\u{2029}",
  ]
  static let sets: [CharacterSet] = [
    .whitespaces, .whitespacesAndNewlines, .punctuationCharacters, CharacterSet(charactersIn: " ,;:-–—|"),
    CharacterSet(charactersIn: " .,;:-–—|[]\"'“”"), CharacterSet(charactersIn: " :,-–—").union(.whitespaces),
  ]

  @Test func trimmedMatchesFoundation() {
    for sample in Self.samples {
      for (index, set) in Self.sets.enumerated() {
        #expect(
          sample.trimmed(in: set) == sample.trimmingCharacters(in: set), "set \(index): \(sample.debugDescription)")
        let substring = ("x" + sample + "x").dropFirst().dropLast()
        #expect(substring.trimmed(in: set) == sample.trimmingCharacters(in: set), "substring, set \(index)")
      }
    }
  }
}
