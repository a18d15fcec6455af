import NewsgrabExtraction
import NewsgrabInput
import Testing

@testable import NewsgrabArchive

@Suite("Article identity")
struct IdentityTests {
  @Test("URLs that name the same story normalise to one key")
  func sameStory() {
    let forms = [
      "https://www.example.com/news/story-1",
      "http://example.com/news/story-1/",
      "https://EXAMPLE.com/news/story-1#comments",
      "https://example.com:443/news/story-1?utm_source=feed&utm_medium=rss",
      "https://example.com/news/story-1?fbclid=abc",
    ]
    let keys = Set(forms.compactMap(Identity.normalise))
    #expect(keys == ["example.com/news/story-1"])
  }

  @Test("query parameters that name the article are kept")
  func meaningfulQuery() {
    #expect(Identity.normalise("https://example.com/article.php?id=42") == "example.com/article.php?id=42")
    #expect(
      Identity.normalise("https://example.com/article.php?id=42")
        != Identity.normalise("https://example.com/article.php?id=43"))
  }

  @Test("not a web URL: no identity from it")
  func notWeb() {
    #expect(Identity.normalise("file:///home/me/page.html") == nil)
    #expect(Identity.normalise("page.html") == nil)
    #expect(Identity.normalise("") == nil)
  }

  @Test("canonical URL first, then the saved URL, then the text")
  func order() {
    let page = InputPage(name: "a.html", bytes: [], url: "https://saved.example/a")
    let withURL = Make.article(url: "https://canonical.example/a", headline: "A", body: "x")
    #expect(Identity.of(withURL, page: page) == Identity(key: "canonical.example/a", kind: "url"))
    let withoutURL = Make.article(headline: "A", body: "x")
    #expect(Identity.of(withoutURL, page: page) == Identity(key: "saved.example/a", kind: "saved-url"))
    let bare = InputPage(name: "a.html", bytes: [])
    let hashed = Identity.of(withoutURL, page: bare)
    #expect(hashed.kind == "text-hash")
    // Whitespace and case do not change the text identity.
    let respaced = Make.article(headline: "a", body: "  X ")
    #expect(Identity.of(respaced, page: bare) == hashed)
  }

  @Test("content hash ignores whitespace but not words")
  func contentHash() {
    let a = Make.article(headline: "Rates rise", body: "The bank raised rates.\n\nMarkets fell.")
    let b = Make.article(headline: "Rates  rise", body: "The bank raised rates.\n\n  Markets fell.")
    let c = Make.article(headline: "Rates rise", body: "The bank raised rates.\n\nMarkets rose.")
    #expect(Identity.contentHash(a) == Identity.contentHash(b))
    #expect(Identity.contentHash(a) != Identity.contentHash(c))
  }
}

@Suite("Identity of pages with nothing extracted")
struct EmptyIdentityTests {
  @Test("two different pages that yield no text are two articles, not versions of one")
  func emptyPages() {
    let empty = Make.article(headline: "", body: "")
    let a = Identity.of(empty, page: InputPage(name: "a.html", bytes: Array("<html>a</html>".utf8)))
    let b = Identity.of(empty, page: InputPage(name: "b.html", bytes: Array("<html>b</html>".utf8)))
    #expect(a.kind == "page-hash" && b.kind == "page-hash")
    #expect(a != b)
  }
}
