import Testing

@testable import NewsgrabExtraction

@Suite("Leftover character references in metadata")
struct HTMLEntitiesTests {
  @Test func decodesDoubleAndTripleEscapes() {
    #expect("Tips &amp;amp; tricks".decodingLeftoverEntities() == "Tips & tricks")
    #expect("Tips &amp;amp;amp; tricks".decodingLeftoverEntities() == "Tips & tricks")
    #expect("It&#8217;s &#x201C;here&#x201D;".decodingLeftoverEntities() == "It’s “here”")
    #expect("&quot;Quoted&quot; &lt;b&gt;".decodingLeftoverEntities() == "\"Quoted\" <b>")
  }

  @Test func referencesFrom128To159AreWindows1252() {
    #expect("Wal-Mart&#146;s".decodingLeftoverEntities() == "Wal-Mart’s")
    #expect("&#145;a&#146; &#147;b&#148;".decodingLeftoverEntities() == "‘a’ “b”")
    #expect("1&#150;2&#133; &#128;5 &#x92;&#X96;".decodingLeftoverEntities() == "1–2… €5 ’–")
  }

  @Test func leavesPlainAmpersandsAndUnknownNamesAlone() {
    #expect("AT&T and R&D".decodingLeftoverEntities() == "AT&T and R&D")
    #expect("&bogus; stays".decodingLeftoverEntities() == "&bogus; stays")
    #expect("a & b;".decodingLeftoverEntities() == "a & b;")
  }

  @Test func readsBytesBesideOtherScripts() {
    // Names are at most nine bytes before ";"; text in other scripts around
    // a reference (or inside a would-be name) is copied as it is.
    #expect("Café &amp;amp; thé, 東京&#x2019;s".decodingLeftoverEntities() == "Café & thé, 東京’s")
    #expect("&toolongname; &#8217x;".decodingLeftoverEntities() == "&toolongname; &#8217x;")
    #expect("&é; and &東;".decodingLeftoverEntities() == "&é; and &東;")
    #expect("ends with &".decodingLeftoverEntities() == "ends with &")
    #expect("&amp".decodingLeftoverEntities() == "&amp")
    // A name is letters, digits and "#": the "&D" of "R&D" starts none, so
    // the "&amp;" after it is still read.
    #expect("R&D &amp; more".decodingLeftoverEntities() == "R&D & more")
    #expect("AT&T&amp;Co".decodingLeftoverEntities() == "AT&T&Co")
  }
}

@Suite("Byte-wise substring tests")
struct FastTextTests {
  @Test func findsAndMissesSubstrings() {
    #expect("article-byline author".hasSubstring("byline"))
    #expect("byline".hasSubstring("byline"))
    #expect(!"by".hasSubstring("byline"))
    #expect(!"withsidebar".hasSubstring("-sidebar"))
    #expect("日本語の記事".hasSubstring("記事"))
    #expect("x".hasSubstring(""))
    #expect("story__info__item".hasAnySubstring(["date", "info"]))
    #expect(!"story".hasAnySubstring(["date", "info"]))
  }
}
