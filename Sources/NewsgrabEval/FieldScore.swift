/// One field's score on one corpus for one system.
package struct FieldScore: Codable, Hashable, Sendable {
  package var field: Field
  /// Pages whose truth has this field.
  package var pages: Int
  /// The headline number: F1, accuracy or recall, as `field.metric` says.
  package var score: Double
  package var precision: Double?
  package var recall: Double?
  /// Exact-match share, where the metric defines one beside its score.
  package var accuracy: Double?
  /// Each page's own score with what was expected and what came out, for
  /// `--worst`; not part of the JSON report.
  package var pageScores: [PageScore]

  package init(
    field: Field, pages: Int, score: Double, precision: Double? = nil, recall: Double? = nil,
    accuracy: Double? = nil, pageScores: [PageScore] = []
  ) {
    self.field = field
    self.pages = pages
    self.score = score
    self.precision = precision
    self.recall = recall
    self.accuracy = accuracy
    self.pageScores = pageScores
  }

  private enum CodingKeys: String, CodingKey { case field, metric, pages, score, precision, recall, accuracy }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      field: try c.decode(Field.self, forKey: .field), pages: try c.decode(Int.self, forKey: .pages),
      score: try c.decode(Double.self, forKey: .score),
      precision: try c.decodeIfPresent(Double.self, forKey: .precision),
      recall: try c.decodeIfPresent(Double.self, forKey: .recall),
      accuracy: try c.decodeIfPresent(Double.self, forKey: .accuracy))
  }

  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(field, forKey: .field)
    try c.encode(field.metric, forKey: .metric)
    try c.encode(pages, forKey: .pages)
    try c.encode(score, forKey: .score)
    try c.encodeIfPresent(precision, forKey: .precision)
    try c.encodeIfPresent(recall, forKey: .recall)
    try c.encodeIfPresent(accuracy, forKey: .accuracy)
  }
}

/// One page's score on one field, with the values compared.
package struct PageScore: Hashable, Sendable {
  package var id: String
  /// 0 (all wrong) … 1 (right).
  package var score: Double
  package var expected: String
  package var got: String
  /// What the score is made of, where one number hides it (body: P and R).
  package var detail: String?

  package init(id: String, score: Double, expected: String, got: String, detail: String? = nil) {
    self.id = id
    self.score = score
    self.expected = expected
    self.got = got
    self.detail = detail
  }
}
