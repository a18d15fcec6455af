import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// Headline rules for pages without OpenGraph or JSON-LD and for headings
/// with a kicker: the `<title>` split on its own separators, site furniture
/// headings passed over, no hidden text in the headline.
@Suite("Headline rules")
struct HeadlineRulesTests {
  static func page(head: String, body: String) -> String {
    """
    <html><head>\(head)</head><body>\(body)<article><p>\(prose("the bridge"))</p>
    <p>\(prose("the repair budget"))</p></article></body></html>
    """
  }

  /// With no title in the metadata or `<title>`, the page's `<h1>` is the
  /// headline even after a lesser heading (a kicker or a section's `<h2>`).
  @Test func mainHeadingBeforeLesserOnesWithoutAnyTitle() throws {
    let html = Self.page(head: "", body: "<h2>Local News</h2><h1>Harbour bridge reopens after two years</h1>")
    #expect(try extract(html).headline == "Harbour bridge reopens after two years")
    let lesserOnly = Self.page(head: "", body: "<h2>Harbour bridge reopens after two years</h2>")
    #expect(try extract(lesserOnly).headline == "Harbour bridge reopens after two years")
  }

  /// A `<title>` that is the site's domain name says nothing of the story,
  /// even on a page of two `<h1>`s: the first is the headline.
  @Test func domainNameTitleGivesWayToTheFirstHeading() throws {
    let html = Self.page(
      head: "<title>riverside-gazette.example</title>",
      body: "<h1>Harbour bridge reopens after two years</h1><h1>Ferry timetable changes next week</h1>")
    #expect(try extract(html).headline == "Harbour bridge reopens after two years")
    #expect(Byline.isHostName("news.example.co.uk"))
    #expect(Byline.isHostName("riverside-gazette.example"))
    #expect(!Byline.isHostName("Version 2.0"))
    #expect(!Byline.isHostName("example."))
    #expect(!Byline.isHostName("e-mail.c0m"))
  }

  @Test func titleChainOfSectionsIsCutAfterTheHeadline() throws {
    let html = Self.page(
      head: """
        <title>Harbour bridge reopens after two years - Soccer - Sport and Local Clubs - Breaking News - Paper</title>
        """,
      body: "<nav><a href=\"/sport\">Sport and Local Clubs</a> <a href=\"/sport/soccer\">Soccer</a></nav>")
    let article = try extract(html, url: "https://www.paper.example/sport/soccer/bridge.html")
    #expect(article.headline == "Harbour bridge reopens after two years")
  }

  /// A kicker and a title in two spans with nothing between them: a
  /// reader sees two lines, the `<title>` joins them with a colon before a
  /// site name no one on the page spells out.
  @Test func gluedKickerTakesTheTitlesColon() throws {
    let h1 = "<h1><span>Hafen 2024</span><span>Wann die Brücke wieder öffnet</span></h1>"
    let titled = Self.page(head: "<title>Hafen 2024: Wann die Brücke wieder öffnet | Stadtblatt Nord</title>", body: h1)
    #expect(try extract(titled).headline == "Hafen 2024: Wann die Brücke wieder öffnet")
    let dashed = Self.page(head: "<title>Hafen 2024: Wann die Brücke wieder öffnet - Stadtblatt Nord</title>", body: h1)
    #expect(try extract(dashed).headline == "Hafen 2024: Wann die Brücke wieder öffnet")
    // Without a title to spell the separator, the two lines stay apart.
    let untitled = Self.page(head: "", body: h1)
    #expect(try extract(untitled).headline == "Hafen 2024 Wann die Brücke wieder öffnet")
    // A word set in parts (a styled initial) is not cut.
    let styled = try HTMLDocument.parse(Array("<h1><b>B</b>rücke <i>offen</i> <b>2024</b>!</h1>".utf8)).document
    #expect(Headline.visibleText(try #require(styled.root.firstDescendant(.h1))) == "Brücke offen 2024!")
  }

  /// A headline that starts with the site's name and goes on is a title
  /// ("Workshop diary #41: …" on the diary's own site), not the name.
  @Test func headlineStartingWithTheSiteNameIsNoSiteName() throws {
    #expect(!TitleSplitter.isSiteName("Harbour Diary #41: the new crane arrives", ["harbourdiary"]))
    #expect(TitleSplitter.isSiteName("Harbour Diary Online", ["harbourdiary"]))
  }

  @Test func underscoreTitleLosesLanguageAndAgency() throws {
    let html = Self.page(head: "<title>Harbour bridge reopens after two years_English_Wirenews</title>", body: "")
    let article = try extract(html, url: "https://english.wirenewsnet.example/2024-05/03/c_1.htm")
    #expect(article.headline == "Harbour bridge reopens after two years")
  }

  @Test func bracketedAndPrefixedSiteNamesGo() throws {
    let glued = Self.page(head: "<title>Harbour bridge reopens after two years(Daily Tide)</title>", body: "")
    #expect(try extract(glued).headline == "Harbour bridge reopens after two years")
    let prefixed = Self.page(head: "<title>Daily Tide : Harbour bridge reopens after two years</title>", body: "")
    #expect(
      try extract(prefixed, url: "https://dailytide.example/news/1.html").headline
        == "Harbour bridge reopens after two years")
  }

  @Test func furnitureHeadingsNeverWin() throws {
    for furniture in [
      "<h1>Latest News</h1>", "<h2>Bookmark with:</h2>", "<h1>Meistgelesen</h1>", "<h1>Lo más leído</h1>",
      "<h1><a href=\"/\">Daily Tide Online Edition</a></h1>",
    ] {
      // No <title>: only the page's headings to go by.
      let html = Self.page(
        head: "", body: "\(furniture)<article><h2>Harbour bridge reopens after repairs</h2></article>")
      #expect(try extract(html).headline == "Harbour bridge reopens after repairs", "\(furniture)")
    }
  }

  @Test func shortHeadingRepeatedOverBoxesIsALabel() throws {
    let html = Self.page(
      head: "",
      body: """
        <div class="box"><h2>Photo gallery</h2></div><div class="box"><h2>Photo gallery</h2></div>
        <article><h2>Harbour bridge reopens after repairs</h2></article>
        """)
    #expect(try extract(html).headline == "Harbour bridge reopens after repairs")
    // A headline printed twice (mobile and desktop copies) is still the headline.
    let twice = Self.page(head: "", body: "<h1>港口大桥 重新开放</h1><div><h1>港口大桥 重新开放</h1></div>")
    #expect(try extract(twice).headline == "港口大桥 重新开放")
  }

  @Test func headingsInTheSidebarOrBannerAreFurniture() throws {
    let html = Self.page(
      head: "<title>Bridge</title>",
      body: """
        <header><nav><a href="/">Home</a></nav><h1>Stories from the coast today</h1></header>
        <aside><h1>What our readers shared this week</h1></aside>
        <article><h1>Harbour bridge reopens after repairs</h1></article>
        """)
    #expect(try extract(html).headline == "Harbour bridge reopens after repairs")
  }

  @Test func noscriptAndIconTitlesStayOut() throws {
    let noscript = Self.page(
      head: "<title>Harbour bridge reopens after two years</title>",
      body: "<article><h1>Harbour bridge reopens<noscript>Please enable JavaScript</noscript></h1></article>")
    #expect(try extract(noscript).headline == "Harbour bridge reopens")
    let icon = Self.page(
      head: "", body: "<svg><title>Search icon</title></svg><div class=\"story\"><h1>Harbour bridge reopens</h1></div>")
    #expect(try extract(icon).headline == "Harbour bridge reopens")
  }

  @Test func kickerKeepsTheSeparatorTheMetadataGivesIt() throws {
    let html = Self.page(
      head: "<meta property=\"og:title\" content=\"Spring frost 2024: When it comes and what it brings\">",
      body: """
        <article><h1><span class="kicker">Spring frost 2024</span>
        <span>When it comes and what it brings</span></h1></article>
        """)
    #expect(try extract(html).headline == "Spring frost 2024: When it comes and what it brings")
  }

  @Test func kickerTheMetadataLeavesOutIsNotHeadline() throws {
    let html = Self.page(
      head: "<meta property=\"og:title\" content=\"Ferries return to the island after the storm\">",
      body: """
        <article><h1 itemprop="headline"><span class="overline">Storm season</span>
        <span class="hidden"> - </span><span>Ferries return to the island after the storm</span></h1></article>
        """)
    #expect(try extract(html).headline == "Ferries return to the island after the storm")
  }

  @Test func overlineOtherThanTheMetadataKickerGoes() throws {
    let html = Self.page(
      head: "<meta property=\"og:title\" content=\"Storm in the north: Ferries return to the island at last\">",
      body: """
        <article><h1><span class="overline">Island news</span>
        <span>Ferries return to the island at last</span></h1></article>
        """)
    #expect(try extract(html).headline == "Ferries return to the island at last")
  }

  @Test func blogNameBeforeAColonInTheTitleIsNoKicker() throws {
    let html = Self.page(
      head: "<title>Tidewater Notes: Building a tide clock from scrap</title>",
      body: "<article><h1>Building a tide clock from scrap</h1></article>")
    #expect(try extract(html).headline == "Building a tide clock from scrap")
  }

  @Test func kickerBeforeAColonInMetadataIsKept() throws {
    let html = Self.page(
      head: "<meta property=\"og:title\" content=\"Kenya: The city from below\">",
      body: "<article><p class=\"kicker\">Kenya</p><h1>The city from below</h1></article>")
    #expect(try extract(html).headline == "Kenya: The city from below")
  }

  /// Old sites give every page the site's name as its `<title>`: the one
  /// `<h1>` (or, with none, the one heading classed as a title, or the one
  /// lesser heading of headline length) that says more is the story's
  /// headline.
  @Test func siteNameTitleGivesWayToTheOneProminentHeading() throws {
    let title = "<title>The Harbour Gazette</title>"
    let h1 = "<div class=\"story\"><h1>Harbour bridge reopens after two years</h1></div>"
    #expect(try extract(Self.page(head: title, body: h1)).headline == "Harbour bridge reopens after two years")
    let classed = """
      <div id="side"><h2>Archives</h2><h2>Categories</h2></div>
      <div class="post"><h2 class="entry-title">Harbour bridge reopens after two years</h2></div>
      """
    #expect(try extract(Self.page(head: title, body: classed)).headline == "Harbour bridge reopens after two years")
    // Two <h1>s, a heading of three words, or a title of four words: the
    // title stands.
    let two = h1 + "<div><h1>Ferry timetable changes for the winter</h1></div>"
    #expect(try extract(Self.page(head: title, body: two)).headline == "The Harbour Gazette")
    let short = "<div class=\"story\"><h1>Bridge reopens today</h1></div>"
    #expect(try extract(Self.page(head: title, body: short)).headline == "The Harbour Gazette")
    let longTitle = "<title>Harbour bridge finally reopens</title>"
    #expect(try extract(Self.page(head: longTitle, body: h1)).headline == "Harbour bridge finally reopens")
    // With no <h1> and no heading classed as a title, the one lesser
    // heading of headline length; two of them are teasers.
    let unclassed = """
      <div id="top"><h1><a href="/"><img src="/logo.png" alt="The Harbour Gazette"></a></h1></div>
      <div class="post"><h2>Mill Road notes</h2><h2>Harbour bridge reopens after two years</h2></div>
      """
    #expect(try extract(Self.page(head: title, body: unclassed)).headline == "Harbour bridge reopens after two years")
    let teasers = unclassed + "<div><h2>Ferry timetable changes for the winter</h2></div>"
    #expect(try extract(Self.page(head: title, body: teasers)).headline == "The Harbour Gazette")
  }

  @Test func lineBreakInAHeadingIsASpace() throws {
    let html = Self.page(
      head: "<title>The Harbour Gazette</title>",
      body: "<div class=\"story\"><h1>Harbour bridge<br>reopens after two years</h1></div>")
    #expect(try extract(html).headline == "Harbour bridge reopens after two years")
  }

  /// A site name no metadata gives, at either end of the `<title>` or in
  /// brackets after it, is told by the page's copyright line.
  @Test func copyrightLineNamesTheSiteInTheTitle() throws {
    let footer = "<div id=\"footer\">© 2024 The Harbour Gazette. All rights reserved.</div>"
    for title in [
      "The Harbour Gazette : Harbour bridge reopens after two years",
      "The Harbour Gazette - Harbour bridge reopens after two years",
      "Harbour bridge reopens after two years (The Harbour Gazette)",
    ] {
      let named = Self.page(head: "<title>\(title)</title>", body: footer)
      #expect(try extract(named).headline == "Harbour bridge reopens after two years", "\(title)")
      // Without the copyright line, only the dash's short capitalised
      // lead-in goes (`withoutShortPrefix`); the colon and brackets stay.
      let unnamed = Self.page(head: "<title>\(title)</title>", body: "")
      let kept = title.hasPrefix("The Harbour Gazette - ") ? "Harbour bridge reopens after two years" : title
      #expect(try extract(unnamed).headline == kept, "\(title)")
    }
    // What the name would leave is no headline ("Gazette - Bridge Works"
    // names a column): the title stays whole.
    let column = Self.page(head: "<title>The Harbour Gazette - Bridge Works</title>", body: footer)
    #expect(try extract(column).headline == "The Harbour Gazette - Bridge Works")
  }

  /// A page with no heading element: the one block classed as a title
  /// says more than a site-name `<title>`; two such blocks are teasers.
  @Test func classedTitleBlockWhenThePageHasNoHeading() throws {
    let title = "<title>The Harbour Gazette</title>"
    let block =
      #"<div class="article-title"><span class="article-title-text">Harbour bridge reopens after two years</span></div>"#
    #expect(try extract(Self.page(head: title, body: block)).headline == "Harbour bridge reopens after two years")
    let two = block + #"<div class="article-title">Ferry timetable changes for the winter</div>"#
    #expect(try extract(Self.page(head: title, body: two)).headline == "The Harbour Gazette")
    let longTitle = "<title>Harbour bridge finally reopens</title>"
    #expect(try extract(Self.page(head: longTitle, body: block)).headline == "Harbour bridge finally reopens")
  }

  /// A side of the `<title>` that an element of the page spells whole (not
  /// a heading: a `<div>` or a table cell) is the headline; a kicker's
  /// colon ("Topic: Headline") is no cut, and a match in a sidebar counts
  /// for nothing.
  @Test func titleSideThePageSpells() throws {
    let bar = #"<div class="titlebar">Storm closes schools across the county</div>"#
    let title = "<title>The Paper : Storm closes schools across the county</title>"
    #expect(try extract(Self.page(head: title, body: bar)).headline == "Storm closes schools across the county")
    let kicker = "<title>Weather: Storm closes schools across the county</title>"
    #expect(
      try extract(Self.page(head: kicker, body: bar)).headline == "Weather: Storm closes schools across the county")
    let nav = "<aside><div>Storm closes schools across the county</div></aside>"
    #expect(
      try extract(Self.page(head: title, body: nav)).headline == "The Paper : Storm closes schools across the county")
  }

  /// "Name - Headline": a short capitalised name before the only dash goes
  /// when the rest reads as a headline; a lower-case lead-in is a topic,
  /// and a second dash makes a chain this rule leaves alone.
  @Test func shortCapitalisedNameBeforeTheDash() {
    #expect(
      Headline.withoutShortPrefix("The Town Crier - Council approves new parking plan")
        == "Council approves new parking plan")
    #expect(
      Headline.withoutShortPrefix("Town hall - Council approves new parking plan")
        == "Town hall - Council approves new parking plan")
    #expect(Headline.withoutShortPrefix("The Town Crier - Parking plan") == "The Town Crier - Parking plan")
    #expect(
      Headline.withoutShortPrefix("News - Council approves new plan - Town")
        == "News - Council approves new plan - Town")
    #expect(
      Headline.withoutShortPrefix("The Town Crier - council approves new parking plan")
        == "The Town Crier - council approves new parking plan")
  }

  /// A part of the `<title>` that is only a date is no headline, and a
  /// print page's label before the title goes.
  @Test func datePartsAndPrintLabelsLeaveTheTitle() throws {
    let dated = "<title>15.05.2013 - Harbour bridge reopens after two years</title>"
    #expect(try extract(Self.page(head: dated, body: "")).headline == "Harbour bridge reopens after two years")
    let print = "<title>Print: Harbour bridge reopens after two years</title>"
    #expect(try extract(Self.page(head: print, body: "")).headline == "Harbour bridge reopens after two years")
    #expect(TitleSplitter.isDatePart("May 15, 2013"))
    #expect(!TitleSplitter.isDatePart("Harbour bridge reopens on May 15, 2013"))
    #expect(TitleSplitter.withoutPrintLabel("Print:") == "Print:")
  }

  /// Under a `<title>` of names only, a one-word `<h1>` that names a
  /// section of the site's menu ("News") labels the section and the
  /// story's heading wins (a one-word `<h1>` the menu does not name is the
  /// page's own); with no heading at all, the first large or bold line
  /// before the text does (not a date, a link or text in the default size),
  /// under a `<title>` that chains names.
  @Test func sectionH1AndBoldLinesUnderATitleOfNames() throws {
    let title = "<title>News - The Harbour Gazette</title>"
    let story = "Harbour bridge reopens after two years"
    let menu = "<div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
    let section = "<div><h1>News</h1><h2>\(story)</h2></div>"
    #expect(try extract(Self.page(head: title, body: menu + section)).headline == story)
    #expect(try extract(Self.page(head: title, body: section)).headline != story)
    let document = try HTMLDocument.parse(
      utf8: Array("<html><body>\(menu)<div class=\"menu-note\">x</div></body></html>".utf8))
    let blocks = document.root.descendants(.div)
    #expect(blocks.map(Headline.isNavigationBlock) == [true, false])
    let table = """
      <table><tr><td><b>Wednesday, May 15, 2013</b><br><font size="5"><b>\(story)</b></font></td></tr></table>
      """
    let chain = "<title>The Harbour Gazette - Local News</title>"
    // An address whose host is no word of the title ("news.example" would
    // name "Local News" the site).
    let url = "https://harbourgazette.example/2024/05/bridge.html"
    #expect(try extract(Self.page(head: chain, body: table), url: url).headline == story)
    #expect(try extract(Self.page(head: chain, body: "<font size=\"+2\">\(story)</font>")).headline == story)
    let link = "<div><a href=\"/b\"><b>\(story)</b></a></div>"
    #expect(try extract(Self.page(head: chain, body: link), url: url).headline != story)
    #expect(try extract(Self.page(head: chain, body: "<font size=\"2\">\(story)</font>")).headline != story)
    // Bold words leading a paragraph of prose are emphasis: the text has begun.
    let emphasis = "<p><b>\(story)</b> \(prose("the pier"))</p>"
    #expect(try extract(Self.page(head: chain, body: emphasis), url: url).headline != story)
    let short = "<title>Harbour notes</title>"
    #expect(try extract(Self.page(head: short, body: table), url: url).headline == "Harbour notes")
    #expect(Headline.namesOnlyWords("The Harbour Gazette - Local News") == 3)
    #expect(Headline.namesOnlyWords("Harbour bridge reopens today - The Harbour Gazette") == nil)
  }
}
