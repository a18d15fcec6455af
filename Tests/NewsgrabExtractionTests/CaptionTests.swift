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
    ] as [(String, String?, String?)])
  func creditIsSplitFromCaption(text: String, caption: String?, credit: String?) {
    let split = Captions.splitCredit(text)
    #expect(split.caption == caption)
    #expect(split.credit == credit)
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
}
