/// A node of an `HTMLDocument`: an element, a text run, or the document root.
///
/// A node is a small value (the document and an index); it keeps its document
/// alive with a strong reference, so it can never outlive its storage.
package struct HTMLNode: Hashable, Sendable {
  package let document: HTMLDocument
  package let index: Int32

  package static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
    lhs.index == rhs.index && lhs.document === rhs.document
  }

  package func hash(into hasher: inout Hasher) { hasher.combine(index) }

  var record: HTMLDocument.Record { document.nodes[Int(index)] }

  package var kind: HTMLNodeKind { record.kind }
  package var isElement: Bool { record.kind == .element }
  package var isText: Bool { record.kind == .text }

  /// The known tag, or `.other` for unknown elements, text and the root.
  package var tag: HTMLTag {
    let record = record
    guard record.kind == .element else { return .other }
    return HTMLTag(rawValue: record.name) ?? .other
  }

  /// The lower-case element name ("" for text and the root).
  package var tagName: String {
    let record = record
    return record.kind == .element ? document.names[Int(record.name)] : ""
  }

  package var parent: HTMLNode? {
    let parent = record.parent
    return parent < 0 ? nil : HTMLNode(document: document, index: parent)
  }

  package var firstChild: HTMLNode? {
    let child = record.firstChild
    return child < 0 ? nil : HTMLNode(document: document, index: child)
  }

  package var nextSibling: HTMLNode? {
    let next = record.nextSibling
    return next < 0 ? nil : HTMLNode(document: document, index: next)
  }

  /// Direct children, in order.
  package var children: HTMLChildren { HTMLChildren(document: document, firstIndex: record.firstChild) }

  /// Direct element children, in order.
  package var elementChildren: [HTMLNode] { children.filter(\.isElement) }

  /// The text of a text node; for an element, see `textContent`.
  package var text: String {
    let record = record
    return record.kind == .text ? document.string(record.start, record.end) : ""
  }

  /// The raw UTF-8 bytes of a text node (empty for elements).
  package var textBytes: ArraySlice<UInt8> {
    let record = record
    return record.kind == .text ? document.bytes[Int(record.start)..<Int(record.end)] : []
  }

  // MARK: Attributes

  /// The value of attribute `name` (lower-case), or nil when absent.
  package func attribute(_ name: String) -> String? {
    let record = record
    guard record.kind == .element, record.start < record.end else { return nil }
    guard let id = document.nameID(name) else { return nil }
    for i in Int(record.start)..<Int(record.end) {
      let attribute = document.attributes[i]
      if attribute.name == id { return document.string(attribute.valueStart, attribute.valueEnd) }
    }
    return nil
  }

  /// The value of the attribute with interned number `name` (from
  /// `HTMLDocument.nameNumber`, looked up once per page), nil when absent:
  /// `attribute(_:)` without hashing the name on every element.
  package func attribute(number name: UInt16?) -> String? {
    guard let name, let bytes = attributeBytes(name) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether the element has attribute `name`.
  package func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

  /// All attributes as (name, value) pairs, in source order.
  package var attributes: [(name: String, value: String)] {
    let record = record
    guard record.kind == .element, record.start < record.end else { return [] }
    return (Int(record.start)..<Int(record.end)).map { i in
      let attribute = document.attributes[i]
      return (document.names[Int(attribute.name)], document.string(attribute.valueStart, attribute.valueEnd))
    }
  }

  /// `id` and `class` joined, lower-cased: the vocabulary that layout hints live in.
  package var classAndID: String {
    let record = record
    guard record.kind == .element, record.start < record.end else { return "" }
    // Read from the arena in one pass: the phases ask this of every element.
    var classValue: Range<Int>?
    var idValue: Range<Int>?
    let classID = document.classNameID
    let idID = document.idNameID
    for i in Int(record.start)..<Int(record.end) {
      let attribute = document.attributes[i]
      if attribute.name == classID, classValue == nil {
        classValue = Int(attribute.valueStart)..<max(Int(attribute.valueStart), Int(attribute.valueEnd))
      } else if attribute.name == idID, idValue == nil {
        idValue = Int(attribute.valueStart)..<max(Int(attribute.valueStart), Int(attribute.valueEnd))
      }
    }
    guard classValue != nil || idValue != nil else { return "" }
    let parts = (classValue ?? 0..<0, idValue ?? 0..<0)
    let both = classValue != nil && idValue != nil
    let length = parts.0.count + parts.1.count + (both ? 1 : 0)
    var isASCII = true
    let text = document.bytes.withUnsafeBufferPointer { source in
      String(unsafeUninitializedCapacity: length) { output in
        var n = 0
        func copy(_ range: Range<Int>) {
          for i in range {
            let byte = source[i]
            if byte >= 0x80 { isASCII = false }
            output[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            n += 1
          }
        }
        copy(parts.0)
        if both {
          output[n] = 0x20
          n += 1
        }
        copy(parts.1)
        return n
      }
    }
    return isASCII ? text : text.lowercased()
  }

  // MARK: Traversal

  /// All descendants in document order, not including the node itself.
  package var descendants: HTMLDescendants { HTMLDescendants(root: self) }

  /// Descendant elements with the given tag, in document order.
  package func descendants(_ tag: HTMLTag) -> [HTMLNode] {
    descendants.filter { $0.tag == tag }
  }

  /// The first descendant element with the given tag.
  package func firstDescendant(_ tag: HTMLTag) -> HTMLNode? {
    descendants.first { $0.tag == tag }
  }

  /// Ancestors from the parent upwards, ending before the document root.
  package var ancestors: [HTMLNode] {
    var result: [HTMLNode] = []
    var current = parent
    while let node = current, node.kind != .document {
      result.append(node)
      current = node.parent
    }
    return result
  }

  /// Whether `self` is `other` or lies inside it.
  package func isInside(_ other: HTMLNode) -> Bool {
    var current: HTMLNode? = self
    while let node = current {
      if node == other { return true }
      current = node.parent
    }
    return false
  }

  /// The nearest ancestor (or self) with the given tag.
  package func closest(_ tag: HTMLTag) -> HTMLNode? {
    var current: HTMLNode? = self
    while let node = current {
      if node.tag == tag { return node }
      current = node.parent
    }
    return nil
  }

  /// All text below this node joined as written (scripts and styles skipped).
  package var textContent: String {
    if isText { return text }
    var bytes: [UInt8] = []
    appendText(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Calls `visit` with the byte range of each text node below this node, in
  /// document order, skipping script, style and template, until it returns
  /// false. Inlined into each reader below: they run on every element.
  @inline(__always)
  private func forEachTextRange(_ visit: (Range<Int>) -> Bool) {
    let nodes = document.nodes
    var i = index + 1
    let end = subtreeEnd
    while i < end {
      let record = nodes[Int(i)]
      if record.kind == .text {
        if !visit(Int(record.start)..<Int(record.end)) { return }
      } else if HTMLNode.isSkippedForText(record.name) {
        i = HTMLNode(document: document, index: i).subtreeEnd
        continue
      }
      i += 1
    }
  }

  /// Appends the UTF-8 text below this node, skipping script, style and template.
  package func appendText(to output: inout [UInt8]) {
    let buffer = document.bytes
    forEachTextRange { range in
      output.append(contentsOf: buffer[range])
      return true
    }
  }

  /// The first byte of text below this node that is not ASCII white space
  /// (scripts, styles and templates skipped), without copying the text.
  package var firstTextByte: UInt8? {
    let buffer = document.bytes
    var first: UInt8?
    forEachTextRange { range in
      first = buffer[range].first { $0 > 0x20 }
      return first == nil
    }
    return first
  }

  /// Number of UTF-8 bytes of text below this node (scripts and styles skipped).
  package var textLength: Int {
    var total = 0
    forEachTextRange { range in
      total += range.count
      return true
    }
    return total
  }

  /// `textLength` as a reader sees it: every run of whitespace (the
  /// markup's indentation) counts one byte. Counting stops past `limit`
  /// (the result is then `limit + 1`).
  package func readableTextLength(atMost limit: Int) -> Int {
    let nodes = document.nodes
    let buffer = document.bytes
    var total = 0
    var inSpace = false
    var i = index + 1
    let end = subtreeEnd
    while i < end {
      let record = nodes[Int(i)]
      if record.kind == .text {
        for byte in buffer[Int(record.start)..<Int(record.end)] {
          let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
          if !(space && inSpace) {
            total += 1
            if total > limit { return limit + 1 }
          }
          inSpace = space
        }
      } else if HTMLNode.isSkippedForText(record.name) {
        i = HTMLNode(document: document, index: i).subtreeEnd
        continue
      }
      i += 1
    }
    return total
  }

  static func isSkippedForText(_ name: UInt16) -> Bool {
    name == HTMLTag.script.rawValue || name == HTMLTag.style.rawValue
      || name == HTMLTag.template.rawValue
  }
}

/// The children of a node, walked through sibling links.
package struct HTMLChildren: Sequence {
  let document: HTMLDocument
  let firstIndex: Int32

  package struct Iterator: IteratorProtocol {
    let document: HTMLDocument
    var cursor: Int32

    package mutating func next() -> HTMLNode? {
      guard cursor >= 0 else { return nil }
      let node = HTMLNode(document: document, index: cursor)
      cursor = document.nodes[Int(cursor)].nextSibling
      return node
    }
  }

  package func makeIterator() -> Iterator { Iterator(document: document, cursor: firstIndex) }
}

/// The descendants of a node in document order.
///
/// Nodes are stored in document order, so a subtree is a contiguous run of
/// indexes and the walk is a linear scan up to `subtreeEnd`.
package struct HTMLDescendants: Sequence {
  let root: HTMLNode

  package struct Iterator: IteratorProtocol {
    let document: HTMLDocument
    var cursor: Int32
    let end: Int32

    package mutating func next() -> HTMLNode? {
      guard cursor < end else { return nil }
      let node = HTMLNode(document: document, index: cursor)
      cursor += 1
      return node
    }
  }

  package func makeIterator() -> Iterator {
    Iterator(document: root.document, cursor: root.index + 1, end: root.subtreeEnd)
  }
}

extension HTMLNode {
  /// One past the last index of this node's subtree (nodes are in document order).
  var subtreeEnd: Int32 {
    var current = self.record
    var index = self.index
    // The subtree ends where the next sibling of self or of an ancestor starts.
    while true {
      if current.nextSibling >= 0 { return current.nextSibling }
      if current.parent < 0 { return Int32(document.nodes.count) }
      index = current.parent
      current = document.nodes[Int(index)]
    }
  }
}

// MARK: Index-level access for linear passes

extension HTMLDocument {
  /// The node at `index` (0 is the root); indexes follow document order, so
  /// a pass over `0..<nodeCount` visits parents before their children.
  package func node(at index: Int32) -> HTMLNode { HTMLNode(document: self, index: index) }

  /// The interned number of a tag or attribute name in this document, nil
  /// when the page never uses it: look it up once, then compare numbers.
  package func nameNumber(_ name: String) -> UInt16? { nameID(name) }
}

extension HTMLNode {
  /// Index of the parent (-1 for the root).
  package var parentIndex: Int32 { record.parent }

  /// One past the last index of this node's subtree.
  package var subtreeEndIndex: Int32 { subtreeEnd }

  /// Calls `body` with each attribute's interned name number and raw UTF-8
  /// value, in source order: one pass when several attributes are wanted.
  package func forEachAttribute(_ body: (UInt16, ArraySlice<UInt8>) -> Void) {
    let record = record
    guard record.kind == .element, record.start < record.end else { return }
    for i in Int(record.start)..<Int(record.end) {
      let attribute = document.attributes[i]
      body(attribute.name, document.bytes[Int(attribute.valueStart)..<Int(attribute.valueEnd)])
    }
  }

  /// The raw UTF-8 value of the attribute with interned number `name`.
  package func attributeBytes(_ name: UInt16) -> ArraySlice<UInt8>? {
    let record = record
    guard record.kind == .element, record.start < record.end else { return nil }
    for i in Int(record.start)..<Int(record.end) {
      let attribute = document.attributes[i]
      if attribute.name == name { return document.bytes[Int(attribute.valueStart)..<Int(attribute.valueEnd)] }
    }
    return nil
  }
}
