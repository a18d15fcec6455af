import Hummingbird
import Testing

@testable import NewsgrabServe

@Suite struct WordDiffTests {
  func render(_ segments: [WordDiff.Segment]) -> String {
    segments.map {
      switch $0.kind {
      case .same: $0.text
      case .added: "{+\($0.text)+}"
      case .removed: "[-\($0.text)-]"
      }
    }.joined(separator: " ")
  }

  @Test func identicalTextsAreOneSameSegment() {
    #expect(WordDiff.diff("a b c", "a b c") == [WordDiff.Segment(kind: .same, text: "a b c")])
  }

  @Test func aChangedWordIsRemovedThenAdded() {
    #expect(
      render(WordDiff.diff("the budget of four million", "the budget of five million"))
        == "the budget of [-four-] {+five+} million")
  }

  @Test func insertionsAndDeletionsInTheMiddle() {
    #expect(render(WordDiff.diff("a b c d e f", "a c d x e f")) == "a [-b-] c d {+x+} e f")
    #expect(render(WordDiff.diff("", "new words")) == "{+new words+}")
    #expect(render(WordDiff.diff("old words", "")) == "[-old words-]")
  }

  @Test func paragraphBreaksAreKept() {
    let segments = WordDiff.diff("One.\n\nTwo", "One.\n\nTwo and three.")
    #expect(render(segments) == "One.\n\nTwo {+and three.+}", "\(segments)")
    #expect(segments.first?.text.hasPrefix("One.\n\n") == true)
  }

  @Test func hugeRewritesFallBackToWholeRuns() {
    let old = (0..<3000).map { "o\($0)" }.joined(separator: " ")
    let new = (0..<3000).map { "n\($0)" }.joined(separator: " ")
    let segments = WordDiff.diff("same " + old, "same " + new)
    #expect(segments.map(\.kind) == [.same, .removed, .added])
  }

  @Test func everyEditScriptRebuildsBothTexts() {
    let pairs = [
      ("a b c a b b a", "c b a b a c"), ("x y z", "y z x"), ("a a a", "a"), ("one two", "three four five"),
    ]
    for (old, new) in pairs {
      let segments = WordDiff.diff(old, new)
      let before = segments.filter { $0.kind != .added }.map(\.text).joined(separator: " ")
      let after = segments.filter { $0.kind != .removed }.map(\.text).joined(separator: " ")
      #expect(before == old, "\(old) → \(new)")
      #expect(after == new, "\(old) → \(new)")
    }
    // Myers finds the shortest script: "abcabba" → "cbabac" takes five edits.
    let edits = WordDiff.diff("a b c a b b a", "c b a b a c").filter { $0.kind != .same }
      .map { $0.text.split(separator: " ").count }.reduce(0, +)
    #expect(edits == 5)
  }
}

@Suite struct SafeLinkTests {
  @Test func httpAndHttpsPass() {
    #expect(SafeLink.http("https://example.org/a?b=c") == "https://example.org/a?b=c")
    #expect(SafeLink.http("  HTTP://Example.org/ ") == "HTTP://Example.org/")
  }

  @Test func everythingElseIsDropped() {
    for hostile in [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/x", "/relative",
      "https://exa mple.org", "https:///nohost", "http://example.org/\u{202E}gpj", "file:///etc/passwd", "",
      "ftp://example.org/file",
    ] {
      #expect(SafeLink.http(hostile) == nil, "\(hostile)")
    }
    #expect(SafeLink.http(nil) == nil)
    #expect(SafeLink.http("https://example.org/" + String(repeating: "a", count: SafeLink.maximumLength)) == nil)
  }
}

@Suite struct RequestPathTests {
  @Test func plainPathsPass() {
    #expect(RequestLimits<BasicRequestContext>.isPlainPath("/articles/12/original"))
    #expect(RequestLimits<BasicRequestContext>.isPlainPath("/"))
  }

  @Test func climbingPathsAreRefused() {
    for path in [
      "/../etc/passwd", "/static/..", "/a/./b", "/%2e%2e/x", "/%2E%2E/x", "/a%2fb", "/a%5cb", "/a\\b", "/a%00",
    ] {
      #expect(!RequestLimits<BasicRequestContext>.isPlainPath(path), "\(path)")
    }
  }
}

@Suite struct QueryStringTests {
  @Test func formEncodingRoundTrips() {
    let query = QueryString("q=%22prime+minister%22+-resign&source=BBC%20News&empty=&q=second")
    #expect(query["q"] == "\"prime minister\" -resign")
    #expect(query["source"] == "BBC News")
    #expect(query["empty"] == nil)
    #expect(QueryString.encode([("q", "a b&c"), ("x", nil)]) == "q=a+b%26c")
    #expect(QueryString(QueryString.encode([("q", "é \"x\" <y>")]))["q"] == "é \"x\" <y>")
  }
}

@Suite struct MonthChartTests {
  @Test func barsScaleToTheBusiestMonth() {
    let chart = MonthChart([("2024-11", 5), ("2024-12", 10), ("2025-01", 1)])
    #expect(chart.bars.count == 3)
    #expect(chart.bars[1].height == "216.0")
    #expect(chart.bars[0].height == "108.0")
    #expect(chart.bars[0].label == "2024-11: 5 articles")
    #expect(chart.years.map(\.year) == ["2024", "2025"])
  }

  @Test func emptyMonthsAreFilledIn() {
    let chart = MonthChart([("2023-11", 1), ("2024-02", 2)])
    #expect(
      chart.bars.map(\.label) == [
        "2023-11: 1 article", "2023-12: 0 articles", "2024-01: 0 articles", "2024-02: 2 articles",
      ])
    #expect(chart.bars[1].height == "0.0")
  }
}

@Suite struct TemplateModelTests {
  /// What swift-mustache's own lookup gives for `name`: the labelled field,
  /// an optional unwrapped.
  func mirrorValue(_ model: Any, _ name: String) -> String {
    guard let value = Mirror(reflecting: model).children.first(where: { $0.label == name })?.value else { return "nil" }
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return String(describing: value) }
    return mirror.children.first.map { String(describing: $0.value) } ?? "nil"
  }

  @Test("a model yields each field by its name, as Mirror does, and nothing for other names")
  func fieldsByName() {
    let figures = [
      ReaderView.Figure(
        alt: "Ferry", caption: nil, credit: "Photo: A. Lee", link: nil, host: nil, size: "4 × 3", lead: true),
      ReaderView.Figure(
        alt: nil, caption: "The quay", credit: nil, link: "https://a.example/i.jpg", host: "a.example",
        size: nil, lead: false),
    ]
    for figure in figures {
      for case let label? in Mirror(reflecting: figure).children.map(\.label) {
        let byName = figure.child(named: label).map { String(describing: $0) } ?? "nil"
        #expect(byName == mirrorValue(figure, label), "\(label)")
      }
      #expect(figure.child(named: "headline") == nil)
      #expect(figure.child(named: "") == nil)
    }
    // Another type with the same field names keeps its own positions.
    let option = ReaderView.Option(value: "2", selected: true)
    #expect(option.child(named: "value") as? String == "2" && option.child(named: "selected") as? Bool == true)
    #expect(figures[0].child(named: "lead") as? Bool == true)
  }
}
