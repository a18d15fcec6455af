import NewsgrabHTML

/// The article's text as found in the page: the containers that hold it,
/// and which nodes inside them are furniture to skip.
struct Content {
  let document: HTMLDocument
  /// The container(s) of the article text, in document order (an article
  /// split by ad slots or layout wrappers yields siblings here).
  let roots: [HTMLNode]
  /// Per node: dropped while locating (hidden, page furniture, scripts…).
  let excluded: [Bool]
  /// Per node: removed by the clean-up of the chosen containers.
  var removed: [Bool]
  /// Per element: what its class, id, role and visibility say.
  let hints: [Hints]
  /// Per node: totals over what is kept.
  let stats: NodeStats
  /// The heading that repeats the headline, when the page has one.
  var headlineHeading: Int32? = nil

  /// Whether node `i` is skipped when rendering the article.
  func isSkipped(_ i: Int32) -> Bool { excluded[Int(i)] || removed[Int(i)] }

  /// Paragraphs shorter than this are labels, times or headlines, not prose.
  static let proseParagraphChars: Int32 = 80

  /// Characters of the kept paragraphs of sentence length (outside links).
  var proseChars: Int32 {
    var total: Int32 = 0
    for root in roots {
      var i = root.index
      let end = root.subtreeEndIndex
      while i < end {
        let node = document.node(at: i)
        if isSkipped(i) {
          i = node.subtreeEndIndex
          continue
        }
        let k = Int(i)
        let tag = node.tag
        let paragraphLike =
          tag == .p || tag == .pre || tag == .blockquote || (node.isElement && !stats[k].hasBlock && tag.isBlock)
        if paragraphLike {
          let prose = stats[k].chars - stats[k].linkChars
          if prose >= Self.proseParagraphChars { total += prose }
          i = node.subtreeEndIndex
          continue
        }
        i += 1
      }
    }
    return total
  }
}

/// Phase 3: finds the element(s) holding the article's text.
///
/// A readability-style scorer: every paragraph-like block gives points to
/// its ancestors (more for long text and commas), containers are weighed by
/// their class/id vocabulary and link density, the best container is
/// widened to its ancestor or siblings when the text is spread out, and the
/// result is cleaned of boxes that look like furniture. Per-node numbers come
/// from linear passes over the arena (`NodeStats`), never a walk per node.
struct ContentLocator {
  let page: Page
  let headline: String?
  /// The page's summary (og:description, …), to recognise a standfirst.
  var description: String? = nil

  /// Text shorter than this after clean-up means the rules were too strict
  /// for the page; readability uses the same 500-character floor.
  static let minimumArticleChars: Int32 = 500
  /// Paragraphs shorter than this give no points (readability's 25).
  static let minimumParagraphChars: Int32 = 25
  /// How many ancestors a paragraph's points reach.
  static let ancestorLevels = 5
  /// Near-best candidates (≥ 75 % of the best) that, sharing an ancestor
  /// with it, make that ancestor the article. Readability uses 3; 2 scored
  /// better on every corpus here (articles split into two or three blocks).
  static let sharedAncestorCandidates = 2

  struct Flags: Sendable {
    var stripUnlikely = true
    var weighClasses = true
    var cleanConditionally = true
  }

  func locate() -> Content {
    var content = locateText()
    if let description { Self.dropStandfirst(&content, description: description) }
    return content
  }

  /// Drops the standfirst: a first paragraph that is the description word
  /// for word and sits above the byline or date. The same words below the
  /// byline are the story's own lede (sites often reuse it as the summary).
  static func dropStandfirst(_ content: inout Content, description: String) {
    let key = HeadingMatch.key(description)
    guard !key.isEmpty else { return }
    let document = content.document
    var standfirst: Int32?
    for (n, root) in content.roots.enumerated() {
      var i = root.index
      let end = root.subtreeEndIndex
      while i < end {
        let node = document.node(at: i)
        let k = Int(i)
        if content.isSkipped(i) {
          if standfirst != nil, node.isElement, content.hints[k].contains(.byline) || node.tag == .time {
            content.removed[Int(standfirst!)] = true
            return
          }
          i = node.subtreeEndIndex
          continue
        }
        guard node.isElement else {
          i += 1
          continue
        }
        if standfirst != nil, content.hints[k].contains(.byline) || node.tag == .time {
          content.removed[Int(standfirst!)] = true
          return
        }
        let paragraph = node.tag == .p || (node.tag.isBlock && !content.stats[k].hasBlock)
        if paragraph, content.stats[k].chars >= ContentLocator.minimumParagraphChars {
          // Only the first paragraph can be a standfirst, and only a `<p>`
          // (a dek set as a heading is kept, as the corpora's readers do);
          // any text after it before a byline means it is the story's lede.
          guard node.tag == .p else { return }
          guard standfirst == nil, HeadingMatch.key(node.textContent) == key else { return }
          standfirst = i
          i = node.subtreeEndIndex
          continue
        }
        i += 1
      }
      // A dek taken as a root of its own (a paragraph beside the text
      // block) is followed by a byline the body left out: the byline
      // between it and the next root still says it is the standfirst.
      if let found = standfirst, n + 1 < content.roots.count {
        var j = end
        let stop = content.roots[n + 1].index
        while j < stop {
          let node = document.node(at: j)
          if node.isElement, content.hints[Int(j)].contains(.byline) || node.tag == .time {
            content.removed[Int(found)] = true
            standfirst = nil
            break
          }
          if node.isElement, node.tag == .p, content.stats[Int(j)].chars >= ContentLocator.minimumParagraphChars {
            break
          }
          j += 1
        }
      }
    }
  }

  private func locateText() -> Content {
    let analysis = PageAnalysis(page: page, headline: headline)
    // Strict rules first; relax them when they leave too little text.
    let attempts = [
      Flags(), Flags(stripUnlikely: false), Flags(stripUnlikely: false, weighClasses: false),
      Flags(stripUnlikely: false, weighClasses: false, cleanConditionally: false),
    ]
    var best: (content: Content, chars: Int32)?
    for flags in attempts {
      let content = analysis.locate(flags)
      let chars = content.roots.reduce(Int32(0)) { $0 + content.stats[Int($1.index)].chars }
      // Among short results only sentence-length paragraphs count: relaxed
      // rules readily let in long lists of headlines, times and labels.
      let prose = content.proseChars
      if chars >= Self.minimumArticleChars {
        // Relaxed rules that reach the floor only by letting in menus,
        // "most read" links and footers found no more of the article: a
        // short story is better read short than padded with furniture.
        if let best, prose <= best.chars { return best.content }
        return content
      }
      if best == nil || prose > best!.chars { best = (content, prose) }
    }
    return best!.content
  }
}

/// What is known of a page before any choice: hints and text measures.
struct PageAnalysis {
  let document: HTMLDocument
  let body: HTMLNode
  let hints: [Hints]
  let text: NodeStats.TextMeasure
  /// The heading that repeats the headline (dropped from the body).
  let headlineHeading: Int32?
  /// Per node: inside `pre`/`code`, a data table, or a figure.
  let insideCode: [Bool]
  let insideFigure: [Bool]
  /// Per element: the nearest `<article>` at or above it (-1 for none).
  let nearestArticle: [Int32]
  /// Per element: whether an element below it is marked as the article
  /// text (`itemprop=articleBody`, an `article-body` class, `role=main`…).
  let holdsArticleBody: [Bool]
  /// Resolves the links of paragraphs that may be inline teasers.
  let resolver: URLResolver

  init(page: Page, headline: String?) {
    document = page.document
    resolver = page.resolver
    body = page.body
    let count = document.nodeCount
    var hints = [Hints](repeating: [], count: count)
    var insideCode = [Bool](repeating: false, count: count)
    var insideFigure = [Bool](repeating: false, count: count)
    var nearestArticle = [Int32](repeating: -1, count: count)
    var vocabulary = Boilerplate(document: document)
    var headlineHeading: Int32?
    var h1Count = 0
    var onlyH1: Int32?
    let headlineKey = headline.map(HeadingMatch.key)
    for i in 1..<Int32(count) {
      let node = document.node(at: i)
      guard node.isElement else { continue }
      hints[Int(i)] = vocabulary.hints(of: node)
      let parent = Int(node.parentIndex)
      // One switch on the tag (each `==` on a tag went through Equatable's
      // witness, five times for every element of the page).
      var isCode = false
      var isFigure = false
      var isHeading = false
      switch node.tag {
      case .pre, .code: isCode = true
      case .figure: isFigure = true
      case .article: nearestArticle[Int(i)] = i
      case .h1:
        isHeading = true
        h1Count += 1
        if onlyH1 == nil { onlyH1 = i }
      case .h2: isHeading = true
      default: break
      }
      insideCode[Int(i)] = insideCode[parent] || isCode
      insideFigure[Int(i)] = insideFigure[parent] || isFigure
      if nearestArticle[Int(i)] < 0 { nearestArticle[Int(i)] = nearestArticle[parent] }
      if headlineHeading == nil, let headlineKey, isHeading,
        HeadingMatch.similar(HeadingMatch.key(node.textContent), headlineKey)
      {
        headlineHeading = i
      }
    }
    // A page's one <h1> is its headline even when the metadata words it
    // differently: a reader does not read it again as the first paragraph.
    if headlineHeading == nil, h1Count == 1 { headlineHeading = onlyH1 }
    // Backwards, children before parents: whether a marked body lies below.
    var holdsArticleBody = [Bool](repeating: false, count: count)
    var i = Int32(count) - 1
    while i > 0 {
      let k = Int(i)
      if holdsArticleBody[k] || hints[k].contains(.articleBody) {
        let parent = document.node(at: i).parentIndex
        if parent >= 0 { holdsArticleBody[Int(parent)] = true }
      }
      i -= 1
    }
    self.holdsArticleBody = holdsArticleBody
    self.nearestArticle = nearestArticle
    self.hints = hints
    self.insideCode = insideCode
    self.insideFigure = insideFigure
    self.headlineHeading = headlineHeading
    text = NodeStats.TextMeasure(document: document)
  }

  /// Elements never part of the article text, whatever the flags.
  static func isNonContent(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .script, .style, .template, .noscript, .head, .title, .meta, .link, .svg, .button, .select,
      .input, .textarea, .option, .iframe, .object, .embed, .nav, .dialog, .audio,
      .video, .base:
      return true
    default:
      return false
    }
  }

  // MARK: Locating

  func locate(_ flags: ContentLocator.Flags) -> Content {
    let count = document.nodeCount
    let kickers = headlineHeading.map { kickerLines(above: document.node(at: $0)) } ?? []
    var excluded = [Bool](repeating: false, count: count)
    var insideTable = [Bool](repeating: false, count: count)
    var insideSection = [Bool](repeating: false, count: count)
    for i in 1..<Int32(count) {
      let k = Int(i)
      let node = document.node(at: i)
      let parent = Int(node.parentIndex)
      if excluded[parent] {
        excluded[k] = true
        continue
      }
      guard node.isElement else { continue }
      let tag = node.tag
      var isTable = false
      var isSection = false
      var isFooter = false
      switch tag {
      case .table: isTable = true
      case .article, .aside, .main, .nav, .section: isSection = true
      case .footer: isFooter = true
      default: break
      }
      insideTable[k] = insideTable[parent] || isTable
      insideSection[k] = insideSection[parent] || isSection
      // The page's own footer (a `<footer>` outside any article or section,
      // ARIA's contentinfo): copyright, imprint and contact lines, never the story.
      let isPageFooter = isFooter && !insideSection[k]
      let hints = hints[k]
      if Self.isNonContent(tag) || hints.contains(.hidden) || hints.contains(.furnitureRole) || isPageFooter
        || i == headlineHeading || kickers.contains(i)
      {
        excluded[k] = true
      } else if flags.stripUnlikely, hints.contains(.unlikely) || hints.contains(.promo),
        !hints.contains(.maybeContent), !hints.contains(.articleBody), tag != .body, tag != .a, tag != .html,
        tag != .article, tag != .main, !insideTable[k], !insideCode[k], !isLayoutAroundBody(k)
      {
        excluded[k] = true
      }
    }
    var stats = NodeStats(document: document, text: text, excluded: excluded)
    let scores = score(stats: stats, excluded: excluded, flags: flags)
    let roots = choose(scores: scores, stats: stats, excluded: excluded, flags: flags)
    var removed = [Bool](repeating: false, count: count)
    for root in roots {
      clean(root, stats: &stats, scores: scores, excluded: excluded, removed: &removed, flags: flags)
    }
    return Content(
      document: document, roots: roots, excluded: excluded, removed: removed, hints: hints, stats: stats,
      headlineHeading: headlineHeading)
  }

  /// The short lines just above the headline heading, beside it in its
  /// container: its kicker, section label or overline ("Indre-et-Loire"
  /// over the `<h1>`), furniture of the headline rather than text of the
  /// story. Read upwards from the heading; any longer line, image or bare
  /// text ends them.
  func kickerLines(above heading: HTMLNode) -> Set<Int32> {
    guard let parent = heading.parent else { return [] }
    var run: [Int32] = []
    for child in parent.children {
      if child.index == heading.index { break }
      if child.isText {
        if !child.textBytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { run.removeAll() }
        continue
      }
      guard child.isElement else { continue }
      let length = child.textLength
      let isShortLine =
        length > 0 && length <= Self.maximumKickerBytes && child.firstDescendant(.img) == nil
        && BodyCleanup.wordCount(child.textContent) <= BodyCleanup.maximumKickerWords
      if isShortLine { run.append(child.index) } else { run.removeAll() }
    }
    return Set(run)
  }

  /// A kicker longer than this (bytes) is a line of text.
  static let maximumKickerBytes = 80

  /// Whether an "unlikely" box is the page's layout around the text the
  /// page marks as its article body: a grid named "sidebar-grid" holds the
  /// text column and the sidebar, and stripping it stripped the story.
  /// Teaser, promo and share boxes stay furniture whatever their cards say.
  private func isLayoutAroundBody(_ k: Int) -> Bool {
    holdsArticleBody[k] && hints[k].isDisjoint(with: [.related, .promo, .share, .byline])
  }

  /// Candidate scores (nil where a node received no points).
  private func score(stats: NodeStats, excluded: [Bool], flags: ContentLocator.Flags) -> [Double?] {
    let count = document.nodeCount
    var scores = [Double?](repeating: nil, count: count)

    func initial(_ i: Int32) -> Double {
      var score: Double
      switch document.node(at: i).tag {
      case .div: score = 5
      case .pre, .td, .blockquote: score = 3
      case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
      case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
      default: score = 0
      }
      if flags.weighClasses { score += Double(hints[Int(i)].classWeight) }
      return score
    }

    /// Gives a paragraph's points to `first` (its container) and up to
    /// four more ancestors, halving then dividing by 3 × level.
    func award(chars: Int32, commas: Int32, first: Int32) {
      guard chars >= ContentLocator.minimumParagraphChars, first > 0 else { return }
      let points = 1 + Double(commas) + Double(min(chars / 100, 3))
      var ancestor = first
      var level = 0
      while ancestor > 0, level < ContentLocator.ancestorLevels {
        let node = document.node(at: ancestor)
        guard node.isElement else { break }
        if scores[Int(ancestor)] == nil { scores[Int(ancestor)] = initial(ancestor) }
        let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
        scores[Int(ancestor)]! += points / divider
        ancestor = node.parentIndex
        level += 1
      }
    }

    // Text written straight into a container (between blocks, or split by
    // double <br>) counts as paragraphs of that container.
    var runChars = [Int32](repeating: 0, count: count)
    var runCommas = [Int32](repeating: 0, count: count)
    var runAfterBreak = [Bool](repeating: false, count: count)
    var openRuns: [Int32] = []
    func flush(_ container: Int) {
      // A div of text alone is a paragraph itself: its parent is the container.
      let node = document.node(at: Int32(container))
      let first = node.tag == .div && !stats[container].hasBlock ? node.parentIndex : Int32(container)
      award(chars: runChars[container], commas: runCommas[container], first: first)
      runChars[container] = 0
      runCommas[container] = 0
    }

    // Whether each kept element holds loose text, noted when it is visited
    // (before its children) rather than looked up again for every child.
    var holdsLoose = [Bool](repeating: false, count: count)
    for i in 1..<Int32(count) {
      let k = Int(i)
      guard !excluded[k] else { continue }
      let node = document.node(at: i)
      let parent = Int(node.parentIndex)
      let tag = node.tag
      if node.isElement {
        holdsLoose[k] = Self.holdsLooseText(tag)
        switch tag {
        case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6:
          award(chars: stats[k].chars, commas: stats[k].commas, first: Int32(parent))
        default: break
        }
      }
      let parentHoldsLoose =
        parent == 0 || excluded[parent]
        ? Self.holdsLooseText(document.node(at: Int32(parent)).tag) : holdsLoose[parent]
      guard parentHoldsLoose else { continue }
      if tag == .br {
        if runAfterBreak[parent] { flush(parent) }
        runAfterBreak[parent] = true
      } else if node.isText || (!tag.isBlock && !stats[k].hasBlock && tag != .img) {
        guard stats[k].chars > 0 else { continue }
        if runChars[parent] == 0 { openRuns.append(Int32(parent)) }
        runChars[parent] += stats[k].chars
        runCommas[parent] += stats[k].commas
        runAfterBreak[parent] = false
      } else {
        flush(parent)
      }
    }
    for container in openRuns where runChars[Int(container)] > 0 { flush(Int(container)) }

    // A container made of links is a menu, however long.
    for i in 0..<count where scores[i] != nil {
      scores[i]! *= 1 - stats.linkDensity(Int32(i))
    }
    return scores
  }

  /// Containers whose loose text (not inside a `<p>`) is read as paragraphs.
  static func holdsLooseText(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .div, .section, .article, .main, .other, .td, .blockquote: return true
    default: return false
    }
  }

  /// Picks the best container, widened to an ancestor or siblings when the
  /// article's text is spread over several.
  private func choose(scores: [Double?], stats: NodeStats, excluded: [Bool], flags: ContentLocator.Flags)
    -> [HTMLNode]
  {
    var ranked: [(index: Int32, score: Double)] = []
    for (i, score) in scores.enumerated() {
      if let score { ranked.append((Int32(i), score)) }
    }
    ranked.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
    let bodyIndex = body.index
    guard var top = ranked.first, top.index != bodyIndex, document.node(at: top.index).tag != .html else {
      return [body]
    }
    // Pages that load the next story below this one (each in its own
    // `<article>`): the story is the one under the page's headline.
    let story = headlineArticle
    if let story, !isInside(top.index, story), let own = ranked.first(where: { isInside($0.index, story) }) {
      top = own
    }
    let candidate = top.index
    var current = scores

    // Near-best candidates sharing an ancestor: the ancestor is the article.
    // Once the headline says which `<article>` is the story, text outside
    // it (another story, a wrapper around several) is never a reason to
    // widen. (Without it, a page of teaser articles is read as one.) A
    // candidate inside the top one shares every ancestor with it: only
    // separate blocks of text say the article is wider.
    let storyHoldsTop = story.map { isInside(top.index, $0) } ?? false
    let alternatives = ranked.filter { !isInside($0.index, top.index) }.prefix(4).filter {
      $0.score / top.score >= 0.75 && (!storyHoldsTop || isInside($0.index, story!))
    }
    if alternatives.count >= ContentLocator.sharedAncestorCandidates {
      var ancestor = document.node(at: top.index).parentIndex
      while ancestor > 0, ancestor != bodyIndex {
        let node = document.node(at: ancestor)
        let containing = alternatives.filter { document.node(at: $0.index).isInside(node) }.count
        if containing >= ContentLocator.sharedAncestorCandidates {
          if current[Int(ancestor)] == nil { current[Int(ancestor)] = 0 }
          top = (ancestor, current[Int(ancestor)]!)
          break
        }
        ancestor = node.parentIndex
      }
    }

    // Climb while the parent holds more of the points.
    var lastScore = top.score
    let threshold = lastScore / 3
    var parent = document.node(at: top.index).parentIndex
    while parent > 0, parent != bodyIndex {
      guard let parentScore = current[Int(parent)] else {
        parent = document.node(at: parent).parentIndex
        continue
      }
      if parentScore < threshold { break }
      if parentScore > lastScore {
        // What the parent adds to the text is what climbing takes in: a
        // layout row whose other cell is the site's menu ("News", "Sports"
        // links beside the story's `<td>`) is no more of the article.
        if Self.addsMostlyLinks(stats[parent], over: stats[top.index]) { break }
        top = (parent, parentScore)
        break
      }
      lastScore = parentScore
      parent = document.node(at: parent).parentIndex
    }

    // A lone child is the same container as its parent.
    while true {
      let node = document.node(at: top.index)
      let parentIndex = node.parentIndex
      guard parentIndex > 0, parentIndex != bodyIndex else { break }
      let parentNode = document.node(at: parentIndex)
      let kept = parentNode.children.filter { $0.isElement && !excluded[Int($0.index)] }
      guard kept.count == 1 else { break }
      top = (parentIndex, current[Int(parentIndex)] ?? top.score)
    }

    // Siblings that look like more of the same article.
    let chosen = document.node(at: top.index)
    guard let container = chosen.parent else { return [chosen] }
    let siblingThreshold = max(10, top.score * 0.2)
    let topClass = chosen.attribute("class")
    var roots: [HTMLNode] = []
    for sibling in container.children where sibling.isElement && !excluded[Int(sibling.index)] {
      if sibling == chosen {
        roots.append(sibling)
        continue
      }
      // Beside the headline's story, a box holding another `<article>` is
      // the next story, however well it scores.
      if storyHoldsTop, sibling.tag == .article || sibling.firstDescendant(.article) != nil { continue }
      let k = Int(sibling.index)
      var bonus = 0.0
      if let topClass, !topClass.isEmpty, sibling.attribute("class") == topClass { bonus += top.score * 0.2 }
      if let score = current[k], score + bonus >= siblingThreshold {
        roots.append(sibling)
        continue
      }
      // A div wrapping one paragraph (a div per paragraph) reads as that paragraph.
      let wrapsParagraph = sibling.tag == .div && stats[k].paragraphs == 1 && hints[k].classWeight >= 0
      let isParagraph = sibling.tag == .p || (sibling.tag == .div && !stats[k].hasBlock) || wrapsParagraph
      guard isParagraph else { continue }
      let length = stats[k].chars
      let density = stats.linkDensity(sibling.index)
      if length > 80 && density < 0.25 {
        roots.append(sibling)
      } else if length < 80, length > 0, density == 0, Self.endsSentence(sibling.textContent) {
        roots.append(sibling)
      }
    }
    let found = twins(of: candidate, chosen: chosen, roots: roots, scores: current, stats: stats, excluded: excluded)
    guard !found.isEmpty else { return roots }
    return (roots + found).sorted { $0.index < $1.index }
  }

  /// Whether the text `outer` holds beyond `inner` is mostly link text,
  /// `inner` holding text enough to be a story on its own (a page with no
  /// story, a gallery, keeps the widest reading).
  static func addsMostlyLinks(_ outer: NodeStats.Counts, over inner: NodeStats.Counts) -> Bool {
    let rest = outer.chars - inner.chars
    guard rest > 0, inner.chars - inner.linkChars >= Self.minimumStoryChars else { return false }
    return Double(outer.linkChars - inner.linkChars) / Double(rest) > Self.climbLinkShare
  }

  /// Above this share of link text, what a parent adds is navigation.
  static let climbLinkShare = 0.5
  /// Characters outside links of the shortest block read as a story.
  static let minimumStoryChars: Int32 = 200

  /// The `<article>` around the heading that repeats the headline, if any.
  var headlineArticle: Int32? {
    guard let headlineHeading else { return nil }
    let article = nearestArticle[Int(headlineHeading)]
    return article >= 0 ? article : nil
  }

  /// Whether node `i` is `container` or lies inside it (by arena ranges).
  private func isInside(_ i: Int32, _ container: Int32) -> Bool {
    i >= container && i < document.node(at: container).subtreeEndIndex
  }

  /// Levels above the chosen container searched for its twins: an article
  /// cut into chunks (each chunk a grid row with its own ad column) repeats
  /// its wrappers two or three levels up.
  static let twinSearchLevels = 3

  /// The other chunks of an article its template cut into repeated
  /// wrappers (a grid row per chunk, a box per section): elements with the
  /// best candidate's tag and first class name, nearby, in the same
  /// `<article>`, holding prose. Each yields its container at the level the
  /// chosen one sits above the candidate.
  private func twins(
    of candidate: Int32, chosen: HTMLNode, roots: [HTMLNode], scores: [Double?], stats: NodeStats, excluded: [Bool]
  ) -> [HTMLNode] {
    let node = document.node(at: candidate)
    guard let name = Self.firstClassName(node), isInside(candidate, chosen.index) else { return [] }
    var depth = 0
    var walk = node
    while walk != chosen, let parent = walk.parent {
      walk = parent
      depth += 1
    }
    let article = nearestArticle[Int(candidate)]
    var region = chosen
    for _ in 0..<Self.twinSearchLevels {
      guard let parent = region.parent, parent.index != body.index, parent.index > 0,
        article < 0 || isInside(parent.index, article)
      else { break }
      region = parent
    }
    guard region != chosen else { return [] }
    let candidateText = node.textContent.collapsingWhitespace()
    var found: [HTMLNode] = []
    var i = region.index + 1
    let end = region.subtreeEndIndex
    while i < end {
      let twin = document.node(at: i)
      let k = Int(i)
      if excluded[k] || i == chosen.index || roots.contains(where: { $0.index == i }) {
        i = twin.subtreeEndIndex
        continue
      }
      i += 1
      guard twin.isElement, twin.tag == node.tag, scores[k] != nil, nearestArticle[k] == article,
        stats[k].chars - stats[k].linkChars >= Content.proseParagraphChars,
        stats.linkDensity(twin.index) < Self.maximumTwinLinkDensity, Self.firstClassName(twin) == name,
        // A chunk repeating the chosen text word for word (a slideshow's
        // intro in every slide) is the template again, not more article.
        twin.textContent.collapsingWhitespace() != candidateText
      else { continue }
      var container = twin
      for _ in 0..<depth {
        guard let parent = container.parent else { break }
        container = parent
      }
      // The same level of the same template, and not around the chosen text.
      guard container.tag == chosen.tag, !excluded[Int(container.index)], !isInside(chosen.index, container.index),
        !roots.contains(where: { isInside($0.index, container.index) })
      else { continue }
      found.append(container)
      i = max(i, container.subtreeEndIndex)
    }
    return found
  }

  /// A twin is text, not a list of links (the sibling rule's 0.25).
  static let maximumTwinLinkDensity = 0.25

  /// The first name in an element's `class`, as bytes.
  static func firstClassName(_ node: HTMLNode) -> ArraySlice<UInt8>? {
    guard let name = node.document.nameNumber("class"), let value = node.attributeBytes(name) else { return nil }
    let trimmed = value.drop { $0 <= 0x20 }
    let token = trimmed.prefix { $0 > 0x20 }
    return token.isEmpty ? nil : token
  }

  static func endsSentence(_ text: String) -> Bool {
    let trimmed = text.collapsingWhitespace()
    return trimmed.hasSuffix(".") || trimmed.contains(". ")
  }

  // MARK: Clean-up

  /// Removes, bottom-up, the boxes inside a chosen container that look like
  /// furniture: share bars, bylines, link lists, image-only or form boxes.
  private func clean(
    _ root: HTMLNode, stats: inout NodeStats, scores: [Double?], excluded: [Bool], removed: inout [Bool],
    flags: ContentLocator.Flags
  ) {
    let range = root.index..<root.subtreeEndIndex
    stats.accumulate(
      document: document, text: text, range: range, excluded: excluded, root: root.index,
      removed: &removed
    ) { i, stats in
      guard i != root.index else { return false }
      return shouldRemove(i, root: root.index, stats: stats, flags: flags)
    }
  }

  /// Whether no kept text follows node `i` inside `root`. The clean-up
  /// runs backwards, so what follows is already measured (and what was
  /// removed no longer counts).
  private func isTrailing(_ i: Int32, root: Int32, stats: NodeStats.Pass) -> Bool {
    var ancestor = document.node(at: i).parentIndex
    while ancestor >= 0 {
      if stats[Int(ancestor)].chars > 0 { return false }
      if ancestor == root { return true }
      ancestor = document.node(at: ancestor).parentIndex
    }
    return true
  }

  private func shouldRemove(_ i: Int32, root: Int32, stats: NodeStats.Pass, flags: ContentLocator.Flags) -> Bool {
    let k = Int(i)
    let node = document.node(at: i)
    let tag = node.tag
    let hints = hints[k]
    let chars = stats[k].chars
    // Footers and asides are furniture unless they hold real prose (a
    // transcript, an explainer box): kept out of the body, not out of scoring.
    if tag == .footer || tag == .aside, chars < 500 || stats.linkDensity(i) > 0.2 || stats[k].paragraphs < 2 {
      return true
    }
    if hints.contains(.share), chars < 500, stats[k].paragraphs < 2 { return true }
    if hints.contains(.byline), chars < 100, stats[k].paragraphs <= 1, !tag.isHeading { return true }
    // An author box after the text ("About the author", the writer's name,
    // photo, job and a line or two of biography): about the writer, not the story.
    if hints.contains(.byline), chars < Self.maximumAuthorBoxChars, stats[k].paragraphs <= 3, !tag.isHeading,
      isTrailing(i, root: root, stats: stats)
    {
      return true
    }
    if flags.weighClasses, tag == .h1 || tag == .h2, hints.classWeight < 0 { return true }
    if tag == .ul || tag == .ol {
      if stats.linkDensity(i) >= 0.8, Self.followsRelatedLabel(node) { return true }
      // A list of cards (a picture and a short title per item) is a teaser
      // rail, whatever its links look like after the parser split them.
      let items = stats[k].listItems
      if items >= 3, stats[k].images * 2 >= items, chars / items < Self.maximumCardChars { return true }
    }
    // At the end of the text: a tag list (nothing but short links,
    // "Libraries", "Thornby") and a "Follow us on Facebook, X" line. The
    // same shapes higher up are a table of contents or a list in the story.
    if tag == .ul || tag == .ol {
      let items = stats[k].listItems
      if items >= 2, stats.linkDensity(i) >= 0.9, chars / items <= Self.maximumTagChars,
        isTrailing(i, root: root, stats: stats)
      {
        return true
      }
    }
    if tag == .p, chars < Self.maximumSocialPromoChars, Self.isSocialPromo(node),
      isTrailing(i, root: root, stats: stats)
    {
      return true
    }
    // "Lesen Sie auch: <a>…</a>" in a paragraph of its own: a teaser, not text.
    if tag == .p, chars <= InlineTeaser.maximumParagraphBytes, InlineTeaser.link(of: node, resolver: resolver) != nil {
      return true
    }
    // A labelled list of links is mostly link text: the share is known already.
    if tag == .p, chars <= InlineTeaser.maximumParagraphBytes * InlineTeaser.maximumListedLinks,
      stats.linkDensity(i) >= Self.minimumLinkListDensity, InlineTeaser.isLabelledLinkList(node, resolver: resolver)
    {
      return true
    }
    // "Related stories", "Around the web": headings of teaser blocks, never text.
    if tag.isHeading, chars <= 40, Self.isRelatedLabel(node.textContent) { return true }
    if tag == .p, chars <= 40, let next = node.nextElementSibling, next.tag == .ul || next.tag == .ol,
      stats.linkDensity(next.index) >= 0.8, Self.isRelatedLabel(node.textContent)
    {
      return true
    }
    guard flags.cleanConditionally else { return false }
    switch tag {
    case .form, .fieldset, .table, .ul, .div: break
    default: return false
    }
    if insideCode[k] { return false }
    if tag == .table && isDataTable(i, stats: stats) { return false }
    if isInsideDataTable(node, stats: stats) { return false }
    let weight = flags.weighClasses ? hints.classWeight : 0
    if weight < 0 { return true }
    if stats[k].commas >= 10 { return false }
    let paragraphs = Double(stats[k].paragraphs)
    let images = Double(stats[k].images)
    let listItems = Double(stats[k].listItems) - 100
    let inputs = Double(stats[k].inputs)
    let embeds = stats[k].embeds
    let headingDensity = chars > 0 ? Double(stats[k].headingChars) / Double(chars) : 0
    let linkDensity = stats.linkDensity(i)
    let isList = tag == .ul || tag == .ol || (chars > 0 && Double(stats[k].listChars) / Double(chars) > 0.9)
    let inFigure = insideFigure[k]
    if chars > 0, chars < 20, Self.isAdOrLoadingLabel(node.textContent) { return true }
    if !inFigure && images > 1 && paragraphs / images < 0.5 { return true }
    if !isList && listItems > paragraphs { return true }
    if inputs > (paragraphs / 3).rounded(.down) { return true }
    if !isList && !inFigure && headingDensity < 0.9 && chars < 25 && (images == 0 || images > 2) && linkDensity > 0 {
      return true
    }
    if !isList && weight < 25 && linkDensity > 0.2 { return true }
    if weight >= 25 && linkDensity > 0.5 { return true }
    if (embeds == 1 && chars < 75) || embeds > 1 { return true }
    if images == 0 && chars == 0 { return true }
    return false
  }

  private func isDataTable(_ i: Int32, stats: NodeStats.Pass) -> Bool {
    let node = document.node(at: i)
    if let role = node.attribute("role"), role == "presentation" { return false }
    return stats[Int(i)].headerCells > 0 || stats[Int(i)].rows >= 10
  }

  private func isInsideDataTable(_ node: HTMLNode, stats: NodeStats.Pass) -> Bool {
    var current = node.parent
    while let ancestor = current, ancestor.index > 0 {
      if ancestor.tag == .table { return isDataTable(ancestor.index, stats: stats) }
      current = ancestor.parent
    }
    return false
  }

  /// Whether the element right before `node` is a short "Related:" /
  /// "Read more:" label: the list after it is teasers, not text.
  static func followsRelatedLabel(_ node: HTMLNode) -> Bool {
    var previous: HTMLNode?
    var current = node.parent?.firstChild
    while let sibling = current, sibling != node {
      if sibling.isElement { previous = sibling }
      current = sibling.nextSibling
    }
    guard let label = previous, label.textLength <= 60 else { return false }
    return isRelatedLabel(label.textContent)
  }

  /// An author box holds a name, a job and a short biography: the five
  /// such boxes at the end of fundus pages hold 150 to 450 characters.
  static let maximumAuthorBoxChars: Int32 = 600

  /// Brackets and bullets that set a label apart ("【関連記事】", "[Read more]",
  /// "■ Related"): the label is the words inside.
  static let labelMarks: Set<Character> = [
    "【", "】", "[", "]", "(", ")", "「", "」", "『", "』", "《", "》", "■", "●", "▶", "►", "・", "|",
  ]

  /// `TeaserCollector.isRelatedLabel` on a label stripped of its brackets.
  static func isRelatedLabel(_ text: String) -> Bool {
    var label = Substring(text.collapsingWhitespace())
    while let first = label.first, labelMarks.contains(first) || first == " " { label = label.dropFirst() }
    while let last = label.last, labelMarks.contains(last) || last == " " { label = label.dropLast() }
    return TeaserCollector.isRelatedLabel(String(label))
  }

  /// Share of a "Related: <a>…</a>, <a>…</a>" line inside its links at
  /// least: a short label, then headlines.
  static let minimumLinkListDensity = 0.5

  /// Average text of one item in a tag list: a topic name, not a headline.
  static let maximumTagChars: Int32 = 25
  /// A "follow us" line is one or two sentences.
  static let maximumSocialPromoChars: Int32 = 300

  /// Social networks as their links are labelled in "Follow us on …" lines.
  static let socialNetworks: Set<String> = [
    "facebook", "twitter", "x", "instagram", "tiktok", "youtube", "linkedin", "whatsapp", "threads", "bluesky",
    "telegram", "mastodon", "snapchat", "pinterest", "flipboard",
  ]

  /// Whether a paragraph is a "Follow us on Facebook, X and Instagram"
  /// promo: two or more of its links are labelled only with a network's
  /// name. Story text names a network in words, not as bare link labels.
  static func isSocialPromo(_ paragraph: HTMLNode) -> Bool {
    var networks = 0
    for link in paragraph.descendants(.a) {
      let label = link.textContent.collapsingWhitespace().fastLowercased()
      if socialNetworks.contains(label) { networks += 1 }
      if networks >= 2 { return true }
    }
    return false
  }

  /// Average text of one item in a list of story cards (title, time, label).
  static let maximumCardChars: Int32 = 150

  static func isAdOrLoadingLabel(_ text: String) -> Bool {
    guard text.utf8.count < 40 else { return false }
    let label = text.collapsingWhitespace().fastLowercased()
    return [
      "ad", "ads", "advert", "advertising", "advertisement", "anzeige", "werbung", "publicité", "publicidad",
      "anuncio", "loading", "loading…", "loading...", "sponsored",
    ].contains(label)
  }
}

/// Whether a heading repeats the headline (word overlap, both ways).
enum HeadingMatch {
  /// The lower-cased words (runs of letters and digits) of `text`.
  static func key(_ text: String) -> [Substring] {
    let lowered = text.fastLowercased()
    return asciiWords(lowered) ?? lowered.split { !$0.isLetter && !$0.isNumber }
  }

  /// `key`'s split for ASCII text, on bytes: there every byte is a
  /// character (CR LF, one character, is a separator either way), and the
  /// letters and digits are a-z, A-Z and 0-9. The Unicode property lookup
  /// per character cost more than the rest of the match. Nil for other text.
  static func asciiWords(_ lowered: String) -> [Substring]? {
    lowered.utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      }
      let utf8 = lowered.utf8
      var words: [Substring] = []
      var i = 0
      while i < bytes.count {
        while i < bytes.count, !isWordByte(bytes[i]) { i += 1 }
        guard i < bytes.count else { break }
        let start = i
        while i < bytes.count, isWordByte(bytes[i]) { i += 1 }
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(from, offsetBy: i - start)
        words.append(lowered[from..<to])
      }
      return words
    } ?? nil
  }

  static func similar(_ a: [Substring], _ b: [Substring]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    let setA = Set(a)
    let setB = Set(b)
    let aInB = Double(a.filter { setB.contains($0) }.count) / Double(a.count)
    let bInA = Double(b.filter { setA.contains($0) }.count) / Double(b.count)
    return aInB >= 0.75 && bInA >= 0.75
  }
}
