#if canImport(Glibc)
  import Glibc
#endif

/// Builds an `HTMLDocument` from a stream of parser events.
///
/// It keeps a mirror of the parser's open-element stack. Entries can be
/// closed early in our tree while the parser still has them open: libxml2's
/// HTML4-era rules keep `<p>` open across `<section>`, `<figure>` and other
/// HTML5 blocks, where a browser closes it. New nodes attach to the nearest
/// entry still open, which keeps nodes in document order.
///
/// A struct, reached by the parser's callbacks through a pointer that lives
/// only for one `HTMLParser.parse`: as a class, every access to its arrays
/// paid a dynamic exclusivity check (a tenth of the tree's cost).
struct HTMLTreeBuilder {
  /// Deeper nesting is flattened into the deepest element kept: a page with
  /// 100,000 nested `<div>`s must not make every later tree walk pathological.
  static let maximumDepth = 400

  private struct OpenElement {
    var name: UInt16
    var node: Int32
    var closed: Bool
  }

  private(set) var nodes: [HTMLDocument.Record] = []
  private(set) var attributes: [HTMLDocument.AttributeRecord] = []
  private(set) var names: [String] = HTMLTag.knownNames
  private(set) var bytes: [UInt8] = []

  private var nameIDs: [String: UInt16] = [:]
  private var stack: [OpenElement] = []
  /// Elements past `maximumDepth` that were folded into their ancestor.
  private var flattened = 0
  /// Whether the current script element's text is kept (JSON only).
  private var keepScriptText = true
  /// Where the text ends when the parser's last text callback was a lone
  /// "&" (-1 otherwise).
  private var ampersandEnd: Int32 = -1

  init(expectedBytes: Int) {
    bytes.reserveCapacity(expectedBytes)
    nodes.reserveCapacity(expectedBytes / 40)
    nodes.append(HTMLDocument.Record(kind: .document, name: 0, parent: -1))
    for (i, name) in names.enumerated() { nameIDs[name] = UInt16(i) }
  }

  func build() -> HTMLDocument {
    HTMLDocument(nodes: nodes, attributes: attributes, names: names, nameIDs: nameIDs, bytes: bytes)
  }

  /// Interns a name (tag or attribute) and returns its number.
  mutating func intern(_ name: String) -> UInt16 {
    if let id = nameIDs[name] { return id }
    let id = UInt16(truncatingIfNeeded: names.count)
    guard names.count < Int(UInt16.max) else { return HTMLTag.other.rawValue }
    names.append(name)
    nameIDs[name] = id
    return id
  }

  /// The node new children attach to: the nearest open element, else the root.
  private var currentParent: Int32 {
    for entry in stack.reversed() where !entry.closed { return entry.node }
    return 0
  }

  private mutating func append(_ record: HTMLDocument.Record) -> Int32 {
    let index = Int32(nodes.count)
    let parent = Int(record.parent)
    if nodes[parent].lastChild >= 0 {
      nodes[Int(nodes[parent].lastChild)].nextSibling = index
    } else {
      nodes[parent].firstChild = index
    }
    nodes[parent].lastChild = index
    nodes.append(record)
    return index
  }

  // MARK: Events

  /// Starts an element; its attributes follow through `addAttribute`.
  mutating func startElement(name: UInt16) {
    if stack.count >= Self.maximumDepth {
      flattened += 1
      pendingElement = false
      return
    }
    if Self.closesParagraph(name) { closeOpenParagraph() }
    let attributeStart = Int32(attributes.count)
    let node = append(
      HTMLDocument.Record(
        kind: .element, name: name, parent: currentParent,
        start: attributeStart, end: attributeStart))
    // An HTML5 void element libxml2's HTML4 rules do not know holds what
    // follows it until its parent ends ("<picture><source><source><img>"
    // nests the picture three deep): closed at once in our tree.
    stack.append(OpenElement(name: name, node: node, closed: Self.isUnknownVoid(name)))
    pendingElement = true
    if name == HTMLTag.script.rawValue { keepScriptText = false }
  }

  /// The page bytes that placeholder values stand for (`HiddenValues`),
  /// valid during one `HTMLParser.parse`, and each placeholder's range.
  var hiddenValues = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  var hiddenRanges: [Range<Int>] = []

  /// Adds an attribute to the element just started.
  mutating func addAttribute(name: UInt16, value written: UnsafeBufferPointer<UInt8>) {
    guard pendingElement, let top = stack.last else { return }
    var value = written
    if written.count >= 2, written[0] == HiddenValues.marker, let number = HiddenValues.number(in: written),
      number < hiddenRanges.count
    {
      value = UnsafeBufferPointer(rebasing: hiddenValues[hiddenRanges[number]])
    }
    let valueStart = Int32(bytes.count)
    appendText(value)
    attributes.append(.init(name: name, valueStart: valueStart, valueEnd: Int32(bytes.count)))
    nodes[Int(top.node)].end = Int32(attributes.count)
    if top.name == HTMLTag.script.rawValue, name == typeAttribute {
      // Only JSON scripts (JSON-LD, embedded state) carry data worth keeping.
      if value.allSatisfy({ $0 < 0x80 }) {
        // ASCII (every real type): a byte search; String.contains walks
        // grapheme by grapheme and cost 19,000 instructions a script.
        let lower = value.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let json = Array("json".utf8)
        keepScriptText =
          lower.count >= json.count
          && (0...(lower.count - json.count)).contains { start in
            lower[start..<(start + json.count)].elementsEqual(json)
          }
      } else {
        keepScriptText = String(decoding: value, as: UTF8.self).lowercased().contains("json")
      }
    }
  }

  private var pendingElement = false
  private lazy var typeAttribute: UInt16 = intern("type")

  /// Names as pointers into libxml2's dictionary: stable for one parse, so
  /// they identify a name without hashing its bytes.
  private var pointerIDs: [UnsafeRawPointer: UInt16] = [:]

  /// The last name number seen per slot (by pointer bits), before the
  /// dictionary: a page uses a few dozen names, so nearly every element and
  /// attribute name is found here without hashing (the dictionary lookup
  /// cost about a hundred instructions, for every name of every element).
  /// A slot only ever holds a pointer with the number the dictionary gives
  /// it, so a hit is exact.
  private var recentPointers = [UnsafeRawPointer?](repeating: nil, count: recentSlots)
  private var recentIDs = [UInt16](repeating: 0, count: recentSlots)
  /// Several times the names of a typical page; the slot is the top 8
  /// bits of a 64-bit hash, so this stays 256.
  private static let recentSlots = 256

  /// Interns a name given as a libxml2 (dictionary) string.
  mutating func intern(pointer: UnsafePointer<UInt8>) -> UInt16 {
    let key = UnsafeRawPointer(pointer)
    // Fibonacci hashing of the address: its top 8 bits pick the slot.
    let slot = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
    if recentPointers[slot] == key { return recentIDs[slot] }
    let id: UInt16
    if let known = pointerIDs[key] {
      id = known
    } else {
      id = intern(String(cString: pointer))
      pointerIDs[key] = id
    }
    recentPointers[slot] = key
    recentIDs[slot] = id
    return id
  }

  mutating func endElement(name: UInt16) {
    pendingElement = false
    if flattened > 0 {
      flattened -= 1
      return
    }
    // libxml2 balances its events, so the top entry normally matches.
    if let top = stack.last, top.name == name {
      stack.removeLast()
      return
    }
    if let i = stack.lastIndex(where: { $0.name == name }) {
      stack.removeSubrange(i...)
    }
  }

  mutating func characters(_ pointer: UnsafePointer<UInt8>, count: Int) {
    guard count > 0 else { return }
    pendingElement = false
    let parent = currentParent
    if nodes[Int(parent)].name == HTMLTag.script.rawValue, nodes[Int(parent)].kind == .element,
      !keepScriptText
    {
      return
    }
    if nodes[Int(parent)].name == HTMLTag.style.rawValue, nodes[Int(parent)].kind == .element {
      return
    }
    var start = Int32(bytes.count)
    let text = UnsafeBufferPointer(start: pointer, count: count)
    let last = nodes[Int(parent)].lastChild
    // "&nbspDavid": libxml2 gave a lone "&" and then the name it could not
    // decode without ";"; a browser reads the legacy name (`LegacyReference`).
    if start == ampersandEnd, last >= 0, nodes[Int(last)].kind == .text, nodes[Int(last)].end == start,
      let (scalar, length) = LegacyReference.match(text)
    {
      bytes.removeLast()
      start -= 1
      nodes[Int(last)].end = start
      append(scalar)
      appendText(UnsafeBufferPointer(rebasing: text[length...]))
    } else {
      appendText(text)
    }
    let end = Int32(bytes.count)
    ampersandEnd = count == 1 && pointer[0] == UInt8(ascii: "&") ? end : -1
    // Merge with a text node that ends right here (the parser splits long runs).
    if last >= 0, nodes[Int(last)].kind == .text, nodes[Int(last)].end == start {
      nodes[Int(last)].end = end
      return
    }
    _ = append(HTMLDocument.Record(kind: .text, name: 0, parent: parent, start: start, end: end))
  }

  /// Appends text from the parser, with every C1 control (U+0080–U+009F)
  /// read as the windows-1252 character of that byte. libxml2 decodes
  /// `&#146;` to U+0092, a control that later clean-up drops ("Wal-Marts");
  /// the HTML standard maps references 128–159 to windows-1252 ("Wal-Mart’s").
  /// A raw C1 control in a page is the same mistake, so it is mapped too.
  private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
    // U+0080–U+009F are C2 80–C2 9F in UTF-8: a byte search rules most text out.
    guard let base = text.baseAddress, memchr(base, 0xC2, text.count) != nil else {
      bytes.append(contentsOf: text)
      return
    }
    var i = 0
    while i < text.count {
      let byte = text[i]
      if byte == 0xC2, i + 1 < text.count, text[i + 1] >= 0x80, text[i + 1] < 0xA0 {
        append(Windows1252.scalar(text[i + 1]))
        i += 2
      } else {
        bytes.append(byte)
        i += 1
      }
    }
  }

  /// Appends one character of the Basic Multilingual Plane in UTF-8 (the
  /// windows-1252 and legacy-reference characters are all there).
  private mutating func append(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else {
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  // MARK: HTML5 paragraph closing

  /// Block elements that close an open `<p>` in browsers but not in libxml2 2.9.
  private static let paragraphClosers: Set<UInt16> = Set(
    [
      HTMLTag.article, .aside, .section, .header, .footer, .nav, .main, .figure, .figcaption,
      .details, .dialog, .summary, .menu, .address, .fieldset, .blockquote, .pre, .table, .ul,
      .ol, .dl, .div, .h1, .h2, .h3, .h4, .h5, .h6, .hr, .form, .p,
    ].map(\.rawValue))

  private static func closesParagraph(_ name: UInt16) -> Bool { paragraphClosers.contains(name) }

  /// HTML5's void elements that libxml2 2.9 parses as containers.
  private static func isUnknownVoid(_ name: UInt16) -> Bool {
    name == HTMLTag.source.rawValue || name == HTMLTag.wbr.rawValue
  }

  /// Closes, in our tree only, a `<p>` that is open without a scoping
  /// element (table cell, button, …) between it and the top.
  private mutating func closeOpenParagraph() {
    for i in stack.indices.reversed() {
      let entry = stack[i]
      if entry.closed { continue }
      if entry.name == HTMLTag.p.rawValue {
        // Close the paragraph and everything opened inside it.
        for j in i..<stack.count { stack[j].closed = true }
        return
      }
      if Self.paragraphScopeBoundaries.contains(entry.name) { return }
      // Inline elements (a, span, b, …) may sit between; keep looking.
      if let tag = HTMLTag(rawValue: entry.name), tag.isBlock { return }
    }
  }

  private static let paragraphScopeBoundaries: Set<UInt16> = Set(
    [HTMLTag.button, .td, .th, .caption, .html, .table, .template, .object].map(\.rawValue))
}
