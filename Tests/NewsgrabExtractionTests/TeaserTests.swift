import Testing

@testable import NewsgrabExtraction

@Suite struct TeaserTests {
  @Test func railIntroducedByHeadingGivesTeasersWithSummaryAndImage() throws {
    let article = try extract(
      """
      <html><body><main><article><p>\(prose("the storm"))</p><p>\(prose("the evacuation"))</p><p>\(prose("the shelters"))</p></article></main>
      <section class="right-column"><h2>More from Daily</h2>
      <div class="card"><a href="/2024/05/budget.html"><img src="/t/budget.jpg"></a>
        <a href="/2024/05/budget.html"><span>Budget vote delayed again as talks drag on</span></a>
        <div class="card__description">Lawmakers left the capital without a deal for a third week running.</div></div>
      <div class="card"><a href="/2024/05/ferry.html"><img src="/t/ferry.jpg"></a>
        <a href="/2024/05/ferry.html"><span>Ferry crews walk out over new rosters</span></a>
        <div class="card__description">A two-day strike halted crossings on four routes across the strait.</div></div>
      </section></body></html>
      """)
    #expect(article.related.count == 2)
    let first = try #require(article.related.first)
    #expect(first.headline == "Budget vote delayed again as talks drag on")
    #expect(first.url == "https://news.example/2024/05/budget.html")
    #expect(first.image == "https://news.example/t/budget.jpg")
    #expect(first.summary == "Lawmakers left the capital without a deal for a third week running.")
    #expect(!article.body.contains("Budget vote"), "teasers are never body text")
  }

  @Test func relatedBoxInsideTheArticleByClass() throws {
    let article = try extract(
      """
      <html><body><article><div class="story-body"><p>\(prose("the harbour"))</p>
      <aside class="related-articles"><a href="/2024/04/seas.html">Seas are rising faster along northern coasts</a></aside>
      <p>\(prose("the tide"))</p><p>\(prose("the wall"))</p></div></article></body></html>
      """)
    #expect(article.related.map(\.headline) == ["Seas are rising faster along northern coasts"])
    #expect(!article.body.contains("Seas are rising"))
  }

  @Test func boldRelatedLabelBeforeAListOfLinks() throws {
    let article = try extract(
      """
      <html><body><div class="entry-content"><p>\(prose("the headbands"))</p>
      <ul><li>Choose a band darker than your hair.</li><li>Push it back an inch.</li></ul>
      <p>\(prose("the make-up"))</p><p><strong>RELATED:</strong></p>
      <ul><li><a href="/2024/11/oil.html">The hair oil that fixes split ends</a></li>
      <li><a href="/2024/10/dryers.html">Five travel hair dryers that pass the test</a></li></ul></div></body></html>
      """)
    #expect(
      article.related.map(\.headline) == [
        "The hair oil that fixes split ends", "Five travel hair dryers that pass the test",
      ])
    #expect(!article.body.contains("RELATED") && !article.body.contains("hair oil"))
    #expect(article.body.contains("Push it back an inch."), "an ordinary list stays in the body")
  }

  /// An old layout table beside the story: a label cell alone in its row
  /// over rows of links. A navigation table's row header beside its links
  /// ("Related topics | a · b · c") is no such label.
  @Test func layoutTableLabelCellOverRowsOfLinks() throws {
    func related(_ rows: String) throws -> [String] {
      try extract(
        """
        <html><body><table><tr><td class="story"><h1>Tunnel opens</h1><p>\(prose("the tunnel"))</p>
        <p>\(prose("the tolls"))</p></td><td width="200"><table>\(rows)</table></td></tr></table></body></html>
        """
      ).related.compactMap(\.url)
    }
    let links = """
      <tr><td><a href="/2024/05/bridge-closed-at-night.html">Old bridge closed at night for repairs</a></td></tr>
      <tr><td><a href="/2024/05/bus-lanes-open.html">New bus lanes open on the ring road</a></td></tr>
      """
    #expect(
      try related("<tr><td><b>Related Stories</b></td></tr>" + links) == [
        "https://news.example/2024/05/bridge-closed-at-night.html", "https://news.example/2024/05/bus-lanes-open.html",
      ])
    let beside = """
      <tr><th>Related topics</th><td><a href="/2024/05/bridge-closed-at-night.html">Old bridge closed at night for repairs</a>
      <a href="/2024/05/bus-lanes-open.html">New bus lanes open on the ring road</a></td></tr>
      """
    #expect(try related(beside).isEmpty)
  }

  @Test func listOfVideoCardsIsTeasersNotBody() throws {
    let card = { (n: Int) in
      "<li><a class=\"thumb\" href=\"/video/\(n)/\"><img src=\"/v/\(n).jpg\"></a><h5>Video story number \(n) of the day</h5><div><span>02:0\(n)</span></div></li>"
    }
    let article = try extract(
      """
      <html><body><section><article><div class="story"><p>\(prose("the quadruplets"))</p></div></article>
      <div class="upcoming"><h3>More Videos</h3><ul>\((1...4).map(card).joined())</ul></div></section></body></html>
      """)
    #expect(!article.body.contains("Video story number"))
    #expect(article.related.map(\.headline) == (1...4).map { "Video story number \($0) of the day" })
    #expect(article.related.first?.image == "https://news.example/v/1.jpg")
  }

  /// A grid of cards, each under an empty link stretched over it, is a
  /// teaser block without any "related" word; the title comes from the
  /// element whose class names it. A row of icon links (empty anchors with
  /// no words beside them) is not.
  @Test func gridOfOverlayLinkCardsGivesTeasers() throws {
    let card = { (n: Int) in
      """
      <div class="tile"><a href="/2024/05/story-\(n).html"></a><span class="rubrik">Politics</span>
      <div class="inner"><span class="hed">Story number \(n) of the grid</span>
      <span class="dek">Summary of story \(n), one sentence long enough to read.</span></div></div>
      """
    }
    let icons = ["facebook", "x", "instagram"].map {
      "<li><a class=\"icon-\($0)\" href=\"https://\($0).example/news\"></a></li>"
    }
    let article = try extract(
      """
      <html><body><div class="page"><article><h1>Strike tests the city</h1><p>\(prose("the strike"))</p>
      <p>\(prose("the metro"))</p><p>\(prose("the buses"))</p></article>
      <div class="grid">\((1...3).map(card).joined())</div><ul class="social">\(icons.joined())</ul></div></body></html>
      """)
    #expect(article.related.map(\.headline) == (1...3).map { "Story number \($0) of the grid" })
    #expect(article.related.first?.summary == "Summary of story 1, one sentence long enough to read.")
    #expect(article.related.first?.url == "https://news.example/2024/05/story-1.html")
    #expect(!article.body.contains("Story number"))
  }

  /// "Lesen Sie auch:" / "À lire aussi :" in bold before its link, in a box
  /// of their own, is a teaser block in any of the corpora's languages; the
  /// same bold label inside a long box of text is the author's.
  @Test func boldLabelBoxesInOtherLanguagesGiveTeasers() throws {
    let german = try extract(
      """
      <html><body><article><p>\(prose("die Fähre"))</p>
      <div class="box"><strong>Lesen Sie auch:</strong> <a href="/region/bahn.html">Inselbahn wird stillgelegt</a></div>
      <p>\(prose("der Hafen"))</p><p>\(prose("die Insel"))</p></article></body></html>
      """)
    #expect(german.related.map(\.headline) == ["Inselbahn wird stillgelegt"])
    #expect(!german.body.contains("Lesen Sie auch"))
    let french = try extract(
      """
      <html><body><article><p>\(prose("le juge"))</p><div class="framed"><p><strong>À lire aussi :</strong></p>
      <ul><li><a href="/nouvelles/kpmg-1.html">Les intouchables : le cabinet et ses clients</a></li>
      <li><a href="/nouvelles/kpmg-2.html">Une soirée cocktail payée par le cabinet</a></li></ul></div>
      <p>\(prose("le fisc"))</p><p>\(prose("Ottawa"))</p></article></body></html>
      """)
    #expect(french.related.count == 2)
    let running = try extract(
      """
      <html><body><article><p>\(prose("the launch"))</p><div class="note"><strong>Related:</strong>
      <a href="/2016/09/explosion.html">the explosion</a> \(prose("the pad"))</div>
      <p>\(prose("the satellite"))</p><p>\(prose("the schedule"))</p></article></body></html>
      """)
    #expect(running.related.isEmpty)
  }

  /// A paragraph of its own between the story's paragraphs: a label, then
  /// one link to another story of the site. Known label words or, in any
  /// language, a label ending with a separator ("FUNDA OLUNYE UDABA LAPHA |").
  @Test(arguments: [
    "<strong>Lesen Sie auch:</strong>", "<b>FUNDA OLUNYE UDABA LAPHA |</b>", "ALSO READ:", "<strong>MORE :</strong>",
    "Lire aussi", "<em>Czytaj też</em> »", "»",
  ])
  func inlineTeaserParagraphLeavesTheBody(label: String) throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("the ferry"))</p>
      <p>\(label) <a href="https://news.example/2024/04/island-railway-to-close-9981.html">Island railway to close after a century of service</a></p>
      <p>\(prose("the harbour"))</p><p>\(prose("the island"))</p></article></body></html>
      """)
    #expect(!article.body.contains("Island railway"), "the teaser leaves the body")
    #expect(article.body.contains("the harbour would be reviewed"), "the text after it stays")
    let teaser = try #require(article.related.first)
    #expect(teaser.headline == "Island railway to close after a century of service")
    #expect(teaser.url == "https://news.example/2024/04/island-railway-to-close-9981.html")
    #expect(teaser.summary == nil, "the label is not a summary")
  }

  /// The label set inside the link, in an element of its own: the teaser's
  /// headline is the rest of the link.
  @Test func inlineTeaserWithItsLabelInsideTheLink() throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("die Fernwärme"))</p>
      <p><a href="/lokales/2024/11/stadtwerke-bilanz-12345.html"><strong>Auch interessant:</strong> Stadtwerke legen Bilanz für das Jahr vor</a></p>
      <p>\(prose("die Preise"))</p><p>\(prose("das Gas"))</p></article></body></html>
      """)
    #expect(!article.body.contains("Stadtwerke legen"))
    #expect(article.related.map(\.headline) == ["Stadtwerke legen Bilanz für das Jahr vor"])
  }

  /// What stays text: a link inside a sentence, a source on another site,
  /// an address written out, a bullet alone, two links in one line.
  @Test(arguments: [
    "<p>Read more: <a href=\"/2024/04/report-on-the-ferries-9981.html\">the full report on the island ferries</a>, out on Monday.</p>",
    "<p>Source: <a href=\"https://statistics.example/2024/ferry-traffic-report-2023\">Ferry traffic report for the year 2023</a></p>",
    "<p>Bug report: <a href=\"/2024/04/bug-48.html\">https://bugs.news.example/issue/48/ferry</a></p>",
    "<p>■ <a href=\"/2024/04/winter-timetable-9981.html\">Winter timetable for the island ferries</a></p>",
    "<p>See also: <a href=\"/2024/04/a-9981.html\">Island railway to close after a century</a> <a href=\"/2024/04/b-9982.html\">Harbour dues to rise again next spring</a></p>",
  ])
  func linksThatStayText(paragraph: String) throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("the ferry"))</p>\(paragraph)
      <p>\(prose("the harbour"))</p><p>\(prose("the island"))</p></article></body></html>
      """)
    let line = try #require(paragraph.split(separator: ">").dropFirst(2).first?.split(separator: "<").first)
    #expect(article.body.contains(String(line)), "\(line) stays in the body")
  }

  @Test func longArticleWithRelatedClassIsNotATeaserBlock() throws {
    let paragraphs = (1...60).map {
      "<p>\(prose("section \($0) of the report")) <a href=\"/wiki/\($0)\">Topic \($0) in detail</a></p>"
    }
    let article = try extract(
      "<html><body><div class=\"related-content-wrapper\"><h2>See also</h2>\(paragraphs.joined())</div></body></html>")
    #expect(article.related.isEmpty)
  }

  @Test func navigationMenusAreNotTeasers() throws {
    let article = try extract(
      """
      <html><body><nav><a href="/world">World</a><a href="/politics">Politics</a></nav>
      <article><p>\(prose("the storm"))</p><p>\(prose("the shelters"))</p></article></body></html>
      """)
    #expect(article.related.isEmpty)
  }

  @Test(
    arguments: [
      ("https://news.example/2024/05/budget.html", true),
      ("https://news.example/world/ferry-crews-walk-out-over-rosters", true),
      ("https://news.example/article.php?id=4512", true),
      ("https://news.example/region/neue-mole-a-47990.html", true),
      ("https://news.example/sport/", false),
      ("https://news.example/sport/rowing/", false),
      ("https://news.example/topics/heritage-buildings/", false),
      ("https://news.example/autor/lucia-ortega/", false),
      ("https://news.example/tag/climate", false),
      ("https://news.example/", false),
      ("https://news.example", false),
      ("https://news.example/2024/05/other-story.html#comments", false),
      ("https://news.example/2024/05/story.html#top", false),
      ("https://news.example/forum/ferries/island-railway-12/comment/", false),
      ("https://news.example/voices/comment/island-railway-must-stay-10452542.html", true),
    ] as [(String, Bool)])
  func storyAddressesAreToldFromListings(url: String, isStory: Bool) {
    let page = "https://news.example/2024/05/story.html"
    #expect(StoryURL.isStory(url, headline: "Rowing news", page: page) == isStory)
  }

  /// A picture, a video or a PDF is no story whatever its link says, and
  /// neither is a later page of a listing or a listing's nested names; a
  /// story's own file name is (both the ASCII and the Unicode path).
  @Test(
    arguments: [
      ("https://news.example/uploads/2024/05/referrers-graph.png", false),
      ("https://news.example/media/2024/05/river-flood-clip.mp4?w=640", false),
      ("https://news.example/docs/advertising-guidelines.pdf", false),
      ("https://news.example/news/page/2/", false),
      ("https://news.example/nachrichten/seite/3", false),
      ("https://news.example/2024/05/budget.html", true),
      ("https://news.example/2024/05/budget-2", true),
      ("https://news.example/bilder/2024/05/flüsse-und-häfen.jpg", false),
      ("https://news.example/nachrichten/seite/3/flüsse-und-häfen", true),
      // A listing word's names nested, single words each, under a headline-long link text.
      ("https://news.example/category/food/recipes/baking/", false),
      ("https://news.example/themen/häfen/nordsee/", false),
      ("https://news.example/topics/climate/glaciers-retreat-faster-than-expected", true),
    ] as [(String, Bool)])
  func filesAndLaterPagesAreNoStories(url: String, isStory: Bool) {
    let page = "https://news.example/2024/05/story.html"
    #expect(StoryURL.isStory(url, headline: "River flood clip from the harbour wall", page: page) == isStory)
  }

  /// Below plain words, a long headline makes a story ("/news/roadworks"),
  /// a short label a section ("/sport/football", "Football results").
  @Test func plainWordPathsNeedAHeadline() {
    let page = "https://news.example/2024/05/story.html"
    let site = "https://news.example"
    #expect(StoryURL.isStory(site + "/news/roadworks", headline: "Roadworks on the ring road", page: page))
    #expect(!StoryURL.isStory(site + "/sport/football", headline: "Football news and results", page: page))
    #expect(!StoryURL.isStory(site + "/libraries", headline: "County Council libraries page", page: page))
    #expect(StoryURL.isStory(site + "/news/stadium-vote", headline: "Council delays stadium vote", page: page))
    #expect(!StoryURL.isStory(site + "/news/weird-science/", headline: "Weird Science", page: page))
  }

  /// A plain line before a list labels it in any language: "Te puede
  /// interesar", "Czytaj też", "Läs också", "関連記事".
  /// Also in the languages set 15 of the probes brought: Turkish with its
  /// dotted capital (lower-cased to "i" and a combining dot), Indonesian,
  /// Vietnamese, Hindi, Hebrew, Croatian, Lithuanian, Estonian.
  @Test(arguments: [
    "Te puede interesar", "Czytaj też:", "Läs också", "関連記事", "Читайте также", "Auch interessant",
    "İlgili Haberler", "Berita Terkait", "Tin liên quan", "संबंधित खबरें", "כתבות נוספות", "Vezani članci",
    "Susiję straipsniai", "Loe ka",
  ])
  func unclassedLabelBeforeAListOfStories(label: String) throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("el embalse"))</p><p>\(prose("la presa"))</p>
      <div><p class="x">\(label)</p><ul>
      <li><a href="/provincia/2024/10/02/restricciones-riego-10101.html">La confederación mantiene las restricciones</a></li>
      <li><a href="/provincia/2024/09/14/obras-presa-9980.html">Comienzan las obras de la presa norte</a></li>
      </ul></div><p>\(prose("el riego"))</p></article></body></html>
      """)
    #expect(article.related.count == 2)
  }

  /// A tag cloud, a list of sections and author links under a
  /// "Read more"-like label are not stories.
  @Test func tagCloudsSectionsAndAuthorsAreNotTeasers() throws {
    let article = try extract(
      """
      <html><body><article><p>\(prose("the boathouse"))</p><p>\(prose("the slipway"))</p>
      <div class="tags"><h4>Read more about</h4><a href="/topics/heritage-buildings/">Heritage buildings</a>
      <a href="/topics/town-council/">Town council meetings</a></div>
      <div><h4>More in Sport</h4><ul><li><a href="/sport/football/">Football news and results</a></li>
      <li><a href="/sport/cricket/">Cricket news and results</a></li></ul></div>
      <p class="see-also"><b>See also:</b> <a href="/authors/tom-ashdown/">More by Tom Ashdown</a>,
      <a href="/2024/05/other.html#comments">Comments on the other story</a></p>
      </article></body></html>
      """)
    #expect(article.related.isEmpty)
  }

  /// "Related: <a>…</a>, <a>…</a>" set inline: each link to the same site
  /// is a teaser and the line leaves the story's text; links to other
  /// sites after such a label are the story's sources and stay.
  @Test func labelledInlineListOfLinks() throws {
    func page(_ links: String) -> String {
      """
      <html><body><article><h1>Harbour bridge reopens</h1><p>\(prose("the harbour"))</p>
      <p>Related: \(links)</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """
    }
    let own = """
      <a href="/2024/05/ferry-timetable-changes.html">Ferry timetable changes for the winter</a>,
      <a href="/2024/04/new-bus-lanes-open.html">New bus lanes open on the ring road next week</a>
      """
    let article = try extract(page(own))
    #expect(
      article.related.map(\.headline) == [
        "Ferry timetable changes for the winter", "New bus lanes open on the ring road next week",
      ])
    #expect(!article.body.contains("Related:"))
    let other = """
      <a href="https://other.example/2024/05/ferry.html">Ferry timetable changes for the winter</a>,
      <a href="https://third.example/2024/04/bus.html">New bus lanes open on the ring road next week</a>
      """
    #expect(try extract(page(other)).related.isEmpty)
    // Words after the links: a sentence that cites them.
    #expect(try extract(page(own + " were the other stories this week.")).related.isEmpty)
  }
}
