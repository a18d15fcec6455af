import Foundation

/// Reads text snapshots in the seed layout into an `Article`:
///
/// 1. `![<headline>](<lead image URL>)` (optional)
/// 2. the headline
/// 3. the source name
/// 4. body paragraphs, one per line
/// 5. per related teaser: `![](<image URL>)`, then one line of teaser text
package enum SeedText {
  package static func article(from text: String, url: String? = nil) -> Article {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    // Drop a BOM and blank lines at either end.
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    while let last = lines.last, last.trimmed(in: .cachedWhitespaces).isEmpty { lines.removeLast() }
    while let first = lines.first, first.trimmed(in: .cachedWhitespaces).isEmpty { lines.removeFirst() }

    var article = Article(url: url)
    var provenance: [String: String] = [:]
    var index = 0
    if let first = lines.first, let image = imageLink(first) {
      article.leadImage = ArticleImage(url: image.url, alt: image.alt.isEmpty ? nil : image.alt)
      provenance["leadImage"] = "text:layout"
      index = 1
    }
    if index < lines.count {
      article.headline = lines[index].nonEmpty
      provenance["headline"] = "text:layout"
      index += 1
    }
    if index < lines.count {
      article.source.name = lines[index].nonEmpty
      provenance["source"] = "text:layout"
      index += 1
    }
    var paragraphs: [String] = []
    while index < lines.count, imageLink(lines[index]) == nil {
      if let paragraph = lines[index].nonEmpty { paragraphs.append(paragraph) }
      index += 1
    }
    while index < lines.count {
      guard let image = imageLink(lines[index]) else {
        index += 1
        continue
      }
      let summary = index + 1 < lines.count && imageLink(lines[index + 1]) == nil ? lines[index + 1].nonEmpty : nil
      article.related.append(
        Teaser(headline: image.alt.nonEmpty, summary: summary, image: image.url.isEmpty ? nil : image.url))
      index += summary == nil ? 1 : 2
    }
    article.body = paragraphs.joined(separator: "\n\n")
    article.wordCount = Article.countWords(article.body)
    if !paragraphs.isEmpty { provenance["body"] = "text:layout" }
    if !article.related.isEmpty { provenance["related"] = "text:layout" }
    article.provenance = provenance
    return article
  }

  /// Parses `![alt](url)` filling a whole line.
  static func imageLink(_ line: String) -> (alt: String, url: String)? {
    let trimmed = line.trimmed(in: .cachedWhitespaces)
    guard trimmed.hasPrefix("!["), trimmed.hasSuffix(")"),
      let middle = trimmed.range(of: "](", options: .backwards)
    else { return nil }
    let alt = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<middle.lowerBound])
    let url = String(trimmed[middle.upperBound..<trimmed.index(before: trimmed.endIndex)])
    return (alt, url)
  }
}
