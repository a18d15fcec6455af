import Testing

@testable import NewsgrabEval

@Suite struct ShingleMatchTests {
  @Test func shinglesAreFourTokenWindows() {
    #expect(
      ShingleMatch.shingles(["a", "b", "c", "d", "e"]) == ["a\u{1F}b\u{1F}c\u{1F}d": 1, "b\u{1F}c\u{1F}d\u{1F}e": 1])
  }

  @Test func shortTextIsOneShingle() {
    #expect(ShingleMatch.shingles(["a", "b"]) == ["a\u{1F}b": 1])
    #expect(ShingleMatch.shingles([]) == [:])
  }

  @Test func countsAreNormalisedToOne() {
    // truth {abcd, bcde}, prediction {abcd}: TP 1, FP 0, FN 1 → halves.
    let counts = ShingleMatch.compare(truth: "a b c d e", prediction: "a b c d")
    #expect(counts == .init(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5))
    #expect(abs(counts.f1 - 2.0 / 3.0) < 1e-12)
  }

  @Test func shinglesAreMultisets() {
    // "a b c d a b c d": abcd ×2, bcda, cdab, dabc; prediction abcd ×1:
    // TP 1, FP 0, FN 4 → 0.2 / 0 / 0.8.
    let counts = ShingleMatch.compare(truth: "a b c d a b c d", prediction: "a b c d")
    #expect(abs(counts.truePositives - 0.2) < 1e-12)
    #expect(counts.falsePositives == 0)
    #expect(abs(counts.falseNegatives - 0.8) < 1e-12)
  }

  @Test func extraPredictedTextIsFalsePositive() {
    // truth {abcd}; prediction {abcd, bcde, cdef}: TP 1, FP 2 → 1/3, 2/3.
    let counts = ShingleMatch.compare(truth: "a b c d", prediction: "a b c d e f")
    #expect(abs(counts.truePositives - 1.0 / 3.0) < 1e-12)
    #expect(abs(counts.falsePositives - 2.0 / 3.0) < 1e-12)
    #expect(counts.falseNegatives == 0)
  }

  @Test func tokenisationIgnoresPunctuationAndLayout() {
    #expect(ShingleMatch.compare(truth: "a b c d", prediction: "a,\n\nb (c) d!").f1 == 1)
    #expect(ShingleMatch.compare(truth: "a b c d", prediction: "A b c d").f1 == 0)
  }

  @Test func averagesSkipPagesWithoutPredictionOrTruth() {
    let pages: [ShingleMatch.Counts] = [
      .init(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5),  // P 1, R 0.5
      .init(truePositives: 0, falsePositives: 0, falseNegatives: 0),  // both empty: in neither
      .init(truePositives: 0, falsePositives: 0, falseNegatives: 1),  // nothing predicted: R 0 only
      .init(truePositives: 0, falsePositives: 1, falseNegatives: 0),  // nothing expected: P 0 only
    ]
    let result = ShingleMatch.aggregate(pages)
    #expect(result.precision == 0.5)
    #expect(result.recall == 0.25)
    #expect(abs(result.f1 - 1.0 / 3.0) < 1e-12)
  }

  @Test func noPredictionsLeavePrecisionUndefinedAndScoreZero() {
    let result = ShingleMatch.aggregate([.init(truePositives: 0, falsePositives: 0, falseNegatives: 1)])
    #expect(result.precision == nil)
    #expect(result.recall == 0)
    #expect(result.f1 == 0)
  }
}
