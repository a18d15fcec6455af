import Testing

@testable import NewsgrabExtraction

/// Dates as small sites and old templates write them: days the calendar
/// lacks, dotted numbers on pages that declare no language, short years,
/// digit-only stamps, times written loosely after an ISO day, and the places
/// outside `<time>` and JSON-LD where such pages keep a date.
@Suite("Date forms of small sites")
struct DateFormsTests {
  /// A page with no `lang`, no JSON-LD and no date meta tag unless given.
  static func page(head: String = "", header: String, lang: String? = nil) -> String {
    let html = lang.map { "<html lang=\"\($0)\">" } ?? "<html>"
    return """
      \(html)<head><title>Harbour plans</title>\(head)</head><body><article>
      <h1>Harbour plans</h1>\(header)
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """
  }

  static let plainURL = "https://news.example/harbour/plans.html"

  @Test func daysTheCalendarLacksAreNoDates() {
    #expect(DateParser.human("30. Februar 2021", dayFirst: true) == nil)
    #expect(DateParser.human("31 April 2019", dayFirst: true) == nil)
    #expect(DateParser.human("29 February 2019", dayFirst: true) == nil)
    // A leap year has it; 1900 was none, 2000 was one.
    #expect(DateParser.human("29 February 2020", dayFirst: true) == "2020-02-29")
    #expect(DateParser.valid(2000, 2, 29))
    #expect(!DateParser.valid(1900, 2, 29))
    #expect(DateParser.iso("2018-02-30T10:00:00Z") == nil)
  }

  @Test func dotsAreDayFirstUnlessThePageDeclaresAmericanEnglish() throws {
    #expect(DateParser.human("Termin: 14.09.2016") == "2016-09-14")
    #expect(DateParser.human("09/11/2016") == "2016-09-11")
    #expect(DateParser.human("09.11.2016", dayFirst: false) == "2016-09-11")
    let undeclared = Self.page(header: #"<p class="date">Posted 09.11.2016</p>"#)
    #expect(try extract(undeclared, url: Self.plainURL).publishedAt == "2016-11-09")
    let american = Self.page(header: #"<p class="date">Posted 09.11.2016</p>"#, lang: "en-US")
    #expect(try extract(american, url: Self.plainURL).publishedAt == "2016-09-11")
  }

  @Test func slashedShortYearsWithOneDigitDayOrMonth() {
    #expect(DateParser.human("Last updated: 7/4/19") == "2019-07-04")
    #expect(DateParser.human("1/28/22") == "2022-01-28")
    #expect(DateParser.human("28/1/22") == "2022-01-28")
    #expect(DateParser.hasShortYearShape("7/4/19 tarihinde"))
    // Two numbers are a fraction or a score, not a date.
    #expect(DateParser.human("won 3/4 of the seats in 2/3") == nil)
  }

  @Test func aDottedShortDateWithOneDigitNeedsItsLabel() {
    #expect(DateParser.human("Veröffentlicht am 3.8.16", dayFirst: true) == "2016-08-03")
    #expect(DateParser.human("Stand: 2.7.15", dayFirst: true) == "2015-07-02")
    #expect(DateParser.human("nach dem Update auf Version 2.7.15 lief es", dayFirst: true) == nil)
    // A version before a date does not take its place.
    #expect(DateParser.human("Version 2.1.18, erschienen am 5. März 2019", dayFirst: true) == "2019-03-05")
    // A version first does not hide the labelled date after it.
    #expect(
      DateParser.all(in: "Version 2.1.18 · veröffentlicht am 4.11.09", dayFirst: true).map(\.iso) == ["2009-11-04"])
  }

  @Test func digitOnlyStampOfDateAndTime() {
    #expect(DateParser.iso("20190314091530") == "2019-03-14T09:15:30")
    #expect(DateParser.iso("20190314256030") == nil)
  }

  @Test func aLooseTimeAfterAnISODayIsWrittenAsISO() {
    #expect(DateParser.iso("2015-03-02T08:12:00.000Z") == "2015-03-02T08:12:00.000Z")
    #expect(DateParser.iso("2015-03-02 08:12:00") == "2015-03-02 08:12:00")
    #expect(DateParser.iso("2015-03-02T08:12:00+0100") == "2015-03-02T08:12:00+0100")
    #expect(DateParser.iso("2015-03-02 at 08:12:00AM EST") == "2015-03-02T08:12:00-05:00")
    #expect(DateParser.iso("2015-03-02|20h12") == "2015-03-02T20:12:00")
    #expect(DateParser.iso("2015-03-02@08:12:30") == "2015-03-02T08:12:30")
    #expect(DateParser.iso("2015-03-02 08:12:00 -0500") == "2015-03-02T08:12:00-05:00")
    #expect(DateParser.iso("2015-03-02T08:12:00EET") == "2015-03-02T08:12:00+02:00")
    // A time that cannot be read is dropped, the day kept.
    #expect(DateParser.iso("2015-03-02T0812Z") == "2015-03-02")
    #expect(DateParser.iso("2015-03-02981724410000008:12:30") == "2015-03-02")
  }

  @Test func aPageDatedOnlyByItsLastUpdateGetsThatDay() throws {
    let html = """
      <html><body><p>\(prose("the harbour"))</p><p><em>Last updated: 28/01/2022</em></p></body></html>
      """
    let article = try extract(html, url: Self.plainURL)
    #expect(article.publishedAt == "2022-01-28")
    #expect(article.provenance["publishedAt"] == "dom:search")
    // A dated line besides it still wins.
    let dated = """
      <html><body><p>\(prose("the harbour"))</p><p>Written on 12 January 2022.</p>
      <p><em>Last updated: 28/01/2022</em></p></body></html>
      """
    #expect(try extract(dated, url: Self.plainURL).publishedAt == "2022-01-12")
  }

  @Test func aDateElementKeepsItsDateInItsTitle() throws {
    let html = Self.page(header: #"<span class="post-date" title="3rd March 2017"><a href="/">3 days ago</a></span>"#)
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2017-03-03")
    // A child's title, where a feed reader lists when it fetched the story
    // before when it was published: the labelled publication wins.
    let reader = Self.page(
      header:
        #"<div class="item-meta">by Ida Berg · <span class="ago" title="Fetched: Tue, 12 Mar 2019 06:10&#10;Published: Mon, 11 Mar 2019 21:45">9h</span></div>"#
    )
    #expect(try extract(reader, url: Self.plainURL).publishedAt?.prefix(10) == "2019-03-11")
    // "Member since May 2012" titled with a day dates the profile, not the story.
    let profile = Self.page(
      header: #"<span class="member-since-date" title="4:10 PM - 9 May 2012">Member since May 2012</span>"#)
    #expect(try extract(profile, url: Self.plainURL).publishedAt == nil)
  }

  @Test func unixTimeOfAnEmbeddedPost() throws {
    let html = Self.page(header: #"<abbr class="timestamp" data-utime="1462300000">Tuesday</abbr>"#)
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2016-05-03T18:26:40Z")
  }

  @Test func metaDatesUnderMoreNames() throws {
    for (tag, expected) in [
      #"<meta property="dc:created" content="2016-04-11"/>"#: "2016-04-11",
      #"<meta name="DC.Issued" content="2019-10-22"/>"#: "2019-10-22",
      #"<meta itemprop="dateCreated" datetime="2017-06-30"/>"#: "2017-06-30",
      #"<meta property="og:regDate" content="20190314091530">"#: "2019-03-14T09:15:30",
    ] {
      let article = try extract(Self.page(head: tag, header: ""), url: Self.plainURL)
      #expect(article.publishedAt == expected, "\(tag)")
    }
    let modified = Self.page(head: #"<meta name="lastmodified" content="2018-05-07"/>"#, header: "")
    #expect(try extract(modified, url: Self.plainURL).modifiedAt == "2018-05-07")
  }

  @Test func datesInAttributesOfElementsOtherThanTime() throws {
    for (header, expected) in [
      // Microdata on a `<span>`, RDFa in the body (a Drupal date field), a
      // `datetime` on a `<span>`, a Unix time on a `<time>`.
      (#"<span itemprop="datePublished" datetime="2016-04-11T09:30:00Z"></span>"#, "2016-04-11T09:30:00Z"),
      (
        #"<span class="date-display-single" property="dc:date" content="2016-04-11T09:30:00+02:00">11. April</span>"#,
        "2016-04-11T09:30:00+02:00"
      ),
      (#"<span class="timestamp" datetime="2016-04-11T09:30:00+02:00">Monday</span>"#, "2016-04-11T09:30:00+02:00"),
      (#"<time class="stamp" data-unix="1460367000"></time>"#, "2016-04-11T09:30:00Z"),
    ] {
      let article = try extract(Self.page(header: header), url: Self.plainURL)
      #expect(article.publishedAt == expected, "\(header)")
    }
    // Microdata is structured: it is read as such, not as a `datetime` found on the page.
    let microdata = Self.page(header: #"<span itemprop="datePublished" datetime="2016-04-11T09:30:00Z"></span>"#)
    #expect(try extract(microdata, url: Self.plainURL).provenance["publishedAt"] == "microdata")
    let dublinCore = Self.page(head: #"<meta name="DC.date.published" content="2016-04-11"/>"#, header: "")
    #expect(try extract(dublinCore, url: Self.plainURL).publishedAt == "2016-04-11")
    // An edit's `datetime` and a "last update" element's are no publication.
    for header in [
      #"<p>Harbour board <del datetime="2016-04-12T08:00:00Z">rejects</del> approves the pier.</p>"#,
      #"<p class="is-last-update" datetime="2016-04-12T08:00:00Z">Changed on Tuesday</p>"#,
    ] {
      #expect(try extract(Self.page(header: header), url: Self.plainURL).publishedAt == nil, "\(header)")
    }
  }

  @Test func aTimeClassedUpdatedUnderAPublicationLabelIsThePublication() throws {
    let html = Self.page(
      header: #"<p>Veröffentlicht am <time class="updated" datetime="2020-06-11T09:05:00+02:00"></time></p>"#,
      lang: "de")
    #expect(try extract(html, url: Self.plainURL).publishedAt == "2020-06-11T09:05:00+02:00")
    let updated = Self.page(
      header: #"<p>Aktualisiert am <time class="updated" datetime="2020-06-11T09:05:00+02:00"></time></p>"#,
      lang: "de")
    let article = try extract(updated, url: Self.plainURL)
    #expect(article.publishedAt == nil)
    #expect(article.modifiedAt == "2020-06-11T09:05:00+02:00")
  }
}

/// Authors as small sites' tags and templates give them: a byline's markup
/// escaped into a meta tag, `og:author`, a symbol after a name, and an
/// author class inside a picture's `<figure>`.
@Suite("Author forms of small sites")
struct AuthorFormsTests {
  static let plainURL = "https://news.example/harbour/plans.html"

  static func page(head: String = "", header: String = "") -> String {
    """
    <html lang="en"><head><title>Harbour plans</title>\(head)</head><body><article>
    <h1>Harbour plans</h1>\(header)
    <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
    """
  }

  @Test func aBylinesMarkupEscapedIntoAMetaTagIsRead() throws {
    let tag =
      #"<meta property="og:author" content="By &lt;a href=&quot;/profiles/ann-lee&quot;&gt;Ann Lee&lt;/a&gt;, Tom Ruiz and &lt;a href=&quot;/profiles/jo-kim&quot;&gt;Jo Kim&lt;/a&gt;"/>"#
    let article = try extract(Self.page(head: tag), url: Self.plainURL)
    #expect(article.authors == ["Ann Lee", "Tom Ruiz", "Jo Kim"])
    #expect(article.provenance["authors"] == "meta:og:author")
    #expect(MetaTags.withoutMarkup("a < b and <b>c</b>") == "a < b and c")
  }

  /// The page's declared language reaches the byline: "Per" leads a
  /// Catalan byline and is a first name on a Swedish page.
  @Test func theBylineIsReadInThePagesLanguage() throws {
    func authors(_ lang: String) throws -> [String] {
      let html = Self.page(header: #"<p class="autor">Per Jordi Puig</p>"#)
        .replacingOccurrences(of: #"<html lang="en">"#, with: #"<html lang="\#(lang)">"#)
      return try extract(html, url: Self.plainURL).authors
    }
    #expect(try authors("ca") == ["Jordi Puig"])
    #expect(try authors("sv") == ["Per Jordi Puig"])
  }

  @Test func symbolsAtANamesEndsGo() {
    let cleaner = AuthorCleaner(publisherNames: [])
    #expect(cleaner.name("Mira Holt ❤️") == ["Mira Holt"])
    #expect(cleaner.name("★ Mira Holt") == ["Mira Holt"])
    // A "+" is no pictograph: a CSV export still sees it and neutralises it.
    #expect(cleaner.name("+Mira Holt") == ["+Mira Holt"])
  }

  @Test func anAuthorClassInAFigureCreditsThePicture() throws {
    let html = Self.page(
      header: #"<figure><img src="/harbour.jpg" alt="The harbour"><div class="author">Ida Berg</div></figure>"#)
    #expect(try extract(html, url: Self.plainURL).authors.isEmpty)
    let byline = Self.page(header: #"<div class="author">Ida Berg</div>"#)
    #expect(try extract(byline, url: Self.plainURL).authors == ["Ida Berg"])
  }
}
