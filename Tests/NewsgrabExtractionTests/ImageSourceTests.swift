import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

@Suite struct ImageSourceTests {
  private func img(_ html: String) throws -> HTMLNode {
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    return try #require(document.root.firstDescendant(.img))
  }

  @Test func largestWidthWinsInSrcset() {
    let srcset = "/a-400.jpg 400w, /a-1600.jpg 1600w, /a-800.jpg 800w"
    #expect(ImageSource.largest(inSrcset: srcset) == "/a-1600.jpg")
  }

  @Test func largestDensityWinsAndBareCandidateIsOneX() {
    #expect(ImageSource.largest(inSrcset: "/b.jpg, /b@3x.jpg 3x, /b@2x.jpg 2x") == "/b@3x.jpg")
  }

  @Test func commasInsideCandidateURLsAreKept() {
    // Image CDNs put commas in paths: a candidate only ends at a comma after its descriptor.
    let srcset = "https://cdn.example/w_400,c_fill/p.jpg 400w, https://cdn.example/w_1200,c_fill/p.jpg 1200w"
    #expect(ImageSource.largest(inSrcset: srcset) == "https://cdn.example/w_1200,c_fill/p.jpg")
  }

  @Test func lazyImageTakesLargestDataSrcsetOverStub() throws {
    let node = try img(
      #"<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/m-800.jpg" data-srcset="/m-400.jpg 400w, /m-1600.jpg 1600w">"#
    )
    #expect(ImageSource.url(of: node) == "/m-1600.jpg")
  }

  @Test func lazyAttributeUsedWhenThereIsNoSrcset() throws {
    #expect(ImageSource.url(of: try img(#"<img src="/img/blank.gif" data-lazy-src="/m.jpg">"#)) == "/m.jpg")
    #expect(ImageSource.url(of: try img(#"<img data-original="/o.jpg">"#)) == "/o.jpg")
  }

  @Test func realSrcIsKeptAsWritten() throws {
    let node = try img(#"<img src="/m-640.jpg" srcset="/m-640.jpg 640w, /m-1280.jpg 1280w">"#)
    #expect(ImageSource.url(of: node) == "/m-640.jpg")
  }

  @Test func inlinePicturesAreKeptUnlessSpacers() throws {
    #expect(ImageSource.url(of: try img(#"<img src="data:image/jpeg;embedded=1,">"#)) == "data:image/jpeg;embedded=1,")
    #expect(ImageSource.url(of: try img(#"<img src="data:image/gif;embedded=2,">"#)) == nil)
    #expect(
      ImageSource.url(of: try img(#"<img src="data:image/jpeg;embedded=1," data-src="/real.jpg">"#)) == "/real.jpg")
  }

  /// "//:0" is a template's empty `src`: the address its loader keeps in
  /// an attribute of its own ("data-li-src") is the picture.
  @Test func hostlessSourceGivesWayToTheLoadersAttribute() throws {
    #expect(ImageSource.isPlaceholder("//:0"))
    #expect(!ImageSource.isPlaceholder("//cdn.example/p.jpg"))
    let node = try img(#"<img data-li-src="https://media.example/p/ferry.jpg" src="//:0">"#)
    #expect(ImageSource.url(of: node) == "https://media.example/p/ferry.jpg")
    // Only an absolute address: a loader's relative or empty value is no picture.
    #expect(ImageSource.url(of: try img(#"<img data-li-src="ferry" src="//:0">"#)) == nil)
  }

  @Test func hostlessSchemeRelativeAddressResolvesToNothing() throws {
    let document = try HTMLDocument.parse(Array("<html><head></head><body></body></html>".utf8)).document
    let resolver = URLResolver(document: document, pageURL: "https://news.example/a/b.html")
    #expect(resolver.resolve("//:0") == nil)
    #expect(resolver.resolve("//") == nil)
    #expect(resolver.resolve("//cdn.example/p.jpg") == "https://cdn.example/p.jpg")
    #expect(resolver.resolve("/p.jpg") == "https://news.example/p.jpg")
  }

  @Test func placeholdersAreRecognised() {
    #expect(ImageSource.isPlaceholder("data:image/gif;base64,R0lGODlhAQABAAAAACw="))
    #expect(ImageSource.isPlaceholder("/static/placeholder.png"))
    #expect(ImageSource.isPlaceholder("https://x.example/spacer.gif"))
    #expect(!ImageSource.isPlaceholder("https://x.example/photos/harbour.jpg"))
  }

  @Test func decorationsAreRejected() throws {
    #expect(
      ImageSource.isDecoration(url: "https://t.example/pixel.gif?id=1", node: try img(#"<img width="1" height="1">"#)))
    #expect(ImageSource.isDecoration(url: "/a/jane.jpg", node: try img(#"<img class="author-avatar">"#)))
    #expect(ImageSource.isDecoration(url: "/static/site-logo.png", node: try img("<img>")))
    #expect(!ImageSource.isDecoration(url: "/photos/harbour.jpg", node: try img(#"<img width="800" height="450">"#)))
  }

  /// A tracker's word inside a site's own name is no tracker: "freebeacon.com"
  /// serves its own pictures, "beacon.example-stats.net" counts visits.
  @Test func trackerWordsAreBoundedBySiteNames() throws {
    let plain = try img("<img>")
    #expect(!ImageSource.isDecoration(url: "https://eveningbeacon.example/uploads/ferry.jpg", node: plain))
    #expect(!ImageSource.isDecoration(url: "https://analyticsweekly.example/uploads/chart.png", node: plain))
    #expect(ImageSource.isDecoration(url: "https://beacon.example-stats.net/b.gif?id=4", node: plain))
    #expect(ImageSource.isDecoration(url: "https://t.example/beacon?id=4", node: plain))
    #expect(ImageSource.isDecoration(url: "https://www.google-analytics.com/collect?v=1", node: plain))
    #expect(!ImageSource.isDecoration(url: "https://pixelmag.example/uploads/lens.jpg", node: plain))
    // A host's word in the path is a file's name: the story's picture of a tracking firm.
    #expect(!ImageSource.isDecoration(url: "https://news.example/photos/quantserve-offices.jpg", node: plain))
    #expect(ImageSource.isDecoration(url: "http://pixel.wp.com/b.gif?v=noscript", node: plain))
    #expect(ImageSource.isDecoration(url: "//pixel.wp.com/b.gif", node: plain))
    #expect(ImageSource.isDecoration(url: "https://www.facebook.com/tr?id=1&ev=PageView", node: plain))
    #expect(!ImageSource.isDecoration(url: "https://news.example/tr/images/harbour.jpg", node: plain))
    #expect(ImageSource.isDecoration(url: "/ads/banner-300.jpg", node: plain))
  }

  @Test func byteReadingOfSrcsetMatchesTheCharacterReading() {
    let srcsets = [
      "", " ", ",", ", ,", "/a.jpg", "/a.jpg 2x", "/a.jpg 2X, /b.jpg 640W", " /a.jpg  400w ,/b.jpg\t800w\t",
      "/a.jpg,/b.jpg", "/a.jpg, /b.jpg,", "https://cdn.example/w_400,c_fill/p.jpg 400w, /q.jpg 1x",
      "/a.jpg\r\n400w,\r\n/b.jpg 800w", "/a.jpg \u{0B}400w", "/a.jpg 400w junk, /b.jpg", "/a.jpg ,400w",
      "data:image/png;base64,iVBORw0KGgo= 1x, /b.jpg 2x", "/a.jpg 1.5x,/b.jpg   \t 3x  ", "/a.jpg 400w\n,/b.jpg",
      "/a.jpg\u{0C}2x", ",,/a.jpg,,", "/a.jpg 100w , , /b.jpg",
    ]
    for srcset in srcsets {
      let bytes = ImageSource.asciiCandidates(in: srcset)
      let characters = ImageSource.characterCandidates(in: srcset)
      #expect(bytes?.map(\.url) == characters.map(\.url), "\(srcset)")
      #expect(bytes?.map(\.descriptor) == characters.map(\.descriptor), "\(srcset)")
    }
    #expect(ImageSource.asciiCandidates(in: "/caf\u{E9}.jpg 2x") == nil, "other text is read by characters")
  }

  @Test func byteImageKeyMatchesTheCharacterKey() {
    let urls = [
      "", "?", "??", "#", "?#", "a?#b", "??x", "x??", "https://Cdn.Example/A.JPG?w=1#top", "//cdn.example/a.jpg",
      "/a.jpg?x#y", "http://a/b#c?d", "https://a/?q", "https://a/#f", "https://?#", "data:image/png;base64,AbC?=",
      "HTTPS://EXAMPLE.COM/Pic.png", "a://b://c?d", ":/", "://", "x:/y?z",
    ]
    for url in urls {
      #expect(LeadImage.asciiImageKey(url) == LeadImage.characterImageKey(url), "\(url)")
    }
    #expect(LeadImage.asciiImageKey("https://b\u{FC}cher.example/a.jpg") == nil, "other text is read by characters")
  }
}
