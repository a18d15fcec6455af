import Testing

@testable import NewsgrabExtraction

/// Furniture around short stories, and pictures set outside the text container.
@Suite struct ContentFurnitureTests {
  /// A short story (under the 500-character floor) in an old table layout:
  /// relaxing the rules reaches the floor only by adding the menu cell and a
  /// "most read" cell, which is no more of the article.
  @Test func shortStoryIsNotPaddedWithMenus() throws {
    let article = try extract(
      """
      <html><head><title>Bridge reopens - Valley Courier</title></head><body><table><tr>
      <td class="leftnav"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br>
      <a href="/weather">Weather</a><br><a href="/letters">Letters</a></td>
      <td class="maincol"><h2>Bridge reopens</h2>
      <div class="storytext"><p>The footbridge over the canal reopened on Monday after four months of repairs to its rusted handrails.</p>
      <p>Engineers replaced the deck boards as well, which the county said had been worn smooth by a century of boots.</p>
      <p>"It feels like a new bridge," said one walker, who crosses it every morning on her way to the station.</p>
      <p>The works cost less than planned.</p></div>
      <p><a href="/news">Back to News</a> | <a href="/print">Print this story</a></p></td>
      <td class="rightcol"><b>Most Read</b><br><a href="/a">Library hours change for summer</a><br>
      <a href="/b">Fete raises money for roof</a></td></tr></table>
      <p>Copyright 2010 Valley Courier.</p></body></html>
      """)
    #expect(article.paragraphs.count == 4)
    #expect(article.paragraphs.first?.hasPrefix("The footbridge") == true)
    for furniture in ["Home", "Most Read", "Library hours", "Print this story", "Copyright"] {
      #expect(!article.body.contains(furniture), "\(furniture) leaked into the body")
    }
  }

  /// Story tiles whose only link is an empty anchor stretched over the
  /// card: the card's text is that link's label, so the tiles weigh as
  /// links, not as prose, and stay out of the body. An empty `#` anchor or
  /// one inside a long paragraph changes nothing.
  @Test func cardsWithAnOverlayLinkAreNotBodyText() throws {
    let tile = { (n: Int) in
      """
      <div class="tile"><a href="/2024/05/other-\(n).html" class="primary"></a><span class="label">Politics</span>
      <div class="inner"><span class="time">May 2 2024 8:53 PM</span> <span class="hed">Story number \(n) in the grid</span>
      <span class="dek">A summary sentence, with a comma, long enough to look like a short paragraph of prose.</span></div></div>
      """
    }
    let article = try extract(
      """
      <html><head><title>Strike tests the city - Ledger</title></head><body><div class="page">
      <div class="main"><h1>Strike tests the city</h1><div class="body"><p>\(prose("the strike"))</p>
      <p><a href="#top"></a>\(prose("the metro"))</p><p><a href="/2024/05/earlier.html"></a>\(prose("the buses"))</p></div></div>
      <div class="grid">\((1...5).map(tile).joined())</div></div></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("Story number"))
    #expect(!article.body.contains("Politics"))
  }

  static let summary = "Who decides what happens to the old ferry terminal, and who pays for it?"

  @Test func standfirstAboveTheBylineIsNotBodyText() throws {
    let article = try extract(
      """
      <html><head><meta property="og:description" content="\(Self.summary)"></head><body><article>
      <h1>The fight over the ferry terminal</h1><p class="dek">\(Self.summary)</p>
      <div class="byline">By Ann Lee</div>
      <div class="body"><p>\(prose("the terminal"))</p><p>\(prose("the car park"))</p><p>\(prose("the pier"))</p></div>
      <div class="paywall" id="paywall-prompt"><h2>Keep reading with a subscription</h2>
      <p>You have read all of your free articles this month. Subscribe now for unlimited access.</p>
      <p>Already a subscriber? <a href="/login">Log in</a></p></div>
      </article></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("Who decides"))
    #expect(!article.body.contains("subscri"))
  }

  /// Sites often reuse the lede as the description: below the byline it is the story's first paragraph.
  @Test func ledeRepeatingTheDescriptionBelowTheBylineStays() throws {
    let lede = prose("the terminal")
    let article = try extract(
      """
      <html><head><meta property="og:description" content="\(lede)"></head><body><article>
      <h1>The fight over the ferry terminal</h1><div class="byline">By Ann Lee</div>
      <p>\(lede)</p><p>\(prose("the car park"))</p><p>\(prose("the pier"))</p>
      </article></body></html>
      """)
    #expect(article.paragraphs.first == lede)
    #expect(article.paragraphs.count == 3)
  }

  /// A bare "paywall" class marks the covered text itself on some sites.
  @Test func paywalledTextIsKept() throws {
    let article = try extract(
      """
      <html><body><article><h1>Pier plan</h1><p>\(prose("the pier"))</p>
      <div class="paywalled-content"><p class="paywall">\(prose("the ballroom"))</p></div>
      <p class="paywall">\(prose("the marina"))</p></article></body></html>
      """)
    #expect(article.paragraphs.count == 3)
  }

  @Test func trailingTagListAndFollowLineAreFurniture() throws {
    let article = try extract(
      """
      <html><body><article><h1>Library saved</h1><p>\(prose("the library"))</p>
      <p>Volunteers will staff it:</p><ul><li><a href="/m">Mondays</a></li><li><a href="/t">Tuesdays</a></li></ul>
      <p>\(prose("the book stock"))</p>
      <div><p><i>Follow the newsroom on <a href="https://fb.example/n">Facebook</a>, <a href="https://x.example/n">X</a>
      and <a href="https://ig.example/n">Instagram</a>. Send your story ideas to <a href="mailto:n@news.example">n@news.example</a></i></p></div>
      <div class="topics"><ul><li><a href="/topics/libraries">Libraries</a></li><li><a href="/topics/thornby">Thornby</a></li></ul></div>
      </article></body></html>
      """)
    // The same shape of list inside the text is the story's own.
    #expect(article.paragraphs.contains("Mondays"))
    #expect(article.paragraphs.last?.hasPrefix("The council said on Tuesday that the book stock") == true)
    for furniture in ["Follow the newsroom", "Libraries", "Thornby"] {
      #expect(!article.body.contains(furniture), "\(furniture) leaked into the body")
    }
  }

  /// Story text that mentions networks in words keeps the paragraph.
  @Test func paragraphNamingNetworksInProseStays() throws {
    let line = "The mayor announced the closure on Facebook and later on X, to the anger of residents."
    let article = try extract(
      """
      <html><body><article><h1>Pool closes</h1><p>\(prose("the pool"))</p><p>\(line)</p></article></body></html>
      """)
    #expect(article.paragraphs.last == line)
  }

  @Test func ampPicturesAreImages() throws {
    let article = try extract(
      """
      <html><body><article><h1>Crane falls</h1><div class="body"><p>\(prose("the quay"))</p>
      <figure><amp-img src="/images/crane.jpg" width="1200" height="675" layout="responsive" alt="The crane"></amp-img>
      <figcaption>The crane on the quay. <span class="credit">Photo: Ann Lee</span></figcaption></figure>
      <amp-anim src="/images/loop.gif" width="400" height="300" alt="A loop"></amp-anim>
      <p>\(prose("the berth"))</p></div></article></body></html>
      """)
    let urls = article.images.map(\.url)
    #expect(urls == ["https://news.example/images/crane.jpg", "https://news.example/images/loop.gif"])
    #expect(article.images.first?.caption == "The crane on the quay.")
    #expect(article.images.first?.credit == "Photo: Ann Lee")
    #expect(article.images.first?.width == 1200)
  }

  @Test func leadFigureBetweenHeadlineAndTextIsTheArticles() throws {
    let article = try extract(
      """
      <html><body><div class="artikel"><h1>Neue Fähre</h1>
      <div class="author-box"><figure><img src="/autoren/anna.jpg" width="300" height="300" alt="Anna"></figure>Von Anna</div>
      <figure class="bild"><img src="/bilder/faehre-960.jpg" width="960" height="540" alt="Die Fähre">
      <figcaption>Die Fähre bei der Ankunft. Foto: dpa</figcaption></figure>
      <div class="text"><p>\(prose("die Fähre"))</p><p>\(prose("der Hafen"))</p><p>\(prose("die Insel"))</p></div>
      </div><aside><figure><img src="/teaser/zug.jpg" width="600" height="400"></figure></aside></body></html>
      """)
    #expect(article.images.map(\.url) == ["https://news.example/bilder/faehre-960.jpg"])
    #expect(article.images.first?.caption == "Die Fähre bei der Ankunft.")
    #expect(article.images.first?.credit == "Foto: dpa")
  }
}
