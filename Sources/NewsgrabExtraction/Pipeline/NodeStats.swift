import NewsgrabHTML

/// Per-node counts for one page, computed in linear passes over the arena.
///
/// Nodes are stored in document order with contiguous subtrees, so walking
/// the indexes backwards visits every child before its parent: one backward
/// pass adds each node's totals into its parent and gives every element its
/// subtree totals without a tree walk per node.
struct NodeStats {
  /// Characters of visible text (white-space runs count as one).
  var chars: [Int32]
  /// Characters inside links.
  var linkChars: [Int32]
  /// Commas (Latin, Arabic and full-width).
  var commas: [Int32]
  var paragraphs: [Int32]
  var images: [Int32]
  var listItems: [Int32]
  var inputs: [Int32]
  var embeds: [Int32]
  var headingChars: [Int32]
  /// Characters inside `ul`/`ol`.
  var listChars: [Int32]
  /// Table rows, and header cells/captions (to tell data tables from layout).
  var rows: [Int32]
  var headerCells: [Int32]
  /// Whether a block-level element lies below.
  var hasBlock: [Bool]
  /// Whether a child is an empty link to another page: the "stretched"
  /// anchor laid over a story card, which makes all of the card's text
  /// the link's label.
  var hasOverlayLink: [Bool]

  /// A card whose text is at most this long is read as the overlay link's
  /// label; longer text (or a `<p>`) is prose that happens to hold an empty anchor.
  static let maximumCardChars: Int32 = 400

  /// Characters and commas of each text node, measured once per page.
  struct TextMeasure {
    var chars: [Int32]
    var commas: [Int32]

    init(document: HTMLDocument) {
      let count = document.nodeCount
      chars = Array(repeating: 0, count: count)
      commas = Array(repeating: 0, count: count)
      for i in 0..<Int32(count) {
        let node = document.node(at: i)
        guard node.isText else { continue }
        let (c, k) = node.textBytes.withUnsafeBufferPointer { Self.measure($0) }
        chars[Int(i)] = c
        commas[Int(i)] = k
      }
    }

    /// Counts characters (UTF-8 lead bytes; white-space runs as one) and commas.
    static func measure(_ bytes: ArraySlice<UInt8>) -> (Int32, Int32) {
      bytes.withUnsafeBufferPointer { measure($0) }
    }

    /// What each byte is to `measure`.
    enum ByteKind: UInt8 {
      /// Starts a character (ASCII or a UTF-8 lead byte).
      case lead
      /// Continues a character.
      case continuation
      /// Tab, LF, FF, CR or space.
      case space
      case comma
      /// A continuation byte that may end a non-ASCII comma (0x8C, 0x81).
      case commaTail
    }

    static let byteKinds: [ByteKind] = (0..<256).map { value in
      let byte = UInt8(value)
      switch byte {
      case 0x20, 0x0A, 0x09, 0x0D, 0x0C: return .space
      case 0x2C: return .comma
      case 0x8C, 0x81: return .commaTail
      case 0x80...0xBF: return .continuation
      default: return .lead
      }
    }

    /// `measure` on raw bytes, one table lookup a byte.
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int32, Int32) {
      var chars: Int32 = 0
      var commas: Int32 = 0
      var inSpace = true
      byteKinds.withUnsafeBufferPointer { kinds in
        for i in 0..<bytes.count {
          switch kinds[Int(bytes[i])] {
          case .lead:
            chars += 1
            inSpace = false
          case .continuation:
            inSpace = false
          case .space:
            if !inSpace { chars += 1 }
            inSpace = true
          case .comma:
            chars += 1
            commas += 1
            inSpace = false
          case .commaTail:
            inSpace = false
            let previous = i >= 1 ? bytes[i - 1] : 0
            let beforePrevious = i >= 2 ? bytes[i - 2] : 0
            if bytes[i] == 0x8C {
              // U+060C ARABIC COMMA (D8 8C), U+FF0C FULLWIDTH COMMA (EF BC 8C).
              if previous == 0xD8 || (previous == 0xBC && beforePrevious == 0xEF) { commas += 1 }
            } else if previous == 0x80 && beforePrevious == 0xE3 {
              // U+3001 IDEOGRAPHIC COMMA (E3 80 81).
              commas += 1
            }
          }
        }
      }
      if inSpace && chars > 0 { chars -= 1 }
      return (chars, commas)
    }
  }

  /// Totals of every node over the nodes not `excluded`.
  init(document: HTMLDocument, text: TextMeasure, excluded: [Bool]) {
    let count = document.nodeCount
    let zero = [Int32](repeating: 0, count: count)
    chars = zero
    linkChars = zero
    commas = zero
    paragraphs = zero
    images = zero
    listItems = zero
    inputs = zero
    embeds = zero
    headingChars = zero
    listChars = zero
    rows = zero
    headerCells = zero
    hasBlock = [Bool](repeating: false, count: count)
    hasOverlayLink = hasBlock
    var none: [Bool] = []
    accumulate(document: document, text: text, range: 1..<Int32(count), excluded: excluded, root: -1, removed: &none)
  }

  /// Recomputes the totals of the subtree `range` (its first index is the
  /// subtree root), skipping `excluded` nodes; the root's own parent is left alone.
  mutating func accumulate(
    document: HTMLDocument, text: TextMeasure, range: Range<Int32>, excluded: [Bool], root: Int32,
    removed: inout [Bool], remove: ((Int32, NodeStats) -> Bool)? = nil
  ) {
    for i in range {
      let k = Int(i)
      chars[k] = text.chars[k]
      commas[k] = text.commas[k]
      linkChars[k] = 0
      paragraphs[k] = 0
      images[k] = 0
      listItems[k] = 0
      inputs[k] = 0
      embeds[k] = 0
      headingChars[k] = 0
      listChars[k] = 0
      rows[k] = 0
      headerCells[k] = 0
      hasBlock[k] = false
      hasOverlayLink[k] = false
    }
    let href = document.nameNumber("href")
    var i = range.upperBound - 1
    while i >= range.lowerBound {
      defer { i -= 1 }
      let k = Int(i)
      let node = document.node(at: i)
      let parent = Int(node.parentIndex)
      let tag = node.tag
      if excluded[k] {
        // Dropped form controls and embeds still count for the parent's clean-up rules.
        if i != root, parent >= 0 {
          switch tag {
          case .input, .select, .textarea, .button: inputs[parent] += 1
          case .iframe, .embed, .object: embeds[parent] += 1
          default: break
          }
          inputs[parent] += inputs[k]
          embeds[parent] += embeds[k]
        }
        continue
      }
      if node.isElement {
        switch tag {
        case .a:
          linkChars[k] = chars[k]
          if chars[k] == 0, images[k] == 0, parent >= 0, Self.pointsElsewhere(node, href: href) {
            hasOverlayLink[parent] = true
          }
        case .p: paragraphs[k] += 1
        case .img: images[k] += 1
        case .li: listItems[k] += 1
        case .input, .select, .textarea, .button: inputs[k] += 1
        case .iframe, .embed, .object: embeds[k] += 1
        case .h1, .h2, .h3, .h4, .h5, .h6: headingChars[k] = chars[k]
        case .ul, .ol: listChars[k] = chars[k]
        case .tr: rows[k] += 1
        case .th, .caption, .thead: headerCells[k] += 1
        default: break
        }
        if hasOverlayLink[k], tag != .a, tag != .p, chars[k] <= Self.maximumCardChars { linkChars[k] = chars[k] }
        if let remove, remove(i, self) {
          removed[k] = true
          continue
        }
      }
      guard i != root, parent >= 0 else { continue }
      chars[parent] += chars[k]
      linkChars[parent] += linkChars[k]
      commas[parent] += commas[k]
      paragraphs[parent] += paragraphs[k]
      images[parent] += images[k]
      listItems[parent] += listItems[k]
      inputs[parent] += inputs[k]
      embeds[parent] += embeds[k]
      headingChars[parent] += headingChars[k]
      listChars[parent] += listChars[k]
      rows[parent] += rows[k]
      headerCells[parent] += headerCells[k]
      if hasBlock[k] || (node.isElement && tag.isBlock) { hasBlock[parent] = true }
    }
  }

  /// An `href` that leads to another page (not `#top`, not a script).
  static func pointsElsewhere(_ anchor: HTMLNode, href name: UInt16?) -> Bool {
    guard let name, let href = anchor.attributeBytes(name), let first = href.first(where: { $0 > 0x20 }) else {
      return false
    }
    if first == UInt8(ascii: "#") { return false }
    let prefix = href.drop(while: { $0 <= 0x20 }).prefix(11).map { $0 | 0x20 }
    return !prefix.starts(with: Array("javascript:".utf8))
  }

  /// Share of the text inside links (0 when there is no text).
  func linkDensity(_ i: Int32) -> Double {
    let total = chars[Int(i)]
    return total > 0 ? Double(linkChars[Int(i)]) / Double(total) : 0
  }
}
