#if canImport(Glibc)
  import Glibc
#endif

/// What libxml2's tokenizer is given: the page without the script and
/// style text the tree would drop anyway, and without attributes past
/// `MarkupLimits.maxAttributes` on one element. One scan finds both.
///
/// libxml2 walks a script's text character by character. On news pages,
/// inline JavaScript and CSS are about a third of all bytes and a quarter of
/// the tokenizer's time (the corpus tokenizes at 860 pages/s as saved, 1,175
/// with that text cut). `HTMLTreeBuilder` keeps only the text of JSON
/// scripts, so everything else between `<script …>` or `<style …>` and its
/// end tag is removed here with byte searches. The element itself stays.
///
/// The scan follows libxml2 2.9's HTML rules for where start tags, end
/// tags, comments, doctypes and processing instructions begin and end, and
/// where raw text stops (the first `</script` or `</style`, any case, as in
/// recovery mode). Where those rules turn subtle (raw text starting with
/// `<`, an end tag such as `</scripts>`, a processing instruction with a
/// non-ASCII target, a doctype with quotes out of balance) it stops
/// cutting raw text and leaves the rest of the page to `MarkupLimits`'
/// simpler attribute guard. The tree is therefore the same as without the
/// raw-text cut: `TokenizerInputTests` checks that on generated markup and
/// on every corpus page.
package enum TokenizerInput {
  /// Replaces `bytes` with the page minus the cut ranges. The kept runs are
  /// copied once into a new buffer: cutting in place first copied the whole
  /// page whenever the caller still held it (copy on write).
  package static func prepare(_ bytes: inout [UInt8]) {
    let cuts = bytes.withUnsafeBufferPointer { ranges(in: $0) }
    guard !cuts.isEmpty else { return }
    let removed = cuts.reduce(0) { $0 + $1.count }
    bytes = bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: source.count - removed) { output, written in
        guard let from = source.baseAddress, let to = output.baseAddress else { return }
        var keepStart = 0
        for cut in cuts + [source.count..<source.count] {
          let length = cut.lowerBound - keepStart
          if length > 0 { memcpy(to + written, from + keepStart, length) }
          written += length
          keepStart = cut.upperBound
        }
      }
    }
  }

  /// The byte ranges to remove, in page order and not overlapping.
  static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var scanner = Scanner(bytes: bytes)
    guard let stop = scanner.run() else { return scanner.cuts }
    // The rest of the page still gets the attribute guard.
    return scanner.cuts + MarkupLimits.cutsOverLimit(in: bytes, from: stop)
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>?
    let count: Int
    var cuts: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      base = bytes.baseAddress
      count = bytes.count
    }

    /// Walks the markup from the start. Returns nil at the page's end, or
    /// where the scan gave up on the rest.
    mutating func run() -> Int? {
      var i = 0
      while let open = find(UInt8(ascii: "<"), from: i) {
        guard let next = byte(open + 1) else { return nil }
        switch next {
        case UInt8(ascii: "!"):
          if byte(open + 2) == UInt8(ascii: "-"), byte(open + 3) == UInt8(ascii: "-") {
            guard let end = commentEnd(from: open + 4) else { return nil }
            i = end
          } else if startsDoctype(at: open + 2) {
            guard let end = doctypeEnd(from: open + 9) else { return open }
            i = end
          } else {
            i = open + 1
          }
        case UInt8(ascii: "?"):
          // A processing instruction runs to ">" when it has a target;
          // otherwise only "<?" is read. Non-ASCII targets follow XML name
          // rules this scan does not repeat.
          guard let first = byte(open + 2) else { return nil }
          guard first < 0x80 else { return open }
          if isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") {
            guard let close = find(UInt8(ascii: ">"), from: open + 2) else { return nil }
            i = close + 1
          } else {
            i = open + 2
          }
        case UInt8(ascii: "/"):
          // An end tag with a name runs to the next ">"; without one only
          // "</" is read.
          if let first = byte(open + 2), isNameStart(first) {
            guard let close = find(UInt8(ascii: ">"), from: open + 2) else { return nil }
            i = close + 1
          } else {
            i = open + 2
          }
        default:
          guard isLetter(next) else {
            i = open + 1
            continue
          }
          let tag = startTag(at: open)
          if let cut = tag.attributeCut { cuts.append(cut) }
          guard tag.end < count else { return nil }
          i = tag.end
          guard !tag.selfClosing, let raw = rawTextName(tag.name) else { continue }
          guard let resume = skipRawText(named: raw, from: tag.end, cut: isUnused(raw, tag: open..<tag.end))
          else { return tag.end }
          i = resume
        }
      }
      return nil
    }

    // MARK: Raw text

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let json = Array("json".utf8)
    /// Start tags that close the element when they open its text (libxml2's auto-close table).
    private static let scriptClosers = [Array("noscript".utf8)]
    private static let styleClosers = [Array("body".utf8), Array("frameset".utf8)]

    private func rawTextName(_ name: Range<Int>) -> [UInt8]? {
      if matches(Self.script, at: name.lowerBound, length: name.count) { return Self.script }
      if matches(Self.style, at: name.lowerBound, length: name.count) { return Self.style }
      return nil
    }

    /// Style text is never kept; script text unless the type says JSON. A
    /// tag with "json" anywhere, or with a character reference that could
    /// spell it, keeps its text.
    private func isUnused(_ name: [UInt8], tag: Range<Int>) -> Bool {
      if name == Self.style { return true }
      guard let base else { return false }
      if memchr(base + tag.lowerBound, Int32(UInt8(ascii: "&")), tag.count) != nil { return false }
      var k = tag.lowerBound
      while k + Self.json.count <= tag.upperBound {
        if matches(Self.json, at: k, length: Self.json.count) { return false }
        k += 1
      }
      return true
    }

    /// Reads the raw text that starts at `start`, cutting it when `cut`, and
    /// returns where its end tag starts (or the page's end); nil gives up.
    private mutating func skipRawText(named name: [UInt8], from start: Int, cut: Bool) -> Int? {
      guard start < count else { return count }
      if bytes[start] == UInt8(ascii: "<"), let next = byte(start + 1) {
        // libxml2 looks at a "<" right after the start tag before it reads
        // raw text: "</" is an end tag there, and `<noscript` closes a
        // script (`<body`, `<frameset` a style sheet).
        if next == UInt8(ascii: "/") {
          guard isEndTag(name, at: start) else { return nil }
          return start
        }
        if isLetter(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: ":") {
          var end = start + 1
          while end < count, end - start <= 100, isNameCharacter(bytes[end]), bytes[end] != UInt8(ascii: ".") {
            end += 1
          }
          let closers = name == Self.script ? Self.scriptClosers : Self.styleClosers
          if closers.contains(where: { matches($0, at: start + 1, length: end - start - 1) }) { return nil }
        }
      }
      var k = start
      while let open = find(UInt8(ascii: "<"), from: k) {
        if isEndTag(name, at: open) {
          if cut { cuts.append(start..<open) }
          return open
        }
        if byte(open + 1) == UInt8(ascii: "/"), open + 2 + name.count <= count,
          matches(name, at: open + 2, length: name.count)
        {
          // `</scripts>` ends libxml2's raw text read, but is then dropped
          // as an unknown end tag and the raw text goes on.
          return nil
        }
        k = open + 1
      }
      if cut { cuts.append(start..<count) }
      return count
    }

    /// Whether `</name` (any case) starts at `i` and the name ends there.
    private func isEndTag(_ name: [UInt8], at i: Int) -> Bool {
      guard byte(i) == UInt8(ascii: "<"), byte(i + 1) == UInt8(ascii: "/"), i + 2 + name.count <= count,
        matches(name, at: i + 2, length: name.count)
      else { return false }
      guard let after = byte(i + 2 + name.count) else { return true }
      return !isNameCharacter(after)
    }

    // MARK: Tags

    /// A start tag at `open` (a "<" followed by a letter), read the way
    /// `htmlParseStartTag` does. `end` is just past its ">" or "/>", or the
    /// page's end when it never closes; `attributeCut` drops the named
    /// attributes past the limit (libxml2 compares each new one with all
    /// before it).
    private func startTag(at open: Int) -> (name: Range<Int>, end: Int, selfClosing: Bool, attributeCut: Range<Int>?) {
      var j = open + 1
      let nameStart = j
      while j < count, j - nameStart < 100, isNameCharacter(bytes[j]) { j += 1 }
      let name = nameStart..<j
      var attributes = 0
      var previousEnd = j
      var cutStart: Int?
      j = skipBlanks(from: j)
      while j < count, bytes[j] != UInt8(ascii: ">"), !isSelfClose(at: j) {
        if isNameStart(bytes[j]) {
          attributes += 1
          if attributes > MarkupLimits.maxAttributes, cutStart == nil { cutStart = previousEnd }
          let attributeStart = j
          while j < count, j - attributeStart < 100, isNameCharacter(bytes[j]) { j += 1 }
          j = skipBlanks(from: j)
          if j < count, bytes[j] == UInt8(ascii: "=") {
            j = skipBlanks(from: j + 1)
            if j < count, bytes[j] == 0x22 || bytes[j] == 0x27 {
              j = find(bytes[j], from: j + 1).map { $0 + 1 } ?? count
            } else {
              while j < count, bytes[j] != UInt8(ascii: ">"), !isBlank(bytes[j]) { j += 1 }
            }
          }
        } else {
          // Not an attribute: libxml2 drops everything up to a blank or the tag's end.
          while j < count, !isBlank(bytes[j]), bytes[j] != UInt8(ascii: ">"), !isSelfClose(at: j) { j += 1 }
        }
        previousEnd = j
        j = skipBlanks(from: j)
      }
      let attributeCut = cutStart.map { $0..<j }
      guard j < count else { return (name, count, false, attributeCut) }
      if bytes[j] == UInt8(ascii: ">") { return (name, j + 1, false, attributeCut) }
      return (name, j + 2, true, attributeCut)
    }

    private func isSelfClose(at j: Int) -> Bool {
      bytes[j] == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">")
    }

    // MARK: Comments and doctypes

    /// Just past the first "-->" or "--!>" at or after `start`, as
    /// `htmlParseComment` ends a comment; nil when the comment never ends.
    private func commentEnd(from start: Int) -> Int? {
      var k = start
      while let dash = find(UInt8(ascii: "-"), from: k) {
        if byte(dash + 1) == UInt8(ascii: "-") {
          if byte(dash + 2) == UInt8(ascii: ">") { return dash + 3 }
          if byte(dash + 2) == UInt8(ascii: "!"), byte(dash + 3) == UInt8(ascii: ">") { return dash + 4 }
        }
        k = dash + 1
      }
      return nil
    }

    private static let doctype = Array("doctype".utf8)

    private func startsDoctype(at i: Int) -> Bool {
      i + Self.doctype.count <= count && matches(Self.doctype, at: i, length: Self.doctype.count)
    }

    /// Just past the doctype's ">". libxml2 reads quoted identifiers, so a
    /// ">" could hide inside one: quotes out of balance give up.
    private func doctypeEnd(from start: Int) -> Int? {
      guard let close = find(UInt8(ascii: ">"), from: start) else { return nil }
      var double = 0
      var single = 0
      for k in start..<close {
        if bytes[k] == 0x22 { double += 1 } else if bytes[k] == 0x27 { single += 1 }
      }
      guard double % 2 == 0, single % 2 == 0 else { return nil }
      return close + 1
    }

    // MARK: Bytes

    private func byte(_ i: Int) -> UInt8? { i < count ? bytes[i] : nil }

    private func find(_ target: UInt8, from start: Int) -> Int? {
      guard start < count, let base, let hit = memchr(base + start, Int32(target), count - start) else {
        return nil
      }
      return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the lower-case ASCII `word` is at `i` in any case, over exactly `length` bytes.
    private func matches(_ word: [UInt8], at i: Int, length: Int) -> Bool {
      guard length == word.count, i + length <= count else { return false }
      for k in 0..<length {
        let b = bytes[i + k]
        let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        if lower != word[k] { return false }
      }
      return true
    }

    private func skipBlanks(from start: Int) -> Int {
      var j = start
      while j < count, isBlank(bytes[j]) { j += 1 }
      return j
    }

    /// libxml2's `IS_BLANK_CH`.
    private func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// First character of a tag or attribute name (`htmlParseHTMLName`).
    private func isNameStart(_ b: UInt8) -> Bool {
      isLetter(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }
    private func isNameCharacter(_ b: UInt8) -> Bool {
      isNameStart(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }
  }
}
