import NewsgrabExtraction

/// One system's scores on one corpus.
package struct CorpusScore: Codable, Sendable {
  /// A page whose prediction is missing or errored (scored as empty output).
  package struct ErroredPage: Codable, Hashable, Sendable {
    package var id: String
    package var reason: String

    package init(id: String, reason: String) {
      self.id = id
      self.reason = reason
    }
  }

  package var corpus: String
  package var system: String
  /// Pages in the truth.
  package var pages: Int
  /// Pages with a prediction that did not fail.
  package var predicted: Int
  /// `predicted / pages`.
  package var coverage: Double
  package var errored: [ErroredPage]
  /// Every field the corpus has truth for, in `Field` order.
  package var fields: [FieldScore]

  package func field(_ field: Field) -> FieldScore? {
    fields.first { $0.field == field }
  }

  /// Scores `predictions` (looked up by page id) against a corpus's truth.
  package static func score(
    corpus: Corpus, system: String, fields wanted: [Field] = Field.allCases,
    prediction: (TruthRecord) -> Prediction?
  ) -> CorpusScore {
    var pages: [ScoredPage] = []
    var errored: [ErroredPage] = []
    for record in corpus.records {
      switch prediction(record) {
      case .article(let article)?:
        pages.append(ScoredPage(truth: record, article: article))
      case .failed(let reason)?:
        errored.append(ErroredPage(id: record.id, reason: reason))
        pages.append(ScoredPage(truth: record, article: Article()))
      case nil:
        errored.append(ErroredPage(id: record.id, reason: "no prediction"))
        pages.append(ScoredPage(truth: record, article: Article()))
      }
    }
    let total = corpus.records.count
    let predicted = total - errored.count
    return CorpusScore(
      corpus: corpus.name, system: system, pages: total, predicted: predicted,
      coverage: total > 0 ? Double(predicted) / Double(total) : 0, errored: errored,
      fields: wanted.sorted().compactMap { FieldMetrics.score($0, pages) })
  }
}
