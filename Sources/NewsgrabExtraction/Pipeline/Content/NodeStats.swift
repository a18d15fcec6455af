import NewsgrabHTML

/// Per-node counts for one page, computed in linear passes over the arena.
///
/// Nodes are stored in document order with contiguous subtrees, so walking
/// the indexes backwards visits every child before its parent: one backward
/// pass adds each node's totals into its parent and gives every element its
/// subtree totals without a tree walk per node.
struct NodeStats {
  /// The totals of one node's subtree.
  struct Counts: Equatable {
    /// Characters of visible text (white-space runs count as one).
    var chars: Int32 = 0
    /// Characters inside links.
    var linkChars: Int32 = 0
    /// Commas (Latin, Arabic and full-width).
    var commas: Int32 = 0
    var paragraphs: Int32 = 0
    var images: Int32 = 0
    var listItems: Int32 = 0
    var inputs: Int32 = 0
    var embeds: Int32 = 0
    var headingChars: Int32 = 0
    /// Characters inside `ul`/`ol`.
    var listChars: Int32 = 0
    /// Table rows, and header cells/captions (to tell data tables from layout).
    var rows: Int32 = 0
    var headerCells: Int32 = 0
    /// Whether a block-level element lies below.
    var hasBlock = false
    /// Whether a child is an empty link to another page: the "stretched"
    /// anchor laid over a story card, which makes all of the card's text
    /// the link's label.
    var hasOverlayLink = false

    /// Share of the text inside links (0 when there is no text).
    var linkDensity: Double {
      chars > 0 ? Double(linkChars) / Double(chars) : 0
    }

    /// Adds a child's totals (all but the flags, which are set by rule).
    mutating func add(_ child: Counts) {
      chars += child.chars
      linkChars += child.linkChars
      commas += child.commas
      paragraphs += child.paragraphs
      images += child.images
      listItems += child.listItems
      inputs += child.inputs
      embeds += child.embeds
      headingChars += child.headingChars
      listChars += child.listChars
      rows += child.rows
      headerCells += child.headerCells
    }
  }

  /// One entry per node, in arena order (one array, so a pass writes one
  /// record per node rather than fourteen checked arrays).
  private(set) var counts: [Counts]

  subscript(_ i: Int32) -> Counts { counts[Int(i)] }
  subscript(_ k: Int) -> Counts { counts[k] }

  /// Read-only access to the totals while `accumulate` is still filling
  /// them in (lent to its `remove` rule, never kept).
  struct Pass {
    fileprivate let counts: UnsafeBufferPointer<Counts>

    subscript(_ i: Int32) -> Counts { counts[Int(i)] }
    subscript(_ k: Int) -> Counts { counts[k] }
  }

  /// A card whose text is at most this long is read as the overlay link's
  /// label; longer text (or a `<p>`) is prose that happens to hold an empty anchor.
  static let maximumCardChars: Int32 = 400

  /// Characters and commas of each text node, measured once per page.
  struct TextMeasure {
    var chars: [Int32]
    var commas: [Int32]

    init(document: HTMLDocument) {
      let count = document.nodeCount
      var commas: [Int32] = []
      // Both arrays written in one pass through their buffers (no
      // uniqueness or bounds check per node).
      chars = [Int32](unsafeUninitializedCapacity: count) { chars, charsCount in
        commas = [Int32](unsafeUninitializedCapacity: count) { commas, commasCount in
          Self.measure(document: document, chars: chars, commas: commas)
          commasCount = count
        }
        charsCount = count
      }
      self.commas = commas
    }

    /// Fills `chars` and `commas` (one entry per node of `document`).
    private static func measure(
      document: HTMLDocument, chars: UnsafeMutableBufferPointer<Int32>, commas: UnsafeMutableBufferPointer<Int32>
    ) {
      precondition(chars.count >= document.nodeCount && commas.count >= document.nodeCount)
      for k in 0..<document.nodeCount {
        let node = document.node(at: Int32(k))
        if node.isText {
          (chars[k], commas[k]) = node.textBytes.withUnsafeBufferPointer { Self.measure($0) }
        } else {
          (chars[k], commas[k]) = (0, 0)
        }
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
    counts = [Counts](repeating: Counts(), count: count)
    var none: [Bool] = []
    accumulate(document: document, text: text, range: 1..<Int32(count), excluded: excluded, root: -1, removed: &none)
  }

  /// Recomputes the totals of the subtree `range` (its first index is the
  /// subtree root), skipping `excluded` nodes; the root's own parent is left alone.
  mutating func accumulate(
    document: HTMLDocument, text: TextMeasure, range: Range<Int32>, excluded: [Bool], root: Int32,
    removed: inout [Bool], remove: ((Int32, Pass) -> Bool)? = nil
  ) {
    let href = document.nameNumber("href")
    counts.withUnsafeMutableBufferPointer { counts in
      text.chars.withUnsafeBufferPointer { textChars in
        text.commas.withUnsafeBufferPointer { textCommas in
          excluded.withUnsafeBufferPointer { excluded in
            let lower = Int(range.lowerBound)
            let upper = Int(range.upperBound)
            precondition(lower >= 0 && upper <= counts.count && upper <= textChars.count && upper <= textCommas.count)
            precondition(upper <= excluded.count)
            for k in lower..<upper {
              counts[k] = Counts(chars: textChars[k], commas: textCommas[k])
            }
            Self.accumulate(
              document: document, range: range, excluded: excluded, root: root, href: href,
              counts: counts, removed: &removed, remove: remove)
          }
        }
      }
    }
  }

  /// The backward pass of `accumulate`, on the buffers it lends.
  private static func accumulate(
    document: HTMLDocument, range: Range<Int32>, excluded: UnsafeBufferPointer<Bool>, root: Int32,
    href: UInt16?, counts: UnsafeMutableBufferPointer<Counts>, removed: inout [Bool],
    remove: ((Int32, Pass) -> Bool)?
  ) {
    var i = range.upperBound - 1
    while i >= range.lowerBound {
      defer { i -= 1 }
      let k = Int(i)
      let node = document.node(at: i)
      let parent = Int(node.parentIndex)
      // Parents precede their children and lie inside the arena.
      precondition(parent < k)
      let tag = node.tag
      if excluded[k] {
        // Dropped form controls and embeds still count for the parent's clean-up rules.
        if i != root, parent >= 0 {
          switch tag {
          case .input, .select, .textarea, .button: counts[parent].inputs += 1
          case .iframe, .embed, .object: counts[parent].embeds += 1
          default: break
          }
          counts[parent].inputs += counts[k].inputs
          counts[parent].embeds += counts[k].embeds
        }
        continue
      }
      if node.isElement {
        var own = counts[k]
        switch tag {
        case .a:
          own.linkChars = own.chars
          if own.chars == 0, own.images == 0, parent >= 0, Self.pointsElsewhere(node, href: href) {
            counts[parent].hasOverlayLink = true
          }
        case .p: own.paragraphs += 1
        case .img: own.images += 1
        case .li: own.listItems += 1
        case .input, .select, .textarea, .button: own.inputs += 1
        case .iframe, .embed, .object: own.embeds += 1
        case .h1, .h2, .h3, .h4, .h5, .h6: own.headingChars = own.chars
        case .ul, .ol: own.listChars = own.chars
        case .tr: own.rows += 1
        case .th, .caption, .thead: own.headerCells += 1
        default: break
        }
        if own.hasOverlayLink, tag != .a, tag != .p, own.chars <= Self.maximumCardChars { own.linkChars = own.chars }
        counts[k] = own
        if let remove, remove(i, Pass(counts: UnsafeBufferPointer(counts))) {
          removed[k] = true
          continue
        }
      }
      guard i != root, parent >= 0 else { continue }
      let child = counts[k]
      counts[parent].add(child)
      if child.hasBlock || (node.isElement && tag.isBlock) { counts[parent].hasBlock = true }
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
  func linkDensity(_ i: Int32) -> Double { counts[Int(i)].linkDensity }
}

extension NodeStats.Pass {
  /// Share of the text inside links (0 when there is no text).
  func linkDensity(_ i: Int32) -> Double { counts[Int(i)].linkDensity }
}
