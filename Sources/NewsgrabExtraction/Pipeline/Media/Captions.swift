import NewsgrabHTML

/// The words printed around a picture: its caption and its credit.
///
/// A caption is a `<figcaption>` or an element whose class says so; a credit
/// is an element with a credit/copyright/photographer class inside or next
/// to it, or a trailing "Photo: …" / "(Credit: …)" in the caption text.
struct Captions {
  let content: Content

  /// The largest box around an image that still belongs to it alone.
  static let maximumBoxChars: Int32 = 800

  /// Caption and credit of the image `img`.
  func words(for img: HTMLNode) -> (caption: String?, credit: String?) {
    guard let box = box(of: img) else { return (nil, nil) }
    var captionNode: HTMLNode?
    var creditNode: HTMLNode?
    for node in box.descendants where node.isElement {
      let tag = node.tag
      let hints = content.hints[Int(node.index)]
      // "caption" in a class wins over "attribution"; a figcaption
      // classed as a credit is the credit.
      let isCredit = hints.contains(.credit) && !hints.contains(.caption)
      let isCaption = hints.contains(.caption) || (tag == .figcaption && !isCredit)
      if captionNode == nil, isCaption, !img.isInside(node) { captionNode = node }
      if creditNode == nil, isCredit, !img.isInside(node), !hints.contains(.hidden) { creditNode = node }
    }
    if captionNode == nil, creditNode == nil, let next = box.nextElementSibling, isCaption(next) {
      // A caption printed right after the figure, as its sibling.
      if content.hints[Int(next.index)].contains(.credit) && next.tag != .figcaption {
        creditNode = next
      } else {
        captionNode = next
      }
    }
    var credit = creditNode.map { $0.textContent.collapsingWhitespace() } ?? img.attribute("data-credit")?.nonEmpty
    var caption: String?
    if let captionNode {
      caption = text(of: captionNode, skipping: creditNode).nonEmpty
    } else {
      caption = img.attribute("data-caption")?.nonEmpty
    }
    if let text = caption, text.hasPrefix("("), text.hasSuffix(")"), !text.dropFirst().contains("(") {
      // A caption that is only a bracketed name is the credit.
      credit = credit ?? text
      caption = nil
    }
    if let text = caption, credit == nil {
      let split = Self.splitCredit(text)
      caption = split.caption
      credit = split.credit
    }
    if let text = credit { credit = Self.cleanCredit(text) }
    if caption == credit { credit = nil }
    return (caption, credit)
  }

  /// The figure around the image, or the nearest ancestor (up to three
  /// levels) that holds this image alone and a little text.
  private func box(of img: HTMLNode) -> HTMLNode? {
    if let figure = img.closest(.figure) { return figure }
    var current = img.parent
    var best: HTMLNode?
    var level = 0
    while let node = current, node.index > 0, level < 3 {
      if node.tag == .body || node.tag == .article || node.tag == .main { break }
      if content.stats[Int(node.index)].chars > Self.maximumBoxChars { break }
      if node.descendants(.img).count > 1 { break }
      best = node
      if node.descendants.contains(where: { $0.isElement && isCaption($0) }) { return node }
      current = node.parent
      level += 1
    }
    // A caption right after the image's box, as a sibling.
    if let best, let next = best.nextElementSibling, isCaption(next) {
      return best.parent
    }
    return best
  }

  private func isCaption(_ node: HTMLNode) -> Bool {
    let hints = content.hints[Int(node.index)]
    return node.tag == .figcaption || hints.contains(.caption) || hints.contains(.credit)
  }

  /// Text below `node`, leaving out the `skipped` subtree.
  private func text(of node: HTMLNode, skipping skipped: HTMLNode?) -> String {
    guard let skipped, skipped.isInside(node) else { return node.textContent }
    var bytes: [UInt8] = []
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      if i == skipped.index {
        i = skipped.subtreeEndIndex
        bytes.append(0x20)
        continue
      }
      let child = content.document.node(at: i)
      if child.isText { bytes.append(contentsOf: child.textBytes) }
      i += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Prefixes that introduce a picture credit inside a caption.
  static let creditMarkers = [
    "photo:", "photos:", "photograph:", "image:", "images:", "picture:", "credit:",
    "credits:", "source:", "foto:", "bild:", "photo by", "photos by", "photograph by", "image by", "picture by",
    "photo credit:", "image credit:", "photo courtesy", "courtesy of", "©", "(c)",
  ]

  /// Splits "A crowd gathers. Photo: Jane Doe/Agency" into caption and credit.
  static func splitCredit(_ text: String) -> (caption: String?, credit: String?) {
    let lower = text.lowercased()
    var best: String.Index?
    for marker in creditMarkers {
      // A marker absent from the bytes is absent for Foundation's search too.
      guard lower.hasSubstring(marker), let range = lower.range(of: marker, options: .backwards) else { continue }
      // Only a marker that starts the text or follows a sentence end, a
      // bracket or a separator is a credit, not "a photo: the …" mid-text.
      if range.lowerBound != lower.startIndex {
        let before = lower[..<range.lowerBound].trimmingTrailingSpaces()
        guard let last = before.last, ".!?)(|–—-/:;".contains(last) || before.hasSuffix("(") else { continue }
      }
      if best == nil || range.lowerBound < best! { best = range.lowerBound }
    }
    guard let start = best else { return splitTrailingBracket(text) }
    let offset = lower.distance(from: lower.startIndex, to: start)
    let splitIndex = text.index(text.startIndex, offsetBy: offset)
    var caption = String(text[..<splitIndex]).trimmed
    while let last = caption.last, "(|–—-/".contains(last) { caption.removeLast() }
    var credit = String(text[splitIndex...]).trimmed
    if credit.hasSuffix(")"), !credit.contains("(") { credit = String(credit.dropLast()).trimmed }
    return (caption.trimmed.isEmpty ? nil : caption.trimmed, credit.isEmpty ? nil : credit)
  }

  /// Splits "Seedlings in trays (Mia Stone/Studio)": a short trailing
  /// bracket of names or an agency path is the credit.
  static func splitTrailingBracket(_ text: String) -> (caption: String?, credit: String?) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return (text, nil) }
    let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmed
    let words = inner.split(separator: " ")
    guard !words.isEmpty, words.count <= 8 else { return (text, nil) }
    let names = words.allSatisfy { word in word.first.map { $0.isUppercase || $0 == "©" } ?? false }
    guard inner.contains("/") || names else { return (text, nil) }
    let caption = String(text[..<open]).trimmed
    return (caption.isEmpty ? nil : caption, inner)
  }

  /// A credit without its brackets and surrounding white space.
  static func cleanCredit(_ text: String) -> String? {
    var credit = text.collapsingWhitespace()
    if credit.hasPrefix("("), credit.hasSuffix(")") { credit = String(credit.dropFirst().dropLast()).trimmed }
    if credit.hasSuffix(")"), !credit.contains("(") { credit.removeLast() }
    return credit.isEmpty ? nil : credit
  }
}

extension Substring {
  func trimmingTrailingSpaces() -> Substring {
    var result = self
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}

extension HTMLNode {
  /// The next sibling that is an element.
  var nextElementSibling: HTMLNode? {
    var current = nextSibling
    while let node = current {
      if node.isElement { return node }
      current = node.nextSibling
    }
    return nil
  }
}
