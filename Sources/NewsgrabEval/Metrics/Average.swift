/// Small arithmetic shared by the metrics.
package enum Average {
  /// The mean, or 0 for no values (nothing measured scores nothing).
  package static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// The mean, or nil when there is nothing to average (a precision over
  /// pages that predicted something, when none did, is undefined, not 0).
  package static func meanIfAny(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : mean(values)
  }

  /// The harmonic mean of precision and recall, 0 when both are 0.
  package static func f1(_ precision: Double?, _ recall: Double?) -> Double {
    guard let precision, let recall else { return 0 }
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
  }
}
