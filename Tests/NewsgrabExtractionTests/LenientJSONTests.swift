import Testing

@testable import NewsgrabExtraction

@Suite("Lenient JSON")
struct LenientJSONTests {
  @Test func toleratesTrailingCommasAndRawNewlines() throws {
    let value = try #require(JSONValue.parse("{\"a\": [1, 2,], \"b\": \"two\nlines\",}"))
    #expect(value["a"]?.array.count == 2)
    #expect(value["b"]?.string?.contains("lines") == true)
  }

  @Test func readsGraphAuthorsByReference() throws {
    let text = """
      {"@graph": [{"@type": "Person", "@id": "#p", "name": "Wren Calloway"},
                  {"@type": "NewsArticle", "headline": "H", "author": {"@id": "#p"}}]}
      """
    var data = StructuredData()
    let json = try #require(JSONValue.parse(text))
    for node in json["@graph"]?.array ?? [] { data.nodes.append(node) }
    let author = try #require(json["@graph"]?.array.last?["author"])
    #expect(data.dereference(author).text == "Wren Calloway")
  }

  @Test func textReadsStringsObjectsAndArrays() {
    #expect(JSONValue.string("A").text == "A")
    #expect(JSONValue.object(["name": .string("B")]).text == "B")
    #expect(JSONValue.array([.string(""), .string("C")]).text == "C")
  }
}
