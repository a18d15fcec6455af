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
    _ = prepare(&bytes, hidingValues: false)
  }

  /// `prepare`, and long attribute values handed over as placeholders
  /// (see `HiddenValues`): what `HTMLDocument.parse` gives libxml2.
  package static func prepareHidingValues(_ bytes: inout [UInt8]) -> HiddenValues {
    prepare(&bytes, hidingValues: true)
  }

  private static func prepare(_ bytes: inout [UInt8], hidingValues: Bool) -> HiddenValues {
    let source = bytes
    let (cuts, hidden) = bytes.withUnsafeBufferPointer { edits(in: $0, hidingValues: hidingValues) }
    let values = HiddenValues(source: source, ranges: hidden)
    guard !cuts.isEmpty || !hidden.isEmpty else { return values }
    let removed = cuts.reduce(0) { $0 + $1.count }
    let replaced = hidden.reduce(0) { $0 + $1.count }
    let placeholders = hidden.indices.reduce(0) { $0 + HiddenValues.placeholderLength($1) }
    bytes = bytes.withUnsafeBufferPointer { source in
      [UInt8](unsafeUninitializedCapacity: source.count - removed - replaced + placeholders) { output, written in
        guard let from = source.baseAddress, let to = output.baseAddress else { return }
        var keepStart = 0
        func keep(upTo end: Int) {
          let length = end - keepStart
          if length > 0 { memcpy(to + written, from + keepStart, length) }
          written += length
        }
        // Both lists are in page order and never overlap: merge them.
        var c = 0
        var h = 0
        while c < cuts.count || h < hidden.count {
          if h < hidden.count, c == cuts.count || hidden[h].lowerBound < cuts[c].lowerBound {
            keep(upTo: hidden[h].lowerBound)
            written += HiddenValues.writePlaceholder(h, to: to + written)
            keepStart = hidden[h].upperBound
            h += 1
          } else {
            keep(upTo: cuts[c].lowerBound)
            keepStart = cuts[c].upperBound
            c += 1
          }
        }
        keep(upTo: source.count)
      }
    }
    return values
  }

  /// The byte ranges to remove, in page order and not overlapping.
  static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    edits(in: bytes, hidingValues: false).cuts
  }

  /// The ranges to remove and the attribute values to hide, each in page order.
  static func edits(in bytes: UnsafeBufferPointer<UInt8>, hidingValues: Bool) -> (
    cuts: [Range<Int>], hidden: [Range<Int>]
  ) {
    var scanner = Scanner(bytes: bytes)
    // A page holding the placeholder's marker byte anywhere keeps its values.
    if hidingValues, let base = bytes.baseAddress, memchr(base, Int32(HiddenValues.marker), bytes.count) == nil {
      scanner.hidesValues = true
    }
    guard let stop = scanner.run() else { return (scanner.cuts, scanner.hidden) }
    // The rest of the page still gets the attribute guard.
    return (scanner.cuts + MarkupLimits.cutsOverLimit(in: bytes, from: stop), scanner.hidden)
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>?
    let count: Int
    var cuts: [Range<Int>] = []
    /// Quoted attribute values to hand over as placeholders (when `hidesValues`).
    var hidden: [Range<Int>] = []
    var hidesValues = false

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
          let hiddenBefore = hidden.count
          let tag = startTag(at: open)
          if let cut = tag.attributeCut { cuts.append(cut) }
          guard tag.end < count else {
            // A tag the page never closes keeps its values as written.
            hidden.removeSubrange(hiddenBefore...)
            return nil
          }
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
    /// Quoted values of this length or more are hidden (`HiddenValues`):
    /// a placeholder is 2 to 7 bytes, and libxml2 spends about 125
    /// instructions on each byte of a value (callgrind, 41 corpus pages).
    static let minimumHiddenValueLength = 12
    private static let meta = Array("meta".utf8)

    private mutating func startTag(at open: Int) -> (
      name: Range<Int>, end: Int, selfClosing: Bool, attributeCut: Range<Int>?
    ) {
      var j = open + 1
      let nameStart = j
      while j < count, j - nameStart < 100, isNameCharacter(bytes[j]) { j += 1 }
      let name = nameStart..<j
      // libxml2 reads a `<meta>`'s values itself (charset declarations).
      let hides = hidesValues && !matches(Self.meta, at: name.lowerBound, length: name.count)
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
              let valueStart = j + 1
              if let close = find(bytes[j], from: valueStart) {
                if hides, cutStart == nil { hideValue(valueStart..<close) }
                j = close + 1
              } else {
                j = count
              }
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

    /// Hides a quoted value that libxml2 would copy byte for byte: long
    /// enough to gain, with no character reference (libxml2 decodes those)
    /// and no NUL (libxml2 ends the value there).
    private mutating func hideValue(_ value: Range<Int>) {
      guard value.count >= Self.minimumHiddenValueLength, let base else { return }
      guard memchr(base + value.lowerBound, Int32(UInt8(ascii: "&")), value.count) == nil,
        memchr(base + value.lowerBound, 0, value.count) == nil
      else { return }
      hidden.append(value)
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

/// Long attribute values, handed to libxml2 as placeholders and put back by
/// `HTMLTreeBuilder`.
///
/// libxml2 copies an attribute value character by character, two calls a
/// character, into a buffer it grows at once: on the corpus pages that was
/// 15 % of all instructions (class lists, links, srcsets, SVG paths). A
/// quoted value that libxml2 would copy unchanged (no character reference,
/// no NUL) is replaced by the byte 0x01 and its number in decimal digits,
/// and the builder takes the value back from the page by that number. This
/// is exact: it is done only on pages without a 0x01 byte, and libxml2
/// cannot make one (it refuses `&#1;`), so a value that starts with 0x01 is
/// always a placeholder; an attribute libxml2 drops (a duplicate, a
/// misplaced `<html>`) drops its placeholder with it. `TokenizerInputTests`
/// compares the trees with and without on generated markup and every
/// corpus page.
package struct HiddenValues: Sendable {
  /// The page as handed to `TokenizerInput`: the values' bytes live here.
  let source: [UInt8]
  /// Per placeholder number, the value's byte range in `source`.
  let ranges: [Range<Int>]

  static let marker: UInt8 = 0x01

  /// The bytes of placeholder `number`: the marker and the decimal digits.
  static func placeholderLength(_ number: Int) -> Int {
    var digits = 1
    var rest = number / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    return 1 + digits
  }

  /// Writes placeholder `number` at `output`; returns its length.
  static func writePlaceholder(_ number: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
    let length = placeholderLength(number)
    output[0] = marker
    var rest = number
    for k in stride(from: length - 1, through: 1, by: -1) {
      output[k] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    return length
  }

  /// The number a placeholder value holds; nil for any other value.
  static func number(in value: UnsafeBufferPointer<UInt8>) -> Int? {
    guard value.count >= 2, value.count <= 12, value[0] == marker else { return nil }
    var number = 0
    for k in 1..<value.count {
      let digit = value[k] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      number = number * 10 + Int(digit)
    }
    return number
  }
}
