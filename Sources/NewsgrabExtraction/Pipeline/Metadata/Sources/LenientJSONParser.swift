/// A JSON reader that tolerates what real pages put in JSON-LD blocks:
/// HTML comments and CDATA wrappers, `//` and `/* */` comments, trailing
/// commas, raw control characters in strings, single-quoted strings,
/// unquoted keys, and several top-level values in one block.
///
/// Depth and size are bounded so hostile blocks cannot exhaust the stack.
struct LenientJSONParser {
  /// Deeper nesting is cut off (the value becomes null): no real JSON-LD
  /// comes near it, and recursion must stay bounded.
  static let maximumDepth = 64

  private let bytes: [UInt8]
  private var i = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Every top-level value in the block; several become one array.
  mutating func parseDocument() -> JSONValue? {
    var values: [JSONValue] = []
    while true {
      skipTrivia()
      guard i < bytes.count else { break }
      let before = i
      if let value = parseValue(depth: 0), value != .null {
        values.append(value)
      }
      if i == before { i += 1 }  // skip a byte that starts no value
    }
    switch values.count {
    case 0: return nil
    case 1: return values[0]
    default: return .array(values)
    }
  }

  private mutating func parseValue(depth: Int) -> JSONValue? {
    skipTrivia()
    guard i < bytes.count else { return nil }
    guard depth < Self.maximumDepth else {
      skipNested()
      return .null
    }
    switch bytes[i] {
    case UInt8(ascii: "{"): return parseObject(depth: depth)
    case UInt8(ascii: "["): return parseArray(depth: depth)
    case UInt8(ascii: "\""), UInt8(ascii: "'"): return parseString().map(JSONValue.string)
    default: return parseBareword()
    }
  }

  private mutating func parseObject(depth: Int) -> JSONValue {
    i += 1
    var object: [String: JSONValue] = [:]
    while true {
      skipTrivia()
      guard i < bytes.count else { break }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        break
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      let key: String
      if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
        guard let parsed = parseString() else { break }
        key = parsed
      } else {
        let start = i
        while i < bytes.count, !isDelimiter(bytes[i]), bytes[i] != UInt8(ascii: ":") { i += 1 }
        if i == start {
          i += 1
          continue
        }
        key = String(decoding: bytes[start..<i], as: UTF8.self)
      }
      skipTrivia()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { continue }
      i += 1
      let value = parseValue(depth: depth + 1) ?? .null
      // The first occurrence wins, as in most JSON-LD consumers.
      if object[key] == nil { object[key] = value }
    }
    return .object(object)
  }

  private mutating func parseArray(depth: Int) -> JSONValue {
    i += 1
    var array: [JSONValue] = []
    while true {
      skipTrivia()
      guard i < bytes.count else { break }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        break
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      let before = i
      if let value = parseValue(depth: depth + 1) { array.append(value) }
      if i == before { i += 1 }
    }
    return .array(array)
  }

  private mutating func parseString() -> String? {
    let quote = bytes[i]
    i += 1
    var output: [UInt8] = []
    while i < bytes.count {
      let byte = bytes[i]
      if byte == quote {
        i += 1
        return String(decoding: output, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\"), i + 1 < bytes.count {
        let escaped = bytes[i + 1]
        i += 2
        switch escaped {
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "b"), UInt8(ascii: "f"): output.append(0x20)
        case UInt8(ascii: "u"): appendUnicodeEscape(to: &output)
        default: output.append(escaped)
        }
        continue
      }
      output.append(byte)
      i += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  private mutating func appendUnicodeEscape(to output: inout [UInt8]) {
    guard let high = readHex4() else { return }
    var scalarValue = high
    if (0xD800..<0xDC00).contains(high), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
      bytes[i + 1] == UInt8(ascii: "u")
    {
      let save = i
      i += 2
      if let low = readHex4(), (0xDC00..<0xE000).contains(low) {
        scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      } else {
        i = save
      }
    }
    let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
    output.append(contentsOf: UTF8.encode(scalar)!)
  }

  private mutating func readHex4() -> UInt32? {
    guard i + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for k in 0..<4 {
      let byte = bytes[i + k]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value << 4 | digit
    }
    i += 4
    return value
  }

  /// true, false, null, numbers, and anything else up to a delimiter.
  private mutating func parseBareword() -> JSONValue? {
    let start = i
    while i < bytes.count, !isDelimiter(bytes[i]) { i += 1 }
    guard i > start else { return nil }
    let word = String(decoding: bytes[start..<i], as: UTF8.self)
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null", "undefined": return .null
    default:
      if let number = Double(word) { return .number(number) }
      return .string(word)
    }
  }

  private func isDelimiter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "["),
      UInt8(ascii: " "), 0x09, 0x0A, 0x0D, UInt8(ascii: "\""):
      return true
    default: return false
    }
  }

  /// Skips white space, comments, `<!--`/`-->` and CDATA markers.
  private mutating func skipTrivia() {
    while i < bytes.count {
      let byte = bytes[i]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF
        || byte == UInt8(ascii: ";")
      {
        i += 1
      } else if has("//") {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
      } else if has("/*") {
        i += 2
        while i < bytes.count, !has("*/") { i += 1 }
        i = min(i + 2, bytes.count)
      } else if has("<!--") {
        i += 4
      } else if has("-->") {
        i += 3
      } else if has("<![CDATA[") {
        i += 9
      } else if has("]]>") {
        i += 3
      } else {
        return
      }
    }
  }

  private func has(_ token: StaticString) -> Bool {
    let count = token.utf8CodeUnitCount
    guard i + count <= bytes.count else { return false }
    let pointer = token.utf8Start
    for k in 0..<count where bytes[i + k] != pointer[k] { return false }
    return true
  }

  /// Skips a value nested too deep, tracking only brackets and strings.
  private mutating func skipNested() {
    var level = 0
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        i += 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
      } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        level += 1
      } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        level -= 1
        if level <= 0 {
          i += 1
          return
        }
      }
      i += 1
    }
  }
}
