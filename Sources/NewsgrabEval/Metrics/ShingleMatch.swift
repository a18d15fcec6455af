/// The body metric of the scrapinghub article-extraction-benchmark: multisets
/// of 4-token shingles, compared page by page.
package enum ShingleMatch {
  /// Shingle length of the benchmark.
  package static let shingleLength = 4

  /// One page's true positives, false positives and false negatives,
  /// normalised to sum to 1 (so a long page weighs no more than a short
  /// one); all zero when both texts have no token.
  package struct Counts: Hashable, Sendable {
    package var truePositives: Double
    package var falsePositives: Double
    package var falseNegatives: Double

    package init(truePositives: Double, falsePositives: Double, falseNegatives: Double) {
      self.truePositives = truePositives
      self.falsePositives = falsePositives
      self.falseNegatives = falseNegatives
    }

    /// This page's own F1 (1 when both texts are empty); used to rank pages.
    package var f1: Double {
      let denominator = 2 * truePositives + falsePositives + falseNegatives
      return denominator > 0 ? 2 * truePositives / denominator : 1
    }
  }

  /// The benchmark's shingles: every window of `shingleLength` tokens, or
  /// one shorter shingle of all tokens when the text has fewer than that.
  package static func shingles(_ tokens: [String]) -> [String: Int] {
    var counts: [String: Int] = [:]
    guard !tokens.isEmpty else { return counts }
    let windows = max(1, tokens.count - shingleLength + 1)
    for start in 0..<windows {
      // U+001F cannot occur inside a \w token, so joined keys never collide.
      let key = tokens[start..<min(start + shingleLength, tokens.count)].joined(separator: "\u{1F}")
      counts[key, default: 0] += 1
    }
    return counts
  }

  /// Compares one page's true and predicted body text.
  package static func compare(truth: String, prediction: String) -> Counts {
    compare(truthTokens: WordTokenizer.tokens(truth), predictionTokens: WordTokenizer.tokens(prediction))
  }

  package static func compare(truthTokens: [String], predictionTokens: [String]) -> Counts {
    let truth = shingles(truthTokens)
    let prediction = shingles(predictionTokens)
    var tp = 0
    var fp = 0
    var fn = 0
    for (key, trueCount) in truth {
      let predicted = prediction[key] ?? 0
      tp += min(trueCount, predicted)
      fn += max(0, trueCount - predicted)
    }
    for (key, predicted) in prediction {
      fp += max(0, predicted - (truth[key] ?? 0))
    }
    let sum = Double(tp + fp + fn)
    guard sum > 0 else { return Counts(truePositives: 0, falsePositives: 0, falseNegatives: 0) }
    return Counts(
      truePositives: Double(tp) / sum, falsePositives: Double(fp) / sum, falseNegatives: Double(fn) / sum)
  }

  /// Macro precision over pages with TP+FP > 0, macro recall over pages with
  /// TP+FN > 0, and F1 from those two averages; an average over no page is
  /// nil (undefined) and makes F1 0.
  package static func aggregate(_ pages: [Counts]) -> (precision: Double?, recall: Double?, f1: Double) {
    let precisions = pages.compactMap { page -> Double? in
      let predicted = page.truePositives + page.falsePositives
      return predicted > 0 ? page.truePositives / predicted : nil
    }
    let recalls = pages.compactMap { page -> Double? in
      let relevant = page.truePositives + page.falseNegatives
      return relevant > 0 ? page.truePositives / relevant : nil
    }
    let precision = Average.meanIfAny(precisions)
    let recall = Average.meanIfAny(recalls)
    return (precision, recall, Average.f1(precision, recall))
  }
}
