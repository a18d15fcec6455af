import Testing

@testable import NewsgrabExtraction

@Suite("Space-separated token lists")
struct TokenListTests {
  /// What the byte scan replaced.
  static func reference(_ list: String, _ token: String) -> Bool {
    list.split(separator: " ").contains { $0 == token }
  }

  static let lists = [
    "headline", "author", "name headline", "headline name", "  headline  ", "headlines", "sub-headline", "headlin",
    "Headline", "author name", "authorname", "a author", "", " ", "x  y", "headline\tname", "head line",
    "headline\u{301}", "h\u{E9}adline headline", " \u{301}headline", "headline \u{301}", "\r\nheadline",
    "caf\u{E9} author", "author\u{300}",
  ]

  @Test(arguments: lists)
  func answersAsSplittingDid(list: String) {
    for token in ["headline", "author", "name", "a", ""] {
      #expect(TokenList.contains(list, token) == Self.reference(list, token), "\(list.debugDescription) \(token)")
    }
  }

  @Test func findsWholeItemsOnly() {
    #expect(TokenList.contains("name headline", "headline"))
    #expect(TokenList.contains("  author  ", "author"))
    #expect(!TokenList.contains("headlines", "headline"))
    #expect(!TokenList.contains("sub headlin", "headline"))
    #expect(!TokenList.contains("Headline", "headline"))
    #expect(!TokenList.contains("headline", ""))
    // A combining mark after the space joins it: one item, not "headline".
    #expect(!TokenList.contains("x \u{301}headline", "headline"))
    #expect(TokenList.contains("x headline \u{301}y", "headline") == Self.reference("x headline \u{301}y", "headline"))
  }
}
