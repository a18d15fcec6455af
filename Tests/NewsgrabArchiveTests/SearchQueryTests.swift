import Testing

@testable import NewsgrabArchive

@Suite("Search query translation")
struct SearchQueryTests {
  @Test(
    "user syntax becomes quoted FTS5",
    arguments: [
      ("election", #""election""#),
      ("council election", #""council" AND "election""#),
      (#""prime minister" resigns"#, #""prime minister" AND "resigns""#),
      ("rates OR inflation", #"("rates" OR "inflation")"#),
      ("bank rates OR inflation", #""bank" AND ("rates" OR "inflation")"#),
      ("a OR b OR c", #"("a" OR "b" OR "c")"#),
      ("election -local", #"("election") NOT ("local")"#),
      ("election NOT local -mayor", #"("election") NOT ("local" OR "mayor")"#),
      ("elect*", #""elect"*"#),
      (#""prime min"*"#, #""prime min"*"#),
      ("council AND election", #""council" AND "election""#),
      ("(council) election", #""council" AND "election""#),
      ("or not and", #""or" AND "not" AND "and""#),
    ])
  func translation(input: String, match: String) throws {
    #expect(try SearchQuery(input).match == match)
  }

  @Test(
    "FTS5 and SQL syntax in the input stays literal text",
    arguments: [
      "headline:secret", "NEAR(a b)", "^start", #"a" OR 1=1; DROP TABLE article; --"#, "x'); DELETE FROM page; --",
      "{headline body}: x", "a:b:c", "\\\"", "a+b", "é*", "日本語", "nul\u{0}inside", "\u{1B}[2J",
    ])
  func literal(input: String) throws {
    let query: SearchQuery
    do {
      query = try SearchQuery(input + " word")
    } catch {
      // An unbalanced quote is refused in words; anything else is a failure.
      #expect(error == .malformedQuery("a quoted phrase has no closing \""))
      return
    }
    // Every term is inside double quotes: no bare operator or column filter.
    let outside = query.match.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 0 }.map(\.element).joined()
    #expect(outside.allSatisfy { " ()*ANDOT".contains($0) }, "unquoted text: \(outside)")
  }

  @Test(
    "malformed queries are one clear message",
    arguments: [
      (#""open phrase"#, "a quoted phrase has no closing \""),
      ("-only", "say what to search for, not only what to exclude"),
      ("NOT this", "say what to search for, not only what to exclude"),
      ("OR alone", "OR needs a word or phrase on each side"),
      ("left OR", "OR needs a word or phrase on each side"),
      ("a OR OR b", "OR needs a word or phrase on each side"),
      ("a NOT", "NOT needs a word or phrase after it"),
      ("", "nothing to search for"),
      ("*** ---", "nothing to search for"),
    ])
  func malformed(input: String, reason: String) {
    #expect(throws: ArchiveError.malformedQuery(reason)) { try SearchQuery(input) }
  }

  @Test(
    "the headline group's expressions: what is looked for, and what is excluded",
    arguments: [
      ("election", #""election""#, nil),
      ("bank rates OR inflation", #""bank" AND ("rates" OR "inflation")"#, nil),
      ("election -local NOT \"city hall\"", #""election""#, #""local" OR "city hall""#),
      (#""prime min"*"#, #""prime min"*"#, nil),
    ])
  func headlineMatch(input: String, included: String, excluded: String?) throws {
    let query = try SearchQuery(input)
    #expect(query.headlineMatch == included)
    #expect(query.exclusionMatch == excluded)
  }

  @Test(
    "only common words: every included word and phrase is a function word, never a prefix",
    arguments: [
      ("their", true), (#""of the""#, true), (#""it's the""#, true), ("you OR we", true), ("the -election", true),
      ("THE", true), ("the election", false), (#""the original""#, false), ("the*", false),
      ("their OR election", false), ("election", false),
    ])
  func onlyCommonWords(input: String, common: Bool) throws {
    #expect(try SearchQuery(input).hasOnlyCommonWords == common)
  }

  @Test("a pasted document is refused, not sent to FTS5")
  func tooManyTerms() {
    let words = (0..<100).map { "word\($0)" }.joined(separator: " ")
    #expect(throws: ArchiveError.malformedQuery("too many words (at most 64)")) { try SearchQuery(words) }
  }
}
