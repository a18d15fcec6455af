import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

@Suite struct BoilerplateTests {
  private func hints(_ html: String) throws -> Hints {
    let document = try HTMLDocument.parse(Array(html.utf8)).document
    let node = try #require(document.root.firstDescendant(.div))
    var vocabulary = Boilerplate(document: document)
    return vocabulary.hints(of: node)
  }

  @Test func furnitureWordsInClassOrID() throws {
    #expect(try hints(#"<div class="site-footer">"#).contains(.unlikely))
    #expect(try hints(#"<div id="comments-list">"#).contains(.unlikely))
    #expect(try hints(#"<div class="newsletter-signup">"#).contains(.promo))
    #expect(try hints(#"<div class="ad">"#).contains(.promo))
    #expect(!(try hints(#"<div class="add-on-panel">"#).contains(.promo)), "'ad' is matched as a whole word")
  }

  @Test func contentWordsRescueAndWeigh() throws {
    let main = try hints(#"<div class="main-content sidebar-aware">"#)
    #expect(main.contains(.unlikely) && main.contains(.maybeContent))
    #expect(try hints(#"<div class="entry-content">"#).classWeight == 25)
    #expect(try hints(#"<div class="share-tools" id="article-body">"#).classWeight == 0)
  }

  @Test func shareIsAWholeWord() throws {
    #expect(try hints(#"<div class="share">"#).contains(.share))
    #expect(try hints(#"<div class="social-share-bar">"#).contains(.share))
    #expect(!(try hints(#"<div class="shared-content">"#).contains(.share)))
  }

  @Test func hiddenByStyleAttributeOrAria() throws {
    #expect(try hints(#"<div style="display: none">"#).contains(.hidden))
    #expect(try hints(#"<div style="VISIBILITY:hidden;color:red">"#).contains(.hidden))
    #expect(try hints(#"<div hidden>"#).contains(.hidden))
    #expect(try hints(#"<div aria-hidden="true">"#).contains(.hidden))
    #expect(!(try hints(#"<div style="display:block">"#).contains(.hidden)))
  }

  @Test func captionsCreditsAndRelated() throws {
    #expect(try hints(#"<div class="wp-caption-text">"#).contains(.caption))
    #expect(try hints(#"<div class="image__credit">"#).contains(.credit))
    #expect(try hints(#"<div class="most-read-list">"#).contains(.related))
    #expect(try hints(#"<div itemprop="articleBody">"#).contains(.articleBody))
  }
}
