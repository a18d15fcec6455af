import NewsgrabExtraction
import NewsgrabOutput

/// CommonMark: headline as `#`, byline and date, paragraphs, images with
/// captions, and a "Related" list of links.
enum MarkdownRenderer {
  static func render(_ article: Article) -> String {
    var blocks: [String] = []
    blocks.append("# " + escape(article.headline ?? "Untitled"))
    var byline: [String] = []
    if !article.authors.isEmpty { byline.append("By " + article.authors.map(escape).joined(separator: ", ")) }
    if let source = article.source.name { byline.append(escape(source)) }
    if let published = article.publishedAt { byline.append(escape(published)) }
    if !byline.isEmpty { blocks.append("*" + byline.joined(separator: " · ") + "*") }
    if let lead = article.leadImage { blocks.append(image(lead)) }
    for paragraph in article.paragraphs { blocks.append(escape(paragraph)) }
    let leadURL = article.leadImage?.url
    for picture in article.images where picture.url != leadURL { blocks.append(image(picture)) }
    if !article.related.isEmpty {
      var list = ["## Related", ""]
      for teaser in article.related {
        let title = escape(teaser.headline ?? teaser.summary ?? teaser.url ?? "")
        if let url = teaser.url {
          list.append("- [\(title)](<\(destination(url))>)")
        } else {
          list.append("- \(title)")
        }
      }
      blocks.append(list.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func image(_ image: ArticleImage) -> String {
    var text = "![\(escape(image.alt ?? ""))](<\(destination(image.url))>)"
    let words = [image.caption, image.credit.map { "Credit: \($0)" }].compactMap { $0 }.map(escape)
    if !words.isEmpty { text += "\n*" + words.joined(separator: " ") + "*" }
    return text
  }

  /// Escapes characters that would start Markdown syntax, and removes controls.
  static func escape(_ text: String) -> String {
    var output = ""
    for character in TerminalText.safe(text) {
      if "\\`*_[]<>#|".contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
  }

  private static func destination(_ url: String) -> String {
    TerminalText.safe(url).replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C")
      .replacingOccurrences(of: " ", with: "%20")
  }
}
