import NewsgrabHTML

/// The real headline: the page's visible heading when it agrees with the
/// metadata titles, else the best metadata title with the site's name cut off.
struct Headline {
  let sources: MetadataSources
  let siteNames: [String]

  /// Metadata titles in order of trust.
  var metadataTitles: [Sourced<String>] {
    var titles: [Sourced<String>] = []
    if let ld = sources.ld {
      if let value = ld["headline"]?.text { titles.append(Sourced(value, "json-ld")) }
      if let value = ld["name"]?.text { titles.append(Sourced(value, "json-ld")) }
    }
    let keys: [(String, String)] = [
      ("dc.title", "meta:dc.title"), ("dc:title", "meta:dc.title"), ("og:title", "opengraph"),
      ("twitter:title", "twitter"), ("parsely-title", "meta:parsely-title"),
      ("sailthru.title", "meta:sailthru.title"), ("headline", "microdata"), ("title", "meta:title"),
    ]
    for (key, source) in keys {
      if let value = sources.meta.first(key)?.nonEmpty { titles.append(Sourced(value, source)) }
    }
    if let value = sources.microdata.first("headline") { titles.append(Sourced(value, "microdata")) }
    if let value = sources.meta.title?.nonEmpty { titles.append(Sourced(value, "title-tag")) }
    return titles
  }

  /// Visible headings that may carry the headline, in document order:
  /// `itemprop=headline` elements, `<h1>`s, and h2/h3 with a title class.
  var headings: [Sourced<String>] { headingNodes.map(\.heading) }

  var headingNodes: [(heading: Sourced<String>, node: HTMLNode)] {
    var result: [(heading: Sourced<String>, node: HTMLNode)] = []
    let itemprop = sources.page.document.nameNumber("itemprop")
    for node in sources.page.body.descendants where node.isElement {
      let tag = node.tag
      // One switch on the tag (`==` on a tag costs a witness call per element).
      var isMeta = false
      var isH1 = false
      var isH2OrH3 = false
      switch tag {
      case .meta: isMeta = true
      case .h1: isH1 = true
      case .h2, .h3: isH2OrH3 = true
      default: break
      }
      let isCandidate: Bool
      let source: String
      if node.attribute(number: itemprop).map({ TokenList.contains($0, "headline") }) == true, !isMeta {
        isCandidate = true
        source = "microdata"
      } else if isH1 {
        isCandidate = true
        source = "dom:h1"
      } else if isH2OrH3 {
        isCandidate = true
        source = "dom:\(tag.name)"
      } else {
        isCandidate = false
        source = ""
      }
      guard isCandidate, !Self.isInChrome(node), let text = Self.visibleText(node).nonEmpty else { continue }
      guard !HeadingFurniture.isFurniture(node, text: text) else { continue }
      result.append((Sourced(text, source), node))
      if result.count >= Self.maximumHeadings { break }
    }
    return HeadingFurniture.withoutRepeatedLabels(result)
  }

  /// More headings than this are lists of teasers, not candidates.
  static let maximumHeadings = 80

  static func titleClass(_ classAndID: String) -> Bool {
    ["headline", "entry-title", "article-title", "post-title", "story-title", "page-title"].contains {
      classAndID.contains($0)
    }
  }

  /// A heading's text as a reader sees it: `textContent` (scripts and
  /// styles already skipped) without `<noscript>` fallbacks ("Please enable
  /// JavaScript"), which browsers do not show, and with a space where a
  /// word would run from one element into the next, a lower-case letter,
  /// a digit or a sentence's closing mark into a capital ("<span>Nationale
  /// Demo</span>Der 9. Juli naht", "<span>Eisheilige 2024</span><span>Wann
  /// …": the style sheet sets the kicker on a line of its own), and a space
  /// for a `<br>`.
  static func visibleText(_ node: HTMLNode) -> String {
    guard node.children.contains(where: \.isElement) else { return node.textContent }
    var text = ""
    var atBoundary = false
    func add(_ part: String) {
      guard let first = part.first else { return }
      if atBoundary, let last = text.last, last.isLowercase || last.isNumber || Self.closingMarks.contains(last),
        first.isUppercase
      {
        text += " "
      }
      atBoundary = false
      text += part
    }
    func append(_ node: HTMLNode) {
      for child in node.children {
        if child.isText {
          add(child.text)
        } else {
          switch child.tag {
          case .noscript, .script, .style, .template: continue
          // A line break shows as a break between words ("Council
          // approves<br>new parking plan").
          case .br:
            if let last = text.last, !last.isWhitespace { text += " " }
          default:
            atBoundary = true
            append(child)
            atBoundary = true
          }
        }
      }
    }
    append(node)
    return text
  }

  /// Marks that end a kicker or a sentence, after which a capital in the
  /// next element starts a new line.
  static let closingMarks: Set<Character> = [".", "!", "?", ":", ")", "\"", "”", "»", "“"]

  /// Whether `node` sits in navigation, a footer, a sidebar or the page's
  /// banner (site chrome, not the article).
  static func isInChrome(_ node: HTMLNode) -> Bool {
    // The parents up to (not including) the document node, as `ancestors`
    // lists them, without building that array for every candidate.
    var current = node.parent
    while let ancestor = current, ancestor.kind != .document {
      switch ancestor.tag {
      case .nav, .footer, .aside: return true
      case .header where HeadingFurniture.isBanner(ancestor): return true
      default: break
      }
      current = ancestor.parent
    }
    return false
  }

  func resolve() -> Sourced<String>? {
    let titles = metadataTitles
    let found = headingNodes
    let headings = found.map(\.heading)
    let strippingKeys = TitleSplitter.strippingKeys(siteNames)
    // An `itemprop=headline` element is the visible heading itself: it
    // cannot confirm that heading, so the other titles judge it when there
    // are any.
    let independent = titles.contains { $0.source != "microdata" } ? titles.filter { $0.source != "microdata" } : titles
    let forms = independent.map { Sourced(TitleSplitter.strip($0.value, siteKeys: strippingKeys), $0.source) }
    let titleKeys = independent.map { TitleSplitter.key($0.value) } + forms.map { TitleSplitter.key($0.value) }
    let siteKeys = Set(siteNames.map(TitleSplitter.key))

    // 1. A visible heading that agrees with a metadata title is the headline
    //    as printed; `<h1>`s and marked headlines before lesser headings.
    let isMain = { (source: String) in source == "dom:h1" || source == "microdata" }
    let ranked = found.filter { isMain($0.heading.source) } + found.filter { !isMain($0.heading.source) }
    for (heading, node) in ranked {
      let key = TitleSplitter.key(heading.value)
      guard key.count >= Self.minimumKeyLength, !TitleSplitter.isSiteName(key: key, siteKeys) else { continue }
      // A heading that also holds a kicker, a byline or a link home: the
      // part of it that matches the metadata more closely is the headline
      // (an `<h1>` whose overline the metadata leaves out is judged by its
      // parts alone).
      var best: (text: String, distance: Int, whole: Bool)? = Self.distance(key, titleKeys).map {
        (heading.value, $0, true)
      }
      guard best != nil || isMain(heading.source) else { continue }
      for child in node.elementChildren {
        guard let text = Self.visibleText(child).nonEmpty else { continue }
        let childKey = TitleSplitter.key(text)
        guard childKey.count >= Self.minimumKeyLength, let d = Self.distance(childKey, titleKeys),
          best.map({ d < $0.distance }) ?? true
        else { continue }
        best = (text, d, false)
      }
      guard let best else { continue }
      if best.whole, let form = Self.metadataForm(of: best.text, forms) {
        return Sourced(form, heading.source)
      }
      return Sourced(best.text, heading.source)
    }

    // 2. A metadata title the others do not contradict, site name cut off.
    let cleaned = titles.map { Sourced(TitleSplitter.strip($0.value, siteKeys: strippingKeys), $0.source) }
    if let best = cleaned.first(where: { candidate in
      // JSON-LD headlines are sometimes a description (Wikipedia): trust one
      // only when another source agrees or it is the only title.
      guard candidate.source == "json-ld", cleaned.count > 1 else { return true }
      let key = TitleSplitter.key(candidate.value)
      return cleaned.contains { $0.source != "json-ld" && Self.agrees(key, TitleSplitter.key($0.value)) }
    }) {
      // A page with a single prominent heading that the metadata does not
      // mention rewrote its social titles: the printed headline wins.
      if let heading = soleHeadline(headings), best.source != "title-tag" {
        return heading
      }
      if best.source == "title-tag" {
        // Only a <title> to go by: the article's own printed <h1> is the
        // headline; the <title> may be a section's or an SEO variant.
        let main = found.filter { isMain($0.heading.source) }
        // A one-word <title> ("Home", "T") names a site or section, not a story.
        let bareTitle = best.value.split(separator: " ").count <= 1
        if main.count == 1, let only = main.first, bareTitle || Self.isInArticle(only.node),
          only.heading.value.split(separator: " ").count >= Self.minimumArticleHeadlineWords,
          !TitleSplitter.isSiteName(only.heading.value, siteKeys)
        {
          return only.heading
        }
        // "Severe storms escalate in Gauteng" as the <title>, the only
        // <h1> going on ", residents urged to …": the title was cut short.
        if main.count == 1, let only = main.first, Self.continues(only.heading.value, title: best.value) {
          return only.heading
        }
        // A <title> that only names the site ("Quanta Magazine": the page's
        // script never set one; "example.com", a domain name) says nothing
        // of the story; the first <h1> that is no site name does.
        if best.value.split(separator: " ").count <= TitleSplitter.maximumSectionWords,
          TitleSplitter.isSiteName(best.value, siteKeys) || Byline.isHostName(best.value),
          let first = main.first(where: { found in
            !TitleSplitter.isSiteName(found.heading.value, siteKeys)
              && found.heading.value.split(separator: " ").count >= Self.minimumArticleHeadlineWords
          })
        {
          return first.heading
        }
        // A <title> of a few words that the page's one prominent heading
        // outgrows ("The Town Crier" over "Council approves new parking
        // plan"): old sites give every page the site's name as its title.
        if let heading = Self.outgrowingHeading(
          of: best.value, main: main, found: found, navigation: { navigationKeys })
          ?? (found.isEmpty
            ? classedTitleBlock(outgrowing: best.value)
              ?? boldLine(outgrowing: sources.meta.title ?? best.value) : nil)
        {
          return heading
        }
        if let side = spelledTitleSide(of: best.value) { return side }
        let headingKeys = Set(headings.map { TitleSplitter.key($0.value) }.filter { $0.count >= Self.minimumKeyLength })
        let split = TitleSplitter.headline(
          fromTitle: best.value, siteKeys: strippingKeys.union(copyrightNamedEnds(of: best.value)),
          headingKeys: headingKeys, navigationKeys: navigationKeys)
        let unsuffixed = Self.withoutShortSuffix(split)
        return Sourced(unsuffixed == split ? Self.withoutShortPrefix(split) : unsuffixed, best.source)
      }
      return best
    }
    // No metadata title at all: the page's main heading before lesser ones.
    return found.first { isMain($0.heading.source) }?.heading ?? headings.first
  }

  /// The metadata's spelling of a visible heading, when the metadata
  /// writes the same title with the separators the markup left out: a
  /// kicker in its own `<span>` ("Die Eisheiligen 2024" + "Wann sie sind")
  /// that og:title joins with a colon, or the kicker the metadata puts
  /// before the printed title ("Kenia: " + "Nairobi von unten"). nil when
  /// no title spells it so.
  static func metadataForm(of heading: String, _ forms: [Sourced<String>]) -> String? {
    let key = TitleSplitter.key(heading)
    let separatorCount = { (text: String) in text.unicodeScalars.count { separators.contains($0) } }
    for form in forms where form.value != heading {
      // The same words with a separator the markup left out: keep the
      // metadata's (quotes and spelling stay the page's).
      if TitleSplitter.key(form.value) == key, separatorCount(form.value) > separatorCount(heading) {
        return form.value
      }
      // A `<title>` whose site name no one knows: its part that spells the
      // heading ("Eisheilige 2024: Wann sie sind | Stadtblatt").
      if form.source == "title-tag", let family = TitleSplitter.family(of: form.value),
        let part = form.value.splitting(by: family).first(where: { TitleSplitter.key($0) == key }),
        separatorCount(part) > separatorCount(heading)
      {
        return part.trimmed(in: .cachedWhitespaces)
      }
    }
    // A `<title>` reading "Blog name: Headline" names the site, not a kicker.
    for form in forms where form.value != heading && form.source != "title-tag" {
      // "Kicker: Title" in the metadata, "Title" on the page.
      guard let colon = form.value.range(of: ": ") else { continue }
      let kicker = form.value[..<colon.lowerBound]
      let rest = String(form.value[colon.upperBound...])
      guard TitleSplitter.key(rest) == key, !kicker.isEmpty,
        kicker.split(separator: " ").count <= maximumKickerWords
      else { continue }
      return form.value
    }
    return nil
  }

  /// Marks that part a kicker from its title ("2024: Wann", "Demo / Der").
  static let separators: Set<Unicode.Scalar> = [":", "/", "|", "-", "–", "—", "·", "•", "：", "｜"]

  /// A kicker is a topic of one to four words ("Kenia", "Rückbau von
  /// Atomkraftwerk", "Alito and Prelogar"); a longer lead-in before a colon
  /// is part of a sentence.
  static let maximumKickerWords = 4

  /// Keys of the texts of links in navigation and breadcrumbs: the section
  /// names a `<title>` chains after the headline ("Soccer", "Sport").
  var navigationKeys: Set<String> {
    var keys: Set<String> = []
    var containers: [HTMLNode] = []
    for node in sources.page.body.descendants where node.isElement {
      // Containers inside one already found add nothing.
      if let last = containers.last, node.index < last.subtreeEndIndex { continue }
      if node.tag == .nav || node.classAndID.hasSubstring("breadcrumb") || Self.isNavigationBlock(node) {
        containers.append(node)
      }
    }
    for container in containers {
      for link in container.descendants {
        guard case .a = link.tag, let text = link.textContent.nonEmpty, text.count <= Self.maximumNavigationText
        else { continue }
        keys.insert(TitleSplitter.key(text))
      }
      if keys.count >= Self.maximumNavigationLinks { break }
    }
    keys.remove("")
    return keys
  }

  /// Whether an element other than `<nav>` is the site's menu by its id or
  /// a class of its own (`<div id="nav">`, `<ul class="menu">`), as
  /// older pages write it.
  static func isNavigationBlock(_ node: HTMLNode) -> Bool {
    switch node.tag {
    case .div, .ul, .td, .table: break
    default: return false
    }
    let marker = node.classAndID
    guard !marker.isEmpty, marker.hasSubstring("nav") || marker.hasSubstring("menu") else { return false }
    return marker.lowercased().split(separator: " ").contains { navigationTokens.contains(String($0)) }
  }

  static let navigationTokens: Set<String> = [
    "nav", "navigation", "navbar", "menu", "mainmenu", "main-menu", "main-nav", "mainnav", "topnav", "top-nav",
    "site-nav", "sitenav", "primary-menu", "menubar",
  ]

  /// Navigation entries are names of a few words; longer link texts are teasers.
  static let maximumNavigationText = 40
  /// A mega-menu's first few hundred entries name every section a title mentions.
  static let maximumNavigationLinks = 400

  /// A `<title>` with an unknown site name glued on ("Headline – My
  /// website"): a short last segment after a dash or bar goes when the rest
  /// reads as a headline.
  static func withoutShortSuffix(_ title: String) -> String {
    for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      // "A - B - C" is a path or a compound title, not "Headline - Site".
      guard title.range(of: separator) == range else { return title }
      let head = String(title[..<range.lowerBound])
      let tail = String(title[range.upperBound...])
      if tail.split(separator: " ").count <= maximumSuffixWords,
        head.split(separator: " ").count >= minimumHeadlineWords
      {
        return head
      }
      return title
    }
    return title
  }

  /// Site names glued to titles are one to three words ("My website", "eHow").
  static let maximumSuffixWords = 3

  /// "The Town Crier - Council approves new parking plan": a name of one
  /// to three capitalised words before the only dash of a `<title>` goes
  /// when the rest reads as a headline and starts as one (a capital). A
  /// lead-in with a lower-case word ("Town hall - …") is a topic.
  static func withoutShortPrefix(_ title: String) -> String {
    for separator in [" – ", " — ", " - "] {
      guard let range = title.range(of: separator) else { continue }
      guard title.range(of: separator, options: .backwards) == range else { return title }
      let lead = title[..<range.lowerBound].split(separator: " ")
      let rest = String(title[range.upperBound...])
      guard lead.count <= maximumSuffixWords, lead.allSatisfy({ $0.first?.isUppercase == true }),
        rest.split(separator: " ").count >= minimumHeadlineWords, rest.first?.isUppercase == true
      else { return title }
      return rest
    }
    return title
  }

  /// The side of a `<title>` cut at a separator that an element of the
  /// page spells whole ("The Paper : Storm closes schools across the
  /// county" over `<div class="titlebar">Storm closes schools across the
  /// county</div>`), when it reads as a headline: the page printed it as
  /// one. Elements in navigation, footers and sidebars do not count. A
  /// colon with no space before it ends a kicker ("Topic: Headline"), and
  /// `_` in a title without spaces is no separator (as in
  /// `TitleSplitter.family`).
  func spelledTitleSide(of title: String) -> Sourced<String>? {
    var sides: [(text: String, key: String)] = []
    let spaced = title.hasSubstring(" ")
    for separator in TitleSplitter.separators where title.hasSubstring(separator) {
      if separator == ":" || separator == "：" || separator == "_" && !spaced { continue }
      var rest = title[...]
      while let range = rest.range(of: separator) {
        for side in [title[..<range.lowerBound], title[range.upperBound...]] {
          let text = side.trimmed(in: .cachedWhitespaces)
          guard TitleSplitter.readsAsHeadline(text, words: Self.minimumHeadlineWords) else { continue }
          let key = TitleSplitter.key(text)
          if key.count >= Self.minimumKeyLength { sides.append((text, key)) }
        }
        rest = rest[range.upperBound...]
      }
    }
    guard let shortest = sides.map(\.key.utf8.count).min(), let longest = sides.map(\.text.utf8.count).max() else {
      return nil
    }
    // Bytes of white space and markup-free punctuation an element's text
    // may hold besides the side's own.
    let most = longest * 2 + Self.spelledSlack
    for node in sources.page.body.descendants where node.isElement {
      let length = Int(node.textLength)
      guard length >= shortest, length <= most else { continue }
      switch node.tag {
      case .script, .style, .noscript, .template, .title, .option, .nav, .footer, .aside: continue
      default: break
      }
      let key = TitleSplitter.key(node.textContent)
      guard let side = sides.first(where: { $0.key == key }), !Self.isInChrome(node) else { continue }
      return Sourced(side.text, "title-tag")
    }
    return nil
  }

  /// White space an element's text may hold around the words it spells.
  static let spelledSlack = 40

  /// Keys of the segments at either end of a `<title>` (or in brackets at
  /// its end) that the page's copyright line names ("The Town Crier :
  /// Headline" over "© 2024 The Town Crier"): the site's name where no
  /// metadata gives it. Only site-name-sized segments beside a
  /// headline-sized rest are looked up, and the page's text only when the
  /// title has more than one segment.
  func copyrightNamedEnds(of title: String) -> Set<String> {
    let segments = TitleSplitter.segments(of: title)
    var ends = segments
    if title.last == ")", let open = title.lastIndex(of: "("), open > title.startIndex {
      ends.append(String(title[title.index(after: open)..<title.index(before: title.endIndex)]))
    }
    guard ends.count >= 2, let first = ends.first, let last = ends.last else { return [] }
    let wordCount = { (text: String) in text.split(whereSeparator: \.isWhitespace).count }
    // Words of the segments, separators left out.
    let titleWords = segments.reduce(0) { $0 + wordCount($1) }
    let keys = [first, last].filter {
      let words = wordCount($0)
      // What the name leaves must read as a headline ("Google - Site
      // Reliability Engineering" names a book, not a story).
      return $0.count <= SourceName.maximumSiteNameLength && words <= TitleSplitter.maximumSectionWords
        && titleWords - words >= TitleSplitter.minimumHeadlineWords
    }.map(TitleSplitter.key).filter { $0.count >= TitleSplitter.minimumSiteKeyLength }
    guard !keys.isEmpty else { return [] }
    let lines = SourceName(sources: sources).copyrightKeys
    return Set(keys.filter { key in lines.contains { $0.contains(key) } })
  }

  /// The page's one prominent heading when a short `<title>` (a site's or
  /// section's name, at most `maximumSectionWords` words) says less than
  /// it: the only `<h1>`, or with no `<h1>` the only heading classed as a
  /// title ("entry-title"), or with neither the only heading of headline
  /// length; of headline length and longer than the title.
  static func outgrowingHeading(
    of title: String, main: [(heading: Sourced<String>, node: HTMLNode)],
    found: [(heading: Sourced<String>, node: HTMLNode)], navigation: () -> Set<String> = { [] }
  ) -> Sourced<String>? {
    guard let titleWords = namesOnlyWords(title) else { return nil }
    var prominent = main
    if main.isEmpty || namesSections(main, navigation) {
      prominent = found.filter { titleClass($0.node.classAndID.lowercased()) }
    }
    // No <h1> and no heading classed as a title: the one lesser heading of
    // headline length ("Archives", "Categories" are a sidebar's).
    if prominent.isEmpty {
      prominent = found.filter { $0.heading.value.split(separator: " ").count >= minimumHeadlineWords }
    }
    guard prominent.count == 1, let only = prominent.first else { return nil }
    let words = only.heading.value.split(separator: " ").count
    guard words >= minimumHeadlineWords, words > titleWords else { return nil }
    return only.heading
  }

  /// Whether every one of the `<h1>`s is one word that names a section of
  /// the site's navigation ("News"): a section's label, not the story's
  /// ("Mozilla" on a wiki stays the page's heading).
  static func namesSections(
    _ main: [(heading: Sourced<String>, node: HTMLNode)], _ navigation: () -> Set<String>
  ) -> Bool {
    guard main.allSatisfy({ !$0.heading.value.contains(" ") }) else { return false }
    let sections = navigation()
    return main.allSatisfy { sections.contains(TitleSplitter.key($0.heading.value)) }
  }

  /// On a page with no heading element at all, the one block classed as
  /// a title (`<div class="article-title">`) that says more than a short
  /// `<title>`, as `outgrowingHeading` asks of a heading.
  func classedTitleBlock(outgrowing title: String) -> Sourced<String>? {
    guard let titleWords = Self.namesOnlyWords(title) else { return nil }
    var found: (heading: Sourced<String>, node: HTMLNode)?
    for node in sources.page.body.descendants where node.isElement {
      // The title's own inner parts ("article-title__text").
      if let found, node.isInside(found.node) { continue }
      let marker = node.classAndID
      guard !marker.isEmpty, Self.titleClass(marker.lowercased()), node.textLength <= Self.maximumTitleBlockBytes,
        !Self.isInChrome(node)
      else { continue }
      let text = node.textContent.collapsingWhitespace()
      let words = text.split(separator: " ").count
      guard words >= Self.minimumHeadlineWords, words > titleWords else { continue }
      // Two such blocks are a list of teasers.
      guard found == nil else { return nil }
      found = (Sourced(text, "dom:title-class"), node)
    }
    return found?.heading
  }

  /// A title block holding more text than this is a box, not a headline.
  static let maximumTitleBlockBytes = 300

  /// The words of the longest part of a `<title>` made only of names: at
  /// most three parts ("The Town Crier", "News - The Town Crier", "The
  /// Town Crier - Local News") of one to three words each (a site's,
  /// a section's). nil for a title with a part of headline length.
  static func namesOnlyWords(_ title: String) -> Int? {
    let parts = TitleSplitter.segments(of: title)
    guard (1...maximumNameParts).contains(parts.count) else { return nil }
    let words = parts.map { $0.split(separator: " ").count }
    guard let most = words.max(), most <= TitleSplitter.maximumSectionWords else { return nil }
    return most
  }

  /// A site's name, a section's and a tagline at most.
  static let maximumNameParts = 3

  /// On a page with no heading element and a `<title>` that chains names
  /// only (a site's and a section's: "The Town Crier - Local News"), the
  /// first bold or large line of headline length before the text begins
  /// (`<font size="5"><b>…</b></font>` in an old table layout), not a link
  /// or site chrome. A `<title>` of one short part may be the story's own
  /// short title, and stays. `title` is the `<title>` as written, before
  /// any site name was cut off it.
  func boldLine(outgrowing title: String) -> Sourced<String>? {
    guard let titleWords = Self.namesOnlyWords(title), TitleSplitter.segments(of: title).count >= 2 else {
      return nil
    }
    for node in sources.page.body.descendants where node.isElement {
      switch node.tag {
      // A paragraph of prose: the text has begun, and a bold line inside it
      // is emphasis. A paragraph that is all one bold line is looked into.
      case .p:
        let bold = node.elementChildren.reduce(0) { sum, child in
          child.tag == .b || child.tag == .strong ? sum + child.textLength : sum
        }
        if node.textLength > Self.maximumTitleBlockBytes || node.textLength - bold > Self.maximumLooseBytes {
          return nil
        }
        continue
      case .b, .strong: break
      case .other where node.tagName == "font": guard Self.isLargeFont(node) else { continue }
      default: continue
      }
      guard node.textLength <= Self.maximumTitleBlockBytes, node.closest(.a) == nil, !Self.isInChrome(node) else {
        continue
      }
      let text = node.textContent.collapsingWhitespace()
      let words = text.split(separator: " ").count
      guard words >= Self.minimumHeadlineWords, words > titleWords, !TitleSplitter.isDatePart(text) else { continue }
      return Sourced(text, "dom:bold-line")
    }
    return nil
  }

  /// Text a paragraph may hold besides its bold line and still be that
  /// line (white space, a mark); more is prose.
  static let maximumLooseBytes = 20

  /// `<font size="5">`, `<font size="+2">`: larger than the text's default (3).
  static func isLargeFont(_ node: HTMLNode) -> Bool {
    guard let size = node.attribute("size")?.trimmed(in: .cachedWhitespaces) else { return false }
    if size.hasPrefix("+") { return true }
    return (Int(size) ?? 0) > 3
  }

  /// Whether `node` sits inside an `<article>` element (the page says it is the story).
  static func isInArticle(_ node: HTMLNode) -> Bool {
    node.ancestors.contains { $0.tag == .article }
  }

  /// An `<h1>` inside `<article>` of two words or more is a headline ("Café’s reopen").
  static let minimumArticleHeadlineWords = 2

  /// The one `<h1>` of the page when there is exactly one and it reads like a headline.
  func soleHeadline(_ headings: [Sourced<String>]) -> Sourced<String>? {
    let h1s = headings.filter { $0.source == "dom:h1" || $0.source == "microdata" }
    guard h1s.count == 1, let heading = h1s.first else { return nil }
    let words = heading.value.split(separator: " ").count
    guard words >= Self.minimumHeadlineWords else { return nil }
    if TitleSplitter.isSiteName(heading.value, Set(siteNames.map(TitleSplitter.key))) { return nil }
    return heading
  }

  /// Shorter keys ("home", "menu") are too weak to call a match; eight
  /// characters keeps two-word CJK headings in.
  static let minimumKeyLength = 6
  /// A lone `<h1>` of fewer words is a section label ("Lorem", "News").
  static let minimumHeadlineWords = 4
  /// Share of the longer key the shorter must cover to count as agreeing
  /// ("Headline" vs "Headline (Published 2016)"); from the postlight pages,
  /// where what stood around the headline was at most half the title.
  static let minimumOverlap = 0.5

  /// Whether `heading` starts with the whole of a headline-sized `title`
  /// and goes on.
  static func continues(_ heading: String, title: String) -> Bool {
    guard TitleSplitter.readsAsHeadline(title, words: TitleSplitter.minimumHeadlineWords) else { return false }
    let headingKey = TitleSplitter.key(heading)
    let titleKey = TitleSplitter.key(title)
    return headingKey.count > titleKey.count && headingKey.hasPrefix(titleKey)
  }

  /// How far `key` is from the closest title it agrees with (difference in
  /// length), nil when it agrees with none.
  static func distance(_ key: String, _ titleKeys: [String]) -> Int? {
    titleKeys.filter { agrees(key, $0) }.map { abs($0.count - key.count) }.min()
  }

  static func agrees(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard !a.isEmpty, !b.isEmpty else { return false }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard Double(short.count) >= minimumOverlap * Double(long.count) else { return false }
    // At either end ("Headline (Published 2016)"), or between a topic and
    // the site ("Topic: Headline | City News - Site").
    // Keys of ASCII letters and digits hold each other as bytes.
    if long.utf8.allSatisfy({ $0 < 0x80 }) && short.utf8.allSatisfy({ $0 < 0x80 }) { return long.hasSubstring(short) }
    return long.hasPrefix(short) || long.hasSuffix(short) || long.contains(short)
  }
}
