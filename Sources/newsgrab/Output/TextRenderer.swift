import NewsgrabExtraction
import NewsgrabOutput

/// The seed snapshot layout (see `SeedText`): lead image with the headline
/// as alt text, headline, source, one paragraph per line, then each teaser
/// as `![](image)` and one line of text. No trailing newline.
enum TextRenderer {
  static func render(_ article: Article) -> String {
    var lines: [String] = []
    let headline = oneLine(article.headline ?? "")
    if let lead = article.leadImage {
      lines.append("![\(headline)](\(oneLine(lead.url)))")
    }
    lines.append(headline)
    lines.append(oneLine(article.source.name ?? ""))
    for paragraph in article.paragraphs { lines.append(oneLine(paragraph)) }
    for teaser in article.related {
      lines.append("![](\(oneLine(teaser.image ?? "")))")
      lines.append(oneLine(teaser.summary ?? teaser.headline ?? ""))
    }
    return lines.joined(separator: "\n")
  }

  /// One line of terminal-safe text: newlines folded, controls removed.
  static func oneLine(_ text: String) -> String {
    TerminalText.safe(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
