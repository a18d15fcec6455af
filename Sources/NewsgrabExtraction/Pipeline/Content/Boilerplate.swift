import NewsgrabHTML

/// What an element's `class`, `id`, `role` and visibility say about it.
///
/// Computed once per element from raw attribute bytes (no String per node,
/// no regex): every later phase reads these bits instead of the attributes.
struct Hints: OptionSet, Sendable {
  let rawValue: UInt32

  /// Layout furniture: menus, footers, comments, social widgets, sidebars.
  static let unlikely = Hints(rawValue: 1 << 0)
  /// Words that rescue an `unlikely` element ("content", "article", "main", …).
  static let maybeContent = Hints(rawValue: 1 << 1)
  static let positiveClass = Hints(rawValue: 1 << 2)
  static let negativeClass = Hints(rawValue: 1 << 3)
  static let positiveID = Hints(rawValue: 1 << 4)
  static let negativeID = Hints(rawValue: 1 << 5)
  /// Share bars ("share", "sharing", "sharedaddy").
  static let share = Hints(rawValue: 1 << 6)
  /// Bylines and datelines (`rel=author`, `itemprop=author`, "byline", …).
  static let byline = Hints(rawValue: 1 << 7)
  /// Picture captions ("caption", "cutline", …).
  static let caption = Hints(rawValue: 1 << 8)
  /// Picture credits ("credit", "copyright", "photographer", …).
  static let credit = Hints(rawValue: 1 << 9)
  /// Related-story blocks ("related", "most-read", "recommended", "more-stories", …).
  static let related = Hints(rawValue: 1 << 10)
  /// Not shown to readers (`hidden`, `display:none`, `aria-hidden`).
  static let hidden = Hints(rawValue: 1 << 11)
  /// ARIA roles of page furniture (navigation, menu, dialog, complementary, …).
  static let furnitureRole = Hints(rawValue: 1 << 12)
  /// Boxes readers skip: newsletters, cookie banners, ads, paywall prompts.
  static let promo = Hints(rawValue: 1 << 13)
  /// Marked as the article text by the page (`itemprop=articleBody`, …).
  static let articleBody = Hints(rawValue: 1 << 14)
  /// Titles and labels ("title", "heading", "header", "label").
  static let title = Hints(rawValue: 1 << 15)
  /// A class string that may hold a hiding utility class ("hidden",
  /// "d-none"…): `Boilerplate.classHides` then reads its tokens.
  static let hidingWord = Hints(rawValue: 1 << 16)

  /// +25 / −25 per positive or negative word in class and id, as a
  /// readability-style class weight.
  var classWeight: Int {
    var weight = 0
    if contains(.negativeClass) { weight -= 25 }
    if contains(.positiveClass) { weight += 25 }
    if contains(.negativeID) { weight -= 25 }
    if contains(.positiveID) { weight += 25 }
    return weight
  }
}

/// The class/id vocabulary of page furniture, matched on lower-cased bytes.
///
/// The word lists follow the vocabulary that readability-style extractors
/// have converged on over a decade of real pages, extended with the boxes
/// news pages add (newsletter sign-ups, cookie banners, "most read" rails).
struct Boilerplate {
  /// A word to look for; `whole` requires non-alphanumeric bytes (or the
  /// ends) on both sides, so "share" does not match "shared-content".
  struct Word {
    let bytes: [UInt8]
    let whole: Bool
    init(_ text: String, whole: Bool = false) {
      bytes = Array(text.utf8)
      self.whole = whole
    }
  }

  static let unlikely: [Word] = [
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
    "pagination", "pager", "popup", "yom-remote", "newsletter", "cookie", "outbrain", "taboola",
  ].map { Word($0) }

  /// Readability's list without "column": grid frameworks (Bulma,
  /// Foundation, Bootstrap's `column`/`columns`) put it on every box, so it
  /// rescued comment lists and menus laid out in a grid, never an article.
  static let maybeContent: [Word] = ["and", "article", "body", "content", "main", "mathjax", "shadow"]
    .map { Word($0) }

  static let positive: [Word] = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
    "blog", "story",
  ].map { Word($0) }

  static let negative: [Word] =
    [
      "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
      "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
      "shopping", "tags", "widget", "newsletter", "taboola",
      // Lists of other stories: "article" in their name is no sign of one
      // (on the corpora no box so named, dash or camel case, held the story).
      "list-article", "article-list", "articlelist", "articles-list", "articleslist", "news-list", "newslist",
      "teaser-list", "teaserlist", "stories-list",
      // Fact and info boxes set beside the story (on fundus 14 of 16 held
      // no story text; a data table keeps its own exemption).
      "factbox", "fact-box", "infobox", "info-box", "faktenbox", "infokasten",
    ].map { Word($0) } + [Word("hid", whole: true)]

  static let share: [Word] = [
    Word("share", whole: true), Word("sharedaddy", whole: true), Word("sharing"),
    Word("social-share"), Word("share-bar"), Word("sharebar"), Word("share-tools"), Word("share-buttons"),
    Word("addthis"), Word("sharethis"), Word("share-this"),
    // "article-social", "social-bar": the same bar named for its networks
    // (of 280 boxes so named on the corpora, the 6 holding story text were
    // whole articles, far above the share bar's 500 characters).
    Word("social"),
  ]

  static let byline: [Word] = ["byline", "author", "dateline", "writtenby", "p-author"].map { Word($0) }

  /// Caption classes in English and, as newsrooms name them, in German,
  /// Spanish, Italian, Dutch, Polish, Czech, Finnish, the Nordic languages,
  /// French (with and without its accent) and Turkish. "popis" occurs
  /// inside other words, so it counts only as a whole word; a bare "pie"
  /// is left out (charts).
  static let caption: [Word] =
    [
      "caption", "cutline", "legend", "figure-text", "image-text", "img-desc", "photo-desc", "bildunterschrift",
      "bildtext", "pie-de-foto", "piedefoto", "pie-foto", "pie_foto", "pie-de-imagen", "leyenda",
      "didascalia", "onderschrift", "bijschrift", "podpis", "kuvateksti", "billedtekst", "bildetekst", "légende",
      "altyazi", "fotoaltyazi",
    ].map { Word($0) } + [Word("popis", whole: true)]

  static let credit: [Word] = [
    "credit", "copyright", "photographer", "attribution", "courtesy", "image-source", "img-source", "photo-source",
    "image__source", "imagesource", "rights",
    // The picture's author ("image--author", "photo-author"), no byline.
    "image-author", "image--author", "image__author", "photo-author", "photo--author", "photo__author",
    "img-author", "foto-autor", "foto-author",
    // The same names written in camel case ("imageAuthor", "photoCredit" is "credit").
    "imageauthor", "photoauthor",
  ].map { Word($0) }

  static let related: [Word] =
    [
      "related", "more-on", "moreon", "more-from", "morefrom", "more-stories", "morestories", "most-read",
      "mostread", "most-popular", "mostpopular", "most-viewed", "mostviewed", "recommend", "read-more",
      "readmore", "also-read", "alsoread", "you-may-like", "youmaylike", "trending", "further-reading",
      "outbrain", "taboola", "zergnet", "read-next", "readnext", "up-next", "more-news", "morenews",
      // "related", "see also", "read also" as other languages' newsrooms name the box.
      "see-also", "seealso", "noticias-relacionadas", "articulos-relacionados", "articoli-correlati",
      "ilgili-haber", "mehr-zum-thema", "mehrzumthema", "lesen-sie-auch", "auch-interessant", "lire-aussi",
      "leer-mas", "leggi-anche", "lees-ook", "les-ogsa", "las-ocksa", "czytaj-tez",
    ].map { Word($0) } + [Word("teasers", whole: true)]
    // Bare words only as whole words: "f-imagenRelacionada" is a picture.
    + [
      "relacionadas", "relacionados", "relacionats", "correlati", "gerelateerd", "verwandte", "powiazane",
      "souvisejici",
    ].map { Word($0, whole: true) }

  static let promo: [Word] =
    [
      "newsletter", "subscribe", "subscription", "signup", "sign-up", "cookie", "consent", "promo", "marketing",
      "barrier", "regwall", "upsell",
      "advert", "ad-slot", "adslot", "ad-container", "ad-wrapper", "adwrapper", "ad-unit", "adunit", "dfp",
      "gpt-ad", "sponsored",
    ].map { Word($0) } + [
      Word("ad", whole: true), Word("ads", whole: true),
    ]
    // The subscription prompt over the text. A bare "paywall" class also
    // marks the covered paragraphs themselves, so only the box names count.
    + ["paywall-prompt", "paywall-modal", "paywall-bar", "paywall-barrier", "paywall-message", "paywall-offer"]
    .map { Word($0) }

  static let furnitureRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo",
  ]

  /// Attribute numbers of one document, looked up once.
  struct Names {
    let `class`: UInt16?
    let id: UInt16?
    let style: UInt16?
    let hidden: UInt16?
    let ariaHidden: UInt16?
    let role: UInt16?
    let rel: UInt16?
    let itemprop: UInt16?

    init(_ document: HTMLDocument) {
      `class` = document.nameNumber("class")
      id = document.nameNumber("id")
      style = document.nameNumber("style")
      hidden = document.nameNumber("hidden")
      ariaHidden = document.nameNumber("aria-hidden")
      role = document.nameNumber("role")
      rel = document.nameNumber("rel")
      itemprop = document.nameNumber("itemprop")
    }
  }

  let names: Names
  private var buffer: [UInt8] = []

  init(document: HTMLDocument) {
    names = Names(document)
    buffer.reserveCapacity(256)
  }

  /// The hints of one element.
  mutating func hints(of node: HTMLNode) -> Hints {
    var hints: Hints = []
    var classText: ArraySlice<UInt8> = []
    var idText: ArraySlice<UInt8> = []
    var style: ArraySlice<UInt8>?
    var ariaHidden: ArraySlice<UInt8>?
    var role: ArraySlice<UInt8>?
    var rel: ArraySlice<UInt8>?
    var itemprop: ArraySlice<UInt8>?
    var hidden = false
    // One pass over the attributes; most elements have none of these.
    node.forEachAttribute { name, value in
      switch name {
      case names.class: classText = value
      case names.id: idText = value
      case names.style: style = value
      case names.ariaHidden: ariaHidden = value
      case names.role: role = value
      case names.rel: rel = value
      case names.itemprop: itemprop = value
      case names.hidden: hidden = true
      default: break
      }
    }
    if !classText.isEmpty || !idText.isEmpty {
      // Class and id are weighed separately (±25 each), and pooled for the rest.
      let fromClass = classText.isEmpty ? [] : Self.table.scan(classText)
      let fromID = idText.isEmpty ? [] : Self.table.scan(idText)
      let weights: Hints = [.positiveClass, .negativeClass]
      hints.formUnion(fromClass.union(fromID).subtracting(weights))
      hints.formUnion(fromClass.intersection(weights))
      if fromID.contains(.positiveClass) { hints.insert(.positiveID) }
      if fromID.contains(.negativeClass) { hints.insert(.negativeID) }
    }
    if hidden, !Self.isStreamedSegment(idText) { hints.insert(.hidden) }
    if hints.contains(.hidingWord), Self.classHides(classText) { hints.insert(.hidden) }
    if let value = ariaHidden, value.elementsEqual("true".utf8) {
      // Wrappers of lazy images are sometimes aria-hidden but shown.
      load(classText)
      if !Self.contains(buffer, Self.fallbackImage, whole: false) { hints.insert(.hidden) }
    }
    if let value = style, Self.hidesElement(value) { hints.insert(.hidden) }
    if let value = role {
      let role = String(decoding: value, as: UTF8.self).lowercased()
      if Self.furnitureRoles.contains(role) { hints.insert(.furnitureRole) }
      if role == "article" || role == "main" { hints.insert(.articleBody) }
    }
    if let value = rel, value.elementsEqual("author".utf8) { hints.insert(.byline) }
    if let value = itemprop {
      load(value)
      if Self.contains(buffer, Self.author, whole: false) { hints.insert(.byline) }
      if Self.contains(buffer, Self.articleBody, whole: false) { hints.insert(.articleBody) }
      if Self.contains(buffer, Self.captionProperty, whole: false) { hints.insert(.caption) }
    }
    return hints
  }

  static let articleBodyWords: [Word] = [
    Word("articlebody"), Word("article-body"), Word("article__body"),
    Word("article_body"), Word("story-body"), Word("storybody"), Word("entry-content"), Word("post-content"),
    Word("article-content"), Word("article__content"), Word("story-content"),
  ]

  /// Every word list in one Aho–Corasick automaton: one pass over a class
  /// string, one table step per byte, finds all of them at once. Upper-case
  /// ASCII is folded into the same steps, so raw attribute bytes are
  /// scanned without a lower-cased copy, and a page's thousands of class
  /// strings need no per-string cache.
  struct Table {
    /// A `whole` word that ends in a state: checked for word boundaries
    /// when the scan reaches that state.
    struct WholeWord {
      let length: Int
      let hints: Hints
    }

    /// Byte → symbol: each byte the words use gets its own (its upper-case
    /// form the same one), every other byte is 0 and leads back to the start.
    private let symbols: [UInt8]
    private let symbolCount: Int
    /// `state * symbolCount + symbol` → next state.
    private let transitions: [UInt16]
    /// Per state: the hints of every plain word ending there.
    private let found: [Hints]
    /// Per state: its whole words, `wholeWords[wholeStart[s]..<wholeStart[s + 1]]`.
    private let wholeStart: [Int32]
    private let wholeWords: [WholeWord]

    init(_ lists: [([Word], Hints)]) {
      var symbols = [UInt8](repeating: 0, count: 256)
      var symbolCount = 1
      for (words, _) in lists {
        for word in words {
          for byte in word.bytes where symbols[Int(byte)] == 0 {
            precondition(!(byte >= 0x41 && byte <= 0x5A), "words are written in lower case")
            symbols[Int(byte)] = UInt8(symbolCount)
            if byte >= 0x61 && byte <= 0x7A { symbols[Int(byte - 0x20)] = UInt8(symbolCount) }
            symbolCount += 1
          }
        }
      }
      // The trie of all words, with what ends at each node.
      var children: [[Int]] = [Array(repeating: -1, count: symbolCount)]
      var found: [Hints] = [[]]
      var whole: [[WholeWord]] = [[]]
      for (words, hints) in lists {
        for word in words {
          var state = 0
          for byte in word.bytes {
            let symbol = Int(symbols[Int(byte)])
            if children[state][symbol] < 0 {
              children[state][symbol] = children.count
              children.append(Array(repeating: -1, count: symbolCount))
              found.append([])
              whole.append([])
            }
            state = children[state][symbol]
          }
          if word.whole {
            whole[state].append(WholeWord(length: word.bytes.count, hints: hints))
          } else {
            found[state].formUnion(hints)
          }
        }
      }
      // Breadth first: each state falls back to its longest proper suffix
      // that is also in the trie, and inherits what ends there.
      precondition(children.count <= Int(UInt16.max), "the automaton's states fit in 16 bits")
      var transitions = [UInt16](repeating: 0, count: children.count * symbolCount)
      var fallback = [Int](repeating: 0, count: children.count)
      var queue: [Int] = []
      for symbol in 0..<symbolCount where children[0][symbol] >= 0 {
        transitions[symbol] = UInt16(children[0][symbol])
        queue.append(children[0][symbol])
      }
      var head = 0
      while head < queue.count {
        let state = queue[head]
        head += 1
        found[state].formUnion(found[fallback[state]])
        whole[state].append(contentsOf: whole[fallback[state]])
        for symbol in 0..<symbolCount {
          let fallbackNext = Int(transitions[fallback[state] * symbolCount + symbol])
          let child = children[state][symbol]
          if child >= 0 {
            fallback[child] = fallbackNext
            transitions[state * symbolCount + symbol] = UInt16(child)
            queue.append(child)
          } else {
            transitions[state * symbolCount + symbol] = UInt16(fallbackNext)
          }
        }
      }
      var wholeStart: [Int32] = [0]
      var wholeWords: [WholeWord] = []
      for words in whole {
        wholeWords.append(contentsOf: words)
        wholeStart.append(Int32(wholeWords.count))
      }
      self.symbols = symbols
      self.symbolCount = symbolCount
      self.transitions = transitions
      self.found = found
      self.wholeStart = wholeStart
      self.wholeWords = wholeWords
    }

    /// The hints of every word found in `haystack` (ASCII case ignored).
    func scan(_ haystack: ArraySlice<UInt8>) -> Hints {
      var hints: Hints = []
      let k = symbolCount
      haystack.withUnsafeBufferPointer { bytes in
        symbols.withUnsafeBufferPointer { symbols in
          transitions.withUnsafeBufferPointer { transitions in
            found.withUnsafeBufferPointer { found in
              wholeStart.withUnsafeBufferPointer { wholeStart in
                var state = 0
                for i in 0..<bytes.count {
                  state = Int(transitions[state &* k &+ Int(symbols[Int(bytes[i])])])
                  hints.formUnion(found[state])
                  let first = Int(wholeStart[state])
                  let last = Int(wholeStart[state &+ 1])
                  guard first < last else { continue }
                  for word in wholeWords[first..<last] {
                    let start = i + 1 - word.length
                    let before = start == 0 || !Boilerplate.isAlphanumeric(bytes[start - 1])
                    let after = i + 1 == bytes.count || !Boilerplate.isAlphanumeric(bytes[i + 1])
                    if before && after { hints.formUnion(word.hints) }
                  }
                }
              }
            }
          }
        }
      }
      return hints
    }
  }

  /// Each word list with the hint it gives.
  static let lists: [([Word], Hints)] = [
    (unlikely, .unlikely), (maybeContent, .maybeContent), (positive, .positiveClass), (negative, .negativeClass),
    (share, .share), (byline, .byline), (caption, .caption), (credit, .credit), (related, .related),
    (promo, .promo), (articleBodyWords, .articleBody), (titleWords, .title), (hidingWords, .hidingWord),
  ]

  /// Substrings of the utility classes that hide an element; `classHides`
  /// checks the whole tokens.
  static let hidingWords: [Word] = ["hid", "d-none", "invisible", "sr-only", "offscreen", "screen-reader"].map {
    Word($0)
  }

  /// Utility classes that hide an element in CSS frameworks (Bootstrap's
  /// `hidden`/`d-none`, Tailwind's `hidden`/`invisible`, `is-hidden`,
  /// `hide`). On the five corpora every box of text so classed (about 150)
  /// was furniture: paywall and sign-in prompts, menus, cookie notices, ads.
  /// Text kept for screen readers only (`sr-only`, `visually-hidden`,
  /// WordPress's `screen-reader-text`, `h-offscreen`) is not on the page
  /// either: "Box aufklappen", "Opens in a new window", "Advertisement".
  static let hidingClasses: [[UInt8]] = [
    "hidden", "hide", "is-hidden", "d-none", "invisible", "sr-only", "visually-hidden", "visuallyhidden",
    "u-visually-hidden", "screen-reader-text", "screen-reader-only", "offscreen", "h-offscreen", "element-invisible",
  ].map { Array($0.utf8) }
  /// Display values that a responsive class (`lg:block`, `d-md-flex`)
  /// restores at some screen size: the element is shown on desktops then.
  static let displayValues: [[UInt8]] = ["block", "flex", "grid", "inline", "table", "contents"].map { Array($0.utf8) }

  /// Whether a class string hides its element: one token is a hiding
  /// utility class and no responsive token shows it again.
  static func classHides(_ classText: ArraySlice<UInt8>) -> Bool {
    var hides = false
    var start = classText.startIndex
    let end = classText.endIndex
    while start < end {
      while start < end, classText[start] <= 0x20 { start += 1 }
      var stop = start
      while stop < end, classText[stop] > 0x20 { stop += 1 }
      guard start < stop else { break }
      let token = classText[start..<stop]
      if hidingClasses.contains(where: { equalsIgnoringCase(token, $0) }) {
        hides = true
      } else if showsResponsively(token) {
        return false
      }
      start = stop
    }
    return hides
  }

  /// `lg:block`, `md:inline-flex` (Tailwind) or `d-md-block` (Bootstrap).
  static func showsResponsively(_ token: ArraySlice<UInt8>) -> Bool {
    let colon = token.lastIndex(of: UInt8(ascii: ":"))
    let bootstrap = token.count > 5 && token.starts(with: "d-".utf8) && token.dropFirst(2).contains(UInt8(ascii: "-"))
    guard colon != nil || bootstrap else { return false }
    let valueStart = colon.map { token.index(after: $0) } ?? token.index(after: token.lastIndex(of: UInt8(ascii: "-"))!)
    var value = token[valueStart...]
    // "inline-block", "inline-flex": the display family is the first word.
    if let dash = value.firstIndex(of: UInt8(ascii: "-")), colon != nil { value = value[..<dash] }
    return displayValues.contains { equalsIgnoringCase(value, $0) }
  }

  static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ word: [UInt8]) -> Bool {
    bytes.count == word.count
      && zip(bytes, word).allSatisfy { pair in (pair.0 >= 0x41 && pair.0 <= 0x5A ? pair.0 | 0x20 : pair.0) == pair.1 }
  }

  static let table = Table(lists)

  static let titleWords: [Word] = ["title", "heading", "header", "label", "headline"].map { Word($0) }

  static let fallbackImage = Array("fallback-image".utf8)
  static let author = Array("author".utf8)
  static let articleBody = Array("articlebody".utf8)
  static let captionProperty = Array("caption".utf8)
  static let displayNone = Array("display:none".utf8)
  static let visibilityHidden = Array("visibility:hidden".utf8)

  private mutating func load(_ bytes: ArraySlice<UInt8>) {
    buffer.removeAll(keepingCapacity: true)
    append(bytes)
  }

  private mutating func append(_ bytes: ArraySlice<UInt8>) {
    for byte in bytes { buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
  }

  /// Whether an element is a server-streamed segment: React sends each
  /// late part of a page as `<div hidden id="S:…">` at the end of the body,
  /// and its inline script (`$RC("B:…", "S:…")`) moves it into its place
  /// and shows it. Readers see the text; only the attribute says hidden.
  static func isStreamedSegment(_ id: ArraySlice<UInt8>) -> Bool {
    id.count > 2 && id.first == UInt8(ascii: "S") && id.dropFirst().first == UInt8(ascii: ":")
  }

  /// Whether an inline style hides the element (`display:none`, `visibility:hidden`).
  static func hidesElement(_ style: ArraySlice<UInt8>) -> Bool {
    var compact: [UInt8] = []
    compact.reserveCapacity(style.count)
    for byte in style where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
      compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }
    return contains(compact, displayNone, whole: false) || contains(compact, visibilityHidden, whole: false)
  }

  /// Plain byte substring search: class strings are short, so this beats
  /// any setup cost of a cleverer algorithm.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8], whole: Bool) -> Bool {
    let n = needle.count
    guard n > 0, haystack.count >= n else { return false }
    let first = needle[0]
    var i = 0
    let last = haystack.count - n
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < n && haystack[i + j] == needle[j] { j += 1 }
        if j == n {
          if !whole { return true }
          let before = i == 0 || !isAlphanumeric(haystack[i - 1])
          let after = i + n == haystack.count || !isAlphanumeric(haystack[i + n])
          if before && after { return true }
        }
      }
      i += 1
    }
    return false
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
  }
}
