import Testing

@testable import NewsgrabExtraction

/// Furniture around short stories, and pictures set outside the text container.
@Suite struct ContentFurnitureTests {
  /// A reading time, a relative time, a clip's length, or a meta line of
  /// them and dates is no story text, wherever it stands; a sentence that
  /// speaks of minutes or days is, and so is a date alone further down.
  @Test(arguments: [
    ("3 Min Lesezeit", true), ("Temps de lecture : 4 min", true), ("5 min read", true), ("14 hours ago", true),
    ("vor 2 Stunden", true), ("Duration 1:30", true), ("hace 3 horas", true),
    ("il y a 3 heures", true), ("2 ore fa", true), ("há 5 minutos", true), ("Okuma süresi: 4 dakika", true),
    ("Durée : 2:45", true), ("5 분 읽기", false), ("Score 3:1 after 90", false), ("Tickets 25 € – Doors 19:30", false),
    ("Posted Feb 11, 2024 • Updated 3 hours ago • 6 min read", true),
    ("The meeting lasted 3 minutes.", false), ("Two days ago the council met again.", false),
    ("12 March 2024", false), ("5 min read • Subscribe for 2 dollars a week", false),
  ])
  func timeLinesAreNotText(line: String, isFurniture: Bool) throws {
    #expect(TimeFurniture.isFurniture(line) == isFurniture)
    let article = try extract(
      """
      <html><body><article><p>\(prose("the ferry"))</p><p>\(prose("the harbour"))</p><p>\(prose("the quay"))</p>
      <p>\(prose("the fares"))</p><p>\(line)</p>
      <p>\(prose("the island"))</p></article></body></html>
      """)
    #expect(article.body.contains(line) == !isFurniture)
  }

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

/// Pages whose story the locator missed entirely: a comment list in a grid,
/// a page footer, a streamed segment, a story given only in JSON-LD.
@Suite struct ContentLocatorMissTests {
  /// A comment list laid out in a CSS grid (`columns`, `column`) is still a
  /// comment list: the grid's words rescue nothing, so longer comments do
  /// not outweigh a shorter story.
  @Test func commentsInAGridAreNotTheStory() throws {
    let comment = { (n: Int) in
      """
      <li class="comment column is-12" id="message-\(n)"><div class="columns"><div class="column is-10">
      <p>Reader \(n) writes: I have followed this debate for years, and frankly, the plan is late, thin, and far too
      cautious, but it is better than nothing, and the council should press on with it, whatever the cost.</p>
      <p>Also, the consultation was badly advertised, and many of us, myself included, only heard of it by chance.</p>
      </div></div></li>
      """
    }
    let article = try extract(
      """
      <html><head><title>Ferry plan approved - Harbour Post</title></head><body><main>
      <article class="columns"><h1>Ferry plan approved</h1>
      <div class="column story"><p>\(prose("the ferry plan"))</p><p>\(prose("the new pier"))</p>
      <p>\(prose("the timetable"))</p><p>\(prose("the fares"))</p></div></article>
      <section class="columns"><div class="community column is-12"><ul class="comments-list columns">
      \((1...6).map(comment).joined())</ul></div></section></main></body></html>
      """)
    #expect(article.body.contains("the ferry plan"))
    #expect(!article.body.contains("Reader 1 writes"), "the comments won over the story")
  }

  /// The page's own `<footer>` (outside any article or section) holds the
  /// copyright line, never the story, however short the story's text.
  @Test func pageFooterIsNeverTheStory() throws {
    let article = try extract(
      """
      <html><head><title>Quake shakes the coast - Daily</title></head><body><main><div class="x1">
      <p>A quake of magnitude 5 shook <a href="/t/e">Cape Lorn</a> on Monday, the <a href="/t/a">weather agency</a>
      said; a <a href="/t/i">tsunami</a> warning followed for the two regions nearest the epicentre, where
      schools were closed on Tuesday.</p>
      <p>Intensity 5: <a href="/t/b">Northport</a>, <a href="/t/c">Southport</a>, <a href="/t/d">Eastby</a></p>
      <p>Intensity 4: <a href="/t/f">Westby</a>, <a href="/t/g">Millford</a>, <a href="/t/h">Oakham</a>, Ashby</p>
      </div></main><footer><div class="f1"><div class="f2"><div class="f3"><p class="printArea">Every story, photograph,
      graphic and video in these pages is protected by copyright, and so is the way we arrange them: please ask
      us first, in writing, if you wish to copy, print, broadcast, translate or reuse any part of them, online or
      offline, in whole or in part, for any purpose at all. Copyright, The Daily Company, its partners, its
      agencies and its photographers; all rights, everywhere, are kept by their owners.</p>
      </div></div></div></footer></body></html>
      """)
    #expect(article.body.contains("A quake of magnitude 5"))
    #expect(!article.body.contains("protected by copyright"))
  }

  /// React streams late parts of a page as `<div hidden id="S:…">` and
  /// shows them with an inline script: readers see that text.
  @Test func streamedSegmentIsShown() throws {
    let article = try extract(
      """
      <html><head><title>Budget set - Wire</title></head><body><div id="root"><template id="B:1"></template>
      <p>Loading</p></div><div hidden id="S:1"><article><h1>Budget set</h1><p>\(prose("the budget"))</p>
      <p>\(prose("the tax rate"))</p><p>\(prose("the road fund"))</p></article></div>
      <div hidden id="tooltip"><p>\(prose("a tooltip"))</p></div>
      <script>$RC("B:1","S:1")</script></body></html>
      """)
    #expect(article.body.contains("the budget"))
    #expect(!article.body.contains("a tooltip"), "other hidden elements stay hidden")
  }

  static func page(articleBody: String, visible: String) -> String {
    """
    <html><head><title>Cup tie drawn - Sport Daily</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Cup tie drawn","articleBody":"\(articleBody)"}</script></head><body><article>
    <h1>Cup tie drawn</h1>\(visible)<div class="paywall">Subscribe to read the whole story.</div>
    </article></body></html>
    """
  }

  /// A paywalled page that prints a teaser but gives the story in its
  /// JSON-LD `articleBody`: the structured text is the body.
  @Test func teaserGivesWayToStructuredArticleBody() throws {
    let story = (1...6).map { prose("the replay \($0)") }.joined(separator: "\\n")
    let article = try extract(Self.page(articleBody: story, visible: "<p>\(prose("the replay 1"))</p>"))
    #expect(article.paragraphs.count == 6)
    #expect(article.body.contains("the replay 6"))
  }

  /// Where the page shows the story, the page's text wins (its own
  /// paragraphs and sub-headings), and markup inside the JSON is not text.
  @Test func visibleStoryKeepsItsOwnText() throws {
    let story = (1...3).map { prose("the replay \($0)") }.joined(separator: "\\n")
    let shown = (1...3).map { "<p>\(prose("the replay \($0)"))</p>" }.joined() + "<h2>What next</h2>"
    let article = try extract(Self.page(articleBody: story, visible: shown))
    #expect(article.body.contains("What next"))
    let markup = (1...6).map { "<p>\(prose("the replay \($0)"))</p>" }.joined()
    let teaser = try extract(Self.page(articleBody: markup, visible: "<p>\(prose("the replay 1"))</p>"))
    #expect(!teaser.body.contains("<p>"))
    #expect(!teaser.body.contains("the replay 6"))
  }
}
