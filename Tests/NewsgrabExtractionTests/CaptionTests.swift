import Testing

@testable import NewsgrabExtraction

@Suite struct CaptionTests {
  @Test(
    arguments: [
      (
        "A crowd gathers outside the court. Photo: Jane Doe/Agency", "A crowd gathers outside the court.",
        "Photo: Jane Doe/Agency"
      ),
      ("Flood water in the square (Photograph: Ewan Ross)", "Flood water in the square", "Photograph: Ewan Ross"),
      ("The new bridge at dusk. © City Archive", "The new bridge at dusk.", "© City Archive"),
      ("A photo: the first one ever taken of the valley", "A photo: the first one ever taken of the valley", nil),
      ("Seedlings in their trays (Mia Stone/Studio North)", "Seedlings in their trays", "Mia Stone/Studio North"),
      ("Rainfall in the town (in millimetres)", "Rainfall in the town (in millimetres)", nil),
      ("Der Stadtrat am Dienstag | Bildquelle: Max Muster", "Der Stadtrat am Dienstag", "Bildquelle: Max Muster"),
      ("新しい橋の完成予想図（写真：共同）", "新しい橋の完成予想図", "写真：共同"),
      ("새 다리의 완공 예상도. 사진=연합뉴스", "새 다리의 완공 예상도.", "사진=연합뉴스"),
      // An abbreviated label needs no full stop before it, only its capital.
      ("Nowy tramwaj przy ulicy Leśnej Fot. Jan Nowak", "Nowy tramwaj przy ulicy Leśnej", "Fot. Jan Nowak"),
      ("Nowy tramwaj i fot. archiwalne", "Nowy tramwaj i fot. archiwalne", nil),
      // Labels in scripts without capitals stand on their own after a space,
      // and after Devanagari's full stop.
      ("המגרש שעליו ייבנה המרכז צילום: דני כהן", "המגרש שעליו ייבנה המרכז", "צילום: דני כהן"),
      ("वाचनालय में बैठे पाठक। तस्वीर: विवेक सक्सेना", "वाचनालय में बैठे पाठक।", "तस्वीर: विवेक सक्सेना"),
      ("Η πρόσοψη του θεάτρου Φωτογραφία: Νίκος Αλεξίου", "Η πρόσοψη του θεάτρου", "Φωτογραφία: Νίκος Αλεξίου"),
      ("Atnaujinta aikštė rytą. Nuotr.: Rūta Jonaitė", "Atnaujinta aikštė rytą.", "Nuotr.: Rūta Jonaitė"),
      ("Wakulima wakivuna mpunga. Picha: Hamisi Mwinyi", "Wakulima wakivuna mpunga.", "Picha: Hamisi Mwinyi"),
    ] as [(String, String?, String?)])
  func creditIsSplitFromCaption(text: String, caption: String?, credit: String?) {
    let split = Captions.splitCredit(text)
    #expect(split.caption == caption)
    #expect(split.credit == credit)
  }

  /// A credit classed in camel case ("imageAuthor") is the credit.
  @Test func camelCaseCreditClass() throws {
    let article = try extract(
      """
      <html><body><article><h1>Harbour</h1><p>\(prose("the harbour wall"))</p>
      <figure><img src="/p/wall.jpg" alt="The wall" width="800" height="450">
      <figcaption><span class="imageDescription">Waves break over the wall</span>
      <span class="imageAuthor">Jonas Berg</span></figcaption></figure>
      <p>\(prose("the sea defences"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == "Waves break over the wall")
    #expect(image.credit == "Jonas Berg")
  }

  @Test func figcaptionWithCreditSpan() throws {
    let article = try extract(
      """
      <html><body><article><h1>Harbour</h1><p>\(prose("the harbour wall"))</p>
      <figure><img src="/p/wall.jpg" alt="The wall" width="800" height="450">
      <figcaption>Waves break over the wall. <span class="credit">Jonas Berg/Reuters</span></figcaption></figure>
      <p>\(prose("the sea defences"))</p><p>\(prose("the ferry timetable"))</p></article></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.url == "https://news.example/p/wall.jpg")
    #expect(image.caption == "Waves break over the wall.")
    #expect(image.credit == "Jonas Berg/Reuters")
    #expect(image.alt == "The wall")
    #expect(image.width == 800 && image.height == 450)
    #expect(!article.body.contains("Waves break"), "captions are not body text")
  }

  @Test func captionPrintedAfterTheFigureAndBracketedCredit() throws {
    let article = try extract(
      """
      <html><body><div class="article-body"><p>\(prose("the garden"))</p>
      <figure class="step"><img src="/p/garden.jpg"></figure>
      <figcaption class="small caption">(Mia Stone/Studio)</figcaption>
      <p>\(prose("the allotments"))</p><p>\(prose("the greenhouse"))</p></div></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == nil)
    #expect(image.credit == "Mia Stone/Studio")
  }

  @Test(
    arguments: [
      ("Vue du port au matin. Crédit : Marie Dupont", "Vue du port au matin.", "Crédit : Marie Dupont"),
      ("Widok na port o świcie. Zdjęcie: Jan Nowak", "Widok na port o świcie.", "Zdjęcie: Jan Nowak"),
      ("Satama aamulla. Kuva: Liisa Virtanen", "Satama aamulla.", "Kuva: Liisa Virtanen"),
      ("Voters queue at dawn. AP Photo/Jane Doe", "Voters queue at dawn.", "AP Photo/Jane Doe"),
      ("Fähren warten im Hafen. Jonas Weber/dpa", "Fähren warten im Hafen.", "Jonas Weber/dpa"),
      ("Fans celebrate the title. Sam Hill via Getty Images", "Fans celebrate the title.", "Sam Hill via Getty Images"),
      ("The crowd at the final. Getty Images", "The crowd at the final.", "Getty Images"),
      ("Talks with the news agency dpa", "Talks with the news agency dpa", nil),
      (
        "Zwei Ministerinnen bei der Vorstellung Foto: Felix Roth/imago", "Zwei Ministerinnen bei der Vorstellung",
        "Foto: Felix Roth/imago"
      ),
      ("Das Pflegeheim am Stadtrand © Gemeinde Lienz", "Das Pflegeheim am Stadtrand", "© Gemeinde Lienz"),
      ("The road into Pittsburgh, Pa", "The road into Pittsburgh, Pa", nil),
    ] as [(String, String?, String?)])
  func creditsInOtherLanguagesAndTrailingAgencies(text: String, caption: String?, credit: String?) {
    let split = Captions.splitCredit(text)
    #expect(split.caption == caption)
    #expect(split.credit == credit)
  }

  /// The old layout table: the picture in one row, its caption in the row below.
  @Test func captionInTheTableRowUnderThePicture() throws {
    let article = try extract(
      """
      <html><body><div class="story"><p>\(prose("the mill"))</p>
      <table align="right"><tr><td><img src="/p/looms.jpg" width="250" height="180"></td></tr>
      <tr><td><font size="1">Volunteers restart the looms. (Photo: Dan Pryce)</font></td></tr></table>
      <p>\(prose("the looms"))</p><p>\(prose("the shop"))</p></div></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == "Volunteers restart the looms.")
    #expect(image.credit == "Photo: Dan Pryce")
  }

  /// A picture and one line of text alone in their `div` (and in a cell
  /// after a line break): the line is the caption.
  @Test func lineOfTextInThePicturesOwnBox() throws {
    let article = try extract(
      """
      <html><body><div class="story"><p>\(prose("the harbour"))</p>
      <div class="pic"><img src="/p/boats.jpg" width="600" height="400"><div>Boats moored in the inner harbour</div></div>
      <p>\(prose("the boats"))</p><p>\(prose("the fishermen"))</p></div></body></html>
      """)
    #expect(article.images.first?.caption == "Boats moored in the inner harbour")
  }

  /// A paragraph holding only a picture, then an italic line: the old
  /// hand-made caption. A plain short paragraph after a picture is text.
  @Test func italicLineAfterALonePictureButNotAPlainParagraph() throws {
    let article = try extract(
      """
      <html><body><div class="story"><p>\(prose("the wheel"))</p>
      <p align="center"><img src="/p/wheel.jpg" width="600" height="400"></p>
      <p align="center"><i>The rebuilt water wheel turns again.</i></p>
      <p>\(prose("the engineers"))</p>
      <p><img src="/p/visitors.jpg" width="600" height="400"></p>
      <p>Members were delighted.</p>
      <p>\(prose("the visitors"))</p></div></body></html>
      """)
    #expect(article.images.count == 2)
    #expect(article.images.first?.caption == "The rebuilt water wheel turns again.")
    #expect(article.images.last?.caption == nil, "a plain paragraph after a picture is no caption")
    #expect(article.body.contains("Members were delighted."))
  }

  /// A long paragraph sharing a box with a picture is article text.
  @Test func longParagraphBesideAPictureIsNotItsCaption() throws {
    let article = try extract(
      """
      <html><body><div class="story"><p>\(prose("the dam"))</p>
      <div><img src="/p/dam.jpg" width="600" height="400"><p>\(prose("the reservoir")) \(prose("the valley"))</p></div>
      <p>\(prose("the turbines"))</p></div></body></html>
      """)
    #expect(article.images.first?.caption == nil)
  }

  /// Caption classes in other languages, `itemprop=caption`, `data-caption`
  /// on the figure and the `title` of a link around the picture.
  @Test func captionVocabularyAndAttributes() throws {
    let article = try extract(
      """
      <html><body><div class="story"><p>\(prose("die Fähre"))</p>
      <div class="bild"><img src="/p/a.jpg" width="600" height="400"><span class="bildunterschrift">Die Fähre im Hafen</span></div>
      <p>\(prose("der Hafen"))</p>
      <div class="foto"><img src="/p/b.jpg" width="600" height="400"><span itemprop="caption">El embalse al amanecer</span></div>
      <p>\(prose("la presa"))</p>
      <figure data-caption="Il porto di notte"><img src="/p/c.jpg" width="600" height="400"></figure>
      <p>\(prose("il porto"))</p>
      <p><a href="/p/d-large.jpg" title="The lighthouse after the storm"><img src="/p/d.jpg" width="600" height="400"></a></p>
      <p>\(prose("the lighthouse"))</p></div></body></html>
      """)
    #expect(
      article.images.map(\.caption) == [
        "Die Fähre im Hafen", "El embalse al amanecer", "Il porto di notte", "The lighthouse after the storm",
      ])
    #expect(!article.body.contains("Die Fähre im Hafen"), "a classed caption leaves the body")
  }
}
