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
}
