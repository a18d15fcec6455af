import NewsgrabHTML

/// Phase 4: renders the located content as plain text paragraphs.
///
/// One forward pass per container: block elements end a paragraph, `<br>`
/// ends a line (two in a row end a paragraph), captions and credits are
/// left to the images. Text is gathered as UTF-8 bytes and turned into a
/// String once per paragraph.
struct BodyText {
  let page: Page

  /// A caption or credit box longer than this is article text in disguise.
  static let maximumCaptionChars: Int32 = 400

  func render(_ content: Content) -> String {
    var writer = ParagraphWriter()
    let document = content.document
    for root in content.roots {
      var blocks: [(end: Int32, scope: Int32)] = []
      var preDepth: [Int32] = []
      let end = root.subtreeEndIndex
      var i = root.index
      writer.scope = root.parentIndex
      while i < end {
        while let last = blocks.last, last.end <= i {
          writer.endParagraph()
          blocks.removeLast()
          writer.scope = blocks.last?.scope ?? root.parentIndex
        }
        while let last = preDepth.last, last <= i { preDepth.removeLast() }
        let node = document.node(at: i)
        if content.isSkipped(i) || isLeftToImages(i, node: node, content: content) {
          i = node.subtreeEndIndex
          continue
        }
        if node.isText {
          writer.append(node.textBytes, preformatted: !preDepth.isEmpty)
        } else if node.isElement {
          let tag = node.tag
          if tag == .br {
            writer.lineBreak()
          } else if tag.isBlock {
            writer.endParagraph()
            blocks.append((node.subtreeEndIndex, node.parentIndex))
            writer.scope = node.parentIndex
            if tag == .pre { preDepth.append(node.subtreeEndIndex) }
          }
        }
        i += 1
      }
      writer.endParagraph()
    }
    return writer.text
  }

  /// Captions and credits belong to their image, not to the text.
  private func isLeftToImages(_ i: Int32, node: HTMLNode, content: Content) -> Bool {
    guard node.isElement else { return false }
    let hints = content.hints[Int(i)]
    let tag = node.tag
    guard tag == .figcaption || hints.contains(.caption) || hints.contains(.credit) else { return false }
    if tag == .figure || tag == .body || tag == .article || tag == .main { return false }
    return content.stats.chars[Int(i)] <= Self.maximumCaptionChars && content.stats.paragraphs[Int(i)] <= 1
  }
}

/// Collects paragraphs from text runs: white space collapsed, explicit line
/// breaks kept, empty paragraphs dropped.
struct ParagraphWriter {
  private(set) var paragraphs: [String] = []

  /// The paragraphs, without blocks printed twice: a run of two or more
  /// paragraphs repeated from another container (slideshow intros, mobile
  /// and desktop copies) is read once; single repeats are the author's.
  var text: String {
    var first: [String: Int] = [:]
    var drop = [Bool](repeating: false, count: paragraphs.count)
    for (i, paragraph) in paragraphs.enumerated() where first[paragraph] == nil { first[paragraph] = i }
    var i = 1
    while i < paragraphs.count {
      if let a = first[paragraphs[i - 1]], let b = first[paragraphs[i]], a < i - 1, b == a + 1,
        scopes[a] != scopes[i - 1]
      {
        drop[i - 1] = true
        drop[i] = true
      }
      i += 1
    }
    return zip(paragraphs, drop).filter { !$0.1 }.map(\.0).joined(separator: "\n\n")
  }
  private var lines: [[UInt8]] = []
  private var current: [UInt8] = []
  private var preformatted = false
  /// Where the current paragraph sits: the parent of its block element.
  var scope: Int32 = -1
  private var scopes: [Int32] = []

  mutating func append(_ bytes: ArraySlice<UInt8>, preformatted: Bool) {
    if preformatted { self.preformatted = true }
    current.append(contentsOf: bytes)
  }

  /// A `<br>`: ends the line; a second one in a row ends the paragraph.
  mutating func lineBreak() {
    let line = String(decoding: current, as: UTF8.self)
    current.removeAll(keepingCapacity: true)
    if line.nonEmpty == nil {
      if !lines.isEmpty { endParagraph() }
      return
    }
    lines.append(Array(line.utf8))
  }

  mutating func endParagraph() {
    if !current.isEmpty {
      lines.append(current)
      current.removeAll(keepingCapacity: true)
    }
    defer {
      lines.removeAll(keepingCapacity: true)
      preformatted = false
    }
    guard !lines.isEmpty else { return }
    var rendered: [String] = []
    for line in lines {
      let text = String(decoding: line, as: UTF8.self)
      if preformatted {
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
          let trimmed = String(part).trimmingTrailingWhitespace()
          rendered.append(trimmed)
        }
      } else if let collapsed = text.nonEmpty {
        rendered.append(collapsed)
      }
    }
    while let first = rendered.first, first.nonEmpty == nil { rendered.removeFirst() }
    while let last = rendered.last, last.nonEmpty == nil { rendered.removeLast() }
    guard !rendered.isEmpty else { return }
    let paragraph = rendered.joined(separator: "\n")
    paragraphs.append(paragraph)
    scopes.append(scope)
  }
}

extension String {
  func trimmingTrailingWhitespace() -> String {
    var scalars = Substring(self)
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
