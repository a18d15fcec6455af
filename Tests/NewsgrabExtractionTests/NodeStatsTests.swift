import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// `NodeStats`' one backward pass over the arena gives every node the same
/// totals as a plain recursive walk of its subtree.
@Suite("Node statistics")
struct NodeStatsTests {
  static let html = """
    <html><head><title>t</title><script>var a = 1, b = 2;</script></head><body>
    <div id="main"><h1>The headline, in full</h1>
    <p>First paragraph, with commas, and a <a href="/other">link to elsewhere</a>.</p>
    <p>Second paragraph <img src="a.jpg"> with a picture.</p>
    <ul><li><a href="/one">One</a></li><li><a href="/two">Two</a></li><li>Three、four，five</li></ul>
    <div class="card"><a href="/story"></a><span>A card title the empty anchor covers</span></div>
    <div class="card"><a href="#top"></a><span>Not a card: the anchor stays on the page</span></div>
    <form><input type="text"><select><option>x</option></select><button>Go</button></form>
    <iframe src="https://video.example/embed"></iframe>
    <table><caption>Scores</caption><tr><th>A</th><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>
    <section><span><em><div>A block three levels down</div></em></span></section>
    <aside><p>Aside, removed by the rule below.</p><input type="checkbox"></aside>
    </div><footer>Footer   text   with   spaces</footer></body></html>
    """

  /// The totals of node `i` by recursion over its children.
  static func reference(
    _ node: HTMLNode, text: NodeStats.TextMeasure, excluded: [Bool], removes: (HTMLNode) -> Bool
  ) -> NodeStats.Counts {
    let k = Int(node.index)
    var counts = NodeStats.Counts(chars: text.chars[k], commas: text.commas[k])
    let href = node.document.nameNumber("href")
    for child in node.children {
      let c = Int(child.index)
      let totals = reference(child, text: text, excluded: excluded, removes: removes)
      if excluded[c] {
        switch child.tag {
        case .input, .select, .textarea, .button: counts.inputs += 1
        case .iframe, .embed, .object: counts.embeds += 1
        default: break
        }
        counts.inputs += totals.inputs
        counts.embeds += totals.embeds
        continue
      }
      if child.isElement, child.tag == .a, totals.chars == 0, totals.images == 0,
        NodeStats.pointsElsewhere(child, href: href)
      {
        counts.hasOverlayLink = true
      }
      if child.isElement, removes(child) { continue }
      // Field by field (not `Counts.add`, which is what is under test).
      counts.chars += totals.chars
      counts.linkChars += totals.linkChars
      counts.commas += totals.commas
      counts.paragraphs += totals.paragraphs
      counts.images += totals.images
      counts.listItems += totals.listItems
      counts.inputs += totals.inputs
      counts.embeds += totals.embeds
      counts.headingChars += totals.headingChars
      counts.listChars += totals.listChars
      counts.rows += totals.rows
      counts.headerCells += totals.headerCells
      if totals.hasBlock || (child.isElement && child.tag.isBlock) { counts.hasBlock = true }
    }
    guard node.isElement, !excluded[k] else { return counts }
    switch node.tag {
    case .a: counts.linkChars = counts.chars
    case .p: counts.paragraphs += 1
    case .img: counts.images += 1
    case .li: counts.listItems += 1
    case .input, .select, .textarea, .button: counts.inputs += 1
    case .iframe, .embed, .object: counts.embeds += 1
    case .h1, .h2, .h3, .h4, .h5, .h6: counts.headingChars = counts.chars
    case .ul, .ol: counts.listChars = counts.chars
    case .tr: counts.rows += 1
    case .th, .caption, .thead: counts.headerCells += 1
    default: break
    }
    if counts.hasOverlayLink, node.tag != .a, node.tag != .p, counts.chars <= NodeStats.maximumCardChars {
      counts.linkChars = counts.chars
    }
    return counts
  }

  static func excluded(_ document: HTMLDocument) -> [Bool] {
    var excluded = [Bool](repeating: false, count: document.nodeCount)
    for i in 1..<Int32(document.nodeCount) {
      let node = document.node(at: i)
      let parent = Int(node.parentIndex)
      excluded[Int(i)] = (parent >= 0 && excluded[parent]) || (node.isElement && PageAnalysis.isNonContent(node.tag))
    }
    return excluded
  }

  @Test func wholePageTotalsMatchARecursiveWalk() throws {
    let document = try HTMLDocument.parse(Array(Self.html.utf8)).document
    let text = NodeStats.TextMeasure(document: document)
    let excluded = Self.excluded(document)
    let stats = NodeStats(document: document, text: text, excluded: excluded)
    var checked = 0
    for i in 1..<Int32(document.nodeCount) {
      let node = document.node(at: i)
      guard node.isElement, !excluded[Int(i)] else { continue }
      let expected = Self.reference(node, text: text, excluded: excluded, removes: { _ in false })
      #expect(stats[i] == expected, "\(node.tagName) at \(i)")
      checked += 1
    }
    #expect(checked > 20)
    // The counters the page was written to exercise are really counted.
    let body = try #require(document.body)
    #expect(stats[body.index].inputs == 4 && stats[body.index].embeds == 1)
    #expect(stats[body.index].headerCells == 2 && stats[body.index].rows == 2)
    #expect(stats[body.index].commas == 6)
    let span = try #require(body.firstDescendant(.section)?.firstDescendant(.span))
    #expect(stats[span.index].hasBlock)
    let cards = body.descendants(.div).filter { $0.attribute("class") == "card" }
    #expect(cards.count == 2 && stats[cards[0].index].hasOverlayLink && !stats[cards[1].index].hasOverlayLink)
    #expect(stats[cards[0].index].linkDensity == 1 && stats[cards[1].index].linkDensity == 0)
  }

  @Test func textMeasureHoldsEachTextNodesCountsAndZeroForTheRest() throws {
    let document = try HTMLDocument.parse(Array(Self.html.utf8)).document
    let text = NodeStats.TextMeasure(document: document)
    #expect(text.chars.count == document.nodeCount && text.commas.count == document.nodeCount)
    var measured = 0
    for i in 0..<Int32(document.nodeCount) {
      let node = document.node(at: i)
      let expected = node.isText ? NodeStats.TextMeasure.measure(node.textBytes) : (0, 0)
      #expect(text.chars[Int(i)] == expected.0 && text.commas[Int(i)] == expected.1, "node \(i)")
      if node.isText, expected.0 > 0 { measured += 1 }
    }
    #expect(measured > 20)
  }

  @Test func cleanUpPassDropsRemovedSubtreesFromTheirAncestors() throws {
    let document = try HTMLDocument.parse(Array(Self.html.utf8)).document
    let text = NodeStats.TextMeasure(document: document)
    let excluded = Self.excluded(document)
    var stats = NodeStats(document: document, text: text, excluded: excluded)
    let main = try #require(document.body?.firstDescendant(.div))
    var removed = [Bool](repeating: false, count: document.nodeCount)
    var seen: [Int32] = []
    stats.accumulate(
      document: document, text: text, range: main.index..<main.subtreeEndIndex, excluded: excluded,
      root: main.index, removed: &removed
    ) { i, pass in
      // The rule sees the node's own totals, already complete.
      let node = document.node(at: i)
      if node.tag == .ul, pass[i].listItems != 3 || pass.linkDensity(i) == 0 { Issue.record("ul seen unfinished") }
      seen.append(i)
      return node.tag == .aside || node.tag == .table
    }
    let removes = { (node: HTMLNode) in node.tag == .aside || node.tag == .table }
    for i in main.index..<main.subtreeEndIndex where document.node(at: i).isElement && !excluded[Int(i)] {
      let node = document.node(at: i)
      if removes(node) {
        #expect(removed[Int(i)])
        continue
      }
      #expect(!removed[Int(i)])
      #expect(stats[i] == Self.reference(node, text: text, excluded: excluded, removes: removes), "\(node.tagName)")
    }
    #expect(stats[main.index].paragraphs == 2 && stats[main.index].rows == 0 && stats[main.index].inputs == 3)
    #expect(seen.first! > seen.last!)
  }
}
