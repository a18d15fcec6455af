import Foundation
import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// Metadata rules found by reviewing fixture pages: bylines led by "Von",
/// "Par", "Por" or "Door", and the description a JSON-LD `@graph` keeps on
/// the article's WebPage node.
@Suite("Metadata rules")
struct MetadataRulesTests {
  @Test func localizedByLinesNeedNameShapedWords() {
    #expect(Byline.readsAsByLine("By Jane Doe"))
    #expect(Byline.readsAsByLine("Von Anna Vogt und Lars Berg"))
    #expect(Byline.readsAsByLine("Par Claire Dubois et Marc Petit"))
    #expect(Byline.readsAsByLine("Por Lucía Gómez y Diego Ruiz"))
    #expect(Byline.readsAsByLine("Door Sanne de Jong en Bram Visser"))
    // Ordinary phrases that start with the same words.
    #expect(!Byline.readsAsByLine("Von der Leyen besucht Kiew"))
    #expect(!Byline.readsAsByLine("Par avion"))
    #expect(!Byline.readsAsByLine("Por Favor llama mañana a las diez"))
    #expect(!Byline.readsAsByLine("Bypass road opens"))
    // The paper's word for its own writer before the name.
    #expect(Byline.readsAsByLine("Door onze redacteur Pieter de Vries"))
    #expect(Byline.readsAsByLine("Von unserem Korrespondenten Max Muster"))
    #expect(!Byline.readsAsByLine("Door onze straten rijden nieuwe bussen"))
  }

  /// Lead-ins of several words and labels in more languages; the name
  /// after them is what makes the line a byline.
  @Test func byLinesInMoreLanguages() {
    #expect(Byline.readsAsByLine("Ein Artikel von Hans Müller, 05.03.2019"))
    #expect(Byline.readsAsByLine("Escrito por Carlos Pérez | 5 de marzo de 2019"))
    #expect(Byline.readsAsByLine("di Giulia Bianchi e Marco Verdi - 5 marzo 2019"))
    #expect(Byline.readsAsByLine("Af Lars Hansen og Mette Nielsen"))
    #expect(Byline.readsAsByLine("Écrit par Jean Dupont"))
    #expect(Byline.readsAsByLine("Oleh: Budi Santoso"))
    #expect(Byline.readsAsByLine("Szerző: Kovács Péter"))
    #expect(Byline.readsAsByLine("Teksti: Matti Virtanen"))
    #expect(!Byline.readsAsByLine("Escrito por encargo del ayuntamiento"))
    #expect(!Byline.readsAsByLine("di giorno in giorno"))
  }

  /// Labels in scripts without capitals take the name that follows them
  /// ("लेखक: राजेश कुमार", "نویسنده: مریم رضایی", "מאת יוסי לוי"); in a cased
  /// script the name must still start with a capital. Vietnamese labels
  /// with two words, and Greek, Serbian, Baltic and Swahili labels.
  @Test func byLinesInScriptsWithoutCapitals() {
    for line in [
      "लेखक: राजेश कुमार", "লেখক: তানভীর আহমেদ", "نویسنده: مریم رضایی", "מאת יוסי לוי", "Tác giả: Trần Thị Mai",
      "Συντάκτης: Γιώργος Παπαδόπουλος", "Аутор: Милош Јовановић", "Autorius: Tomas Kazlauskas",
      "Autors: Jānis Bērziņš", "Mwandishi: Amina Juma", "Napisao: Ivan Horvat",
    ] {
      #expect(Byline.readsAsByLine(line), "\(line)")
    }
    #expect(Byline.readsAsByLine("Tác giả: Trần Thị Mai".decomposedStringWithCanonicalMapping))
    for line in ["Tác giả: bài viết", "Autorius: straipsnis", "Συντάκτης: η σύνταξη"] {
      #expect(!Byline.readsAsByLine(line), "\(line)")
    }
  }

  /// Credit lines with no Latin lead word: a CJK name and the role after it,
  /// a Chinese role and verb around the names, a CJK label; Greek's
  /// genitive article and Romanian "de" before a full name.
  @Test func creditLinesWithoutALeadWord() {
    #expect(Byline.readsAsByLine("홍길동 기자"))
    #expect(Byline.readsAsByLine("홍길동 기자 hong@example.kr"))
    #expect(Byline.readsAsByLine("山田太郎記者"))
    #expect(Byline.readsAsByLine("记者 张伟 报道"))
    #expect(Byline.readsAsByLine("本报记者 张伟 李娜"))
    #expect(Byline.readsAsByLine("张伟 报道"))
    #expect(Byline.readsAsByLine("本报记者张伟报道"))
    #expect(Byline.readsAsByLine("文：山田太郎"))
    #expect(Byline.readsAsByLine("Του Γιώργου Παπαδόπουλου"))
    #expect(Byline.readsAsByLine("Της Μαρίας Οικονόμου, 5 Μαρτίου 2019"))
    #expect(Byline.readsAsByLine("de Andrei Popescu, 5 martie 2019"))
    // A column's name, a glued role or verb alone, a single word after an
    // article, a capitalised "De" and a role alone are no credit.
    #expect(!Byline.readsAsByLine("记者观察"))
    #expect(!Byline.readsAsByLine("新闻报道"))
    #expect(!Byline.readsAsByLine("记者"))
    #expect(!Byline.readsAsByLine("기자"))
    #expect(!Byline.readsAsByLine("Του Πάσχα"))
    #expect(!Byline.readsAsByLine("De Niro Returns To Broadway"))
    #expect(!Byline.readsAsByLine("de Gaulle"))
    #expect(!Byline.readsAsByLine("文：这是一段关于本地交通的很长的说明文字而不是作者的名字真的很长"))
  }

  @Test func byLinesWithADateOrALabel() {
    // The names before a separator or a date are what must look like names.
    #expect(Byline.readsAsByLine("Von Hans Müller | 03.05.2013, 11:51 Uhr"))
    #expect(Byline.readsAsByLine("Por João Silva — 12/05/2017 16h30"))
    #expect(Byline.readsAsByLine("di Marco Rossi"))
    #expect(!Byline.readsAsByLine("Von der Leyen | 03.05.2013"))
    #expect(!Byline.readsAsByLine("Por 12/05/2017"))
    // An explicit label needs no name check; an unknown word before a colon is no label.
    #expect(Byline.readsAsByLine("Autor: Jan Kowalski, 12 marca 2016, 10:15"))
    #expect(Byline.readsAsByLine("Haber: Ahmet Yılmaz"))
    #expect(!Byline.readsAsByLine("Kategorie: Politik"))
    #expect(!Byline.readsAsByLine("Autor: unbekannt"))
    // A CJK label in the middle of an info line.
    #expect(Byline.labelledTail(of: "2020年4月17日 来源：城市日报 作者：张伟") == "作者：张伟")
    #expect(Byline.labelledTail(of: "2020年4月17日 来源：城市日报") == nil)
    #expect(Byline.mayHoldMidLineLabel(Array("作者：张伟".utf8)))
    #expect(!Byline.mayHoldMidLineLabel(Array("来源：城市日报".utf8)))
  }

  /// A byline whose text adds names to its author links adds people only:
  /// a job title after the linked name stays out.
  @Test func partlyLinkedBylinesAddPeopleOnly() throws {
    let page = { (byline: String) in
      "<html><body><main><h1>Night trains return to the valley line</h1><address>\(byline)</address>"
        + "<p>\(prose("the night train"))</p><p>\(prose("the timetable"))</p></main></body></html>"
    }
    let linked = #"<a rel="author" href="/autoren/robin-amberg/">Robin Amberg</a>"#
    #expect(try extract(page("Von \(linked), Volontär (Sport)")).authors == ["Robin Amberg"])
    #expect(try extract(page("Von \(linked) und Clara Brenner")).authors == ["Robin Amberg", "Clara Brenner"])
    #expect(Byline.readsAsPerson("Clara Brenner"))
    #expect(!Byline.readsAsPerson("Volontär (Sport)"))
    // Capitalised like a name, but a job title.
    #expect(!Byline.readsAsPerson("Senior Correspondent"))
    #expect(!Byline.readsAsPerson("Volontär Sport"))
    #expect(!Byline.readsAsPerson("Brenner"))
  }

  @Test func updateLabelsAreNoAuthors() {
    let cleaner = AuthorCleaner(publisherNames: [])
    #expect(cleaner.names(in: "Autor: Jan Kowalski, 12 marca 2016\nAktualizacja: 13 marca 2016") == ["Jan Kowalski"])
    #expect(cleaner.names(in: "Por João Silva — 12/05/2017 - Atualizado em 12/05/2017") == ["João Silva"])
    #expect(cleaner.names(in: "Haber: Ahmet Yılmaz Yayınlanma: 12.03.2020") == ["Ahmet Yılmaz"])
    // A label line without its date.
    #expect(cleaner.names(in: "Jan Kowalski\nAktualizacja") == ["Jan Kowalski"])
    #expect(cleaner.names(in: "João Silva | Atualizado em") == ["João Silva"])
  }

  @Test func frenchBylineWithoutAuthorClass() throws {
    let html = """
      <html lang="fr"><head><title>Le port rouvre</title></head><body><article>
      <h1>Le port rouvre</h1><p class="meta">Par Claire Dubois et Marc Petit</p>
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """
    let article = try extract(html)
    #expect(article.authors == ["Claire Dubois", "Marc Petit"])
    #expect(article.provenance["authors"] == "dom:byline")
  }

  @Test func phraseStartingWithVonIsNotAByline() throws {
    let html = """
      <html lang="de"><head><title>Besuch in Kiew</title></head><body><article>
      <h1>Besuch in Kiew</h1><p class="kicker">Von der Leyen besucht Kiew</p>
      <p>\(prose("the visit"))</p><p>\(prose("the aid package"))</p></article></body></html>
      """
    #expect(try extract(html).authors.isEmpty)
  }

  @Test func stockLanguageDeclarationLosesToTheText() throws {
    let html = """
      <html lang="en"><head><title>El puente</title></head><body><article>
      <h1>El puente</h1><p>\(LanguageDetectorTests.spanish)</p></article></body></html>
      """
    let article = try extract(html)
    #expect(article.language == "es")
    #expect(article.provenance["language"] == "detected")
  }

  @Test func crossCheckedBylineKeepsEveryAuthor() throws {
    let html = """
      <html lang="nb"><head><title>Ny bro</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Ny bro","author":{"@type":"Person","name":"Kari Holm"}}</script></head><body><article>
      <h1>Ny bro</h1><div class="byline"><a rel="author" href="/k">Kari Holm</a>
      <a rel="author" href="/p">Per Dahl</a></div>
      <p>\(prose("the bridge"))</p><p>\(prose("the road"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["Kari Holm", "Per Dahl"])
  }

  /// No element reads as a byline, but the dated line under the headline
  /// names a person before its date: that person is the author. A section
  /// the navigation lists, one word, or a label before the date is not.
  @Test(arguments: [
    ("cs", "Jan Novák | 5. 3. 2019", ["Jan Novák"]),
    ("vi", "Nguyễn Văn An - 05/03/2019 14:05", ["Nguyễn Văn An"]),
    ("en", "Maria Lopez · Published March 5, 2019", ["Maria Lopez"]),
    ("en", "Maria Lopez on March 5, 2019", ["Maria Lopez"]),
    ("en", "Local News | March 5, 2019", []),
    ("en", "Harbour Life | March 5, 2019", []),
    ("en", "Berlin | March 5, 2019", []),
    ("en", "NEW YORK Tue Mar 5, 2019 2:05pm EST", []),
    ("en", "Updated March 5, 2019", []),
    ("en", "March 5, 2019 | Maria Lopez", []),
  ])
  func personBeforeTheDateUnderTheHeadline(language: String, line: String, authors: [String]) throws {
    let html = """
      <html lang="\(language)"><head><title>Ferry returns</title></head><body>
      <nav><a href="/">Home</a> <a href="/local/">Local News</a> <a href="/life/">Harbour Life</a>
      <a href="/sport/">Sport</a></nav>
      <div class="story"><h1>Ferry returns</h1><div class="info">\(line)</div>
      <p>\(prose("the ferry"))</p><p>\(prose("the timetable"))</p><p>\(prose("the quay"))</p></div></body></html>
      """
    let article = try extract(html)
    #expect(article.authors == authors)
    if !authors.isEmpty { #expect(article.provenance["authors"] == "dom:dateline") }
    #expect(!article.body.contains(line))
  }

  /// A meta line of the site's name and two dates is no text, like one
  /// that starts with a date or its label.
  @Test func siteNameAndTwoDatesLeaveTheText() throws {
    let line = "Harbour Post | 12.09.2016 à 08h15 • Mis à jour le 13.09.2016 à 17h40 | Par"
    let html = """
      <html lang="fr"><head><title>Le port rouvre - Harbour Post</title>
      <meta property="og:site_name" content="Harbour Post"></head><body><article>
      <h1>Le port rouvre</h1><p>\(prose("the harbour"))</p><p>\(line)</p>
      <p>\(prose("the ferry timetable"))</p><p>\(prose("the quay"))</p></article></body></html>
      """
    let article = try extract(html)
    #expect(article.source.name == "Harbour Post")
    #expect(!article.body.contains("08h15"))
    // Another name before the dates keeps the line.
    let other = try extract(html.replacingOccurrences(of: "<p>Harbour Post |", with: "<p>Town Hall |"))
    #expect(other.body.contains("Town Hall | 12.09.2016"))
    // The site's name without its domain ending ("Harbour Post" for "Harbour Post.com").
    let domain = try extract(
      html.replacingOccurrences(of: "content=\"Harbour Post\"", with: "content=\"Harbour Post.com\""))
    #expect(domain.source.name == "Harbour Post.com")
    #expect(!domain.body.contains("08h15"))
  }

  @Test func jsonLDPersonWithOnlyGivenAndFamilyName() throws {
    let html = """
      <html lang="de"><head><title>Neue Schule</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Neue Schule","author":[{"@type":"Person","givenName":"Anna Maria","familyName":"Vogt"},
      {"@type":"Person","givenName":"Lars","familyName":"Berg"}]}</script></head><body><article>
      <h1>Neue Schule</h1><p>\(prose("the school"))</p><p>\(prose("the playground"))</p></article></body></html>
      """
    let article = try extract(html)
    #expect(article.authors == ["Anna Maria Vogt", "Lars Berg"])
    #expect(article.provenance["authors"] == "json-ld")
  }

  @Test func agencyBesideAPersonIsACreditNotAnAuthor() throws {
    let html = """
      <html lang="en"><head><title>Rail strike</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Rail strike","author":[{"@type":"Person","name":"Mara Lind"},{"@type":"Organization","name":"AFP"},
      {"@type":"Organization","name":"Metro Desk Team"}]}</script></head><body><article>
      <h1>Rail strike</h1><p>\(prose("the strike"))</p><p>\(prose("the trains"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["Mara Lind", "Metro Desk Team"])
  }

  @Test func publisherAsOnlyCreditIsTheAuthor() throws {
    let html = """
      <html lang="en"><head><title>Storm warning</title><meta property="og:site_name" content="Harbor Wire">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Storm warning","author":{"@type":"Organization","name":"Harbor Wire"},
      "publisher":{"@type":"Organization","name":"Harbor Wire"}}</script></head><body><article>
      <h1>Storm warning</h1><p>\(prose("the storm"))</p><p>\(prose("the ferries"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["Harbor Wire"])
  }

  static func graphPage(partOf: String) -> String {
    """
    <html><head><title>Bike lanes</title>
    <meta name="description" content="Meta tag standfirst.">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"NewsArticle","@id":"https://news.example/a#article","headline":"Bike lanes",
     "isPartOf":{"@id":"\(partOf)"},"author":{"@type":"Person","name":"Ida Holm"}},
    {"@type":"WebPage","@id":"https://news.example/a","name":"Bike lanes","description":"WebPage standfirst."},
    {"@type":"WebSite","@id":"https://news.example/#website","name":"News","description":"All the news."}]}</script>
    </head><body><article><h1>Bike lanes</h1><p>\(prose("the bike lanes"))</p></article></body></html>
    """
  }

  @Test func descriptionFromTheArticlesWebPageNode() throws {
    let article = try extract(Self.graphPage(partOf: "https://news.example/a"))
    #expect(article.description == "WebPage standfirst.")
    #expect(article.provenance["description"] == "json-ld")
  }

  @Test func websiteDescriptionIsNotTheArticles() throws {
    let article = try extract(Self.graphPage(partOf: "https://news.example/#website"))
    #expect(article.description == "Meta tag standfirst.")
    #expect(article.provenance["description"] == "meta:description")
  }

  /// A definition list crediting the writer and, under another term, the
  /// illustrator: both link to author pages; only the writer is the author.
  @Test func definitionTermNamingAnotherRoleIsNoAuthor() throws {
    let html = """
      <html lang="ja"><head><title>港の新しい橋</title></head><body><article><h1>港の新しい橋が来月開通する予定です</h1>
      <dl class="credits"><dt>著者</dt><dd><a href="/author/1101/">山本 春香</a></dd>
      <dt>イラスト：</dt><dd><a href="/author/2202/">田中 二郎</a></dd></dl>
      <p>\(prose("the bridge"))</p><p>\(prose("the harbour"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["山本 春香"])
    // Under a writer's term, both wrote it.
    let both = html.replacingOccurrences(of: "イラスト：", with: "著者")
    #expect(try extract(both).authors == ["山本 春香", "田中 二郎"])
  }

  /// "authorization" holds "author": a sign-in block above the story is no byline.
  @Test func signInBlockIsNoByline() throws {
    let html = """
      <html lang="en"><head><title>Harbour plans</title></head><body>
      <div id="authorization"><a href="/signin">Sign In</a> | <a href="/register">Sign Up</a></div>
      <article><h1>Harbour plans approved after a year of talks</h1><p class="byline">By Ida Holm</p>
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["Ida Holm"])
  }

  /// Another language's byline word in a class or id counts as a whole
  /// word only: inside "confirmation" or "bildautor" it is something else.
  @Test func localBylineWordsInClassNames() throws {
    #expect(Byline.hasLocalBylineWord("article-firma"))
    #expect(Byline.hasLocalBylineWord("autor pull-left"))
    #expect(Byline.hasLocalBylineWord("news_yazar"))
    #expect(!Byline.hasLocalBylineWord("confirmation-modal"))
    #expect(!Byline.hasLocalBylineWord("bildautor"))
    #expect(!Byline.hasLocalBylineWord("noautorefresh"))
    let html = """
      <html lang="it"><head><title>Porto</title></head><body><div class="confirmation">Grazie Mille</div>
      <article><h1>Il porto amplia il molo nord</h1><p class="firma">Marco Rossi</p>
      <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """
    #expect(try extract(html).authors == ["Marco Rossi"])
  }

  /// "<strong>Name</strong> | Place | Date": the name set apart is the
  /// writer, the place beside it is not; names joined by words stay.
  @Test func nameSetApartBesidePlaceAndDate() throws {
    func authors(_ line: String) throws -> [String] {
      let html = """
        <html lang="es"><head><title>Puerto</title></head><body>
        <article><h1>El puerto amplía el muelle norte</h1><p class="autor">\(line)</p>
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
        """
      return try extract(html).authors
    }
    #expect(try authors("<strong>Lucía Ferrer</strong> | Palma de Mallorca | 08/01/2014") == ["Lucía Ferrer"])
    #expect(try authors("<b>Lucía Ferrer</b> / Palma de Mallorca") == ["Lucía Ferrer"])
    #expect(try authors("<b>Lucía Ferrer</b> y Diego Ruiz") == ["Lucía Ferrer", "Diego Ruiz"])
    #expect(try authors("<b>Lucía Ferrer</b> | <b>Diego Ruiz</b>") == ["Lucía Ferrer", "Diego Ruiz"])
  }

  /// A link labelled as its writer's page ("Se alla artiklar av …") at an
  /// address no author-path list knows; a label naming no writer, or a
  /// name the link does not show, makes no byline.
  @Test func writersPageLinkToldByItsLabel() throws {
    func authors(_ link: String) throws -> [String] {
      let html = """
        <html lang="sv"><head><title>Hamnen</title></head><body>
        <main><h1>Hamnen bygger ut norra kajen</h1>\(link)
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></main></body></html>
        """
      return try extract(html).authors
    }
    let photo = #"<img src="/p/ida.jpg" width="48">"#
    #expect(
      try authors(#"<a href="/av/ida-holm" aria-label="Se alla artiklar av Ida Holm">\#(photo)<p>Ida Holm</p></a>"#)
        == ["Ida Holm"])
    #expect(try authors(#"<a href="/p/ida-holm" title="All stories by Ida Holm">Ida Holm</a>"#) == ["Ida Holm"])
    #expect(
      try authors(#"<a href="/av/ida-holm" aria-label="Ida Holm på Instagram">\#(photo)<p>Ida Holm</p></a>"#).isEmpty)
    #expect(try authors(#"<a href="/bild/ida-holm" aria-label="Foto av Ida Holm">Ida Holm</a>"#).isEmpty)
    #expect(try authors(#"<a href="/av/ida-holm" aria-label="Se alla artiklar av Ida Holm">Hamnen</a>"#).isEmpty)
  }

  /// An author tag naming what the page's copyright line names is the
  /// publisher: the writer in the visible byline wins; alone, it stays.
  @Test func authorTagNamedByTheCopyrightLineIsThePublisher() throws {
    func authors(byline: String, footer: String) throws -> [String] {
      let html = """
        <html lang="en"><head><title>Harbour</title><meta name="author" content="Marsh Lantern"></head><body>
        <div class="story"><h1>Harbour bridge reopens after two years</h1>\(byline)
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div>
        <div id="footer">\(footer)</div></body></html>
        """
      return try extract(html).authors
    }
    let byline = #"<p class="byline">By Jane Doe</p>"#
    // A name with no word of a company or a paper in it: only the
    // copyright line tells it is the site's.
    #expect(try authors(byline: byline, footer: "© 2024 Marsh Lantern. All rights reserved.") == ["Jane Doe"])
    #expect(try authors(byline: byline, footer: "About us") == ["Marsh Lantern"])
    #expect(try authors(byline: "", footer: "© 2024 Marsh Lantern") == ["Marsh Lantern"])
  }

  /// A story signed at its end with a dash before the name, the last
  /// paragraph of the story; a dash in a quotation names whom it quotes,
  /// in a picture's box its photographer, in a list an item; a dashed line
  /// with text after it is not the end.
  @Test func storySignedWithADashAtItsEnd() throws {
    func authors(_ end: String) throws -> [String] {
      let html = """
        <html lang="en"><head><title>Harbour</title></head><body>
        <div class="story"><h1>Harbour bridge reopens after two years</h1>
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p>\(end)</div></body></html>
        """
      return try extract(html).authors
    }
    #expect(try authors("<p>— Jane Doe</p>") == ["Jane Doe"])
    #expect(try authors("<p>– Jane Doe</p>") == ["Jane Doe"])
    #expect(try authors("<blockquote><p>We will build it again.</p><p>— Jane Doe</p></blockquote>").isEmpty)
    #expect(try authors(#"<figure><img src="/p/pier.jpg" width="600" height="400"><p>— Jane Doe</p></figure>"#).isEmpty)
    #expect(try authors("<ul><li><p>— Jane Doe</p></li></ul>").isEmpty)
    #expect(try authors("<p>— Jane Doe</p><p>\(prose("the old pier"))</p>").isEmpty)
    #expect(try authors("<p>— and the ferry will run again in spring, the board said.</p>").isEmpty)
  }

  /// A blog's line dated first and signed after ("Posted on … by Jane
  /// Doe") in an element no byline class names; a short sentence with a
  /// year before "by" is no such line.
  @Test func datedLineSignedAfterTheDate() throws {
    func authors(_ line: String) throws -> [String] {
      let html = """
        <html lang="en"><head><title>Harbour</title></head><body>
        <div class="post"><h1>Harbour bridge reopens after two years</h1><p class="meta">\(line)</p>
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p></div></body></html>
        """
      return try extract(html).authors
    }
    #expect(try authors("Posted on May 15, 2013 by Jane Doe") == ["Jane Doe"])
    #expect(try authors("May 15, 2013 by Jane Doe") == ["Jane Doe"])
    #expect(try authors("The mill was built in 1862 by Josiah Hart.").isEmpty)
    #expect(Byline.datedLineTail(of: "le 15 mai 2013 par Jean Dupont") == "par Jean Dupont")
    #expect(Byline.datedLineTail(of: "Built in 1862 by Josiah Hart") == nil)
    #expect(!Byline.mayHoldDatedLead(Array("Posted by Jane Doe".utf8)))
    #expect(Byline.mayHoldDatedLead(Array("May 15, 2013 BY Jane Doe".utf8)))
  }

  /// An "About the author" box whose bio starts with the writer's full
  /// name credits the story when nothing else does; a byline wins over it,
  /// and a box with no such heading, or a bio that does not start with a
  /// name, credits no one.
  @Test func aboutTheAuthorBoxWhenNothingElseCredits() throws {
    func authors(_ box: String, header: String = "") throws -> [String] {
      let html = """
        <html lang="en"><head><title>Harbour</title></head><body>
        <div class="story"><h1>Harbour bridge reopens after two years</h1>\(header)
        <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p>\(box)</div></body></html>
        """
      return try extract(html).authors
    }
    let box = "<div class=\"bio\"><h4>About the author</h4><p>Jane Doe is a reporter covering the harbour.</p></div>"
    #expect(try authors(box) == ["Jane Doe"])
    #expect(
      try authors("<p><strong>Über den Autor:</strong> Max Muster ist Redakteur im Lokalteil.</p>") == ["Max Muster"])
    #expect(try authors(box, header: #"<p class="byline">By John Smith</p>"#) == ["John Smith"])
    #expect(try authors("<div><h4>Our sponsors</h4><p>Jane Doe is a bakery on the quay.</p></div>").isEmpty)
    #expect(try authors("<div><h4>About the author</h4><p>She is a reporter covering the harbour.</p></div>").isEmpty)
  }

  /// The Korean wire lead opening the text names the reporters ("(서울=
  /// 한빛일보) 홍길동 기자 = …", two joined by "·"); a bracketed place and
  /// agency with no reporter's title names no one.
  @Test func koreanWireLeadNamesTheReporter() throws {
    func authors(_ lead: String) throws -> [String] {
      let text = "시는 도심 하천을 따라 새 산책로를 열었으며 주민들은 저녁마다 이 길을 걸을 수 있게 되었다고 밝혔다"
      let html = """
        <html lang="ko"><head><title>하천 산책로 개통</title></head><body>
        <div class="article"><h3>도심 하천 산책로 새로 개통</h3><div id="body">
        \(lead) \(text).<br><br>\(text).<br><br>\(text).</div></div></body></html>
        """
      return try extract(html).authors
    }
    #expect(try authors("(서울=한빛일보) 홍길동 기자 =") == ["홍길동"])
    #expect(try authors("(부산=한빛일보) 홍길동·김철수 기자 =") == ["홍길동", "김철수"])
    #expect(try authors("[워싱턴=한빛일보] 이영희 특파원 =") == ["이영희"])
    #expect(try authors("(서울=한빛일보) =").isEmpty)
    #expect(try authors("(서울=한빛일보) 홍길동 씨는").isEmpty)
  }

  /// A logo set as the page's first `<h1>` (a link home) does not anchor
  /// the byline and date search: the story's own `<h1>` further down does,
  /// and the block holding it is the article though its class names another
  /// region ("newsletter-post"). With no other `<h1>`, the logo stays the
  /// first heading.
  @Test func logoHeadingDoesNotAnchorTheByline() throws {
    func page(_ story: String) -> String {
      """
      <html lang="en"><head><title>Ferry</title></head><body>
      <div class="topbar"><h1 class="site-title"><a href="/">The Ledger Line</a></h1></div>
      <article class="newsletter-post">\(story)<div class="post-meta"><a href="/profile/priya-nair">Priya Nair</a>
      <time datetime="2021-02-18T13:00:00Z">Feb 18, 2021</time></div>
      <p>\(prose("the ferry"))</p><p>\(prose("the subsidy"))</p></article></body></html>
      """
    }
    let article = try extract(page("<h1 class=\"post-title\">The ferry nobody wanted to cancel</h1>"))
    #expect(article.authors == ["Priya Nair"])
    #expect(article.publishedAt?.hasPrefix("2021-02-18") == true)
    let logoOnly = try HTMLDocument.parse(Array(page("<h2>The ferry nobody wanted to cancel</h2>").utf8)).document
    #expect(Page(document: logoOnly, url: nil).firstHeading?.textContent == "The Ledger Line")
  }

  /// A blog's name as its only `<h1>`, linking to its host written out in
  /// full (not the address the page was saved from), over a post whose
  /// title is an `<h3 class="post-title entry-title">`: the post's title
  /// anchors the search, so the date in the post's footer, inside the
  /// blog's "widget" column, is the post's. A title without that class
  /// leaves the name as the first heading.
  @Test func blogNameOverAPostTitle() throws {
    func page(_ title: String) -> String {
      """
      <html lang="en"><head><title>Marsh notes: Herons back</title></head><body>
      <div class="header"><h1 class="title"><a href="https://marshnotes.blogs.example/">Marsh notes</a></h1></div>
      <div class="widget Blog"><div class="post hentry">\(title)<div class="post-body"><p>\(prose("the herons"))</p>
      <p>\(prose("the lower pool"))</p></div><div class="post-footer">Posted by Helen Gray at
      <abbr class="published" title="2013-04-14T18:22:00+01:00">18:22</abbr></div></div></div></body></html>
      """
    }
    let article = try extract(page("<h3 class=\"post-title entry-title\">Two herons back on the pool</h3>"))
    #expect(article.publishedAt?.hasPrefix("2013-04-14") == true)
    let plain = try HTMLDocument.parse(Array(page("<h3>Two herons back on the pool</h3>").utf8)).document
    #expect(Page(document: plain, url: "https://elsewhere.example/p/1.html").firstHeading?.textContent == "Marsh notes")
  }

  /// Readers' responses under a post are comments: their names and dates
  /// are not the story's; the "Written by" box in the article's own
  /// footer ("postArticle-footer") is, though its class ends in "footer".
  @Test func responsesAreCommentsAndTheArticleFooterIsTheStorys() throws {
    let html = """
      <html lang="en"><head><title>Street</title></head><body><article>
      <h1>What our street learned from a year without parking</h1>
      <p>\(prose("the street"))</p><p>\(prose("the benches"))</p>
      <footer class="postArticle-footer"><div class="postFooter-author"><h2>Written by <a href="/@kimwells">Kim Wells</a></h2></div></footer>
      </article><div class="responsesStream"><h4>Responses</h4><div class="streamItem"><a href="/@dtaylor">Dan Taylor</a>
      <time datetime="2016-10-04T09:12:00Z">Oct 4, 2016</time><p>We tried the same on our road.</p></div></div></body></html>
      """
    let article = try extract(html, url: "https://news.example/p/street")
    #expect(article.authors == ["Kim Wells"])
    #expect(article.publishedAt == nil)
    #expect(Dates.isStorysOwnFooter("c-article-footer"))
    #expect(!Dates.isStorysOwnFooter("related-article-footer"))
    #expect(!Dates.isStorysOwnFooter("site-footer"))
  }

  /// A page saved from an archive names its story by the archived copy's
  /// address; the canonical URL is the original inside it.
  @Test func archivedCanonicalNamesTheOriginal() throws {
    func canonical(_ link: String) throws -> String? {
      let html = """
        <html lang="en"><head><title>Harbour</title><link rel="canonical" href="\(link)"></head><body>
        <h1>Harbour bridge reopens after two years</h1><p>\(prose("the harbour"))</p></body></html>
        """
      return try extract(html).url
    }
    #expect(
      try canonical("https://web.archive.org/web/20110314092233/http://news.example.org/lokales/bus-1.482913")
        == "http://news.example.org/lokales/bus-1.482913")
    #expect(
      try canonical("http://web.archive.org/web/20110314092233im_/http:/news.example.org/a.html")
        == "http://news.example.org/a.html")
    #expect(
      try canonical("https://archive.ph/o/Xq7Rw/https://news.example.org/b.html") == "https://news.example.org/b.html")
    // An archive's own short link names its copy: the page's URL is the story's.
    #expect(try canonical("https://archive.ph/mK2pL") == "https://news.example/2024/05/story.html")
    #expect(try canonical("https://web.archive.org/about/") == "https://news.example/2024/05/story.html")
    #expect(
      try canonical("https://news.example.org/web/2013/http://x.example/")
        == "https://news.example.org/web/2013/http://x.example/")
  }

  /// Copies saved from readers and print views: Firefox's Reader View
  /// credits the writer in "reader-credits"; an export's line leads with
  /// the site's host ("news.example.org · Lucy Hart · May 5, 2013"); a
  /// print view's "| No Comments" after the name is no author.
  @Test func readerAndPrintCopiesCreditTheWriter() throws {
    func authors(_ header: String) throws -> [String] {
      let html = """
        <html lang="en"><head><title>Village shop</title></head><body><div class="page">
        <h1>Village shop saved by community buy-out</h1>\(header)
        <p>\(prose("the shop"))</p><p>\(prose("the shares"))</p></div></body></html>
        """
      return try extract(html).authors
    }
    #expect(try authors(#"<div class="credits reader-credits">Marta Soler</div>"#) == ["Marta Soler"])
    #expect(
      try authors(#"<div class="metadata"><a href="/">news.example.org</a> · Lucy Hart · May 5, 2013</div>"#)
        == ["Lucy Hart"])
    #expect(
      try authors(
        #"<p id="BlogDate">Posted By <u>Sarah Quinn</u> On May 5, 2013 In <u>Business</u> | <u>No Comments</u></p>"#)
        == ["Sarah Quinn"])
    #expect(Byline.isHostName("news.example.org"))
    #expect(!Byline.isHostName("Lucy Hart") && !Byline.isHostName("3.5") && !Byline.isHostName("St. Louis"))
  }
}
