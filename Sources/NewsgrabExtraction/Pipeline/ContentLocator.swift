import NewsgrabHTML

/// Phase 3: finds the element(s) holding the article's text.
struct ContentLocator {
  let page: Page
  let headline: String?

  /// The content root: the element whose paragraphs carry the most text.
  func locate() -> HTMLNode {
    var scores: [HTMLNode: Int] = [:]
    for paragraph in page.body.descendants(.p) {
      let length = paragraph.textLength
      guard length > 40, let parent = paragraph.parent else { continue }
      scores[parent, default: 0] += length
      if let grandparent = parent.parent { scores[grandparent, default: 0] += length / 2 }
    }
    return scores.max { $0.value < $1.value }?.key ?? page.body
  }
}
