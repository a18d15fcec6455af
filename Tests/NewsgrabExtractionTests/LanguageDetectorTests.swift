import Testing

@testable import NewsgrabExtraction

@Suite("Language detection")
struct LanguageDetectorTests {
  @Test(arguments: [
    (
      "en",
      "The council said on Thursday that the new bridge would be open to traffic by the end of the year, and that it was working with the builders."
    ),
    (
      "de",
      "Die Stadt will in den kommenden Jahren mehr Radwege bauen, das hat der Gemeinderat am Dienstag mit großer Mehrheit beschlossen."
    ),
    (
      "fr",
      "La ville a annoncé mardi que les travaux du nouveau pont seront terminés avant la fin de l'année, selon le maire."
    ),
    (
      "es",
      "El ayuntamiento anunció el martes que las obras del nuevo puente estarán terminadas antes de que acabe el año."
    ),
    (
      "it",
      "Il comune ha annunciato che i lavori del nuovo ponte saranno conclusi entro la fine dell'anno, secondo il sindaco."
    ),
    (
      "pt",
      "A prefeitura anunciou que as obras da nova ponte serão concluídas até o fim do ano, segundo o prefeito da cidade."
    ),
    (
      "nl",
      "De gemeente heeft dinsdag laten weten dat de werkzaamheden aan de nieuwe brug voor het einde van het jaar klaar zijn."
    ),
    ("ru", "Городские власти заявили во вторник, что строительство нового моста будет завершено до конца года."),
    ("ja", "町の中心にある古い郵便局の建物を改装し、約八千冊の本をそろえた図書館が一日に開館した。"),
    ("zh", "这个约会软件想用你和对方的相似好恶来帮你找对象，开发者表示已经有十万用户注册。"),
    ("ar", "أعلنت البلدية يوم الثلاثاء أن أعمال الجسر الجديد ستنتهي قبل نهاية العام الحالي."),
    ("he", "העירייה הודיעה ביום שלישי כי העבודות על הגשר החדש יסתיימו לפני סוף השנה."),
    ("ko", "시청은 화요일 새 다리 공사가 연말 전에 끝날 것이라고 발표했다고 밝혔다."),
  ])
  func detects(code: String, text: String) {
    #expect(LanguageDetector.detect(text)?.code == code)
  }

  @Test func saysNothingAboutTooLittleText() {
    #expect(LanguageDetector.detect("Home") == nil)
  }

  @Test func makesDeclaredTagsValidBCP47() {
    #expect(Language.normalise("en-UK") == "en-GB")
    #expect(Language.normalise("EN-us") == "en-US")
    #expect(Language.normalise("en_US.UTF-8") == "en-US")
    #expect(Language.normalise("de-DE-1996") == "de-DE-1996")
    #expect(Language.normalise("sl-rozaj") == "sl-rozaj")
    #expect(Language.normalise("en-") == "en")
    #expect(Language.normalise("en-x-custom") == "en")
    #expect(Language.normalise("en-US-x") == "en-US")
    #expect(Language.normalise("deu") == "de")
    #expect(Language.normalise("fre-FR") == "fr-FR")
    #expect(Language.normalise("iw") == "he")
    #expect(Language.normalise("utf-8") == nil)
    #expect(Language.normalise("undefined") == nil)
    #expect(Language.normalise("x") == nil)
  }

  static let spanish = String(
    repeating: "El ayuntamiento anunció el martes que las obras del nuevo puente estarán terminadas antes de que "
      + "acabe el año, y que los vecinos podrán cruzar el río sin dar un rodeo por la carretera de la costa. ",
    count: 4)
  static let english = String(
    repeating: "The council said on Thursday that the new bridge would be open to traffic by the end of the "
      + "year, and that it was working with the builders to keep the road along the coast open. ",
    count: 4)

  @Test func textContradictsAStockDeclaration() {
    #expect(LanguageDetector.contradiction(of: "en", in: Self.spanish) == "es")
    #expect(LanguageDetector.contradiction(of: "es", in: Self.spanish) == nil)
    #expect(LanguageDetector.contradiction(of: "en", in: Self.english) == nil)
    // A declaration the detector has no words for is never overruled.
    #expect(LanguageDetector.contradiction(of: "vi", in: Self.spanish) == nil)
    // Placeholder Latin hits French and Danish words alike: no clear language.
    let lorem = String(
      repeating: "Sed diam voluptua, eos et at vero accusam, stet clita kasd gubergren. Lorem ipsum dolor sit amet, "
        + "labore et dolore magna aliquyam erat, consetetur sadipscing elitr. Et justo duo dolores et ea rebum, no "
        + "sea takimata sanctus est, sed diam nonumy eirmod tempor invidunt ut. ",
      count: 3)
    #expect(LanguageDetector.contradiction(of: "en", in: lorem) == nil)
    // A Spanish quote inside English text is no contradiction.
    #expect(LanguageDetector.contradiction(of: "en", in: Self.english + Self.spanish.prefix(200)) == nil)
  }

  @Test func normalisesDeclaredTags() {
    #expect(Language.normalise("en_US") == "en-US")
    #expect(Language.normalise("DE-de") == "de-DE")
    #expect(Language.normalise("zh-hant-tw") == "zh-Hant-TW")
    #expect(Language.normalise("x-default") == nil)
    #expect(Language.normalise("und") == nil)
  }
}
