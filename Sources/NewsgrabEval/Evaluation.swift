/// One `eval` run: newsgrab over every corpus, and other tools'
/// predictions scored beside it with the same code.
package struct Evaluation: Sendable {
  /// What came out, and what could not be evaluated.
  package struct Outcome: Sendable {
    package var report: EvalReport
    /// Corpus paths that could not be read (each a `newsgrab: <path>: <reason>` line).
    package var problems: [(path: String, error: EvalError)]
    /// Plain files among the corpus arguments (skipped, not failures).
    package var skipped: [String]
  }

  package var extractor: CorpusExtractor
  package var fields: [Field]
  package var others: [PredictionFile]

  package init(extractor: CorpusExtractor, fields: [Field] = Field.allCases, others: [PredictionFile] = []) {
    self.extractor = extractor
    self.fields = fields.isEmpty ? Field.allCases : fields
    self.others = others
  }

  package func run(_ paths: [String]) -> Outcome {
    let located = CorpusLocator.locate(paths)
    var problems = located.errors
    var scores: [CorpusScore] = []
    var names: [String] = []
    for directory in located.corpora {
      let corpus: Corpus
      do throws(EvalError) {
        corpus = try Corpus.load(directory)
      } catch {
        problems.append((directory, error))
        continue
      }
      names.append(corpus.name)
      let predictions = extractor.extractAll(corpus)
      scores.append(CorpusScore.score(corpus: corpus, system: "newsgrab", fields: fields) { predictions[$0.id] })
      for other in others {
        scores.append(
          CorpusScore.score(corpus: corpus, system: other.system, fields: fields) {
            other.prediction(corpus: corpus.name, id: $0.id)
          })
      }
    }
    let report = EvalReport(systems: ["newsgrab"] + others.map(\.system), corpora: names, scores: scores)
    return Outcome(report: report, problems: problems, skipped: located.skipped)
  }
}
