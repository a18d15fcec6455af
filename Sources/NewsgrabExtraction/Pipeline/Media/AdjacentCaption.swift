import NewsgrabHTML

/// A caption no class names: the short text set right under or beside a
/// picture, in the picture's own small box.
///
/// Older pages print pictures in layout tables (`<tr><td><img></td></tr>
/// <tr><td>caption</td></tr>`), in a `div` holding the picture and a line
/// of text, or as a paragraph holding only the picture followed by an
/// italic or centred line. Body text is never a caption: the text must be
/// short, one block, hardly linked and without a heading, and it must either
/// share a small box with the picture alone or be set apart by its type.
struct AdjacentCaption {
  let content: Content

  /// The longest caption read from layout alone: 323 of the 326 captions in
  /// the fundus and readability truth are this short (the median is 62).
  static let maximumChars: Int32 = 300
  /// A caption has at least this many characters ("Foto", "1/12" are labels).
  static let minimumChars: Int32 = 8
  /// A layout table around a picture and its caption holds little more
  /// than the two (a caption and its credit line).
  static let maximumTableChars: Int32 = 400

  /// The caption text set beside `img` by layout, if any.
  func text(for img: HTMLNode) -> String? {
    guard !Self.isIcon(img) else { return nil }
    let wrapper = loneWrapper(of: img)
    // A figure is the picture's box by definition: its one line of text
    // is the caption, figcaption or not.
    if let parent = wrapper.parent, parent.tag == .figure {
      return textAfter(wrapper, in: parent).flatMap { Self.accepted($0, minimumWords: 2) }
    }
    if wrapper.tag == .td || wrapper.tag == .th {
      guard let cell = cell(besideOrBelow: wrapper), isCaptionLike(cell) else { return nil }
      return Self.accepted(cell.textContent.collapsingWhitespace(), minimumWords: 2)
    }
    guard let parent = wrapper.parent else { return nil }
    // The picture and a line of text alone in their box (a div, a cell);
    // a box inside a link is a card ("CBD gel and more"), its text the
    // card's title, and a button or label over a thumbnail ("watch now",
    // "Breaking News") is shorter than a caption. The text's only container
    // is no such box; one of several is, when it holds just these two (the
    // locator keeps a picture's box whose caption reads as a paragraph).
    if !Self.isBoundary(parent), !isRoot(parent) || content.roots.count > 1,
      Self.boxTags.contains(parent.tag) || parent.tagName == "center",
      parent.closest(.a) == nil, let text = textAfter(wrapper, in: parent)
    {
      return Self.accepted(text, minimumWords: 3)
    }
    // A paragraph holding the picture, a line break and one line set in
    // italics or small type ("<p><img><br><em>Caption</em></p>").
    if parent.tag == .p, let line = setApartLine(after: wrapper, in: parent) {
      return Self.accepted(line, minimumWords: 2)
    }
    // A paragraph holding only the picture, then a line set in italics,
    // small type or centred like the picture: the old hand-made caption.
    guard wrapper != img, wrapper.tag == .p || wrapper.tag == .div || wrapper.tagName == "center",
      let next = wrapper.nextElementSibling, Self.onlySpaceBetween(wrapper, next), isCaptionLike(next),
      Self.isSetApart(next, after: wrapper)
    else { return nil }
    return Self.accepted(next.textContent.collapsingWhitespace(), minimumWords: 2)
  }

  /// `text` as a caption: enough words, and not a byline ("von Katja
  /// Belousova" beside the author's photo).
  static func accepted(_ text: String, minimumWords: Int) -> String? {
    guard let text = text.nonEmpty else { return nil }
    let words = text.split(separator: " ")
    let isCJK = text.unicodeScalars.count >= 6 && text.unicodeScalars.contains { $0.value >= 0x2E80 }
    guard words.count >= minimumWords || isCJK else { return nil }
    if words.count <= Self.maximumBylineWords, let first = words.first,
      Self.bylineWords.contains(first.lowercased())
    {
      return nil
    }
    return text
  }

  /// Words that open a byline: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Od".
  static let bylineWords: Set<String> = ["by", "von", "par", "por", "di", "door", "av", "af", "od"]
  /// A byline is the word and a name of up to three words.
  static let maximumBylineWords = 4

  /// The size below which a picture is an icon or an author's avatar
  /// (`width=32`, `sizes="32px"`), whose neighbouring text is no caption.
  static let maximumIconPixels = 100

  static func isIcon(_ img: HTMLNode) -> Bool {
    let width = ImageSource.dimension(img.attribute("width"))
    let height = ImageSource.dimension(img.attribute("height"))
    if let width, width <= maximumIconPixels, (height ?? 0) <= maximumIconPixels { return true }
    if let sizes = img.attribute("sizes"), let pixels = ImageSource.dimension(sizes), pixels <= maximumIconPixels {
      return true
    }
    return false
  }

  /// Containers that can hold a picture and its caption as their only content.
  static let boxTags: Set<HTMLTag> = [.div, .span, .td, .th, .li, .dd, .dl]

  /// The outermost element around `img` that holds nothing else: no text
  /// and no other picture (a link, a `<picture>`, a paragraph or a cell).
  private func loneWrapper(of img: HTMLNode) -> HTMLNode {
    var wrapper = img
    while let parent = wrapper.parent, !Self.isBoundary(parent), !isRoot(parent) {
      let counts = content.stats[Int(parent.index)]
      guard counts.chars == 0, counts.embeds == 0, Self.pictures(in: parent) <= 1 else { break }
      wrapper = parent
      if parent.tag == .td || parent.tag == .th { break }
    }
    return wrapper
  }

  /// The cell under a picture's cell in the next row (same column), or the
  /// cell beside it, inside a small table holding only that picture.
  private func cell(besideOrBelow cell: HTMLNode) -> HTMLNode? {
    guard let row = cell.parent, row.tag == .tr, let table = cell.closest(.table) else { return nil }
    let counts = content.stats[Int(table.index)]
    guard counts.chars <= Self.maximumTableChars, Self.pictures(in: table) == 1 else { return nil }
    let cells = row.elementChildren.filter { $0.tag == .td || $0.tag == .th }
    guard let column = cells.firstIndex(of: cell) else { return nil }
    if let nextRow = row.nextElementSibling, nextRow.tag == .tr {
      let below = nextRow.elementChildren.filter { $0.tag == .td || $0.tag == .th }
      if column < below.count { return below[column] }
    }
    return column + 1 < cells.count ? cells[column + 1] : nil
  }

  /// The text of `box` after `wrapper`, when the box holds just the
  /// picture and that text (nothing before the picture: a card's title).
  private func textAfter(_ wrapper: HTMLNode, in box: HTMLNode) -> String? {
    let counts = content.stats[Int(box.index)]
    guard counts.paragraphs <= 1 || (counts.paragraphs == 2 && Self.endsWithCreditParagraph(box)),
      counts.headingChars == 0, counts.embeds == 0,
      counts.chars >= Self.minimumChars, counts.chars <= Self.maximumChars, counts.linkDensity <= 0.5,
      content.hints[Int(box.index)].isDisjoint(with: Self.notCaption), Self.pictures(in: box) == 1
    else { return nil }
    var bytes: [UInt8] = []
    var i = box.index + 1
    let end = box.subtreeEndIndex
    let document = content.document
    while i < wrapper.index {
      let node = document.node(at: i)
      if node.isText, node.textBytes.contains(where: { $0 > 0x20 }) { bytes.append(contentsOf: node.textBytes) }
      i += 1
    }
    // Text above the picture is a card's title, unless it is the picture's
    // credit line ("Foto: Jane Doe" set over its top corner).
    if !bytes.isEmpty {
      let before = String(decoding: bytes, as: UTF8.self).collapsingWhitespace()
      let split = Captions.splitCredit(before)
      guard split.caption == nil, split.credit != nil else { return nil }
      bytes.removeAll()
    }
    i = wrapper.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      if node.isElement {
        if content.excluded[Int(i)] || !content.hints[Int(i)].isDisjoint(with: Self.notCaption) || node.tag == .table
          || node.tag == .ul || node.tag == .ol
        {
          return nil
        }
      } else if node.isText {
        bytes.append(contentsOf: node.textBytes)
        bytes.append(0x20)
      }
      i += 1
    }
    return String(decoding: bytes, as: UTF8.self).collapsingWhitespace().nonEmpty
  }

  /// The text of the one element set in italics or small type that follows
  /// the picture in `box`, line breaks and white space around them and
  /// nothing else: no text before the picture, none after the line.
  private func setApartLine(after wrapper: HTMLNode, in box: HTMLNode) -> String? {
    var line: HTMLNode?
    var seenPicture = false
    for child in box.children {
      if child == wrapper {
        seenPicture = true
      } else if child.isText {
        if child.textBytes.contains(where: { $0 > 0x20 }) { return nil }
      } else if child.tag == .br {
        continue
      } else if seenPicture, line == nil, Self.emphasis.contains(child.tagName) {
        line = child
      } else if child.isElement {
        return nil
      }
    }
    guard let line, isCaptionLike(line) else { return nil }
    return line.textContent.collapsingWhitespace().nonEmpty
  }

  /// Whether the last paragraph in a box is a credit line and nothing
  /// more ("<p>Caption</p><p>Image: Jane Doe</p>"): the caption's second
  /// paragraph, not a second block of text.
  static func endsWithCreditParagraph(_ box: HTMLNode) -> Bool {
    guard let last = box.descendants(.p).last else { return false }
    let split = Captions.splitCredit(last.textContent.collapsingWhitespace())
    return split.caption == nil && split.credit != nil
  }

  /// Pictures below `node`, counted up to two. The page's statistics leave
  /// out boxes the content phase dropped (a "media" class is one), so the
  /// tree is read instead; the walk stops at the second picture.
  static func pictures(in node: HTMLNode) -> Int {
    let document = node.document
    var found = 0
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      let child = document.node(at: i)
      if child.isElement, child.tag == .img || ImageCollector.isPictureElement(child) {
        found += 1
        if found > 1 { return found }
      }
      i += 1
    }
    return found
  }

  /// Hints of boxes that are never a caption.
  static let notCaption: Hints = [.title, .byline, .related, .promo, .share, .hidden, .furnitureRole, .unlikely]

  /// A short block of plain text: no heading, picture, list or table
  /// inside, hardly any of it linked, not furniture.
  private func isCaptionLike(_ node: HTMLNode) -> Bool {
    guard !node.tag.isHeading, node.tag != .ul, node.tag != .ol, node.tag != .table else { return false }
    guard content.hints[Int(node.index)].isDisjoint(with: Self.notCaption), !content.excluded[Int(node.index)]
    else { return false }
    let counts = content.stats[Int(node.index)]
    return counts.chars >= Self.minimumChars && counts.chars <= Self.maximumChars && counts.images == 0
      && counts.headingChars == 0 && counts.paragraphs <= 1 && counts.listItems == 0 && counts.embeds == 0
      && counts.rows == 0 && counts.linkDensity <= 0.5
  }

  /// Whether a line after a lone picture is typeset as its caption: all
  /// of its text in italics or small type, or centred like the picture.
  static func isSetApart(_ line: HTMLNode, after picture: HTMLNode) -> Bool {
    if emphasis.contains(line.tagName) { return true }
    let elements = line.elementChildren
    if elements.count == 1, emphasis.contains(elements[0].tagName),
      line.textContent.collapsingWhitespace() == elements[0].textContent.collapsingWhitespace()
    {
      return true
    }
    guard let lineAlign = alignment(of: line) else { return false }
    return lineAlign == alignment(of: picture)
  }

  /// Inline elements that set a caption's type apart from the text.
  static let emphasis: Set<String> = ["i", "em", "small", "font", "sub", "cite"]

  /// "center" from `align=center` or an inline `text-align:center` (or `<center>`).
  static func alignment(of node: HTMLNode) -> String? {
    if node.tagName == "center" { return "center" }
    if let align = node.attribute("align")?.lowercased().trimmed.nonEmpty { return align }
    guard let style = node.attribute("style")?.lowercased(), style.hasSubstring("text-align") else { return nil }
    let compact = style.filter { !$0.isWhitespace }
    for value in ["center", "right", "justify"] where compact.contains("text-align:" + value) { return value }
    return nil
  }

  /// Whether only white space lies between two siblings.
  static func onlySpaceBetween(_ first: HTMLNode, _ second: HTMLNode) -> Bool {
    var current = first.nextSibling
    while let node = current, node != second {
      if node.isElement || node.textBytes.contains(where: { $0 > 0x20 }) { return false }
      current = node.nextSibling
    }
    return current != nil
  }

  private func isRoot(_ node: HTMLNode) -> Bool {
    content.roots.contains(node)
  }

  static func isBoundary(_ node: HTMLNode) -> Bool {
    switch node.tag {
    case .body, .html, .article, .main, .section, .figure, .tr, .table, .tbody: return true
    default: return false
    }
  }
}
