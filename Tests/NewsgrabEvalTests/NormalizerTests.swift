import Testing

@testable import NewsgrabEval

@Suite struct NormalizerTests {
  @Test func textStripsSurroundingQuotesAndPunctuationOnly() {
    #expect(Normalizer.text("  “Breaking:  News,\n now!” ") == "breaking: news, now")
    #expect(Normalizer.text("'Quoted'") == "quoted")
    #expect(Normalizer.text("«Le Monde»") == "le monde")
    #expect(Normalizer.text("...") == "")
  }

  @Test func textAppliesNFKCAndCasefold() {
    #expect(Normalizer.text("Straße") == Normalizer.text("STRASSE"))
    #expect(Normalizer.text("ﬁnal ＡＢＣ") == "final abc")
    #expect(Normalizer.text("ΟΔΟΣ") == Normalizer.text("οδος"))
  }

  @Test func authorDropsLeadingBy() {
    #expect(Normalizer.author("By  Jane   DOE") == "jane doe")
    #expect(Normalizer.author("by jane doe") == "jane doe")
    #expect(Normalizer.author("Byron Smith") == "byron smith")
  }

  @Test func captionTurnsPunctuationIntoSpaces() {
    #expect(Normalizer.caption("Paris, at night—(Reuters/AP)") == "paris at night reuters ap")
  }

  @Test func primaryLanguageSubtag() {
    #expect(Normalizer.primaryLanguage("pt-BR") == "pt")
    #expect(Normalizer.primaryLanguage(" EN_us ") == "en")
    #expect(Normalizer.primaryLanguage("de") == "de")
    #expect(Normalizer.primaryLanguage("") == "")
  }

  @Test func urlDropsSchemeQueryFragmentAndDecodesPath() {
    let expected = "//example.com/img/a b.jpg"
    #expect(Normalizer.url("HTTPS://Example.COM/img/a%20b.jpg?w=1&h=2#top") == expected)
    #expect(Normalizer.url("http://example.com/img/a b.jpg") == expected)
    #expect(Normalizer.url("//example.com/img/a%20b.jpg") == expected)
    // The path keeps its case; only the host is folded.
    #expect(Normalizer.url("http://example.com/IMG/a.jpg") != Normalizer.url("http://example.com/img/a.jpg"))
    // Relative URLs stay relative (and never match an absolute truth).
    #expect(Normalizer.url("img/a.jpg?x") == "img/a.jpg")
  }
}
