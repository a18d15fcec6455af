import Foundation
import Testing

/// Markdown output, element by element, against text written by hand from
/// the page below (not against `parse` through the same renderer).
@Suite("Markdown output")
struct MarkdownOutputTests {
  /// A page of our own: byline, date, site name, a lead figure and one in the
  /// body (captions and credits), Markdown metacharacters and HTML written as
  /// text in the paragraphs, and a related list.
  static let page = """
    <!DOCTYPE html>
    <html lang="en-GB"><head><meta charset="utf-8">
    <title>Night market returns to the [old] quay | Harbour Gazette</title>
    <link rel="canonical" href="https://gazette.example/town/2024/06/night-market">
    <meta property="og:site_name" content="Harbour Gazette">
    <meta property="article:published_time" content="2024-06-11T09:30:00+01:00">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Ada Brook"}]}</script>
    </head><body>
    <nav><a href="/">Home</a> <a href="/town">Town</a></nav>
    <main><article>
    <h1>Night market returns to the [old] quay</h1>
    <p class="byline">By Ada Brook</p>
    <figure><img src="https://img.gazette.example/2024/06/stalls.jpg" alt="Stalls *lit* at dusk" width="1200" height="800">
    <figcaption>Traders set up along the quay on Friday. Photo: Lia Moss</figcaption></figure>
    <p>The night market came back to the quay on Friday after a winter away, with forty stalls selling food, lamps and second-hand books until midnight.</p>
    <p>Prices were marked like 2 * 3 = 6 for_two, a stall called [Bits] &amp; #1 Pies sold out by ten, and one sign read a | b with `ticks`.</p>
    <p>A trader pinned up a card that said &lt;b&gt;bold&lt;/b&gt; in plain letters, which puzzled the children queueing for pancakes.</p>
    <figure><img src="https://img.gazette.example/2024/06/lamps.jpg" alt="Paper lamps" width="900" height="600">
    <figcaption>Paper lamps hang over the book stall. Photo: Ravi Dunn</figcaption></figure>
    <p>The organisers hope to hold the market on the first Friday of every month until October, weather allowing.</p>
    </article>
    <aside class="related"><h2>More from the town</h2><ul>
    <li><a href="/town/2024/05/quay-repairs">Quay repairs finish early</a></li>
    <li><a href="/town/2024/05/ferry-times">New ferry times for the summer</a></li>
    </ul></aside></main>
    <footer><p>Harbour Gazette, printed on the quay since 1901.</p></footer>
    </body></html>
    """

  /// Written by hand: one entry per Markdown block.
  static let expected = [
    #"# Night market returns to the \[old\] quay"#,
    "*By Ada Brook · Harbour Gazette · 2024-06-11T09:30:00+01:00*",
    #"""
    ![Stalls \*lit\* at dusk](<https://img.gazette.example/2024/06/stalls.jpg>)
    *Traders set up along the quay on Friday. Credit: Photo: Lia Moss*
    """#,
    "The night market came back to the quay on Friday after a winter away, with forty stalls selling food, lamps and second-hand books until midnight.",
    ##"Prices were marked like 2 \* 3 = 6 for\_two, a stall called \[Bits\] & \#1 Pies sold out by ten, and one sign read a \| b with \`ticks\`."##,
    #"A trader pinned up a card that said \<b\>bold\</b\> in plain letters, which puzzled the children queueing for pancakes."#,
    "The organisers hope to hold the market on the first Friday of every month until October, weather allowing.",
    """
    ![Paper lamps](<https://img.gazette.example/2024/06/lamps.jpg>)
    *Paper lamps hang over the book stall. Credit: Photo: Ravi Dunn*
    """,
    """
    ## Related

    - [Quay repairs finish early](<https://gazette.example/town/2024/05/quay-repairs>)
    - [New ferry times for the summer](<https://gazette.example/town/2024/05/ferry-times>)
    """,
  ]

  /// Blocks of Markdown output; the Related heading keeps its list.
  static func blocks(_ markdown: String) -> [String] {
    var blocks = markdown.components(separatedBy: "\n\n")
    if let index = blocks.firstIndex(of: "## Related"), index + 1 < blocks.count {
      blocks[index] += "\n\n" + blocks.remove(at: index + 1)
    }
    if let last = blocks.indices.last, blocks[last].hasSuffix("\n") { blocks[last].removeLast() }
    return blocks
  }

  static func expectElements(_ output: String, _ what: String) {
    let got = blocks(output)
    #expect(got.count == expected.count, "\(what): \(got.count) blocks: \(output)")
    for (index, block) in expected.enumerated() {
      #expect(index < got.count && got[index] == block, "\(what), block \(index + 1)")
    }
    #expect(output == expected.joined(separator: "\n\n") + "\n", "\(what)")
  }

  @Test("parse --format markdown: headline, byline, date, paragraphs, images, captions, credits, related, escaping")
  func parseMarkdown() throws {
    let workspace = Workspace()
    let path = workspace.write("night-market.html", Self.page)
    let result = try CLI.run(["parse", path, "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    Self.expectElements(result.stdout, "parse")
  }

  @Test("show --format markdown gives the same hand-written text from the archive")
  func showMarkdown() throws {
    let workspace = Workspace()
    workspace.write("in/night-market.html", Self.page)
    let imported = try CLI.run(["import", workspace.file("in"), "--db", workspace.db, "--quiet"])
    try #require(imported.status == 0, "\(imported.stderr)")
    let shown = try CLI.run(["show", "1", "--db", workspace.db, "--format", "markdown"])
    #expect(shown.status == 0, "\(shown.stderr)")
    Self.expectElements(shown.stdout, "show")
  }
}
