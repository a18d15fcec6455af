import NewsgrabExtraction

/// What a system produced for one page: an article, or why there is none.
/// A missing or errored prediction is scored as empty output.
package enum Prediction: Sendable {
  case article(Article)
  case failed(String)

  package var article: Article? {
    if case .article(let article) = self { return article }
    return nil
  }
}
