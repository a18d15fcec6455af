import CLibXML2
import Testing

@testable import NewsgrabHTML

@Suite struct HTMLDocumentTests {
  private func parse(_ html: String) throws -> HTMLDocument {
    try HTMLDocument.parse(Array(html.utf8)).document
  }

  @Test("the parser context is given network access off, and never prints")
  func parserContextOptions() {
    let options = HTMLParser.contextOptions()
    #expect(options & Int32(HTML_PARSE_NONET.rawValue) != 0)
    #expect(options & Int32(HTML_PARSE_NOERROR.rawValue) != 0)
    #expect(options & Int32(HTML_PARSE_NOWARNING.rawValue) != 0)
  }

  @Test func buildsElementsAttributesAndText() throws {
    let document = try parse(
      #"<html><head><title>T</title></head><body><p class="x" id="y">Hello <b>big</b> world</p></body></html>"#)
    let paragraph = try #require(document.root.firstDescendant(.p))
    #expect(paragraph.attribute("class") == "x")
    #expect(paragraph.attribute("id") == "y")
    #expect(paragraph.attribute("missing") == nil)
    #expect(paragraph.textContent == "Hello big world")
    #expect(paragraph.children.map(\.tagName) == ["", "b", ""])
    #expect(document.head?.firstDescendant(.title)?.textContent == "T")
  }

  @Test func closesParagraphAtHTML5Blocks() throws {
    // libxml2 keeps <p> open across <section>; the tree must not nest them.
    let document = try parse("<body><p>one<section><p>two</p></section>three</body>")
    let paragraphs = document.root.descendants(.p)
    #expect(paragraphs.count == 2)
    #expect(paragraphs[0].textContent == "one")
    #expect(paragraphs[1].textContent == "two")
    let section = try #require(document.root.firstDescendant(.section))
    #expect(section.parent?.tag == .body)
  }

  @Test func html5VoidElementsHoldNothing() throws {
    // libxml2 2.9 nests what follows a <source> or <wbr> inside it; a
    // browser, and the tree, keep them empty.
    let document = try parse(
      #"<body><div><picture><source srcset="a.webp"><source srcset="a.jpg"><img src="a.jpg"></picture>"#
        + "<p>long<wbr>word</p></div></body>")
    let image = try #require(document.root.firstDescendant(.img))
    #expect(image.parent?.tag == .picture)
    #expect(document.root.descendants(.source).allSatisfy { Array($0.children).isEmpty })
    #expect(document.root.descendants(.source).count == 2)
    let paragraph = try #require(document.root.firstDescendant(.p))
    #expect(paragraph.children.map(\.tagName) == ["", "wbr", ""])
    #expect(paragraph.textContent == "longword")
  }

  @Test func keepsJSONScriptTextOnly() throws {
    let document = try parse(
      #"<head><script type="application/ld+json">{"a":1}</script><script>var x = 1;</script><style>p{}</style></head>"#)
    let scripts = document.root.descendants(.script)
    #expect(scripts.count == 2)
    #expect(scripts[0].firstChild?.text == #"{"a":1}"#)
    #expect(scripts[1].firstChild == nil)
  }

  /// The tree drops a plain script's text, but the document keeps the
  /// page's markup (decoded to UTF-8) where that text can still be read.
  @Test func keepsThePagesMarkupBesideTheTree() throws {
    let html = "<html><head><meta charset=\"windows-1252\"><script>var d = '#';</script></head></html>"
    // The script holds "é" in windows-1252 (one byte, 0xE9).
    let page = Array(html.utf8).map { $0 == UInt8(ascii: "#") ? 0xE9 : $0 }
    let document = try HTMLDocument.parse(page).document
    #expect(String(decoding: document.markup, as: UTF8.self).contains("var d = '\u{E9}';"))
    #expect(document.root.firstDescendant(.script)?.firstChild == nil)
    let utf8 = try HTMLDocument.parse(utf8: Array(html.utf8))
    #expect(utf8.markup == Array(html.utf8))
  }

  /// A reader's length: whitespace runs count once, and counting stops past the limit.
  @Test func readableTextLengthCollapsesIndentation() throws {
    let document = try parse(
      "<div>\n      <a>Jane  Doe</a>\n      <a>\tJon Roe</a>\n    <script>var x = 1;</script></div>")
    let block = try #require(document.root.firstDescendant(.div))
    #expect(block.textLength == 36)
    #expect(block.readableTextLength(atMost: 100) == " Jane Doe Jon Roe ".utf8.count)
    #expect(block.readableTextLength(atMost: 5) == 6)
  }

  @Test func flattensPathologicalNesting() throws {
    let depth = 50_000
    let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
    let document = try parse(html)
    #expect(document.root.textContent == "deep")
    let deepest = try #require(Array(document.root.descendants).last)
    #expect(deepest.ancestors.count <= HTMLTreeBuilder.maximumDepth + 2)
  }

  @Test func decodesEntitiesAndKeepsDocumentOrder() throws {
    let document = try parse("<p>a &amp; b &eacute; &#8217;</p><ul><li>1</li><li>2</li></ul>")
    #expect(document.root.firstDescendant(.p)?.textContent == "a & b é \u{2019}")
    #expect(document.root.descendants(.li).map(\.textContent) == ["1", "2"])
  }

  @Test("legacy names decode without their semicolon, as browsers read text")
  func legacyReferencesWithoutSemicolon() throws {
    let document = try parse(
      "<p>Par&nbspDavid Roe &copy 2024 x&notit; &lt3 &AMP &frac34x</p>"
        + "<p>AT&amp;T Q&amp;A &amp;copy; &amp;nbsp; R&D &bogus; &</p><p><b>&</b>nbsp</p>")
    let paragraphs = document.root.descendants(.p).map(\.textContent)
    // The longest legacy name the run starts with: "&notit;" is "¬it;".
    #expect(paragraphs[0] == "Par\u{A0}David Roe \u{A9} 2024 x\u{AC}it; <3 & \u{BE}x")
    // A decoded "&amp;" before text is text ("&amp;nbsp;" shows "&nbsp;").
    #expect(paragraphs[1] == "AT&T Q&A &copy; &nbsp; R&D &bogus; &")
    // Only a name right after the "&", in the same text.
    #expect(paragraphs[2] == "&nbsp")
  }

  @Test func emptyInputGivesEmptyDocument() throws {
    let document = try parse("")
    #expect(document.root.textContent == "")
  }

  @Test func manyNamesKeepTheirOwnNumbers() throws {
    // More element and attribute names than the recent-name slots: names
    // that share a slot replace each other, and each still reads as itself.
    let count = 700
    var html = "<body>"
    for round in 0..<2 {
      for k in 0..<count {
        let n = round == 0 ? k : count - 1 - k
        html += "<x-tag\(n % 50) data-a\(n)=\"\(n)\" title=\"t\(n)\">\(n)</x-tag\(n % 50)>"
      }
    }
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let elements = document.root.descendants.filter { $0.isElement && $0.tagName.hasPrefix("x-tag") }
    #expect(elements.count == 2 * count)
    for element in elements {
      let n = try #require(Int(element.textContent))
      #expect(element.tagName == "x-tag\(n % 50)")
      #expect(element.attribute("data-a\(n)") == "\(n)")
      #expect(element.attribute("title") == "t\(n)")
    }
  }
}
