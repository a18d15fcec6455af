import Testing

@testable import NewsgrabEval

/// Expected token lists are CPython 3.11's `re.findall(r'\w+', text)`.
@Suite struct WordTokenizerTests {
  @Test func splitsOnEverythingButLettersDigitsAndUnderscore() {
    #expect(WordTokenizer.tokens("Hello, world_1 2x! it's a—b") == ["Hello", "world_1", "2x", "it", "s", "a", "b"])
    #expect(WordTokenizer.tokens("") == [])
    #expect(WordTokenizer.tokens(" \n ...") == [])
  }

  @Test func keepsCaseAndPrecomposedLetters() {
    #expect(WordTokenizer.tokens("Naïve CAFÉ über") == ["Naïve", "CAFÉ", "über"])
  }

  @Test func treatsEveryLetterCategoryAsWord() {
    // Lo (CJK, kana), Lm (ー is Lm): one run, as in Python.
    #expect(WordTokenizer.tokens("日本語のテキスト、ゲーム。") == ["日本語のテキスト", "ゲーム"])
    #expect(WordTokenizer.tokens("Привет мир") == ["Привет", "мир"])
  }

  @Test func treatsNumericCharactersAsWord() {
    // No (½, ²) and Nl (Ⅻ, 〇) have numeric values: str.isalnum() is true.
    #expect(WordTokenizer.tokens("½ ² Ⅻ 〇 ٣") == ["½", "²", "Ⅻ", "〇", "٣"])
  }

  @Test func combiningMarksSplitWordsAsInPythonRe() {
    // Python's re \w excludes Mn/Mc: re.findall(r'\w+', 'नमस्ते') == ['नमस', 'त'],
    // and a decomposed é splits 'école' into ['e', 'cole'].
    #expect(WordTokenizer.tokens("नमस्ते") == ["नमस", "त"])
    #expect(WordTokenizer.tokens("e\u{301}cole") == ["e", "cole"])
  }
}
