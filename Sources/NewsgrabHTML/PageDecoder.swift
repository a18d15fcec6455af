#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A page's bytes as valid UTF-8, with how the original encoding was decided.
package struct DecodedPage: Sendable {
  package var utf8: [UInt8]
  package var charset: Charset
  package var source: CharsetSource
  /// The charset the page (or its transport) declared, when it did.
  package var declared: String?
}

/// Turns page bytes in any encoding into valid UTF-8 (see `Charset`).
package enum PageDecoder {
  /// How far into the page a `<meta charset>` declaration is looked for.
  /// Browsers stop at 1024 bytes; real pages put long `<script>`s first, so
  /// more is read (the declaration is still checked against the bytes).
  static let prescanLimit = 16_384

  package static func decode(_ input: [UInt8], hint: String? = nil) -> DecodedPage {
    var page = decodeKeepingNUL(input, hint: hint)
    // NUL is never text; libxml2 would stop at it or drop what follows.
    let hasNUL = page.utf8.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
    }
    if hasNUL { page.utf8.removeAll { $0 == 0 } }
    return page
  }

  private static func decodeKeepingNUL(_ input: [UInt8], hint: String?) -> DecodedPage {
    // 1. Byte-order marks win over everything.
    if input.starts(with: [0xEF, 0xBB, 0xBF]) {
      return DecodedPage(
        utf8: repairUTF8(input[3...], UTF8Validity(input[3...])), charset: .utf8, source: .byteOrderMark,
        declared: nil)
    }
    if input.starts(with: [0xFF, 0xFE]) {
      return DecodedPage(
        utf8: transcode(input[2...], from: .utf16LE), charset: .utf16LE, source: .byteOrderMark,
        declared: nil)
    }
    if input.starts(with: [0xFE, 0xFF]) {
      return DecodedPage(
        utf8: transcode(input[2...], from: .utf16BE), charset: .utf16BE, source: .byteOrderMark,
        declared: nil)
    }

    // 2. A declaration, checked against what the bytes are.
    let declaredLabel = hint.flatMap { Charset(label: $0) == nil ? nil : $0 } ?? declaredCharset(in: input)
    let validity = UTF8Validity(input)
    if let declaredLabel, var declared = Charset(label: declaredLabel) {
      let source: CharsetSource = hint != nil && Charset(label: hint!) != nil ? .hint : .declaration
      // A UTF-16 label on bytes without a BOM is a lie browsers ignore.
      if declared == .utf16LE || declared == .utf16BE { declared = .utf8 }
      if declared.isUTF8 {
        // Trust the declaration while invalid bytes are a few strays (read
        // as windows-1252, the usual cause); legacy double-byte text, whose
        // byte pairs partly pass as UTF-8, has far more.
        if validity.invalidSequences <= max(3, validity.multibyteSequences / 10) {
          return DecodedPage(
            utf8: repairUTF8(input[...], validity), charset: .utf8, source: source, declared: declaredLabel)
        }
        // Declared UTF-8 but written in a legacy charset.
        let guess = sniffLegacy(input)
        if guess.charset == .windows1252 {
          // A Western page, or UTF-8 mixed with windows-1252: keep the valid UTF-8.
          return DecodedPage(
            utf8: repairUTF8(input[...], validity), charset: .utf8, source: .sniffed, declared: declaredLabel)
        }
        return DecodedPage(
          utf8: guess.utf8, charset: guess.charset, source: .sniffed, declared: declaredLabel)
      }
      // A legacy label on bytes that are valid multi-byte UTF-8 is a lie:
      // real legacy text almost never validates as UTF-8.
      if validity.invalidSequences == 0 && validity.multibyteSequences > 0 {
        return DecodedPage(utf8: input, charset: .utf8, source: .sniffed, declared: declaredLabel)
      }
      // Checked against the bytes: undecodable sequences, or a Western
      // label on bytes whose high bytes come in runs (Cyrillic, CJK), make
      // every candidate compete; the declared one keeps ties.
      var errors = 0
      let decoded = transcode(input[...], from: declared, errors: &errors)
      let evidence = CharsetEvidence.runShare(Array(input.prefix(sniffLimit)))
      let script = CharsetEvidence.candidates.first { $0.0 == declared }?.1
      let suspicious =
        errors > max(2, evidence.high / 100)
        || (script == .western && evidence.share > 0.6 && evidence.high >= 32)
      if suspicious {
        let sample = Array(input.prefix(sniffLimit))
        var declaredErrors = 0
        let declaredText = transcode(sample[...], from: declared, errors: &declaredErrors)
        let declaredScore = CharsetEvidence.score(declaredText, errors: declaredErrors, script: script ?? .western)
        let best = bestCandidate(sample)
        if best.charset != declared, best.score > declaredScore + 0.2 {
          return DecodedPage(
            utf8: transcode(input[...], from: best.charset), charset: best.charset, source: .sniffed,
            declared: declaredLabel)
        }
      }
      return DecodedPage(utf8: decoded, charset: declared, source: source, declared: declaredLabel)
    }

    // 3. No usable declaration: sniff.
    if validity.isMostlyUTF8 {
      return DecodedPage(utf8: repairUTF8(input[...], validity), charset: .utf8, source: .sniffed, declared: nil)
    }
    let guess = sniffLegacy(input)
    return DecodedPage(utf8: guess.utf8, charset: guess.charset, source: .sniffed, declared: nil)
  }

  // MARK: Declarations

  /// The charset named by a `<meta charset>`, `http-equiv` content/value or
  /// XML declaration near the top of the page.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let limit = min(bytes.count, prescanLimit)
    let lower = bytes[0..<limit].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    // XML declaration: <?xml version="1.0" encoding="...">
    if lower.starts(with: Array("<?xml".utf8)), let end = lower.firstIndex(of: UInt8(ascii: ">")) {
      if let value = valueAfter(Array("encoding".utf8), in: lower, original: bytes, range: 0..<end) {
        return value
      }
    }
    var searchStart = 0
    let metaToken = Array("<meta".utf8)
    while let metaStart = find(metaToken, in: lower, from: searchStart) {
      let tagEnd = lower[metaStart...].firstIndex(of: UInt8(ascii: ">")) ?? limit
      if let value = valueAfter(Array("charset".utf8), in: lower, original: bytes, range: metaStart..<tagEnd) {
        return value
      }
      searchStart = tagEnd
    }
    return nil
  }

  /// The value after `name` followed by `=` (quotes and spaces skipped).
  private static func valueAfter(
    _ name: [UInt8], in lower: [UInt8], original: [UInt8], range: Range<Int>
  ) -> String? {
    var from = range.lowerBound
    // Searched inside the tag only: a match reaching past its end yields no
    // value, and the whole rest of the prescan was read once per <meta>.
    while let at = find(name, in: lower, from: from, before: range.upperBound) {
      var i = at + name.count
      while i < range.upperBound, lower[i] == 0x20 || lower[i] == 0x09 { i += 1 }
      guard i < range.upperBound, lower[i] == UInt8(ascii: "=") else {
        from = at + 1
        continue
      }
      i += 1
      while i < range.upperBound, lower[i] == 0x20 || lower[i] == 0x22 || lower[i] == 0x27 { i += 1 }
      var j = i
      while j < range.upperBound, ![0x20, 0x22, 0x27, 0x3B, 0x3E, 0x2F, 0x09, 0x0A, 0x0D].contains(lower[j]) { j += 1 }
      guard j > i else { return nil }
      return String(decoding: lower[i..<j], as: UTF8.self)
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
    let limit = min(end ?? haystack.count, haystack.count)
    guard !needle.isEmpty, limit >= needle.count, start <= limit - needle.count else { return nil }
    let first = needle[0]
    var i = start
    let last = limit - needle.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  // MARK: Sniffing

  /// How much of a page the sniffer looks at: enough text to be sure,
  /// little enough that trying every candidate stays cheap.
  static let sniffLimit = 256 << 10

  /// Guesses a legacy encoding for bytes that are not UTF-8. Isolated high
  /// bytes are accented letters of a Western language (windows-1252); runs
  /// of them are a double-byte East Asian encoding or a Cyrillic or Greek
  /// code page, and the candidate whose decoding reads most like real text
  /// of its language wins (see `CharsetEvidence`).
  static func sniffLegacy(_ bytes: [UInt8]) -> (charset: Charset, utf8: [UInt8]) {
    let sample = Array(bytes.prefix(sniffLimit))
    let evidence = CharsetEvidence.runShare(sample)
    guard evidence.share > 0.5, evidence.high >= 8 else {
      return (.windows1252, transcode(bytes[...], from: .windows1252))
    }
    let best = bestCandidate(sample).charset
    return (best, transcode(bytes[...], from: best))
  }

  /// The candidate encoding whose decoding of `sample` scores highest.
  static func bestCandidate(_ sample: [UInt8]) -> (charset: Charset, score: Double) {
    var best: (charset: Charset, score: Double) = (.windows1252, -1)
    for (charset, script) in CharsetEvidence.candidates {
      var errors = 0
      let text = transcode(sample[...], from: charset, errors: &errors)
      let score = CharsetEvidence.score(text, errors: errors, script: script)
      if score > best.score { best = (charset, score) }
    }
    return best
  }

  static func decodesCleanly(_ bytes: [UInt8], as charset: Charset) -> Bool {
    var errors = 0
    _ = transcode(bytes[...], from: charset, errors: &errors)
    return errors == 0
  }

  // MARK: Conversion

  /// Valid UTF-8 with every invalid byte read as windows-1252 (the usual
  /// cause of stray bytes in UTF-8 pages), so no text is lost or garbled.
  static func repairUTF8(_ bytes: ArraySlice<UInt8>, _ validity: UTF8Validity) -> [UInt8] {
    if validity.invalidSequences == 0 { return Array(bytes) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + validity.invalidSequences * 2)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let length = UTF8Validity.sequenceLength(bytes, at: i)
      if length > 0 {
        output.append(contentsOf: bytes[i..<(i + length)])
        i += length
      } else {
        appendScalar(Windows1252.scalar(bytes[i]), to: &output)
        i += 1
      }
    }
    return output
  }

  static func transcode(_ bytes: ArraySlice<UInt8>, from charset: Charset) -> [UInt8] {
    var errors = 0
    return transcode(bytes, from: charset, errors: &errors)
  }

  /// Converts with iconv; an undecodable byte becomes U+FFFD and is skipped.
  static func transcode(_ bytes: ArraySlice<UInt8>, from charset: Charset, errors: inout Int) -> [UInt8] {
    if charset == .windows1252 {
      // Table-driven: iconv's WINDOWS-1252 rejects the five unassigned bytes.
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + bytes.count / 8)
      for byte in bytes {
        if byte < 0x80 { output.append(byte) } else { appendScalar(Windows1252.scalar(byte), to: &output) }
      }
      return output
    }
    let converter = iconv_open("UTF-8", charset.name)
    guard converter != iconv_t(bitPattern: -1) else {
      errors += 1
      return transcode(bytes, from: .windows1252)
    }
    defer { iconv_close(converter) }
    var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
    var written = 0
    var input = Array(bytes)
    input.withUnsafeMutableBufferPointer { inputBuffer in
      var inPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
      var inLeft = inputBuffer.count
      while inLeft > 0 {
        if output.count - written < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
        let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress! + written)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = outputBuffer.count - written
          var inOptional: UnsafeMutablePointer<CChar>? = inPointer
          let status = iconv(converter, &inOptional, &inLeft, &outPointer, &outLeft)
          inPointer = inOptional!
          written = outputBuffer.count - outLeft
          return status
        }
        if result == -1 {
          let code = errno
          if code == E2BIG {
            output.append(contentsOf: repeatElement(0, count: output.count))
          } else {
            // EILSEQ or EINVAL: replace one byte and go on.
            errors += 1
            if output.count - written < 3 { output.append(contentsOf: repeatElement(0, count: 16)) }
            output[written] = 0xEF
            output[written + 1] = 0xBF
            output[written + 2] = 0xBD
            written += 3
            inPointer += 1
            inLeft -= 1
          }
        }
      }
    }
    output.removeSubrange(written...)
    // iconv emits valid UTF-8, but a NUL or other junk can still come through.
    return output
  }

  static func appendScalar(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    output.append(contentsOf: UTF8.encode(scalar)!)
  }
}

/// Counts of valid and invalid UTF-8 sequences in a byte run.
struct UTF8Validity {
  var multibyteSequences = 0
  var invalidSequences = 0

  init<C: RandomAccessCollection>(_ bytes: C) where C.Element == UInt8, C.Index == Int {
    // Arrays and slices (every caller): one pass over the raw buffer.
    if let counted = bytes.withContiguousStorageIfAvailable({ Self(buffer: $0) }) {
      self = counted
      return
    }
    self = Array(bytes).withUnsafeBufferPointer { Self(buffer: $0) }
  }

  private init(buffer bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var i = 0
    let end = bytes.count
    while i < end {
      // Most pages are mostly ASCII: skip it eight bytes at a time.
      while i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
      }
      guard i < end else { break }
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let length = Self.sequenceLength(bytes, at: i)
      if length > 0 {
        multibyteSequences += 1
        i += length
      } else {
        invalidSequences += 1
        i += 1
      }
    }
  }

  /// UTF-8 with at most a few stray bytes (1 per 20 valid sequences).
  var isMostlyUTF8: Bool { invalidSequences == 0 || multibyteSequences >= invalidSequences * 20 }

  /// Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid.
  static func sequenceLength<C: RandomAccessCollection>(_ bytes: C, at i: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    let lead = bytes[i]
    if lead < 0x80 { return 1 }
    let end = bytes.endIndex
    func continuation(_ k: Int) -> Bool { k < end && bytes[k] & 0xC0 == 0x80 }
    switch lead {
    case 0xC2...0xDF:
      return continuation(i + 1) ? 2 : 0
    case 0xE0...0xEF:
      guard continuation(i + 1), continuation(i + 2) else { return 0 }
      let second = bytes[i + 1]
      if lead == 0xE0 && second < 0xA0 { return 0 }  // overlong
      if lead == 0xED && second >= 0xA0 { return 0 }  // surrogate
      return 3
    case 0xF0...0xF4:
      guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return 0 }
      let second = bytes[i + 1]
      if lead == 0xF0 && second < 0x90 { return 0 }
      if lead == 0xF4 && second >= 0x90 { return 0 }
      return 4
    default:
      return 0
    }
  }
}

/// The windows-1252 code page, which browsers use for Latin-1 labels too.
package enum Windows1252 {
  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  package static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(high[Int(byte - 0x80)])! }
    return Unicode.Scalar(byte)
  }
}

/// Guards the parser against markup no real page has: libxml2 checks each
/// new attribute of an element against all earlier ones, so a tag with a
/// million attributes takes hours. Attributes past `maxAttributes` on one
/// element are dropped before parsing: by `TokenizerInput`'s scan, and by
/// this simpler one on whatever that scan leaves.
enum MarkupLimits {
  /// Real elements have a handful of attributes; the most seen on news
  /// pages is in the low hundreds (SVG paths, data-* tracking). Parsing a
  /// tag with 1,000 takes a few milliseconds.
  static let maxAttributes = 1_000

  /// The attribute runs past the limit at or after `start`, in page order.
  /// Works on the raw buffer with `memchr` between tags.
  static func cutsOverLimit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>] {
    guard let base = bytes.baseAddress, start < bytes.count else { return [] }
    let count = bytes.count
    // Cheap test first: fewer "=" than the limit means no tag can exceed it.
    guard countOfEquals(in: UnsafeBufferPointer(rebasing: bytes[start...])) > maxAttributes else { return [] }
    var cuts: [Range<Int>] = []
    var i = start
    while i < count {
      guard let hit = memchr(base + i, Int32(UInt8(ascii: "<")), count - i) else { break }
      i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      guard i + 1 < count, isLetter(bytes[i + 1]) else {
        i += 1
        continue
      }
      // A start tag: name, then attributes up to ">" outside quotes.
      var j = i + 1
      while j < count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
      let name = (i + 1)..<j
      var attributes = 0
      var cutStart: Int?
      while j < count, bytes[j] != UInt8(ascii: ">") {
        let byte = bytes[j]
        if byte == 0x22 || byte == 0x27 {
          if j + 1 < count, let close = memchr(base + j + 1, Int32(byte), count - j - 1) {
            j = base.distance(to: close.assumingMemoryBound(to: UInt8.self)) + 1
          } else {
            j = count
          }
          continue
        }
        if isSpace(byte), j + 1 < count, !isSpace(bytes[j + 1]), bytes[j + 1] != UInt8(ascii: ">"),
          bytes[j + 1] != UInt8(ascii: "=")
        {
          attributes += 1
          if attributes > maxAttributes, cutStart == nil { cutStart = j }
        }
        j += 1
      }
      if let cutStart { cuts.append(cutStart..<min(j, count)) }
      i = j
      // Raw text: a "<" inside a script or style is not a tag.
      for raw in rawTextElements
      where raw.count == name.count && name.allSatisfy({ bytes[$0] | 0x20 == raw[$0 - name.lowerBound] }) {
        i = findClose(raw, in: bytes, from: i) ?? count
      }
    }
    return cuts
  }

  /// The number of "=" bytes, eight at a time: a byte of `word ^ "========"`
  /// is zero exactly where "=" was, and the carry-free test below sets the
  /// top bit of precisely those bytes.
  static func countOfEquals(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let pattern: UInt64 = 0x3D3D_3D3D_3D3D_3D3D
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var total = 0
    var i = 0
    // Per-byte counters (one "=" at most per byte per word), summed before
    // any can pass 255: no population count, which is a library call on
    // baseline x86-64.
    var lanes: UInt64 = 0
    var wordsInLanes = 0
    func flush() {
      let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
      total += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
      lanes = 0
      wordsInLanes = 0
    }
    while i + 8 <= bytes.count {
      let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
      let zeroBytes = ~(((x & low7) &+ low7) | x | low7)
      lanes &+= zeroBytes >> 7
      wordsInLanes += 1
      if wordsInLanes == 255 { flush() }
      i += 8
    }
    flush()
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "=") { total += 1 }
      i += 1
    }
    return total
  }

  /// Elements whose content is raw text, lower-case ASCII.
  private static let rawTextElements: [[UInt8]] = ["script", "style", "textarea", "title", "xmp"].map {
    Array($0.utf8)
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// The next `</name` (name in any case) at or after `start`.
  private static func findClose(_ name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let last = bytes.count - name.count - 2
    var i = start
    while i <= last {
      guard let hit = memchr(base + i, Int32(UInt8(ascii: "<")), last - i + 1) else { return nil }
      i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      // Compared as the byte search before it did: every byte after "<" folded with 0x20.
      if bytes[i + 1] | 0x20 == UInt8(ascii: "/") {
        var k = 0
        while k < name.count, bytes[i + 2 + k] | 0x20 == name[k] { k += 1 }
        if k == name.count { return i }
      }
      i += 1
    }
    return nil
  }
}
