import NewsgrabHTML

/// Everything the metadata phases read: the page and the metadata found on it
/// before anything was removed.
struct MetadataSources {
  let page: Page
  let structured: StructuredData
  let meta: MetaTags
  let microdata: Microdata

  /// The JSON-LD node describing this page's article, if any.
  var ld: JSONValue? { structured.article }

  /// The first non-empty value among several meta keys, with the key it came from.
  func firstMeta(_ keys: [String]) -> (value: String, key: String)? {
    for key in keys {
      if let value = meta.first(key)?.nonEmpty { return (value, key) }
    }
    return nil
  }
}

/// A value together with where it was found (the `provenance` entry).
struct Sourced<Value> {
  var value: Value
  var source: String

  init(_ value: Value, _ source: String) {
    self.value = value
    self.source = source
  }
}

extension JSONValue {
  /// The text of a JSON-LD value that may be a string, an object with a
  /// `name`/`@value`, or an array of those (the first one wins).
  var text: String? {
    switch self {
    case .array(let values): values.lazy.compactMap(\.text).first
    case .object: (self["name"] ?? self["@value"])?.string?.decodingLeftoverEntities().nonEmpty
    default: string?.decodingLeftoverEntities().nonEmpty
    }
  }
}
