import NewsgrabHTML

/// Phase 6: related-story teasers ("Related", "More on this", "Most read"
/// blocks and rails), each as headline, link, summary and picture.
///
/// A block is an element whose class/id says "related" (or "most-read",
/// "recommended", a rail, …) or that a short heading introduces with such
/// words. Inside it, each distinct link is a teaser; its card is the
/// largest element around the link that points nowhere else, and gives the
/// summary (text outside the link) and the picture.
struct TeaserCollector {
  let page: Page
  let content: Content

  /// Headings that introduce related stories, lower-cased prefixes.
  static let headingPhrases = [
    "related", "more on this", "more from", "more stories", "more news", "most read", "most popular",
    "most viewed", "most shared", "recommended", "read more", "read next", "what to read next", "you may also like",
    "you might also like", "also read", "see also", "further reading", "trending", "top stories", "more in",
    "more about", "latest news", "up next", "don't miss", "editor's picks", "editors' picks", "around the web",
    "from the web", "promoted stories", "sponsored stories", "more videos", "latest videos", "recommended for you",
    "you may like", "popular now", "most watched",
    // German, French, Spanish, Italian, Dutch: the same boxes in the other languages of the corpora.
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel",
    "à lire aussi", "lire aussi", "sur le même sujet", "voir aussi", "lee también", "leer más", "te puede interesar",
    "noticias relacionadas", "artículos relacionados", "leggi anche", "potrebbe interessarti", "articoli correlati",
    "lees ook",
    // The same labels in the other languages news is written in: German,
    // French, Spanish, Portuguese, Italian, Dutch, the Nordic languages,
    // Polish, Czech, Slovak, Hungarian, Turkish, Greek, Russian and
    // Ukrainian, Arabic, Persian, Japanese, Korean and Chinese.
    "auch interessant", "das könnte sie interessieren", "passend zum thema",
    "verwandte artikel", "ähnliche artikel", "weiterlesen", "meistgelesen", "à lire également", "à voir aussi",
    "a lire aussi", "articles liés", "sur le même thème", "les plus lus", "lea también", "también te puede interesar",
    "más información", "más noticias", "lo más leído", "relacionad", "leia também", "leia mais", "veja também",
    "notícias relacionadas", "saiba mais", "ti potrebbe interessare", "potrebbe interessarti anche",
    "lees meer", "meer over", "gerelateerde artikelen", "ook interessant", "les også", "les mer", "læs også",
    "læs mere", "läs också", "läs mer", "relaterade artiklar", "lue myös", "lue lisää", "czytaj też",
    "czytaj także", "czytaj więcej", "zobacz także", "zobacz też", "polecamy", "přečtěte si také", "přečtěte si",
    "čtěte také", "související články", "mohlo by vás zajímat", "prečítajte si tiež", "súvisiace články",
    "kapcsolódó", "ezt is ajánljuk", "ilgili haberler", "bunlar da ilginizi çekebilir", "diğer haberler",
    "διαβάστε επίσης", "σχετικά άρθρα", "читайте также", "читайте також", "по теме", "смотрите также",
    "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة", "اخبار مرتبط", "بیشتر بخوانید", "関連記事", "関連ニュース",
    "あわせて読みたい", "おすすめ記事", "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "相关新闻", "相關新聞",
    "相关阅读", "相關閱讀", "相关文章", "延伸阅读", "延伸閱讀", "推荐阅读",
    // And in Indonesian and Malay, Vietnamese, Thai, Hindi, Bengali, Urdu,
    // Hebrew, Swahili, Tagalog, the South Slavic languages, the Baltic
    // languages, Romanian, Catalan, Norwegian and Turkish.
    "berita terkait", "artikel terkait", "baca juga", "lihat juga", "artikel berkaitan", "berita berkaitan",
    "tin liên quan", "bài viết liên quan", "tin cùng chuyên mục", "xem thêm", "đọc thêm", "ข่าวที่เกี่ยวข้อง",
    "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "संबंधित", "ये भी पढ़ें", "यह भी पढ़ें", "আরও পড়ুন",
    "আরো পড়ুন", "সম্পর্কিত", "متعلقہ", "مزید پڑھیں", "یہ بھی پڑھیں", "כתבות נוספות", "כתבות קשורות", "קראו גם",
    "habari zaidi", "habari zinazohusiana", "soma pia", "kaugnay", "mga kaugnay", "basahin din", "vezani",
    "vezane", "povezan", "повезан", "pročitajte još", "pročitajte i", "прочитајте још", "srodni", "sorodn",
    "preberite tudi", "susiję", "susijusios", "taip pat skaitykite", "saistītie", "lasi arī", "lasiet arī",
    "loe ka", "seotud", "citește și", "citeşte şi", "articole similare", "les també", "notícies relacionades",
    "et pot interessar", "relaterte", "benzer haberler",
  ]
  /// Whether a link text is long enough to be a story's headline: a few
  /// words, or more than 20 letters unspaced; in Chinese, Japanese or
  /// Korean written without spaces, `minimumCJKHeadlineChars` ("図書館に電子
  /// 書籍コーナー", where a menu item is "国際" or "地域ニュース").
  static func isHeadlineLength(_ headline: String) -> Bool {
    let count = headline.count
    if count >= minimumHeadlineChars, headline.contains(" ") || count > 20 { return true }
    guard count >= minimumCJKHeadlineChars else { return false }
    let scalars = headline.unicodeScalars
    return scalars.filter(AuthorCleaner.isCJKLetter).count * 2 >= scalars.count
  }

  /// Characters of the shortest unspaced CJK headline.
  static let minimumCJKHeadlineChars = 8

  /// A teaser's headline has at least this many characters (menus have "World").
  static let minimumHeadlineChars = 12
  /// Summaries shorter than this are labels ("Video", "2 hours ago").
  static let minimumSummaryChars = 25

  func collect() -> [Teaser] {
    var teasers: [Teaser] = []
    var seen: Set<String> = []
    if let own = page.resolver.resolve(page.url) { seen.insert(own) }
    for (block, inline) in blocks() where Self.looksLikeTeasers(block) {
      for teaser in inline.map({ [$0] }) ?? cards(in: block) {
        guard let url = teaser.url, seen.insert(url).inserted else { continue }
        teasers.append(teaser)
      }
    }
    return teasers
  }

  /// A teaser block is short: an article body that happens to carry a
  /// "see also" heading or a "related" class is not one.
  static func looksLikeTeasers(_ block: HTMLNode) -> Bool {
    block.textLength <= maximumBlockBytes
  }

  /// A box of one bold label and its link or two, with hardly a word
  /// outside them; more text is prose that happens to start with a bold "Related:".
  static let maximumLabelBoxBytes = 400

  /// Ten cards of headline and two-line summary fit well within this.
  static let maximumBlockBytes = 8_000

  /// Related blocks, outermost first, in document order; an inline "read
  /// also" paragraph comes with its teaser (headline without the label).
  func blocks() -> [(node: HTMLNode, inline: Teaser?)] {
    let document = content.document
    let body = page.body
    var result: [(node: HTMLNode, inline: Teaser?)] = []
    let grids = cardGrids()
    // The article's containers and every element around them, marked once
    // rather than climbing from each root for every element of the page.
    var aroundArticle = [Bool](repeating: false, count: document.nodeCount)
    for root in content.roots {
      var current: HTMLNode? = root
      while let node = current {
        aroundArticle[Int(node.index)] = true
        current = node.parent
      }
    }
    var i = body.index + 1
    let end = body.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      guard node.isElement else {
        i += 1
        continue
      }
      let tag = node.tag
      var isScript = false
      switch tag {
      case .script, .style, .template: isScript = true
      default: break
      }
      if isScript || content.hints[Int(i)].contains(.hidden) {
        i = node.subtreeEndIndex
        continue
      }
      // A block around the article itself is a layout wrapper, not a teaser list.
      let wrapsArticle = aroundArticle[Int(i)]
      if content.hints[Int(i)].contains(.related), !wrapsArticle, tag != .a, tag != .body,
        hasLinks(node, atLeast: 1)
      {
        result.append((node, nil))
        i = node.subtreeEndIndex
        continue
      }
      // A grid of story cards, each under an empty link stretched over it.
      if grids.contains(i), !wrapsArticle {
        result.append((node, nil))
        i = node.subtreeEndIndex
        continue
      }
      // A paragraph between the story's own: its label, then the story it points to.
      if tag == .p, let link = InlineTeaser.link(of: node, resolver: page.resolver) {
        result.append((node, Teaser(headline: link.headline, url: link.url)))
        i = node.subtreeEndIndex
        continue
      }
      // "Related: <a>…</a>, <a>…</a>": a block of its links.
      if tag == .p, InlineTeaser.isLabelledLinkList(node, resolver: page.resolver) {
        result.append((node, nil))
        i = node.subtreeEndIndex
        continue
      }
      if tag.isHeading || tag == .header || isTitleLike(node), let block = blockIntroduced(by: node) {
        // The block starts at (or above) the heading: skip what was taken.
        if block.index < i {
          result.removeAll { $0.node.isInside(block) }
        }
        result.append((block, nil))
        i = max(i + 1, block.subtreeEndIndex)
        continue
      }
      i += 1
    }
    return result
  }

  /// Cards in a row that make a grid of teasers, whatever its class says.
  static let minimumGridCards = 3

  /// Elements holding `minimumGridCards` or more cards whose only link is
  /// an empty anchor to another page laid over the card (the text beside it
  /// is the card's headline and summary). One pass over the page.
  func cardGrids() -> Set<Int32> {
    let document = content.document
    guard let href = document.nameNumber("href") else { return [] }
    var cards: [Int32: Int] = [:]
    var lastCard: Int32 = -1
    var i = page.body.index + 1
    let end = page.body.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      defer { i += 1 }
      guard node.isElement, node.tag == .a, Self.isEmpty(node), NodeStats.pointsElsewhere(node, href: href) else {
        continue
      }
      let card = node.parentIndex
      // One overlay per card: a second empty link in the same card adds nothing.
      guard card > 0, card != lastCard else { continue }
      lastCard = card
      // The card's own words (headline, summary) sit beside the link; a row
      // of icon links or a menu has none outside its links.
      guard Self.unlinkedTextBytes(in: document.node(at: card)) >= Self.minimumHeadlineChars else { continue }
      let grid = document.node(at: card).parentIndex
      if grid > 0 { cards[grid, default: 0] += 1 }
    }
    return Set(cards.filter { $0.value >= Self.minimumGridCards }.keys)
  }

  /// Bytes of visible text in `node` outside any link (white space not counted).
  static func unlinkedTextBytes(in node: HTMLNode) -> Int {
    let document = node.document
    var total = 0
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      let child = document.node(at: i)
      if child.isElement, child.tag == .a || child.tag == .script || child.tag == .style {
        i = child.subtreeEndIndex
        continue
      }
      if child.isText { total += child.textBytes.count { $0 > 0x20 } }
      i += 1
    }
    return total
  }

  /// No element inside (no picture, no label) and no text but white space.
  static func isEmpty(_ node: HTMLNode) -> Bool {
    let document = node.document
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      let child = document.node(at: i)
      if child.isElement || child.textBytes.contains(where: { $0 > 0x20 }) { return false }
      i += 1
    }
    return true
  }

  /// Whether a heading's text announces related stories ("Related:", "More from …").
  static func isRelatedLabel(_ text: String) -> Bool {
    // Most headings fail on their first letter, before any String work
    // (phrases starting with a non-ASCII letter are checked in full).
    guard let first = text.utf8.first(where: { $0 > 0x20 }) else { return false }
    guard first >= 0x80 || phraseInitials.contains(first | 0x20) else { return false }
    let collapsed = text.collapsingWhitespace()
    // A long heading (a whole <header>) is ruled out without lower-casing
    // all of it: lower-casing goes scalar by scalar and a character break
    // depends only on what comes before it, so a lower-cased head of more
    // than 41 characters means the whole is longer than 40.
    if collapsed.utf8.count > Self.longLabelBytes {
      let head = String(String.UnicodeScalarView(collapsed.unicodeScalars.prefix(Self.longLabelBytes / 4)))
      if head.fastLowercased().count > 41 { return false }
    }
    var text = collapsed.fastLowercased()
    // Turkish "İ" lower-cases to "i" and a combining dot ("İlgili Haberler").
    if text.unicodeScalars.contains("\u{307}") { text = text.replacingOccurrences(of: "i\u{307}", with: "i") }
    guard let initial = text.first, text.count <= 40 else { return false }
    // Only phrases whose first character is the text's: `hasPrefix` compares
    // characters (canonically equivalent ones are equal, and hash alike), so
    // no other phrase can match. String's own test cost a thousand
    // instructions a phrase, and an ASCII heading was tried against every
    // phrase in another script.
    guard let candidates = phrasesByFirstCharacter[initial] else { return false }
    // ASCII text against an ASCII phrase: every byte is a character (collapsing
    // left no CR), so the byte comparison is `hasPrefix` itself.
    let asciiText = text.utf8.allSatisfy { $0 < 0x80 }
    return candidates.contains { phrase in
      asciiText && phrase.isASCII ? text.utf8.starts(with: phrase.text.utf8) : text.hasPrefix(phrase.text)
    }
  }

  static let phraseInitials = Set(headingPhrases.compactMap { $0.utf8.first })

  /// The phrases by their first character, each marked when all ASCII.
  static let phrasesByFirstCharacter: [Character: [(text: String, isASCII: Bool)]] = Dictionary(
    grouping: headingPhrases.map { (text: $0, isASCII: $0.utf8.allSatisfy { $0 < 0x80 }) }, by: { $0.text.first! })

  /// Above this many bytes a heading is measured by its head first.
  static let longLabelBytes = 256

  private func isTitleLike(_ node: HTMLNode) -> Bool {
    let tag = node.tag
    // Most elements are none of the tags below: one switch rules them out
    // (each `==` on a tag is a witness call).
    switch tag {
    case .strong, .b, .p, .div, .span: break
    // A layout table's label cell, alone in its row ("<tr><td><b>Related
    // Stories</b></td></tr>" over rows of links): the label's words decide.
    // A cell beside its links heads a row of a navigation table.
    case .td, .th:
      return node.textLength <= 60 && node.firstDescendant(.a) == nil && node.parent?.elementChildren.count == 1
    default: return false
    }
    // A bold label followed by its link ("<strong>Lesen Sie auch:</strong> <a …>").
    if tag == .strong || tag == .b, node.textLength <= 60, node.nextElementSibling?.tag == .a { return true }
    // A bold paragraph label ("<p><strong>Related:</strong></p>") introduces a list too.
    if tag == .p, node.textLength <= 60, node.firstChild?.tag == .strong || node.firstChild?.tag == .b {
      return true
    }
    // A short line right before a list ("<p>Te puede interesar</p><ul>…"),
    // whatever its class: the list decides, through the label's words.
    if let next = node.nextElementSibling, next.tag == .ul || next.tag == .ol, node.textLength <= 60,
      node.firstDescendant(.a) == nil
    {
      return true
    }
    guard content.hints[Int(node.index)].contains(.title) else { return false }
    guard tag == .div || tag == .span || tag == .p || tag == .strong else { return false }
    // Measured here, not taken from the stats: furniture is excluded there.
    let bytes = node.textLength
    return bytes > 0 && bytes < 120 && !node.descendants.contains(where: { $0.tag == .a })
  }

  /// The element a "Related stories"-like heading introduces: its parent
  /// (or grandparent) once that holds two links or more.
  private func blockIntroduced(by heading: HTMLNode) -> HTMLNode? {
    // Only short headings can be "Related"-like: skip the String otherwise.
    guard heading.tag == .header || heading.textLength <= 160 else { return nil }
    guard Self.isRelatedLabel(heading.textContent) else { return nil }
    // A label right before a list of links: the list is the block.
    if let next = heading.nextElementSibling, next.tag == .ul || next.tag == .ol, hasLinks(next, atLeast: 1) {
      return next
    }
    // A bold label and its link in a box of their own: the box, or nothing
    // (a bold "Related:" inside running text is the author's).
    if heading.tag == .strong || heading.tag == .b {
      guard heading.nextElementSibling?.tag == .a, let box = heading.parent, box.tag != .p, box.tag != .body,
        box.textLength <= Self.maximumLabelBoxBytes, !content.roots.contains(where: { $0.isInside(box) }),
        Self.unlinkedTextBytes(in: box) <= Self.unlinkedTextBytes(in: heading) + Self.minimumHeadlineChars
      else { return nil }
      return box
    }
    var current = heading.parent
    var level = 0
    while let node = current, level < 3, node.tag != .body, node.tag != .html {
      if content.roots.contains(where: { $0.isInside(node) }) { return nil }
      if hasLinks(node, atLeast: 2) { return node }
      current = node.parent
      level += 1
    }
    return nil
  }

  private func hasLinks(_ node: HTMLNode, atLeast count: Int) -> Bool {
    var found = 0
    for child in node.descendants where child.tag == .a && child.hasAttribute("href") {
      found += 1
      if found >= count { return true }
    }
    return false
  }

  /// The page's own address, without its fragment.
  var ownURL: String? {
    (page.resolver.resolve(page.url) ?? page.resolver.base?.absoluteString).map(StoryURL.withoutFragment)
  }

  /// One teaser per distinct link of the block, in order.
  func cards(in block: HTMLNode) -> [Teaser] {
    let ownURL = ownURL
    var order: [String] = []
    var links: [String: [HTMLNode]] = [:]
    /// Where each link of the block points, resolved once.
    var targets: [Int32: String] = [:]
    for node in block.descendants where node.tag == .a {
      guard let url = page.resolver.resolve(node.attribute("href")) else { continue }
      targets[node.index] = url
      let lower = url.lowercased()
      guard lower.hasPrefix("http") || lower.hasPrefix("/") || !lower.contains(":") else { continue }
      if links[url] == nil { order.append(url) }
      links[url, default: []].append(node)
    }
    var result: [Teaser] = []
    for url in order {
      let anchors = links[url]!
      let card = card(of: anchors[0], url: url, in: block, links: targets)
      // The title may sit beside the link (a picture link, then a heading).
      let headline =
        anchors.compactMap { headlineText(of: $0) }.max { $0.count < $1.count }
        ?? card.descendants.first { $0.tag.isHeading }?.textContent.nonEmpty
        ?? Self.titledText(in: card)
        ?? card.descendants.first { $0.tag == .img }?.attribute("alt")?.nonEmpty
      guard let headline, Self.isHeadlineLength(headline) else { continue }
      // Sections, tags, authors, comments and the page itself are not stories.
      guard StoryURL.isStory(url, headline: headline, page: ownURL) else { continue }
      var teaser = Teaser(headline: headline, url: url)
      teaser.summary = summary(in: card, headline: headline)
      teaser.image = image(in: card)
      result.append(teaser)
    }
    return result
  }

  /// The text of a link, preferring a heading inside it.
  private func headlineText(of anchor: HTMLNode) -> String? {
    if let heading = anchor.descendants.first(where: { $0.tag.isHeading }) {
      return heading.textContent.nonEmpty
    }
    // A link holding a label and a title ("Related" + the story's title).
    let titled = anchor.descendants.filter { node in
      guard node.isElement else { return false }
      // Byte tests rule out most markers before Foundation's search runs.
      let marker = node.classAndID
      return (marker.hasSubstring("headline") && marker.contains("headline"))
        || (marker.hasSubstring("title") && marker.contains("title"))
    }
    if let best = titled.compactMap({ $0.textContent.nonEmpty }).max(by: { $0.count < $1.count }) {
      return best
    }
    return anchor.textContent.nonEmpty ?? anchor.attribute("title")?.nonEmpty
  }

  /// Class words that name a card's title element.
  static let titleClassWords = ["headline", "title", "hed"]

  /// The text of the card's first element whose class or id names a title
  /// (`headline`, `title`, or the newsroom's `hed`), as a whole word.
  static func titledText(in card: HTMLNode) -> String? {
    for node in card.descendants where node.isElement {
      let words = node.classAndID.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
      guard words.contains(where: { titleClassWords.contains($0) }) else { continue }
      if let text = node.textContent.collapsingWhitespace().nonEmpty { return text }
    }
    return nil
  }

  /// The largest element around `anchor`, inside `block`, that links only to `url`.
  private func card(of anchor: HTMLNode, url: String, in block: HTMLNode, links: [Int32: String]) -> HTMLNode {
    var card = anchor
    while let parent = card.parent, parent != block, parent.index > block.index {
      let others = parent.descendants.contains { node in
        node.tag == .a && links[node.index].map { $0 != url } ?? false
      }
      if others { break }
      card = parent
    }
    return card
  }

  /// The card's longest text outside its links, when long enough.
  private func summary(in card: HTMLNode, headline: String) -> String? {
    var best: String?
    for node in card.descendants where node.isElement {
      let tag = node.tag
      guard tag == .p || tag == .div || tag == .span || tag == .dd else { continue }
      if node.closest(.a)?.isInside(card) == true { continue }
      if node.descendants.contains(where: { $0.tag == .a || ($0.isElement && $0.tag.isBlock) }) { continue }
      // A box holding the title too is the whole card, not its summary.
      guard let text = node.textContent.nonEmpty, !text.contains(headline), text.count >= Self.minimumSummaryChars
      else {
        continue
      }
      if best == nil || text.count > best!.count { best = text }
    }
    return best
  }

  private func image(in card: HTMLNode) -> String? {
    for node in card.descendants where node.tag == .img || node.tag == .source {
      guard let written = ImageSource.url(of: node), let url = page.resolver.resolve(written),
        !ImageSource.isDecoration(url: url, node: node)
      else { continue }
      return url
    }
    return nil
  }
}
