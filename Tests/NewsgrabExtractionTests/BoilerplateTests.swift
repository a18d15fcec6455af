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

  /// Grid-framework words ("column", "columns") rescue no furniture.
  @Test func gridColumnsRescueNothing() throws {
    let comments = try hints(#"<div class="comments-list columns is-multiline">"#)
    #expect(comments.contains(.unlikely) && !comments.contains(.maybeContent))
    #expect(try hints(#"<div class="comments column-content">"#).contains(.maybeContent))
  }

  /// A `hidden` React segment (`id="S:…"`) is shown by its script; any
  /// other `hidden` element is not shown.
  @Test func streamedSegmentsAreNotHidden() throws {
    #expect(!(try hints(#"<div hidden id="S:1a">"#).contains(.hidden)))
    #expect(try hints(#"<div hidden id="Summary">"#).contains(.hidden))
    #expect(try hints(#"<div hidden id="S:">"#).contains(.hidden))
    #expect(try hints(#"<div hidden>"#).contains(.hidden))
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

  /// The words' hints the slow way: every word looked for at every offset
  /// of the lower-cased bytes, `whole` words between non-alphanumerics.
  private static func reference(_ text: [UInt8], _ lists: [([Boilerplate.Word], Hints)]) -> Hints {
    let lower = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var hints: Hints = []
    for (words, wordHints) in lists {
      for word in words where Boilerplate.contains(lower, word.bytes, whole: word.whole) {
        hints.formUnion(wordHints)
      }
    }
    return hints
  }

  @Test func automatonFindsWhatASubstringSearchFinds() {
    // Overlapping words, words inside words, whole words at both ends and
    // beside digits, upper case, non-ASCII bytes and empty input.
    let cases = [
      "", "a", "ad", "ads", "ad-", "-ad-", "xad", "ad9", "AD", "Ads", "read-more", "readmore-ad", "shareshare",
      "sharedaddy", "share sharedaddy", "ad_unit", "social-share-bar", "mostreadmore", "heading-headline",
      "hid", "hidden hid", "com-", "commentary", "teasers", "my-teasers2", "article__body", "ARTICLE-BODY",
      "caf\u{e9}-ad", "\u{e9}ad\u{e9}", "comcomment", "pagepagination", "outbrainx taboola", "sidebar_ad",
    ]
    for text in cases {
      let bytes = Array(text.utf8)
      #expect(Boilerplate.table.scan(bytes[...]) == Self.reference(bytes, Boilerplate.lists), "\(text)")
    }
  }

  @Test func automatonAgreesOnGeneratedClassStrings() {
    // Class strings put together from pieces of the words, separators and
    // noise, with a fixed seed so a failure repeats.
    var pieces = Boilerplate.lists.flatMap { $0.0 }.map { String(decoding: $0.bytes, as: UTF8.self) }
    pieces += pieces.map { String($0.prefix(3)) } + pieces.map { String($0.dropFirst(2)) }
    pieces += ["-", "_", " ", "--", "2", "x", "A", "\u{e9}", "ad", "sh", "re"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<(1 + next(6)) {
        var piece = pieces[next(pieces.count)]
        if next(4) == 0 { piece = piece.uppercased() }
        text += piece
      }
      let bytes = Array(text.utf8)
      #expect(Boilerplate.table.scan(bytes[...]) == Self.reference(bytes, Boilerplate.lists), "\(text)")
    }
  }
}
