import Testing

@testable import NewsgrabExtraction

/// Section and tags of a page with no keyword or section tag: the links a
/// blog's template marks `rel="category tag"` and `rel="tag"` in the post,
/// not those of a sidebar.
@Suite("Topic links")
struct TopicLinksTests {
  static let html = """
    <html lang="en"><head><title>Harbour plans</title></head><body>
    <article><h1>Harbour plans approved</h1>
    <p class="postmeta">Filed under <a href="/category/local/" rel="category tag">Local News</a></p>
    <p>\(prose("the harbour"))</p><p>\(prose("the ferry timetable"))</p>
    <p class="post-tags"><a href="/tag/ferries/" rel="tag">Ferries</a>, <a href="/tag/north-quay/" rel="tag">North Quay</a>,
    <a href="/tag/ferries/" rel="tag">ferries</a></p></article>
    <aside class="sidebar"><a href="/tag/weather/" rel="tag">Weather</a>
    <a href="/category/sport/" rel="category tag">Sport</a></aside></body></html>
    """

  @Test func categoryAndTagLinksOfThePost() throws {
    let article = try extract(Self.html, url: "https://news.example/harbour/plans.html")
    #expect(article.section == "Local News")
    #expect(article.provenance["section"] == "dom:rel-category")
    #expect(article.tags == ["Ferries", "North Quay"])
    #expect(article.provenance["tags"] == "dom:rel-tag")
  }

  @Test func tagLinksWithoutACategory() throws {
    let html = Self.html.replacingOccurrences(of: #" rel="category tag""#, with: "")
    let article = try extract(html, url: "https://news.example/harbour/plans.html")
    #expect(article.section == nil)
    #expect(article.tags == ["Ferries", "North Quay"])
    // A tag word in any case; a page whose rel= never says "tag" has none.
    #expect(try extract(html.replacingOccurrences(of: #"rel="tag""#, with: #"rel="Tag""#)).tags.count == 2)
    #expect(try extract(html.replacingOccurrences(of: #"rel="tag""#, with: #"rel="nofollow""#)).tags.isEmpty)
  }

  @Test func metaKeywordsStillComeFirst() throws {
    let html = Self.html.replacingOccurrences(
      of: "</title>", with: "</title><meta name=\"keywords\" content=\"harbour, council\">")
    #expect(try extract(html, url: "https://news.example/harbour/plans.html").tags == ["harbour", "council"])
  }
}
