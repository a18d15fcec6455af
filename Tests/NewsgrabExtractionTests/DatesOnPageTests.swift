import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// Where pages write their dates besides structured data (bylines,
/// microformats, `data-*` attributes, the URL, the text), which one is the
/// publication, and which dates cannot be one.
@Suite("Dates on the page")
struct DatesOnPageTests {
  static func page(lang: String = "en", head: String = "", header: String, after: String = "") -> String {
    """
    <html lang="\(lang)"><head><title>Harbour plans</title>\(head)</head><body><article>
    <h1>Harbour plans</h1>\(header)
    <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article>\(after)</body></html>
    """
  }

  static let plainURL = "https://news.example/harbour/plans.html"

  @Test func germanBylineWithDayFirstDateAndTime() throws {
    let html = Self.page(lang: "de", header: #"<p class="byline">Von Anna Vogt am 03.05.2013, 11:51 Uhr</p>"#)
    let article = try extract(html, url: Self.plainURL)
    #expect(article.publishedAt == "2013-05-03T11:51:00")
    #expect(article.provenance["publishedAt"] == "dom:byline")
  }

  @Test func slashedDateOnAGermanPageIsDayFirst() throws {
    let html = Self.page(lang: "de", header: #"<span class="date">03/05/2013</span>"#)
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2013-05-03")
    let american = Self.page(lang: "en-US", header: #"<span class="date">03/05/2013</span>"#)
    #expect(try extract(american, url: Self.plainURL).publishedAt == "2013-03-05")
  }

  @Test func publishedAndUpdatedToldByTheirLabels() throws {
    let html = Self.page(
      lang: "es",
      header: #"<div class="meta">Actualizado el 7 de marzo de 2019 · Publicado el 5 de marzo de 2019</div>"#)
    let article = try extract(html, url: Self.plainURL)
    #expect(article.publishedAt == "2019-03-05")
    #expect(article.modifiedAt == "2019-03-07")
  }

  @Test func hAtomAbbreviationAndDataAttribute() throws {
    let abbr = Self.page(header: #"<abbr class="published" title="2019-03-05T08:00:00+01:00">March 5</abbr>"#)
    let article = try extract(abbr, url: Self.plainURL)
    #expect(article.publishedAt == "2019-03-05T08:00:00+01:00")
    #expect(article.provenance["publishedAt"] == "dom:microformat")
    let data = Self.page(header: #"<div class="story-head" data-published="2019-03-05T08:00:00Z">Harbour</div>"#)
    #expect(try extract(data, url: Self.plainURL).publishedAt == "2019-03-05T08:00:00Z")
  }

  @Test(arguments: [
    "https://news.example/2019/03/05/harbour-plans", "https://news.example/news/20190305/harbour-plans.html",
    "https://news.example/2019-03-05/harbour-plans", "https://news.example/coast/2019/03/190305-harbour-plans/",
  ])
  func dateInTheURL(url: String) throws {
    let article = try extract(Self.page(header: ""), url: url)
    #expect(article.publishedAt == "2019-03-05")
    #expect(article.provenance["publishedAt"] == "url")
  }

  /// A YYMMDD slug is the day only under folders of the same year and month.
  @Test(arguments: [
    "https://news.example/coast/2019/04/190305-harbour-plans/",
    "https://news.example/coast/2018/03/190305-harbour-plans/",
    "https://news.example/coast/2019/03/1903051-harbour-plans/",
  ])
  func slugDayOfAnotherMonthIsNoDate(url: String) throws {
    #expect(try extract(Self.page(header: ""), url: url).publishedAt == nil)
  }

  @Test func pubDateMetaName() throws {
    let meta = #"<meta name="pub_date" content="2019-03-05T08:00:00+00:00">"#
    let article = try extract(Self.page(head: meta, header: ""))
    #expect(article.publishedAt == "2019-03-05T08:00:00+00:00")
    #expect(article.provenance["publishedAt"] == "meta:pub_date")
  }

  /// A zero timestamp, a year before the web, and a day after the page was
  /// saved are no publication dates: the byline's is.
  @Test func implausibleStructuredDatesGiveWay() throws {
    let byline = #"<p class="byline">By Ida Holm, March 5, 2019</p>"#
    for date in ["1970-01-01T00:00:00Z", "1912-09-28", "2031-01-01T10:00:00+01:00"] {
      let html = Self.page(head: #"<meta property="article:published_time" content="\#(date)">"#, header: byline)
      let article = try ArticleExtractor().extract(
        bytes: Array(html.utf8), url: Self.plainURL, savedAt: "2020-06-01T12:00:00Z")
      #expect(article.publishedAt == "2019-03-05", "\(date)")
    }
  }

  @Test func nothingAfterTheSaveDate() throws {
    let html = Self.page(header: #"<p class="byline">By Ida Holm, March 5, 2019</p>"#)
    let article = try ArticleExtractor().extract(
      bytes: Array(html.utf8), url: Self.plainURL, savedAt: "2018-01-01T00:00:00Z")
    #expect(article.publishedAt == nil)
  }

  /// A date stamped at the very second the page was saved is the saver's
  /// (an archive's capture time in its header), not the story's; the same
  /// day at another time is still a date.
  @Test func nothingStampedAtTheSavedSecond() throws {
    func published(_ stamp: String) throws -> String? {
      let html = Self.page(header: #"<time itemprop="pubdate" datetime="\#(stamp)">5 May 2013 12:34:56 UTC</time>"#)
      return try ArticleExtractor().extract(
        bytes: Array(html.utf8), url: Self.plainURL, savedAt: "2013-05-05T12:34:56Z"
      ).publishedAt
    }
    #expect(try published("2013-05-05T12:34:56Z") == nil)
    #expect(try published("2013-05-05T08:00:00Z") == "2013-05-05T08:00:00Z")
  }

  @Test func modifiedBeforePublishedIsDropped() throws {
    let head = """
      <meta property="article:published_time" content="2019-03-05T08:00:00+01:00">
      <meta property="article:modified_time" content="2019-03-01T08:00:00+01:00">
      """
    let article = try extract(Self.page(head: head, header: ""), url: Self.plainURL)
    #expect(article.publishedAt == "2019-03-05T08:00:00+01:00")
    #expect(article.modifiedAt == nil)
  }

  /// With nothing marked, the page's most frequent plausible date; the
  /// dates of comments and related stories are not counted.
  @Test func lastResortSearchOfTheText() throws {
    let header = """
      <p>The harbour board met on 5 March 2019 and said the plans shown to residents would go ahead.</p>
      <p>Work starts a year after the vote of 5 March 2019, the board said in its statement.</p>
      """
    let after = """
      <aside class="related"><ul><li>Older: 1 March 2019</li><li>Older: 1 March 2019</li>
      <li>Older: 1 March 2019</li></ul></aside>
      <section class="comments"><p>Reader wrote on 9 March 2019</p><p>Reader wrote on 9 March 2019</p>
      <p>Reader wrote on 9 March 2019</p></section>
      """
    let article = try extract(Self.page(header: header, after: after), url: Self.plainURL)
    #expect(article.publishedAt == "2019-03-05")
    #expect(article.provenance["publishedAt"] == "dom:search")
  }

  /// A picture's text dates the picture: a gallery slide's caption (its
  /// class says "info", a byline's word) is no byline, a caption under
  /// the headline no dateline, and captions are not counted in the search.
  @Test func picturesDatesAreNotThePublication() throws {
    let gallery = """
      <div class="gallery"><div class="slide"><img src="/p/1.jpg" alt="">
      <div class="slide-info">Crews lift the old crane off the quay on Monday, 1 March 2019.</div></div></div>
      """
    let byline = try extract(
      Self.page(header: gallery + #"<p class="story-info">By Ann Lowe, 5 March 2019</p>"#), url: Self.plainURL)
    #expect(byline.publishedAt == "2019-03-05")
    #expect(byline.provenance["publishedAt"] == "dom:byline")

    let figure = #"<figure><img src="/p/2.jpg" alt=""><figcaption>The quay, 1 March 2019</figcaption></figure>"#
    let dateline = try extract(Self.page(header: figure + "<p>5 March 2019</p>"), url: Self.plainURL)
    #expect(dateline.publishedAt == "2019-03-05")
    #expect(dateline.provenance["publishedAt"] == "dom:dateline")

    let searched = try extract(
      Self.page(
        header: """
          <p>The harbour board met on 5 March 2019 and said the plans shown to residents would go ahead.</p>
          """,
        after: """
          <div class="photo-gallery"><p>The quay at dawn, seen from the ferry on Friday, 1 March 2019, as the crane came down.</p>
          <p>The quay at noon, seen from the ferry on Friday, 1 March 2019, as the crews went home.</p></div>
          """), url: Self.plainURL)
    #expect(searched.publishedAt == "2019-03-05")
    #expect(searched.provenance["publishedAt"] == "dom:search")
  }

  @Test func commentDateDoesNotWinOverTheByline() throws {
    let after = #"<div class="comments"><div class="comment-meta date">10 March 2019</div></div>"#
    let html = Self.page(header: #"<p class="byline">Posted 5 March 2019</p>"#, after: after)
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2019-03-05")
  }

  /// A line named for the date and the comments ("date-and-comments") is
  /// the story's own; a thread named for comments, holding what a reader
  /// wrote, is not, and a region named for comments and something else
  /// foreign is not either however short.
  @Test func commentsLinkLineIsTheStorysThreadIsNot() throws {
    let line = #"<div class="date-and-comments"><time datetime="2019-03-04">March 4, 2019</time> | 12 comments</div>"#
    let own = try extract(Self.page(header: line), url: Self.plainURL)
    #expect(own.publishedAt == "2019-03-04")
    #expect(own.provenance["publishedAt"] == "dom:time")
    let thread = """
      <section class="comments"><time datetime="2019-03-09">9 March 2019</time>
      <p>I walked past the harbour every morning for twenty years and never saw a plan like this one.</p></section>
      """
    let url = "https://news.example/2019/03/05/harbour-plans"
    #expect(try extract(Self.page(header: "", after: thread), url: url).publishedAt == "2019-03-05")
    let promo = #"<div class="promo-comments"><time datetime="2019-03-09">9 March</time> 4 replies</div>"#
    #expect(try extract(Self.page(header: promo), url: url).publishedAt == "2019-03-05")
  }

  /// A page that shows only its update day: that day, not a later link's date.
  @Test func updateDayUnderTheHeadlineWhenNothingElse() throws {
    let header = "<p>更新日：2019年4月2日<br>港湾振興協会</p>"
    let after = #"<ul><li><a href="/notice/ferry">船便のご案内（2019/3/20）</a></li></ul>"#
    let html = Self.page(lang: "ja", header: header + after)
    let article = try extract(html, url: Self.plainURL)
    #expect(article.publishedAt == "2019-04-02")
    // Longer than a dateline: only the byline rule reads it.
    let line = "Aktualisiert am 06.05.2013 von der Redaktion Verkehr und Umwelt des Hafenblatts"
    let byline = Self.page(lang: "de", header: #"<p class="date">\#(line)</p>"#)
    #expect(try extract(byline, url: Self.plainURL).publishedAt == "2013-05-06")
  }

  /// An update shown before the publication, each on a line of its own
  /// under the headline: the line labelled as the publication dates the
  /// story; an unlabelled date after the update does not.
  @Test func publicationLineAfterTheUpdateLine() throws {
    let update = "<div>Actualizado 16/05/2013 11:51</div>"
    let labelled = Self.page(lang: "es", header: update + "<div>Publicado el miércoles 15 de mayo de 2013</div>")
    let article = try extract(labelled, url: Self.plainURL)
    #expect(article.publishedAt == "2013-05-15")
    #expect(article.modifiedAt == "2013-05-16T11:51:00")
    let unlabelled = Self.page(lang: "es", header: update + "<div>Sevilla, 14/05/2013</div>")
    let guessed = try extract(unlabelled, url: Self.plainURL)
    #expect(guessed.publishedAt == "2013-05-16T11:51:00")
    #expect(guessed.modifiedAt == nil)
  }

  @Test func persianPageWithSolarHijriDate() throws {
    let html = Self.page(lang: "fa", header: #"<div class="news-date">تاریخ انتشار: ۲۹ فروردین ۱۳۹۹</div>"#)
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2020-04-17")
  }

  /// A footer named after the story's own block is the story's; the
  /// page's footer, and a word merely ending in "footer", are not.
  @Test func footerOfTheStorysOwnBlock() {
    #expect(Dates.isStorysOwnFooter("headline__footer"))
    #expect(Dates.isStorysOwnFooter("entry-footer"))
    #expect(!Dates.isStorysOwnFooter("site-footer"))
    #expect(!Dates.isStorysOwnFooter("footer"))
    #expect(!Dates.isStorysOwnFooter("postfooter"))
    #expect(Dates.isForeignRegion("page-footer"))
    #expect(!Dates.isForeignRegion("article-footer"))
  }

  /// A date a page's scripts keep under a publication key is read when the
  /// page shows none: in JavaScript, in escaped JSON, as milliseconds; a
  /// creation key or a longer name ending in a key is not one, JSON-LD is
  /// not read twice, and keys whose values fall on several days (a list of
  /// stories) say nothing of this page.
  @Test func scriptStateDateWhenThePageShowsNone() throws {
    func dated(_ script: String, header: String = "") throws -> Article {
      try extract(Self.page(head: script, header: header), url: Self.plainURL)
    }
    let pushed = try dated(
      #"<script>dataLayer.push({'publishDate' : '2021-06-14', "dateCreated": "2021-06-02"});</script>"#)
    #expect(pushed.publishedAt == "2021-06-14")
    #expect(pushed.provenance["publishedAt"] == "script:publishDate")

    let escaped = try dated(#"<script>var s = JSON.parse("{\"firstPublishedAt\":1623652200000}");</script>"#)
    #expect(escaped.publishedAt == "2021-06-14T06:30:00Z")

    // A quoted value runs to its quote, commas and all.
    #expect(try dated(#"<script>x = {"publishDate": "March 5, 2019"}</script>"#).publishedAt == "2019-03-05")

    // The more specific key wins whatever comes first.
    let both = try dated(#"<script>x = {"pubDate": "2021-06-01", "datePublished": "2021-06-14"}</script>"#)
    #expect(both.publishedAt == "2021-06-14")

    let created = #"<script>x = {"dateCreated": "2021-06-02", "republishDate": "2021-06-20"}</script>"#
    #expect(try dated(created).publishedAt == nil)
    let linked = #"<script type="application/x-ld+json">{"x": {"publishDate": "2021-06-14"}}</script>"#
    #expect(try dated(linked).publishedAt == nil)
    let list = #"<script>s = [{"publishedAt": "2021-06-14T10:00Z"}, {"publishedAt": "2021-06-12T09:00Z"}]</script>"#
    #expect(try dated(list).publishedAt == nil)
    let same = #"<script>s = [{"publishedAt": "2021-06-14T10:00Z"}, {"publishedAt": "2021-06-14T09:00Z"}]</script>"#
    #expect(try dated(same).publishedAt == "2021-06-14T10:00Z")
    // A zero timestamp is no date; code after a key is no value.
    let code = #"<script>p = {"publishedAt": 0, "publishDate": x.publishDate || null}</script>"#
    #expect(try dated(code).publishedAt == nil)

    // What the page shows comes first.
    let shown = try dated(#"<script>x = {"publishDate": "2021-06-14"}</script>"#, header: "<p>5 March 2019</p>")
    #expect(shown.publishedAt == "2019-03-05")
  }

  @Test func scriptTextsAreFoundWhateverTheCase() {
    let markup = Array(
      #"<SCRIPT src="a.js"></SCRIPT><p>x</p><script type="application/LD+JSON">{}</script><Script>b</sCript>"#.utf8)
    let texts = Dates.scriptTexts(in: markup).map { String(decoding: markup[$0], as: UTF8.self) }
    #expect(texts == ["", "b"])
  }

  /// Before the headline, a date beside a link to another story is that
  /// story's; the article's own date after the headline is the one. A
  /// permalink around the date is the date's own link.
  @Test func dateBesideAnotherStoryBeforeTheHeadlineIsThatStorys() throws {
    func published(_ side: String) throws -> String? {
      let html = """
        <html lang="en"><head><title>Harbour</title></head><body>
        <div id="side"><h3>Latest</h3><ul><li>\(side)</li></ul></div>
        <div class="story"><h1>Harbour bridge reopens after two years</h1><p class="date">May 15, 2013</p>
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div></body></html>
        """
      return try extract(html).publishedAt.map { String($0.prefix(10)) }
    }
    func span(_ item: String) throws -> HTMLNode {
      let document = try HTMLDocument.parse(utf8: Array("<html><body><ul>\(item)</ul></body></html>".utf8))
      return try #require((document.body ?? document.root).firstDescendant(.span))
    }
    let link = #"<a href="/news/ferry-timetable-changes.html">Ferry timetable changes for the winter</a>"#
    #expect(try published(#"\#(link) <span class="date">May 20, 2013</span>"#) == "2013-05-15")
    #expect(Dates.isBesideOtherStory(try span(#"<li>\#(link) <span class="date">May 20</span></li>"#)))
    #expect(
      !Dates.isBesideOtherStory(
        try span(#"<li><a href="/2013/05/20/x"><span class="date">May 20, 2013</span> at 9:14 am</a></li>"#)))
    #expect(
      !Dates.isBesideOtherStory(
        try span(#"<li>By <a href="/staff/jane">Jane Doe</a> <span class="date">May 20</span></li>"#)))
    // A section's name is no story's headline.
    #expect(
      !Dates.isBesideOtherStory(
        try span(#"<li><a href="/news/local/">Local</a> <span class="date">May 20</span></li>"#)))
  }

  /// A calendar badge: day, month and year each in an element of its own,
  /// nothing between them. Without a year it dates nothing.
  @Test func calendarBadgeIsReadApart() throws {
    func published(_ badge: String) throws -> String? {
      let html = """
        <html lang="en"><head><title>Harbour bridge reopens after two years</title></head><body>
        <div class="post">\(badge)<h2 class="entry-title">Harbour bridge reopens after two years</h2>
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div></body></html>
        """
      return try extract(html).publishedAt.map { String($0.prefix(10)) }
    }
    let day = #"<span class="day">15</span>"#
    let month = #"<span class="month">May</span>"#
    let year = #"<span class="year">2013</span>"#
    #expect(try published(#"<div class="date">\#(day)\#(month)\#(year)</div>"#) == "2013-05-15")
    #expect(try published(#"<div class="post-date">\#(month)\#(day)\#(year)</div>"#) == "2013-05-15")
    #expect(try published(#"<div class="date">\#(day)\#(month)</div>"#) == nil)
  }

  /// Microdata that marks only when the item was created dates it; a
  /// marked publication wins over it.
  @Test func microdataCreationDate() throws {
    func published(_ marks: String) throws -> String? {
      let html = """
        <html lang="en"><head><title>Harbour bridge reopens after two years</title></head><body>
        <div class="story" itemscope itemtype="http://schema.org/NewsArticle">
        <h1 itemprop="headline">Harbour bridge reopens after two years</h1>\(marks)
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div></body></html>
        """
      return try extract(html).publishedAt.map { String($0.prefix(10)) }
    }
    #expect(try published(#"<meta itemprop="dateCreated" content="2013-05-15T11:51:00Z">"#) == "2013-05-15")
    #expect(
      try published(
        #"<meta itemprop="datePublished" content="2013-05-16T08:00:00Z"><meta itemprop="dateCreated" content="2013-05-15T11:51:00Z">"#
      ) == "2013-05-16")
  }

  /// A `data-date` on the element that holds the headline dates the story;
  /// on a calendar or a comment beside it, it does not.
  @Test func dataDateOnTheHeadlinesContainer() throws {
    let story = """
      <html lang="en"><head><title>Harbour plans</title></head><body>
      <div class="story" data-date="2013-05-15"><h1>Harbour plans</h1>
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div></body></html>
      """
    #expect(try extract(story, url: Self.plainURL).publishedAt == "2013-05-15")
    let calendar = Self.page(header: "", after: #"<div class="calendar"><span data-date="2013-05-20">20</span></div>"#)
    #expect(try extract(calendar, url: Self.plainURL).publishedAt == nil)
    // The page's <body> holds every headline: its data-date is the day the
    // page was made.
    let body = Self.page(header: "").replacingOccurrences(of: "<body>", with: #"<body data-date="2013-05-20">"#)
    #expect(try extract(body, url: Self.plainURL).publishedAt == nil)
  }

  /// "15 May" with no year in a date element: the address filed under
  /// "/2013/05/" gives the year, when its month is the line's; filed under
  /// another month, or with no such address, there is no date.
  @Test func yearlessDateCompletedByTheAddress() throws {
    let html = Self.page(header: #"<p class="date">15 May</p>"#)
    #expect(try extract(html, url: "https://news.example/2013/05/harbour-plans").publishedAt == "2013-05-15")
    #expect(try extract(html, url: "https://news.example/2013/06/harbour-plans").publishedAt == nil)
    #expect(try extract(html, url: Self.plainURL).publishedAt == nil)
    let german = Self.page(lang: "de", header: #"<p class="datum">Mittwoch, 15. Mai</p>"#)
    #expect(try extract(german, url: "https://news.example/2013/05/hafen").publishedAt == "2013-05-15")
  }

  /// Comments named in other languages ("kommentare", "comentarios")
  /// carry their own times, never the story's.
  @Test func commentTimesInOtherLanguagesAreNotTheStorys() throws {
    for region in ["kommentare", "comentarios", "komentarze", "reacties"] {
      let html = Self.page(
        lang: "de", header: #"<p class="datum">15.05.2013</p>"#,
        after: #"<div id="\#(region)"><p>Klaus <time datetime="2013-05-21T09:14:00+02:00">21.05.2013</time></p></div>"#)
      #expect(try extract(html, url: Self.plainURL).publishedAt == "2013-05-15", "\(region)")
    }
  }

  /// Drupal's "node-promoted" (promoted to the front page) is a state of the
  /// story's own node, not a promotion box; a post's footer lines
  /// ("post-footer-line-1") are the post's, where Blogger dates it.
  @Test func storyNodeStatesAndFooterLines() throws {
    let html = """
      <html lang="en"><head><title>Harbour plans</title></head><body><h1>Harbour plans</h1>
      <div class="node node-article node-promoted"><div class="submitted">Submitted by Jane Doe on 05/15/2013 - 11:51</div>
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div>
      <div class="sidebar"><h2>Recent news</h2><p><a href="/news/other">Other story</a> 05/02/2013</p></div></body></html>
      """
    #expect(try extract(html, url: Self.plainURL).publishedAt?.hasPrefix("2013-05-15") == true)
    #expect(Dates.isStorysOwnFooter("post-footer-line-1"))
    #expect(Dates.isStorysOwnFooter("post-footer"))
    #expect(!Dates.isStorysOwnFooter("site-footer-line"))
    #expect(!Dates.isStorysOwnFooter("post-footerless"))
  }
}
