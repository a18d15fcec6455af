/// A parsed HTML page as one compact, immutable tree.
///
/// All nodes live in one array and all text and attribute values in one
/// UTF-8 buffer (an arena per page): there is no per-node allocation and no
/// libxml2 tree behind it, so a document is cheap to build, `Sendable`, and
/// safe to keep after the parser is gone.
package final class HTMLDocument: Sendable {
  /// One node of the arena. Links are indexes into `nodes`; -1 means none.
  struct Record: Sendable, Equatable {
    var kind: HTMLNodeKind
    var name: UInt16
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Element: range into `attributes`. Text: byte range into `bytes`.
    var start: Int32 = 0
    var end: Int32 = 0
  }

  struct AttributeRecord: Sendable, Equatable {
    var name: UInt16
    var valueStart: Int32
    var valueEnd: Int32
  }

  let nodes: [Record]
  let attributes: [AttributeRecord]
  let names: [String]
  let nameIDs: [String: UInt16]
  let bytes: [UInt8]
  /// The page's UTF-8 as it was handed to the parser, the text of its
  /// scripts included (the tree keeps only JSON scripts' text; a date or
  /// name a page's JavaScript holds is read from here). Empty when the
  /// document was built from bytes nobody kept.
  package let markup: [UInt8]
  /// Interned numbers of `class` and `id` (nil when the page has none),
  /// looked up once rather than on every `classAndID`.
  let classNameID: UInt16?
  let idNameID: UInt16?

  init(
    nodes: [Record], attributes: [AttributeRecord], names: [String], nameIDs: [String: UInt16], bytes: [UInt8],
    markup: [UInt8] = []
  ) {
    self.nodes = nodes
    self.attributes = attributes
    self.names = names
    self.nameIDs = nameIDs
    self.bytes = bytes
    self.markup = markup
    classNameID = nameIDs["class"]
    idNameID = nameIDs["id"]
  }

  /// The same tree with the page's markup kept beside it (arrays shared, not copied).
  func keeping(markup: [UInt8]) -> HTMLDocument {
    HTMLDocument(nodes: nodes, attributes: attributes, names: names, nameIDs: nameIDs, bytes: bytes, markup: markup)
  }

  /// The synthetic node above `<html>` (and above any stray top-level nodes).
  package var root: HTMLNode { HTMLNode(document: self, index: 0) }

  /// Number of nodes, elements and text together.
  package var nodeCount: Int { nodes.count }

  /// All nodes in document order (the root first).
  package var allNodes: [HTMLNode] { (0..<Int32(nodes.count)).map { HTMLNode(document: self, index: $0) } }

  /// The first `<head>` element, if any.
  package var head: HTMLNode? { root.firstDescendant(.head) }

  /// The first `<body>` element, if any.
  package var body: HTMLNode? { root.firstDescendant(.body) }

  func string(_ start: Int32, _ end: Int32) -> String {
    if start >= end { return "" }
    return bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
    }
  }

  func nameID(_ name: String) -> UInt16? { nameIDs[name] }

  /// Whether some element's attribute `name` (by its number) holds
  /// `needle`, an ASCII word in lower case, in any case: one pass over the
  /// page's attribute list, before walking the tree for such elements.
  package func anyAttribute(_ name: UInt16, holds needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return true }
    return attributes.withUnsafeBufferPointer { list in
      bytes.withUnsafeBufferPointer { text in
        for attribute in list where attribute.name == name {
          let start = Int(attribute.valueStart)
          let last = Int(attribute.valueEnd) - pattern.count
          guard start <= last else { continue }
          for i in start...last where text[i] | 0x20 == first {
            var j = 1
            while j < pattern.count, text[i + j] | 0x20 == pattern[j] { j += 1 }
            if j == pattern.count { return true }
          }
        }
        return false
      }
    }
  }

  /// How many elements carry attribute `name` (by its number), counted
  /// over the page's attribute list in one pass: a test before walking the
  /// tree for an attribute the page may only use where expected.
  package func attributeCount(_ name: UInt16) -> Int {
    attributes.withUnsafeBufferPointer { list in
      var count = 0
      for attribute in list where attribute.name == name { count += 1 }
      return count
    }
  }

  /// Calls `body` with the bytes every text and attribute value of the
  /// page is a range of (for a fast search of them all at once, as a test
  /// before walking the tree for a rare mark).
  package func withValueBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    bytes.withUnsafeBufferPointer(body)
  }
}

/// What a node of the tree is.
package enum HTMLNodeKind: UInt8, Sendable {
  case document, element, text
}

extension HTMLTag {
  static let known: [String: HTMLTag] = Dictionary(
    uniqueKeysWithValues: HTMLTag.allCases.filter { $0 != .other }.map { ($0.name, $0) })
}
