import Testing

@testable import NewsgrabExtraction

@Suite struct BodyTextTests {
  @Test func furnitureIsLeftOut() throws {
    let article = try extract(
      """
      <html><head><title>Tide record | Daily</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
      <article><h1>Tide record</h1>
      <div class="share-bar"><a href="https://fb.example/share">Share on Facebook</a></div>
      <p>\(prose("the tide gauge"))</p>
      <div class="newsletter-box"><p>Sign up for our morning newsletter and never miss a story.</p></div>
      <h2>What comes next</h2>
      <p>\(prose("the sea wall"))</p>
      <ul><li>Sandbags are free at the town hall until Friday evening.</li><li>Schools stay closed until Thursday.</li></ul>
      <blockquote>We have never seen water this high in the square, not once in forty years.</blockquote>
      <div class="ad-slot"><span>Advertisement</span></div>
      <p>\(prose("the harbour"))</p>
      </article>
      <footer><p>© 2024 Daily News. All rights reserved.</p></footer>
      </body></html>
      """)
    let paragraphs = article.paragraphs
    #expect(paragraphs.first?.hasPrefix("The council said") == true)
    #expect(paragraphs.contains("What comes next"))
    #expect(paragraphs.contains("Schools stay closed until Thursday."))
    #expect(paragraphs.contains { $0.hasPrefix("We have never seen water") })
    for furniture in ["Home", "cookies", "Share on", "newsletter", "Advertisement", "All rights", "Tide record"] {
      #expect(!article.body.contains(furniture), "\(furniture) leaked into the body")
    }
  }

  @Test func footerWithProseIsKeptAndLinkFooterDropped() throws {
    let article = try extract(
      """
      <html><body><article><p>Click play to meet Bo.</p><footer id="meta"><div id="transcript">
      <p>\(prose("the first training"))</p><p>\(prose("the second training"))</p><p>\(prose("the third training"))</p>
      </div></footer></article><footer><a href="/about">About us</a> <a href="/terms">Terms of use</a></footer></body></html>
      """)
    #expect(article.body.contains("third training"))
    #expect(!article.body.contains("Terms of use"))
  }

  @Test func bareAdvertisementLabelsAreDropped() throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("the budget"))</p><p class="x">Advertisement</p><p>\(prose("the schools"))</p>
      <span>ADVERTISEMENT</span><p>\(prose("the roads"))</p></article></body></html>
      """)
    #expect(article.paragraphs.count == 3)
  }

  @Test func breakSeparatedTextBecomesParagraphs() throws {
    let article = try extract(
      """
      <html><body><div class="story">\(prose("the bus routes"))<br><br>\(prose("the night trains"))<br><br>
      First line of a short address<br>Second line of the address</div></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(article.paragraphs[2] == "First line of a short address\nSecond line of the address")
  }

  @Test func articleSplitOverSeveralContainers() throws {
    let article = try extract(
      """
      <html><body><div class="wrapper">
      <div class="article-text"><p>\(prose("the first budget"))</p><p>\(prose("the second budget"))</p></div>
      <div class="ad-container"><iframe src="https://ads.example/slot"></iframe></div>
      <div class="article-text"><p>\(prose("the third budget"))</p><p>\(prose("the fourth budget"))</p></div>
      </div><div class="sidebar"><a href="/a">Other story one</a><a href="/b">Other story two</a></div></body></html>
      """)
    #expect(article.paragraphs.count == 4)
    #expect(article.body.contains("fourth budget"))
  }

  @Test func divPerParagraphBesideTheMainTextAndBylineDropped() throws {
    let article = try extract(
      """
      <html><body><div class="story"><div class="byline"><p class="bylineBody">By <a rel="author" href="/j/ada">Ada Brook</a></p></div>
      <div id="main"><div class="firstPar"><p>\(prose("the first exam"))</p></div><div class="secondPar"><p>\(prose("the second exam"))</p></div>
      <div class="body"><p>\(prose("the third exam"))</p><p>\(prose("the fourth exam"))</p><p>\(prose("the fifth exam"))</p></div>
      </div></div></body></html>
      """)
    #expect(article.paragraphs.count == 5)
    #expect(!article.body.contains("Ada Brook") && !article.body.hasPrefix("By"))
  }

  @Test func paragraphsClassedPaywallAreTheArticle() throws {
    let article = try extract(
      """
      <html><body><main><div class="article__body"><p class="paywall">\(prose("the checkpoint"))</p>
      <div class="consumer-marketing-unit paywall-inline-barrier"><p>Subscribe to keep reading for one dollar a month.</p></div>
      <p class="paywall">\(prose("the cameras"))</p><p class="paywall">\(prose("the visitors"))</p></div></main></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("Subscribe"))
  }

  @Test func blockRepeatedInAnotherContainerIsReadOnce() throws {
    let slide =
      "<div class=\"slide\"><div class=\"text\"><p>\(prose("the parade"))</p><p>\(prose("the fireworks"))</p></div></div>"
    let article = try extract("<html><body><div class=\"slides\">\(slide)\(slide)\(slide)</div></body></html>")
    #expect(article.paragraphs.count == 2)
  }

  @Test func paragraphRepeatedByTheAuthorIsKept() throws {
    let article = try extract(
      "<html><body><article><p>\(prose("the vote"))</p><p>\(prose("the vote"))</p><p>\(prose("the count"))</p></article></body></html>"
    )
    #expect(article.paragraphs.count == 3)
  }

  @Test func articleClassNamingItsAuthorKeepsItsImages() throws {
    let article = try extract(
      """
      <html><body><article class="node node-report author-sarah"><div class="field-body"><p>\(prose("the river"))</p>
      <p style="text-align: center;"><img src="https://photos.example/river.jpg" style="width: 600px"></p>
      <p>\(prose("the search"))</p><p>\(prose("the boats"))</p></div></article></body></html>
      """)
    #expect(article.images.map(\.url) == ["https://photos.example/river.jpg"])
  }

  @Test func noscriptImageReplacesLazyPlaceholder() throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("the lighthouse"))</p>
      <figure><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript><img src="/p/tower.jpg" alt="Tower"></noscript>
      <figcaption>The tower at dusk.</figcaption></figure>
      <p>\(prose("the keepers"))</p><p>\(prose("the logbook"))</p></article></body></html>
      """)
    #expect(article.images.map(\.url) == ["https://news.example/p/tower.jpg"])
    #expect(article.images.first?.caption == "The tower at dusk.")
  }
}

@Suite struct ParagraphSplitTests {
  @Test("paragraphs are the body split at blank lines, as components(separatedBy:) splits them")
  func sameAsCharacterSplit() {
    let bodies = [
      "", "\n\n", "One.", "One.\n\nTwo.", "\n\nOne.\n\nTwo.\n\n", "One.\n\n\n\nTwo.", "One.\n\n\nTwo.",
      "Ünïcödé — ok.\n\n日本語の段落。\n\nكلمة", "a\nb\n\nc\n", "e\u{301}\n\n\u{301}x", "\n", "x\n\n\n",
    ]
    for body in bodies {
      let article = Article(body: body)
      let expected = body.components(separatedBy: "\n\n").filter { !$0.isEmpty }
      #expect(article.paragraphs == expected, "\(body.debugDescription)")
    }
    #expect(Article(body: "One.\n\n\n\nTwo.").paragraphs == ["One.", "Two."])
  }
}
