import Foundation
import NewsgrabExtraction
import NewsgrabOutput

/// Renders an article in one of the `ArticleFormat`s.
struct ArticleRenderer {
  let format: ArticleFormat

  func render(_ article: Article, file: String? = nil) -> String {
    switch format {
    case .text: return TextRenderer.render(article)
    case .markdown: return MarkdownRenderer.render(article)
    case .json: return ResultJSON.article(article)
    case .ndjson: return JSONRendering.line(article, file: file) + "\n"
    }
  }
}
