import NewsgrabHTML

/// Phase 4: renders the content root as plain text paragraphs.
struct BodyText {
  let page: Page

  func render(_ content: HTMLNode) -> String {
    var paragraphs: [String] = []
    for node in content.descendants where node.isElement {
      switch node.tag {
      case .p, .h2, .h3, .h4, .li, .blockquote:
        // Nested blocks are rendered by their innermost block.
        if node.descendants.contains(where: { [.p, .li, .h2, .h3].contains($0.tag) }) { continue }
        if let text = node.textContent.nonEmpty { paragraphs.append(text) }
      default: break
      }
    }
    return paragraphs.joined(separator: "\n\n")
  }
}
