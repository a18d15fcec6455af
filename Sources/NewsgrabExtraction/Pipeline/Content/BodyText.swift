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
    return content.stats[Int(i)].chars <= Self.maximumCaptionChars && content.stats[Int(i)].paragraphs <= 1
  }
}

/// Collects paragraphs from text runs: white space collapsed, explicit line
/// breaks kept, empty paragraphs dropped. Works on UTF-8 bytes; a String is
/// made once per paragraph.
struct ParagraphWriter {
  private(set) var paragraphs: [String] = []
  /// Where the current paragraph sits: the parent of its block element.
  var scope: Int32 = -1
  private var scopes: [Int32] = []
  /// Collapsed lines of the paragraph being written.
  private var lines: [[UInt8]] = []
  private var current: [UInt8] = []
  private var preformatted = false

  /// The paragraphs, without blocks printed twice: a run of two or more
  /// paragraphs repeated from another container (slideshow intros, mobile
  /// and desktop copies) is read once; single repeats are the author's.
  var text: String {
    let first = Self.firstOccurrences(paragraphs)
    var drop = [Bool](repeating: false, count: paragraphs.count)
    var i = 1
    while i < paragraphs.count {
      let a = first[i - 1]
      let b = first[i]
      if a < i - 1, b == a + 1, scopes[a] != scopes[i - 1] {
        drop[i - 1] = true
        drop[i] = true
      }
      i += 1
    }
    // "Advertisement" / "Loading…" labels left by ad slots and players.
    for (i, paragraph) in paragraphs.enumerated() where PageAnalysis.isAdOrLoadingLabel(paragraph) { drop[i] = true }
    return zip(paragraphs, drop).filter { !$0.1 }.map(\.0).joined(separator: "\n\n")
  }

  /// For each paragraph, the number of the first one equal to it (as
  /// Strings are equal: canonically equivalent). Text whose scalars are all
  /// below U+0300 is in normal form C, where canonical equivalence is byte
  /// equality: such pages are compared by bytes, without the normalising
  /// String hash that cost thousands of instructions a paragraph.
  static func firstOccurrences(_ paragraphs: [String]) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(paragraphs.count)
    if paragraphs.allSatisfy(isComposedForSure) {
      var first: [ByteKey: Int] = [:]
      for (i, paragraph) in paragraphs.enumerated() {
        result.append(first[ByteKey(text: paragraph), default: i])
        if result[i] == i { first[ByteKey(text: paragraph)] = i }
      }
    } else {
      var first: [String: Int] = [:]
      for (i, paragraph) in paragraphs.enumerated() {
        result.append(first[paragraph, default: i])
        if result[i] == i { first[paragraph] = i }
      }
    }
    return result
  }

  /// Whether every scalar is below U+0300 (UTF-8 lead bytes below 0xCC):
  /// those are all NFC quick-check "yes" with combining class 0, so the
  /// text is in normal form C.
  static func isComposedForSure(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0xCC } } ?? false
  }

  /// A String hashed and compared as its UTF-8 bytes.
  struct ByteKey: Hashable {
    let text: String

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  mutating func append(_ bytes: ArraySlice<UInt8>, preformatted: Bool) {
    if preformatted { self.preformatted = true }
    current.append(contentsOf: bytes)
  }

  /// A `<br>`: ends the line; a second one in a row ends the paragraph.
  mutating func lineBreak() {
    if preformatted {
      current.append(0x0A)
      return
    }
    let line = Self.collapse(current)
    current.removeAll(keepingCapacity: true)
    if line.isEmpty {
      if !lines.isEmpty { endParagraph() }
      return
    }
    lines.append(line)
  }

  mutating func endParagraph() {
    defer {
      lines.removeAll(keepingCapacity: true)
      current.removeAll(keepingCapacity: true)
      preformatted = false
    }
    var output: [UInt8]
    if preformatted {
      output = Self.trimLines(current)
    } else {
      let last = Self.collapse(current)
      if !last.isEmpty { lines.append(last) }
      output = []
      for line in lines {
        if !output.isEmpty { output.append(0x0A) }
        output.append(contentsOf: line)
      }
    }
    guard !output.isEmpty else { return }
    paragraphs.append(String(decoding: output, as: UTF8.self))
    scopes.append(scope)
  }

  /// White-space runs (ASCII, no-break and Unicode spaces, zero-width
  /// characters) folded to one space, ends trimmed, control characters dropped.
  static func collapse(_ bytes: [UInt8]) -> [UInt8] {
    // Written in place: the output is never longer than the input.
    [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
      bytes.withUnsafeBufferPointer { bytes in
        var n = 0
        var pendingSpace = false
        var i = 0
        let count = bytes.count
        while i < count {
          let byte = bytes[i]
          var width = 1
          var isSpace = false
          var isDropped = false
          if byte < 0x80 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
              isSpace = true
            } else if byte < 0x20 || byte == 0x7F {
              isDropped = true
            }
          } else if byte == 0xC2, i + 1 < count {
            width = 2
            let next = bytes[i + 1]
            if next == 0xA0 { isSpace = true } else if next < 0xA0 { isDropped = true }
          } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
            width = 3
            let b1 = bytes[i + 1]
            let b2 = bytes[i + 2]
            // U+2000–U+200B spaces, U+2028/2029 separators, U+202F, U+205F.
            if b1 == 0x80 && (b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { isSpace = true }
            if b1 == 0x81 && b2 == 0x9F { isSpace = true }
          } else if byte == 0xE3, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
            width = 3
            isSpace = true  // U+3000 IDEOGRAPHIC SPACE
          } else if byte == 0xEF, i + 2 < count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
            width = 3
            isSpace = true  // U+FEFF, a stray byte-order mark
          }
          if isSpace {
            pendingSpace = n > 0
          } else if !isDropped {
            if pendingSpace {
              output[n] = 0x20
              n += 1
              pendingSpace = false
            }
            for k in i..<min(i + width, count) {
              output[n] = bytes[k]
              n += 1
            }
          }
          i += width
        }
        written = n
      }
    }
  }

  /// Preformatted text: trailing spaces cut from each line, blank lines
  /// trimmed at both ends.
  static func trimLines(_ bytes: [UInt8]) -> [UInt8] {
    var lines: [ArraySlice<UInt8>] = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      var line = line
      while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D { line = line.dropLast() }
      return line
    }
    while let first = lines.first, first.isEmpty { lines.removeFirst() }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return Array(lines.joined(separator: [0x0A]))
  }
}
