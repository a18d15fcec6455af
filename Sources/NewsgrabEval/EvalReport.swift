/// What `newsgrab eval --json` writes: every system's scores on every corpus.
package struct EvalReport: Codable, Sendable {
  /// The systems compared, newsgrab first.
  package var systems: [String]
  /// Corpus folders, in the order given.
  package var corpora: [String]
  /// One entry per corpus and system.
  package var scores: [CorpusScore]

  package init(systems: [String], corpora: [String], scores: [CorpusScore]) {
    self.systems = systems
    self.corpora = corpora
    self.scores = scores
  }

  package func score(corpus: String, system: String) -> CorpusScore? {
    scores.first { $0.corpus == corpus && $0.system == system }
  }
}
