import Testing

@testable import NewsgrabHTML

/// Only JSON scripts keep their text in the tree; the type test is a byte
/// search for ASCII types and a string search otherwise.
@Suite struct ScriptTextTests {
  @Test(arguments: [
    ("application/ld+json", true), ("APPLICATION/LD+JSON", true), ("application/json", true),
    ("text/javascript", false),
    ("", false), ("jso", false), ("text/x-json-template", true), ("jsoñ", false), ("ñjson", true), ("JSON", true),
  ])
  func scriptTextIsKeptForJSONTypes(type: String, kept: Bool) throws {
    let html = "<html><head><script type=\"\(type)\">{\"a\": 1}</script></head><body><p>x</p></body></html>"
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let script = try #require(document.root.firstDescendant(.script))
    #expect(script.children.contains { $0.isText } == kept)
  }
}
