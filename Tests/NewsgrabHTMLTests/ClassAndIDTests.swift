import Testing

@testable import NewsgrabHTML

/// `classAndID` reads the arena directly; it must give what joining the two
/// attribute values and lower-casing them gives.
@Suite struct ClassAndIDTests {
  @Test func matchesJoiningTheAttributes() throws {
    let html = """
      <body><div class="Story Byline" id="Main">a</div><p id="X-Only">b</p><p class="C-only">c</p>
      <p>d</p><p class="" id="e">e</p><p class="ÉCLAT Ünter" id="ΟΔΟΣ">f</p><p id="" class="">g</p>
      <p ID="Upper" CLASS="Mixed Case">h</p><p data-x="1">i</p></body>
      """
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    var elements = 0
    for node in document.root.descendants where node.isElement {
      elements += 1
      let reference = [node.attribute("class"), node.attribute("id")].compactMap { $0 }.joined(separator: " ")
        .lowercased()
      #expect(node.classAndID == reference, "\(node.tagName) \(node.attributes)")
    }
    #expect(elements >= 10)
    #expect(document.root.firstDescendant(.div)?.classAndID == "story byline main")
  }

  @Test func aPageWithoutClassOrIDHasEmptyMarkers() throws {
    let document = try HTMLDocument.parse(Array("<body><p title='t'>x</p></body>".utf8)).document
    #expect(document.root.firstDescendant(.p)?.classAndID == "")
  }

  @Test func attributeByNumberMatchesAttributeByName() throws {
    let html = #"<body><p itemprop="headline" rel="author">a</p><p ITEMPROP="x" itemprop="y">b</p><p>c</p></body>"#
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let itemprop = document.nameNumber("itemprop")
    #expect(itemprop != nil)
    for node in document.root.descendants where node.isElement {
      #expect(node.attribute(number: itemprop) == node.attribute("itemprop"))
      #expect(node.attribute(number: document.nameNumber("rel")) == node.attribute("rel"))
      #expect(node.attribute(number: nil) == nil)
    }
  }
}
