/// A JSON value as read from a page's embedded data.
package enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  package subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }

  package var string: String? {
    switch self {
    case .string(let value): value
    case .number(let value): value == value.rounded() ? String(Int(value)) : String(value)
    default: nil
    }
  }

  package var array: [JSONValue] {
    switch self {
    case .array(let values): values
    case .null: []
    default: [self]
    }
  }

  package var object: [String: JSONValue]? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// Parses JSON text leniently (see `LenientJSONParser`); nil when nothing
  /// JSON-like can be read.
  package static func parse(_ text: String) -> JSONValue? {
    var parser = LenientJSONParser(Array(text.utf8))
    return parser.parseDocument()
  }
}
