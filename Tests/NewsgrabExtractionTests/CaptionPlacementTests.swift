import Testing

@testable import NewsgrabExtraction

/// Captions the page prints away from a `<figcaption>` inside the text:
/// a header picture in another size, a JSON-LD description, a credit line
/// above the picture, lazy pictures with a `<noscript>` copy.
@Suite struct CaptionPlacementTests {
  static let story = "<p>\(prose("the tunnel"))</p><p>\(prose("the tolls"))</p><p>\(prose("the buses"))</p>"

  /// A caption in a box no class names, kept by the text: found with its
  /// credit, it is the picture's and leaves the body. Without a credit it
  /// may be the story itself (a photo blog writes under its pictures), and
  /// stays.
  @Test func creditedCaptionInTheTextLeavesTheBody() throws {
    let picture = { (file: String, line: String) in
      "<div class=\"pic\"><img src=\"https://news.example/img/\(file).jpg\" width=\"800\" height=\"500\"><span class=\"img-info\">\(line)</span></div>"
    }
    let article = try extract(
      """
      <html><head><title>Hat festival returns</title></head><body><div class="story-body">
      <p>\(prose("the festival"))</p>
      \(picture("jugglers", "Jugglers on the market square last year. Photo: Anna Weber/Archive"))
      <p>\(prose("the stages"))</p>
      \(picture("crowd", "The crowd waited until midnight for the fire show on the bridge"))
      <p>\(prose("the programme"))</p></div></body></html>
      """)
    let credited = try #require(article.images.first { $0.url.hasSuffix("jugglers.jpg") })
    #expect(credited.caption == "Jugglers on the market square last year.")
    #expect(credited.credit == "Photo: Anna Weber/Archive")
    #expect(!article.body.contains("Jugglers on the market square"))
    #expect(article.body.contains("The crowd waited until midnight"))
  }

  /// A picture, a line break and an italic line in one paragraph: the
  /// hand-made caption. A paragraph of text around a picture has none, and
  /// neither has a paragraph that goes on after its italic line.
  @Test func italicLineInThePicturesParagraph() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title></head><body><div class="story-body">
      <p>\(prose("the tunnel"))</p>
      <p><img src="https://news.example/img/portal.jpg" width="900"><br>
      <i>The north portal on the morning of the opening.</i></p>
      <p>\(prose("the tolls"))</p>
      <p><img src="https://news.example/img/toll.jpg" width="300">The toll booths opened at six and the first queue formed soon after.</p>
      <p><img src="https://news.example/img/bus.jpg" width="900"><br><em>The first bus through.</em> It was late.</p>
      <p><img src="https://news.example/img/queue.jpg" width="900"><br><span>The queue at the toll booths.</span></p>
      <p>\(prose("the buses"))</p></div></body></html>
      """)
    let caption = { (file: String) in article.images.first { $0.url.hasSuffix(file) }?.caption }
    #expect(caption("portal.jpg") == "The north portal on the morning of the opening.")
    #expect(caption("toll.jpg") == nil)
    #expect(caption("bus.jpg") == nil)
    // A line in plain type is not set apart as a caption.
    #expect(caption("queue.jpg") == nil)
  }

  /// A picture in a definition list's term, its caption in the description.
  @Test func pictureAndCaptionInADefinitionList() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title></head><body><div class="story-body">
      <dl><dt><img src="https://news.example/img/portal.jpg" width="500" height="330"></dt>
      <dd>The north portal on the morning of the opening.</dd></dl>\(Self.story)</div></body></html>
      """)
    #expect(article.images.first?.caption == "The north portal on the morning of the opening.")
  }

  /// The header shows the lead picture at another size; its `srcset`
  /// lists the file the metadata declares.
  @Test func leadPictureListedInTheSrcset() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title>
      <meta property="og:image" content="https://news.example/img/2405/184627-442866-442863.jpg"></head><body>
      <div class="hero-header"><h1>Tunnel opens</h1><figure class="hero">
      <img src="https://news.example/img/2405/184627-442864-442863_rc.jpg" alt="The portal"
      srcset="https://news.example/img/2405/184627-442864-442863_rc.jpg 1x, https://news.example/img/2405/184627-442866-442863.jpg 1.5x">
      <figcaption>The new portal on the north bank at dawn.</figcaption></figure></div>
      <div class="story-body">\(Self.story)</div></body></html>
      """)
    #expect(article.leadImage?.caption == "The new portal on the north bank at dawn.")
  }

  /// Each picture's sizes live in a folder named after it; the header
  /// shows another size from the same folder.
  @Test func leadPictureInAnotherSizeOfItsFolder() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title>
      <meta property="og:image" content="https://img.news.example/2024/tunnel-opens-north-bank-image-group/wide__822x462">
      </head><body><div class="hero-header"><h1>Tunnel opens</h1><figure class="lead">
      <img src="https://img.news.example/2024/tunnel-opens-north-bank-image-group/wide__980x551" alt="">
      <figcaption><span class="figure__text">Queues at the toll booths on the first morning.</span></figcaption>
      </figure></div><div class="story-body">\(Self.story)</div></body></html>
      """)
    #expect(article.leadImage?.caption == "Queues at the toll booths on the first morning.")
  }

  /// A lead picture with no caption on the page takes the one its JSON-LD
  /// `ImageObject` gives (a Yoast-style graph node of its own).
  @Test func leadCaptionFromTheStructuredImageObject() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title>
      <meta property="og:image" content="https://news.example/uploads/tunnel-portal.jpg?fit=2500">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Tunnel opens","datePublished":"2024-05-02T08:00:00Z"},
      {"@type":"ImageObject","@id":"https://news.example/#primaryimage",
       "url":"https://news.example/uploads/tunnel-portal.jpg?fit=2500","caption":"Cyclists ride through the new tunnel."}
      ]}</script></head><body><h1>Tunnel opens</h1><div class="story-body">\(Self.story)</div></body></html>
      """)
    #expect(article.leadImage?.caption == "Cyclists ride through the new tunnel.")
  }

  /// A credit line set above the picture, its caption below, in one box.
  @Test func captionBelowAPictureWithItsCreditAbove() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title></head><body><article><h1>Tunnel opens</h1>
      <div class="story-body"><p>\(prose("the tunnel"))</p><div class="pic"><span class="small-print">Foto: Lena Ruiz</span>
      <img src="/img/tunnel-queue.jpg" width="1088" alt="">
      <div class="text-base">Drivers queue at the north portal on the first morning</div></div>
      <p>\(prose("the tolls"))</p><p>\(prose("the buses"))</p></div></article></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == "Drivers queue at the north portal on the first morning")
  }

  /// A picture's own "img-share" class (a picture readers can share) does
  /// not make it a share bar.
  @Test func aPictureClassedForSharingIsStillAPicture() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title></head><body><article><h1>Tunnel opens</h1>
      <div class="story-body"><p>\(prose("the tunnel"))</p><figure>
      <img src="https://news.example/img/tunnel-mural.jpg" width="800" height="450" class="img-share" alt="">
      <figcaption>A mural by pupils of the harbour school lines the footpath</figcaption></figure>
      <p>\(prose("the tolls"))</p><p>\(prose("the buses"))</p></div></article></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == "A mural by pupils of the harbour school lines the footpath")
  }

  /// A lazy picture with its `<noscript>` copy is one picture: the caption
  /// after its box is still its own.
  @Test func lazyPictureWithANoscriptCopyKeepsItsCaption() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens</title></head><body><article><h1>Tunnel opens</h1>
      <div itemprop="articleBody"><p>\(prose("the tunnel"))</p>
      <div class="img-group"><div class="pic"><div class="image-wrap">
      <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
      data-src="https://news.example/img/tunnel-lights.jpg" width="634" height="400" class="border" alt="">
      </div><noscript><img src="https://news.example/img/tunnel-lights.jpg" width="634" height="400" alt=""></noscript>
      </div><p class="imageCaption">The lights inside the tunnel change colour at night</p></div>
      <p>\(prose("the tolls"))</p><p>\(prose("the buses"))</p></div></article></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.url == "https://news.example/img/tunnel-lights.jpg")
    #expect(image.caption == "The lights inside the tunnel change colour at night")
  }

  /// A lead picture in a `<div>` box between the headline and the text
  /// (no `<figure>`), with its caption and credit in the box, is listed
  /// with both; a portrait linking to the author's page is not.
  @Test func leadPictureInADivBoxBeforeTheText() throws {
    let article = try extract(
      """
      <html lang="id"><head><title>Bus sekolah</title></head><body><div class="read">
      <h1 class="read__title">Pemkot tambah armada bus sekolah gratis</h1>
      <div class="sc-95b60818-2"><a href="/penulis/dewi-lestari"><img src="https://news.example/img/dewi.jpg" alt="Dewi Lestari"></a></div>
      <div class="photo"><img src="https://news.example/img/bus.jpg" width="640" height="426" alt="">
      <div class="photo__caption">Sejumlah pelajar menaiki bus sekolah gratis di depan balai kota.<br>
      <span class="photo__credit">FOTO: Rudi Hartono</span></div></div>
      <div class="read__text">\(Self.story)</div></div></body></html>
      """)
    #expect(article.images.map(\.url) == ["https://news.example/img/bus.jpg"])
    #expect(article.images.first?.caption == "Sejumlah pelajar menaiki bus sekolah gratis di depan balai kota.")
    #expect(article.images.first?.credit?.hasSuffix("Rudi Hartono") == true)
  }

  /// A picture's box the text locator kept as one of its containers (its
  /// caption reads as a paragraph) is still the picture's box: the line
  /// under the picture is its caption.
  @Test func captionInAPictureBoxKeptAsAContainer() throws {
    let article = try extract(
      """
      <html lang="es"><head><title>Paseo</title></head><body><div class="noticia">
      <h1>Las obras del paseo avanzan</h1>
      <div class="foto"><img src="https://news.example/img/paseo.jpg" width="620" height="413" alt="">
      <p>Operarios trabajan en el tramo central del paseo este miércoles.</p></div>
      <div class="cuerpo">\(Self.story)</div></div></body></html>
      """)
    let image = try #require(article.images.first)
    #expect(image.caption == "Operarios trabajan en el tramo central del paseo este miércoles.")
  }

  /// A lead picture in a `<div>` box that links to its own larger file
  /// ("click to enlarge") is still the story's picture.
  @Test func leadPictureLinkingItsOwnFile() throws {
    let article = try extract(
      """
      <html lang="en"><head><title>Tunnel</title></head><body><div class="story">
      <h1>The tunnel opens to cyclists</h1>
      <div class="photo"><a href="https://news.example/img/tunnel-large.JPG?v=2"><img src="https://news.example/img/tunnel.jpg" width="640" height="426" alt=""></a>
      <div class="photo-text">Cyclists wait at the tunnel entrance on the first morning.</div></div>
      <div class="text">\(Self.story)</div></div></body></html>
      """)
    #expect(article.images.map(\.url) == ["https://news.example/img/tunnel.jpg"])
    #expect(article.images.first?.caption == "Cyclists wait at the tunnel entrance on the first morning.")
  }

  /// Between the headline and the text, a box whose picture has no words
  /// beside it (a teaser's thumbnail, a badge) or whose words are linked
  /// (a byline box linking its writer) is no lead picture's box.
  @Test func silentOrLinkedPictureBoxesAreNoLeadPictures() throws {
    func images(_ box: String) throws -> [String] {
      try extract(
        """
        <html lang="en"><head><title>Tunnel</title></head><body><div class="story">
        <h1>The tunnel opens to cyclists</h1>\(box)
        <div class="text">\(Self.story)</div></div></body></html>
        """
      ).images.map(\.url)
    }
    let picture = #"<img src="https://news.example/img/tunnel.jpg" width="640" height="426" alt="">"#
    #expect(try images("<div class=\"pic\">\(picture)</div>").isEmpty)
    #expect(
      try images(
        "<div class=\"who\">\(picture)<p>Jane Doe, April 19, 2020. <a href=\"https://social.example/jd\">Follow me</a></p></div>"
      )
      .isEmpty)
    #expect(
      try images("<div class=\"pic\">\(picture)<p>Cyclists wait at the tunnel entrance.</p></div>")
        == ["https://news.example/img/tunnel.jpg"])
  }
}
