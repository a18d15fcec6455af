import Testing

@testable import NewsgrabExtraction

@Suite("Title and site splitting")
struct TitleSplitterTests {
  @Test func stripsTrailingAndLeadingSiteNames() {
    #expect(
      TitleSplitter.strip("Ferries Return | The Coastal Ledger", siteNames: ["The Coastal Ledger"]) == "Ferries Return")
    #expect(
      TitleSplitter.strip("Coastal Ledger - Ferries Return", siteNames: ["coastalledger.example", "coastalledger"])
        == "Ferries Return")
    #expect(TitleSplitter.strip("見出しの記事：やまなみ日報", siteNames: ["やまなみ日報"]) == "見出しの記事")
    #expect(TitleSplitter.strip("見出し_文化_やまなみ日報", siteNames: ["やまなみ日報", "文化"]) == "見出し")
  }

  @Test func keepsTitlesWithoutSiteNames() {
    #expect(
      TitleSplitter.strip("Kashmir issue: China says resolve it bilaterally", siteNames: ["Daily Example"])
        == "Kashmir issue: China says resolve it bilaterally")
    #expect(TitleSplitter.strip("Only a headline", siteNames: []) == "Only a headline")
  }

  @Test func precomputedKeysStripAsTheNamesDo() {
    let names = ["The Coastal Ledger", "coastalledger.example", "", "   "]
    let keys = TitleSplitter.strippingKeys(names)
    #expect(keys == ["thecoastalledger", "coastalledgerexample"])
    #expect(!keys.contains(""))
    for title in [
      "Ferries Return | The Coastal Ledger", "Coastal Ledger - Ferries Return", "No site here", "", "A | B",
    ] {
      #expect(TitleSplitter.strip(title, siteKeys: keys) == TitleSplitter.strip(title, siteNames: names))
    }
    #expect(TitleSplitter.strip("Ferries Return | The Coastal Ledger", siteKeys: keys) == "Ferries Return")
    #expect(
      TitleSplitter.strip("Ferries Return | The Coastal Ledger", siteKeys: []) == "Ferries Return | The Coastal Ledger")
  }

  @Test func keysIgnoreCaseQuotesAndAccents() {
    #expect(TitleSplitter.key("It’s ‘Peculiar’") == TitleSplitter.key("It's 'peculiar'"))
    #expect(TitleSplitter.key("Aktuálně.cz") == "aktualnecz")
  }

  @Test func headlineAgreementNeedsPrefixOrSuffixCover() {
    let short = TitleSplitter.key("Nikki Hale to Resign as Ambassador")
    #expect(Headline.agrees(short, TitleSplitter.key("Nikki Hale to Resign as Ambassador (Published 2018)")))
    #expect(!Headline.agrees(TitleSplitter.key("Lorem"), TitleSplitter.key("Lorem ipsum dolor sit amet consectetur")))
  }

  @Test func siteNameLosesItsSlogan() {
    #expect(TitleSplitter.segments(of: "Zprávičky.cz - Víte, co se děje") == ["Zprávičky.cz", "Víte, co se děje"])
  }

  @Test func siteRootReadsASCIIURLsAsTheCharacterVersion() {
    let reference = FastPathTests.referenceSiteRoot
    let urls = [
      "https://WWW.Example.COM/", "https://www.example.com", "http://Example.com/Index.PHP",
      "https://example.com/INDEX.html",
      "https://example.com/index.htm", "https://example.com/index.html/", "https://example.com/index.phpx",
      "https://example.com//", "https://example.com/news", "https://www", "https://www.", "https://wWw.x/", "://", ":/",
      "a://b", "x:///", "", "ab", "example.com/", "https://ex.com:8080", "http://a://b/",
      "https://www.www.example.com/",
      "https://Ex%41mple.com/?q=1", "https://example.com/?", "https://example.com/#top",
    ]
    for url in urls {
      #expect(TitleSplitter.siteRoot(url) == reference(url), "\(url.debugDescription)")
    }
    #expect(TitleSplitter.siteRoot("https://WWW.Example.COM/Index.HTML") == "example.com")
    #expect(TitleSplitter.siteRoot("https://example.com/news") == nil)
  }

  @Test func sameHomeIgnoresSchemeAndWWW() {
    #expect(TitleSplitter.sameHome("http://www.example.com/", "https://example.com/"))
    #expect(!TitleSplitter.sameHome("https://example.com/news/", "https://example.com/"))
  }

  @Test func titleTagLosesAShortUnknownSuffixOnlyOnce() {
    #expect(Headline.withoutShortSuffix("Lorem ipsum dolor sit amet – Our notebook") == "Lorem ipsum dolor sit amet")
    #expect(
      Headline.withoutShortSuffix("JVNDB-2018-1 - JVN iPedia - Database") == "JVNDB-2018-1 - JVN iPedia - Database")
    #expect(Headline.withoutShortSuffix("Short – Site") == "Short – Site")
  }

  @Test func titleAloneKeepsTheHeadlinePart() {
    let site = TitleSplitter.strippingKeys(["paper.example", "paper"])
    #expect(
      TitleSplitter.headline(
        fromTitle: "Bridge opens after two years - Soccer - Sport - Breaking News - Paper", siteKeys: site)
        == "Bridge opens after two years")
    // Half of a headline continues in lower case; a short first part is a name.
    #expect(
      TitleSplitter.headline(fromTitle: "Two resign - and many questions stay open", siteKeys: site)
        == "Two resign - and many questions stay open")
    #expect(
      TitleSplitter.headline(fromTitle: "JVNDB-2018-1 - JVN iPedia - Database", siteKeys: [])
        == "JVNDB-2018-1 - JVN iPedia - Database")
    // A slug is one word; words joined by underscores are parts.
    #expect(TitleSplitter.headline(fromTitle: "release_notes_2024", siteKeys: []) == "release_notes_2024")
    #expect(TitleSplitter.headline(fromTitle: "港口大桥修复后重新开放_本地频道_海湾日报", siteKeys: []) == "港口大桥修复后重新开放_本地频道_海湾日报")
    #expect(
      TitleSplitter.headline(fromTitle: "Bridge opens after two years_English_Paper", siteKeys: site)
        == "Bridge opens after two years")
    // A section before a bar: the longest part is the story.
    #expect(
      TitleSplitter.headline(fromTitle: "Local | Bridge opens after two years", siteKeys: [])
        == "Bridge opens after two years")
    // A run of parts that an in-page heading spells wins.
    #expect(
      TitleSplitter.headline(
        fromTitle: "Culture - Bridge opens - at last - Paper", siteKeys: site,
        headingKeys: [TitleSplitter.key("Bridge opens - at last")]) == "Bridge opens - at last")
    #expect(
      TitleSplitter.headline(fromTitle: "Bridge opens after two years(Paper)", siteKeys: [])
        == "Bridge opens after two years")
    #expect(
      TitleSplitter.headline(fromTitle: "Bridge opens after two years (Update)", siteKeys: [])
        == "Bridge opens after two years (Update)")
  }

  /// "Headline - Section - Site": the far part is the site only when the
  /// page names it, here in its "© Site" line; a name beside another
  /// character (a degree sign, a no-break space, an "é" whose second byte
  /// is the one "©" ends with, on a page whose only "©" is a picture's,
  /// farther off) confirms nothing.
  @Test func titleSiteIsConfirmedByTheCopyrightLine() throws {
    func page(_ footer: String) -> String {
      """
      <html><head><title>Night buses return to the valley - Local - Valley Courier</title></head><body>
      <article><h1>Night buses return to the valley</h1><p>\(prose("the night buses"))</p>
      <p>\(prose("the late timetable"))</p><p>\(prose("the depot"))</p></article>
      <footer><p>\(footer)</p></footer></body></html>
      """
    }
    let confirmed = try extract(page("© 2024 Valley Courier. All rights reserved."))
    #expect(confirmed.source.name == "Valley Courier")
    #expect(confirmed.provenance["source"] == "title-tag")
    for footer in [
      "Printed at 20°C by Valley Courier staff", "Valley\u{A0}Courier, 12 Mill Road",
      "Café of the Valley Courier, at 12 Mill Road by the old harbour wall. Pictures © Anna Park",
    ] {
      let unconfirmed = try extract(page(footer))
      #expect(unconfirmed.provenance["source"] != "title-tag", "\(footer)")
    }
  }
}
