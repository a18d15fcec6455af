import Foundation
import NewsgrabHTML

/// Publication and modification dates: structured data first, then `<time>`
/// elements, microformats and byline text in the article's header, then the
/// URL, then a date its scripts keep under a publication key, and last a
/// search of the page's whole text. Every candidate must be
/// plausible: from 1995 on, not after the page was saved (or today).
struct Dates {
  let sources: MetadataSources
  /// Whether an ambiguous "03/05/2013" on this page is 3 May (most of the
  /// world) rather than March 5 (the United States), and "03.05.2013".
  let dayFirst: NumberOrder
  /// The last plausible day (`YYYY-MM-DD`): the save date, or today, plus one
  /// (the page's local day may be ahead of UTC).
  let latestDay: String
  /// The second the page was saved ("2013-05-05T12:34:56"), when the
  /// saver wrote a time: a date stamped at that very second is the saver's
  /// (an archive's capture time, marked `itemprop=pubdate` in its header).
  let savedSecond: Substring?

  /// The page's declared language decides how ambiguous numbers read (the
  /// site's convention, whatever one article is written in); `language`,
  /// the article's resolved language, only when it declares none: a page
  /// written in French with no declaration reads "12/03/2012" as 12 March.
  /// Dots are month first only where the page declares it ("Termin:
  /// 14.09.2016" on a page that says nothing is 14 September).
  init(sources: MetadataSources, language: String? = nil, now: Date = Date()) {
    self.sources = sources
    let declared = [
      sources.meta.htmlLanguage, sources.meta.first("content-language"), sources.meta.first("og:locale"),
    ].lazy.compactMap { $0.flatMap(Language.normalise) }.first
    dayFirst = NumberOrder(
      slashed: Self.readsDayFirst(declared ?? language), dotted: declared.map(Self.readsDayFirst) ?? true)
    let saved = sources.page.savedAt.flatMap { DateParser.iso($0) }.flatMap { DateParser.dayNumber($0) }
    let today = Int(now.timeIntervalSince1970 / 86400)
    let (year, month, day) = DateParser.civilFromDays((saved ?? today) + 1)
    latestDay = String(format: "%04d-%02d-%02d", year, month, day)
    savedSecond = sources.page.savedAt.flatMap { $0.count >= 19 ? $0.prefix(19) : nil }
  }

  /// The first day a publication date can have: htmldate's floor too, the
  /// year news sites went online in numbers; earlier "dates" are history in
  /// the text, a zero timestamp (1970-01-01) or a mis-read year.
  static let earliestDay = "1995-01-01"

  func isPlausible(_ iso: String) -> Bool {
    let day = iso.prefix(10)
    if let savedSecond, iso.count >= 19, iso.prefix(19) == savedSecond { return false }
    return day >= Self.earliestDay && day <= latestDay
  }

  /// Month first only in American English (and the Philippines); a page that
  /// declares no language keeps the month-first reading it always had.
  static func readsDayFirst(_ tag: String?) -> Bool {
    guard let tag else { return false }
    let parts = tag.split(separator: "-")
    let language = parts.first.map(String.init) ?? ""
    if ["fil", "tl"].contains(language) { return false }
    guard language == "en" else { return true }
    let region = parts.dropFirst().first { $0.count == 2 }.map(String.init)
    return !(region == nil || region == "US" || region == "PH")
  }

  /// Meta keys that carry the publication date, most specific first.
  static let publishedKeys = [
    "article:published_time", "article:published", "og:published_time", "og:article:published_time",
    "datepublished", "published_time", "published-date", "publish-date", "publishdate", "publish_date",
    "pubdate", "publication_date", "date.available", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dc:date", "dcterms.date", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "date", "og:pubdate",
    "pub_date", "date_published", "publication-date", "originalpublicationdate", "article.published",
    "rnews:datepublished",
    // Dublin Core written with a colon, or without "date"; microdata's
    // creation; Korean CMSs' `og:regDate` ("20190314091530"); a bare "created".
    "dc:created", "dcterms:created", "dc.issued", "dc:issued", "dcterms:issued", "datecreated", "og:regdate",
    "created", "dc.date.published",
  ]
  static let modifiedKeys = [
    "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dc.date.modified",
    "dcterms.modified", "last-modified", "lastmod", "revised", "lastmodified", "dc:modified", "dcterms:modified",
    "dateupdated",
  ]

  /// Both dates, the modification never before the publication: a page
  /// that says so is wrong about the modification (it is dropped). A page
  /// without a structured modification may show one ("Updated …") where the
  /// DOM was searched for the publication.
  func resolve() -> (published: Sourced<String>?, modified: Sourced<String>?) {
    let structuredModified = modified()
    var domUpdated: Sourced<String>?
    let published = published(modified: structuredModified, domUpdated: &domUpdated)
    var modified = structuredModified ?? domUpdated
    if let day = modified?.value.prefix(10), let first = published?.value.prefix(10), day < first { modified = nil }
    return (published, modified)
  }

  func published() -> Sourced<String>? {
    var domUpdated: Sourced<String>?
    return published(modified: modified(), domUpdated: &domUpdated)
  }

  func published(modified: Sourced<String>?, domUpdated: inout Sourced<String>?) -> Sourced<String>? {
    let modified = modified?.value.prefix(10)
    // A date after the last modification is not the publication: it is the
    // day the page was saved ("today") or a later story's date.
    func beforeModified(_ candidate: Sourced<String>) -> Bool {
      guard let modified else { return true }
      return candidate.value.prefix(10) <= modified
    }
    // The page's structured date settles it unless it is UTC (the page may
    // also show the same instant in local time) or implausible; the DOM is
    // searched only then.
    let structured = structuredCandidates().filter { isPlausible($0.value) }
    if let first = structured.first(where: beforeModified), DateParser.instant(first.value)?.offset != 0 {
      return first
    }
    var candidates = structured + domCandidates(updated: &domUpdated).filter { isPlausible($0.value) }
    let kept = candidates.filter(beforeModified)
    if !kept.isEmpty { candidates = kept }
    guard let first = candidates.first else { return scriptStateDate() ?? pageSearch() }
    return preferLocal(first, among: candidates)
  }

  func modified() -> Sourced<String>? {
    func plausible(_ raw: String?) -> String? {
      raw.flatMap { DateParser.iso($0, dayFirst: dayFirst) }.flatMap { isPlausible($0) ? $0 : nil }
    }
    if let value = plausible(sources.ld?["dateModified"]?.text) { return Sourced(value, "json-ld") }
    for key in Self.modifiedKeys {
      if let value = plausible(sources.meta.first(key)) { return Sourced(value, "meta:\(key)") }
    }
    if let value = plausible(sources.microdata.first("dateModified")) { return Sourced(value, "microdata") }
    return nil
  }

  /// Every publication date found, in order of trust.
  func publishedCandidates() -> [Sourced<String>] {
    var updated: Sourced<String>?
    return structuredCandidates() + domCandidates(updated: &updated)
  }

  /// Publication dates from JSON-LD, meta tags and microdata.
  func structuredCandidates() -> [Sourced<String>] {
    var result: [Sourced<String>] = []
    func add(_ raw: String?, _ source: String) {
      if let value = raw.flatMap({ DateParser.iso($0, dayFirst: dayFirst) }) { result.append(Sourced(value, source)) }
    }
    if let ld = sources.ld {
      add(ld["datePublished"]?.text, "json-ld")
      add(ld["dateCreated"]?.text, "json-ld")
    }
    for key in Self.publishedKeys {
      add(sources.meta.first(key), "meta:\(key)")
    }
    add(sources.microdata.first("datePublished"), "microdata")
    // A CMS's item marks when it was created where no publication is marked.
    add(sources.microdata.first("dateCreated"), "microdata")
    add(parselyPage()?["pub_date"]?.string, "meta:parsely-page")
    return result
  }

  /// Publication dates shown on the page, and the URL's.
  /// `updated` is the last modification shown by a microformat or a byline label.
  func domCandidates(updated: inout Sourced<String>?) -> [Sourced<String>] {
    var result: [Sourced<String>] = []
    if let time = headerTime() { result.append(time) }
    let marked = microformatDates()
    if let published = marked.published ?? headlineContainerDate() { result.append(published) }
    let byline = bylineDate()
    if let published = byline.published { result.append(published) }
    updated = marked.updated ?? byline.updated
    if let url = urlDate() { result.append(url) }
    let line = datelineAfterHeadline()
    if let published = line.published { result.append(published) }
    // The dateline's "Güncelleme: 12.03.2020 16:40" when no marked element said it.
    if updated == nil { updated = line.updated }
    // A page that shows only when it was updated: that day is still the
    // best guess at its publication, after every other.
    if byline.published == nil, let updated = byline.updated { result.append(updated) }
    if result.isEmpty, let yearless = yearlessDate() { result.append(yearless) }
    return result
  }

  /// `<div class="story" data-date="2013-05-15">` around the headline: a
  /// `data-date` on an element that holds the story's heading dates the
  /// story (calendars and comments carry the same attribute, but hold no
  /// headline). The page's `<body>` and `<html>` are no story's.
  func headlineContainerDate() -> Sourced<String>? {
    guard let heading = sources.page.firstHeading, let name = sources.page.document.nameNumber("data-date") else {
      return nil
    }
    var current = heading.parent
    while let node = current, node.kind != .document, node.tag != .body, node.tag != .html {
      if let raw = node.attribute(number: name), let value = DateParser.iso(raw), isPlausible(value) {
        return Sourced(value, "dom:data")
      }
      current = node.parent
    }
    return nil
  }

  /// "15 May" in a date element, or in a short line just under the
  /// headline, of a story whose address files it under "/2013/05/": the
  /// address gives the year the line leaves out, when the month the line
  /// names is the address's. Only on a page with no other date.
  func yearlessDate() -> Sourced<String>? {
    guard let month = urlMonth() else { return nil }
    let names = MarkerNames(sources.page.document)
    let heading = sources.page.firstHeading?.index ?? Int32.max
    for node in sources.page.body.descendants where node.isElement {
      guard node.textLength > 0, node.textLength <= Self.maximumYearlessBytes else { continue }
      let underHeadline = node.index > heading && node.index - heading <= Int32(Self.datelineWindow)
      guard underHeadline || Self.isDateMarked(node, names: names) else { continue }
      let text = node.textContent.collapsingWhitespace()
      // A day is a number: a line without a digit holds none.
      guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
        !DateParser.hasFourDigitRun(text)
      else { continue }
      guard let value = labelled("\(text) \(month.prefix(4))").published, value.hasPrefix(month),
        !Self.isOutsideArticle(node, heading: sources.page.firstHeading)
      else { continue }
      return Sourced(value, "dom:byline+url")
    }
    return nil
  }

  /// A day and month without a year is a short line ("15 May", "Mittwoch, 15. Mai").
  static let maximumYearlessBytes = 40

  /// A UTC timestamp and a local one for the same instant: the page's own
  /// local form is the one readers see (and the one whose day is right).
  func preferLocal(_ chosen: Sourced<String>, among candidates: [Sourced<String>]) -> Sourced<String> {
    guard let instant = DateParser.instant(chosen.value), instant.offset == 0 else { return chosen }
    for candidate in candidates {
      guard let other = DateParser.instant(candidate.value), other.offset != 0 else { continue }
      if abs(other.seconds - instant.seconds) <= Self.sameInstantTolerance { return candidate }
    }
    return chosen
  }

  /// Two timestamps this close (seconds) are the same publication event written twice.
  static let sameInstantTolerance = 120

  /// The `parsely-page` meta tag holds JSON with `pub_date`.
  func parselyPage() -> JSONValue? {
    sources.meta.first("parsely-page").flatMap(JSONValue.parse)
  }

  /// The first `<time>` of the article (not in navigation, comments, related
  /// stories or a sidebar), preferring one marked as the publication time.
  func headerTime() -> Sourced<String>? {
    var first: Sourced<String>?
    // The name looked up once per page, not hashed again for every element.
    let datetime = sources.page.document.nameNumber("datetime")
    for time in sources.page.body.descendants {
      // `<time>`, and any element that carries a `datetime` the same way
      // (`<relative-time datetime=…>`, `<span class=timestamp datetime=…>`),
      // but `<ins>` and `<del>`, whose `datetime` dates an edit.
      switch time.tag {
      case .time: break
      case .ins, .del: continue
      default: guard let datetime, time.attribute(number: datetime) != nil else { continue }
      }
      guard !Self.isOutsideArticle(time, heading: sources.page.firstHeading) else { continue }
      let raw = time.attribute("datetime") ?? time.attribute("content") ?? time.textContent
      guard
        let value = DateParser.iso(raw, dayFirst: dayFirst) ?? DateParser.human(time.textContent, dayFirst: dayFirst),
        isPlausible(value)
      else { continue }
      let marker = (time.classAndID + " " + (time.attribute("itemprop") ?? "")).lowercased()
      if time.hasAttribute("pubdate") || marker.hasSubstring("publish") || marker.hasSubstring("posted") {
        return Sourced(value, "dom:time")
      }
      // The words before it: "last updated <time>", "Updated:" in the cell
      // before; "Veröffentlicht am <time class=updated>" is the publication
      // whatever the theme named the element.
      let label = Self.labelBefore(time)
      // "updated", "last-update": the element dates a change.
      if marker.hasSubstring("modif") || marker.hasSubstring("update"), label != .published { continue }
      if label == .updated || label == .otherDay { continue }
      if first == nil { first = Sourced(value, "dom:time") }
    }
    return first
  }

  /// A human-written date in a byline, dateline or date element.
  /// Also the first "Updated …" date met up to there.
  func bylineDate() -> (published: Sourced<String>?, updated: Sourced<String>?) {
    let names = MarkerNames(sources.page.document)
    var updated: Sourced<String>?
    // The end of the last element whose text held an update: an element
    // inside it was read with it, and alone it would lose its label
    // ("Updated <time class=byline>…").
    var readUntil: Int32 = -1
    for node in sources.page.body.descendants where node.isElement {
      guard node.index >= readUntil, Self.isDateMarked(node, names: names) else { continue }
      guard node.textLength <= Self.maximumBylineBytes,
        !Self.isOutsideArticle(node, heading: sources.page.firstHeading), !Self.isPictureText(node, names: names)
      else { continue }
      // Before the headline, a date beside a link to another story is
      // that story's (a sidebar's "Latest" list).
      if let heading = sources.page.firstHeading, node.index < heading.index, Self.isBesideOtherStory(node) {
        continue
      }
      let text = node.textContent
      var dates = labelled(text)
      // A calendar badge sets day, month and year in elements of their
      // own with nothing between them ("15May2013"): read apart, when the
      // text holds a year at all.
      if dates.published == nil, dates.updated == nil, node.children.contains(where: \.isElement),
        DateParser.mayHoldYear(Array(text.utf8))
      {
        let spaced = Self.spacedText(node)
        if spaced != text { dates = labelled(spaced) }
      }
      // A date element whose text tells no year ("3 days ago", "Jun 13,
      // 4:03 PM", an icon) may keep the whole date in a `title`, its own
      // or a child's; "Member since May 2012" titled with a day is
      // another event's.
      if dates.published == nil, dates.updated == nil, !DateParser.hasFourDigitRun(text) {
        dates.published = titledDate(node)
      }
      if dates.updated != nil { readUntil = node.subtreeEndIndex }
      if updated == nil, let value = dates.updated { updated = Sourced(value, "dom:byline") }
      if let value = dates.published { return (Sourced(value, "dom:byline"), updated) }
    }
    return (nil, updated)
  }

  /// The date in the `title` of a date element or of an element inside
  /// it ("3rd March 2017"; a feed reader's "<span class=ago title="Received:
  /// …&#10;Published: …">2h</span>", where the labelled publication wins).
  func titledDate(_ node: HTMLNode) -> String? {
    for element in [node] + node.descendants where element.isElement {
      guard let title = element.attribute("title"), DateParser.mayHoldYear(Array(title.utf8)),
        let value = labelledPublication(title) ?? DateParser.iso(title, dayFirst: dayFirst), isPlausible(value)
      else { continue }
      return value
    }
    return nil
  }

  /// The texts below `node` joined with spaces, as a calendar badge
  /// shows them on lines of their own.
  static func spacedText(_ node: HTMLNode) -> String {
    node.descendants.filter(\.isText).map(\.text).joined(separator: " ")
  }

  /// Whether `node` shares a small box (a list item, a card: at most
  /// `maximumCardBytes` of text, `cardLevels` up) with a link to another
  /// page whose text reads as a headline: not a link around or inside the
  /// date (a permalink), not an author's page.
  static func isBesideOtherStory(_ node: HTMLNode) -> Bool {
    var current = node.parent
    var level = 0
    while let box = current, level < cardLevels, box.tag != .body, box.textLength <= maximumCardBytes {
      for link in box.descendants(.a) where !link.isInside(node) && !node.isInside(link) && isStoryLink(link) {
        if link.textContent.split(whereSeparator: \.isWhitespace).count >= minimumStoryLinkWords { return true }
      }
      current = box.parent
      level += 1
    }
    return false
  }

  /// A link of this many words is a story's headline, not a name or a label.
  static let minimumStoryLinkWords = 4

  /// Whether an element is a picture's text: in a `<figure>`, or in a
  /// caption, gallery or carousel ("CarouselSlide-infoDescription": "…
  /// arrives in Pittsburgh, Monday, Sept. 2, 2024"), where a date is the
  /// day the picture was taken.
  static func isPictureText(_ node: HTMLNode, names: MarkerNames? = nil) -> Bool {
    let names = names ?? MarkerNames(node.document)
    var current: HTMLNode? = node
    // A picture's box is near its text; a page-wide wrapper named for a
    // gallery layout further up says nothing of one line.
    for _ in 0..<pictureTextDepth {
      guard let element = current else { break }
      current = element.parent
      switch element.tag {
      case .figure, .figcaption: return true
      case .body, .html: return false
      default: break
      }
      if pictureTextSet.mayOccur(inMarkerOf: element, names: names),
        element.classAndID.hasAnySubstring(pictureTextSet)
      {
        return true
      }
    }
    return false
  }

  static let pictureTextSet = NeedleSet(["caption", "carousel", "gallery", "slideshow"])
  /// Elements looked at, the text's own first, for a picture's box.
  static let pictureTextDepth = 8

  /// Class and id words of elements that hold an article's date.
  static let dateVocabulary = ["date", "time", "publish", "posted", "byline", "author", "dateline", "meta", "info"]
  static let dateVocabularySet = NeedleSet(dateVocabulary)

  /// Whether an element's class or id names a date, byline or meta line
  /// (`dateVocabulary`); the page's marker names rule most elements out first.
  static func isDateMarked(_ node: HTMLNode, names: MarkerNames) -> Bool {
    guard dateVocabularySet.mayOccur(inMarkerOf: node, names: names) else { return false }
    let marker = node.classAndID
    return !marker.isEmpty && marker.hasAnySubstring(dateVocabularySet)
  }
  /// A date element longer than this (bytes) is a block of text, not a byline.
  static let maximumBylineBytes = 300

  /// Markers of page regions that carry other stories' or comments' dates.
  static let foreignRegions = [
    "comment", "related", "recommend", "sidebar", "promo", "teaser", "trending", "popular", "most-read", "more-stories",
    "widget", "footer", "newsletter", "reply",
    // Comments in other languages ("kommentare", "komentarze", "comentarios", "reacties").
    "kommentar", "komentar", "comentario", "reactie",
    // Readers' replies under a post ("responsesStream"; not "responsive").
    "response",
    // Menus ("nav-menu", "menu-item") and recirculation modules ("RecircMostPopular").
    "menu", "recirc",
  ]

  /// Whether `node` sits in navigation, comments, related stories or a
  /// sidebar. `heading` is the page's first `<h1>`: a region holding it
  /// wraps the article itself (Blogger's "widget Blog", a theme's
  /// "penci_sidebar" layout), so its class names no foreign region.
  /// A date in the page's masthead is the day the page was made ("today"),
  /// unless `masthead` is false: a `data-publish-date` there is the
  /// article's own, written for its share tools.
  static func isOutsideArticle(_ node: HTMLNode, heading: HTMLNode?, masthead: Bool = true) -> Bool {
    let chain = [node] + node.ancestors
    if isOtherStory(chain, heading: heading) { return true }
    // An article's own aside or footer holds its date; the page's do not.
    let inArticle = chain.contains { $0.tag == .article }
    let names = MarkerNames(node.document)
    for ancestor in chain {
      switch ancestor.tag {
      case .nav: if isMenu(ancestor) { return true }
      case .footer, .aside: if !inArticle { return true }
      // The site's masthead ("Montag 30. Juni 2025" beside the logo): the
      // page's header, outside `<main>`, sections and articles, when the
      // headline is elsewhere.
      case .header:
        if masthead, !inArticle, let heading, !heading.isInside(ancestor), isMasthead(ancestor) { return true }
      // A page-wide class ("no-footer") says nothing about one element.
      case .body, .html: return false
      default: break
      }
      guard foreignRegionSet.mayOccur(inMarkerOf: ancestor, names: names) else { continue }
      let marker = ancestor.classAndID
      if isForeignRegion(marker), !holdsHeading(ancestor, heading),
        !isStorySidebar(ancestor, marker: marker, heading: heading), !isCommentsLink(ancestor, marker: marker)
      {
        return true
      }
    }
    return false
  }

  /// Whether a region named for comments and nothing else foreign is the
  /// story's own line that links to them ("date-and-comments": the date,
  /// then "12 Comments"): it holds a few words, where a comment holds what
  /// someone wrote and a thread holds many.
  static func isCommentsLink(_ region: HTMLNode, marker: String) -> Bool {
    guard namesOnlyForeign("comment", marker) else { return false }
    // Measured as read: templates indent the icons' titles deeply.
    return region.textLength <= commentsLinkBytes * 20
      && region.textContent.collapsingWhitespace().utf8.count <= commentsLinkBytes
  }

  /// Most bytes of visible text in a line that links to the comments.
  static let commentsLinkBytes = 60

  /// Whether a region named a sidebar and nothing else foreign is the
  /// story's own side column: inside the `<article>` that holds the
  /// headline ("article-header-sidebar" with the author and the date), or
  /// set right after the headline's block (a column of the author and the
  /// date between the headline and the text). A page's sidebar of other
  /// stories sits beside that article, not in it, and after the text.
  static func isStorySidebar(_ region: HTMLNode, marker: String, heading: HTMLNode?) -> Bool {
    guard let heading, namesOnlyForeign("sidebar", marker) else { return false }
    if let story = heading.closest(.article) {
      return region.isInside(story)
    }
    // The column's inner wrappers are its first elements.
    var column = region
    var before = column.previousElementSibling
    for _ in 0..<columnDepth where before == nil {
      guard let parent = column.parent, parent.isElement else { break }
      column = parent
      before = column.previousElementSibling
    }
    guard let before else { return false }
    return heading.isInside(before)
  }

  /// Wrappers a side column may nest its content in.
  static let columnDepth = 3

  /// Whether `marker` names `word` and no other foreign region.
  static func namesOnlyForeign(_ word: String, _ marker: String) -> Bool {
    marker.hasSubstring(word) && !isForeignRegion(marker.replacingOccurrences(of: word, with: ""))
  }

  /// Whether `chain` (an element and its ancestors) runs through an
  /// `<article>` of another story: the page sets its own headline inside an
  /// `<article>`, and the nearest one around the element does not hold it
  /// (a teaser card nested in the story or listed after it). A first `<h1>`
  /// in a menu is a teaser's, and says nothing of where the story is.
  static func isOtherStory(_ chain: [HTMLNode], heading: HTMLNode?) -> Bool {
    guard let heading, let story = chain.first(where: { $0.tag == .article }), !heading.isInside(story) else {
      return false
    }
    return heading.closest(.article) != nil && heading.closest(.nav) == nil
  }

  /// Whether a `<header>` is the page's own, not a story's or a section's.
  static func isMasthead(_ header: HTMLNode) -> Bool {
    !header.ancestors.contains { [.main, .section, .article].contains($0.tag) }
  }

  /// Whether a `<nav>` is navigation: a list, or three links or more.
  /// Templates also use `<nav>` for a byline ("Edited by <a>…</a> |
  /// Updated: April 07, 2020"), which holds the article's own author and date.
  static func isMenu(_ nav: HTMLNode) -> Bool {
    var links = 0
    for node in nav.descendants where node.isElement {
      switch node.tag {
      case .ul, .ol, .li: return true
      case .a:
        links += 1
        if links >= 3 { return true }
      default: break
      }
    }
    return false
  }

  /// What the text just before `node` says its date is: "last updated
  /// <time>…", or "Updated:" in the element before. The last label within
  /// `labelWindow` bytes of text since the previous `<time>` wins (`DateLabels.kind`),
  /// after the last full stop: a sentence before it is no label ("…が公開
  /// されています。" says something was published, not when).
  static func labelBefore(_ node: HTMLNode) -> DateLabels.Kind {
    let document = node.document
    var bytes: [UInt8] = []
    var index = node.index - 1
    var visited = 0
    while index > 0, bytes.count < labelWindow, visited < labelNodes {
      let previous = document.node(at: index)
      index -= 1
      visited += 1
      // The label of an earlier date is that date's ("Updated: <time>" then
      // "Original: <time>"): the text before this one starts after it.
      if previous.tag == .time, !node.isInside(previous) { break }
      guard previous.isText, let parent = previous.parent, !invisible.contains(parent.tag) else { continue }
      bytes.insert(contentsOf: previous.textBytes, at: 0)
    }
    let text = String(decoding: bytes.suffix(labelWindow), as: UTF8.self)
    let label = text.split(omittingEmptySubsequences: false, whereSeparator: { "。.!?！？".contains($0) }).last ?? ""
    return DateLabels.kind(of: String(label))
  }

  /// Bytes of text, and nodes, looked at before a date element for its label.
  static let labelWindow = 40
  static let labelNodes = 12

  /// Whether `node` is or sits in a teaser card, one of a list: a small
  /// block (itself or up to `cardLevels - 1` ancestors up, at most `maximumCardBytes` of text, not
  /// holding the page's `<h1>`) with a linked heading, beside a block of the
  /// same tag and class with one ("summary-item" cards, each with its
  /// picture, linked title and `itemprop=author` byline, below the story).
  /// A post's own header with its linked title has no such twin.
  static func isInTeaserCard(_ node: HTMLNode, heading: HTMLNode?) -> Bool {
    var current: HTMLNode? = node
    var level = 0
    var linked = false
    while let box = current, level < cardLevels, box.tag != .body, box.tag != .html {
      if holdsHeading(box, heading) || box.textLength > maximumCardBytes { return false }
      linked = linked || hasLinkedHeading(box)
      // The card's title may sit in an inner block: its siblings, cards
      // of the same tag and class, are the card's, further up.
      if linked, let parent = box.parent, parent.children.contains(where: { isTwinCard($0, of: box) }) {
        return true
      }
      current = box.parent
      level += 1
    }
    return false
  }

  /// Whether a heading below `box` sits in a link to a page or holds one;
  /// not an anchor (`<a name>`) nor an author's profile (`rel=author`, a
  /// link to "/authors/…": several authors' cards side by side).
  static func hasLinkedHeading(_ box: HTMLNode) -> Bool {
    box.descendants.contains { node in
      guard node.isElement, node.tag.isHeading else { return false }
      // The nearest link around the heading within the box, in one walk up.
      var current = node.parent
      while let ancestor = current {
        if ancestor.tag == .a { return isStoryLink(ancestor) }
        if ancestor == box { break }
        current = ancestor.parent
      }
      return node.descendants(.a).contains(where: isStoryLink)
    }
  }

  /// Another element of the same tag and class as `box`, with a linked heading.
  static func isTwinCard(_ other: HTMLNode, of box: HTMLNode) -> Bool {
    other != box && other.isElement && other.tag == box.tag && other.attribute("class") == box.attribute("class")
      && hasLinkedHeading(other)
  }

  static func isStoryLink(_ link: HTMLNode) -> Bool {
    let href = link.document.nameNumber("href")
    return href.flatMap { link.attribute(number: $0) } != nil
      && link.attribute("rel").map { !TokenList.contains($0.lowercased(), "author") } != false
      && !Byline.authorPathSet.occursLowercased(inAttribute: href, of: link)
  }

  static let cardLevels = 6
  static let maximumCardBytes = 600

  /// Whether `region` holds the page's headline element.
  static func holdsHeading(_ region: HTMLNode, _ heading: HTMLNode?) -> Bool {
    guard let heading else { return false }
    return heading.isInside(region)
  }

  /// Whether a class/id list names a foreign region: a token starting with
  /// one of the words, or containing it after "-" or "_" ("article-comments"),
  /// but not inside another word ("withSidebar" is the article's layout).
  static func isForeignRegion(_ marker: String) -> Bool {
    marker.namesRegion(foreignRegions, set: foreignRegionSet, infixes: foreignInfixSet)
  }

  /// Words that begin with a region word and name something else: an
  /// opinion piece ("article-type-commentary") or its writer is the article.
  static let otherWords = ["commentary", "commentator", "node-promoted"]

  /// A footer that is a part of the story's own block, named after it:
  /// "headline__footer" (CNN's byline and date under the headline),
  /// "article-footer", "entry-footer", "post-footer", and its parts
  /// ("post-footer-line", Blogger's lines of date and author), also after
  /// a prefix that names no other region ("c-article-footer",
  /// "postArticle-footer"; not "related-article-footer").
  static func isStorysOwnFooter(_ token: String) -> Bool {
    // A byte search first: most tokens hold no "footer".
    guard token.hasSubstring("footer"), let footer = token.range(of: "footer") else { return false }
    let after = token[footer.upperBound...]
    guard after.isEmpty || after.first == "-" || after.first == "_" else { return false }
    var block = token[..<footer.lowerBound]
    guard let last = block.last, last == "-" || last == "_" else { return false }
    while let last = block.last, last == "-" || last == "_" { block.removeLast() }
    // Compared as bytes: String's `hasSuffix` compares characters, slowly.
    let bytes = Array(block.utf8)
    guard
      let word = storyBlockBytes.first(where: { bytes.count >= $0.count && bytes.suffix($0.count).elementsEqual($0) })
    else { return false }
    let prefix = String(decoding: bytes.dropLast(word.count), as: UTF8.self)
    return prefix.isEmpty || !foreignRegions.contains { prefix.hasSubstring($0) }
  }

  /// Names of the story's own block in class names.
  static let storyBlocks: Set<String> = ["headline", "article", "story", "entry", "post", "content-header"]
  static let storyBlockBytes = storyBlocks.map { Array($0.utf8) }

  /// "-comment", "_related", …: a region word starting a part of a token.
  /// Not "widget": page builders call every block one ("container-widget-content"
  /// holds NRK's dateline); a sidebar widget's class starts with the word.
  static let foreignInfixes = foreignRegions.filter { $0 != "widget" }.flatMap { ["-" + $0, "_" + $0] }
  static let foreignRegionSet = NeedleSet(foreignRegions)
  static let foreignInfixSet = NeedleSet(foreignInfixes)

  /// "/2016/12/09/" or "/2016-12-09" in the article's URL (canonical,
  /// `og:url`, the page's own, or its AMP version).
  func urlDate() -> Sourced<String>? {
    guard
      let date = urlNumbers(Self.urlDatePattern, where: { DateParser.valid($0[0], $0[1], $0[2]) })
        ?? urlNumbers(Self.urlSlugDatePattern, where: { DateParser.valid($0[0], $0[2], $0[3]) }).map({
          [$0[0], $0[2], $0[3]]
        })
    else {
      return nil
    }
    return Sourced(String(format: "%04d-%02d-%02d", date[0], date[1], date[2]), "url")
  }

  /// The numbers `pattern` captures in the first of the article's addresses
  /// where they pass `valid`.
  func urlNumbers(_ pattern: NSRegularExpression, where valid: ([Int]) -> Bool) -> [Int]? {
    for url in pageURLs() {
      let ns = url as NSString
      guard let match = pattern.firstMatch(in: url, range: NSRange(location: 0, length: ns.length)) else { continue }
      let numbers = (1..<match.numberOfRanges).map { Int(ns.substring(with: match.range(at: $0))) ?? 0 }
      if valid(numbers) { return numbers }
    }
    return nil
  }

  /// The article's addresses: canonical, `og:url`, the page's own, its AMP version.
  func pageURLs() -> [String] {
    var urls = [sources.meta.canonical, sources.meta.first("og:url"), sources.page.url].compactMap { $0 }
    for link in sources.page.head.descendants(.link) where link.attribute("rel")?.lowercased() == "amphtml" {
      if let href = link.attribute("href") { urls.append(href) }
    }
    return urls
  }

  /// "2016-12" when the article's address files it under a year and a
  /// month ("/2016/12/132377/slug"), as many sites do without the day.
  func urlMonth() -> String? {
    guard let month = urlNumbers(Self.urlMonthPattern, where: { DateParser.valid($0[0], $0[1], 1) }) else {
      return nil
    }
    return String(format: "%04d-%02d", month[0], month[1])
  }

  /// Last resort: a short line that is mostly a date, just below the
  /// headline (`<div>December 16, 2016, 4:19 PM</div>` with no telling class):
  /// the first dated line's publication date, and a labelled update in it or
  /// in the next few elements ("Yayınlanma: 12.03.2020 14:05" then
  /// "Güncelleme: 12.03.2020 16:40"). When the first line is an update, a
  /// line labelled as the publication in the next few elements dates the
  /// story ("Actualizado 16/05/2013" then "Publicado el 15 de mayo de
  /// 2013"); without one, the update is the best guess at it.
  func datelineAfterHeadline() -> (published: Sourced<String>?, updated: Sourced<String>?) {
    guard let h1 = sources.page.firstHeading else { return (nil, nil) }
    var seen = 0
    var bytes: [UInt8] = []
    var published: Sourced<String>?
    var update: Sourced<String>?
    var lookahead = 0
    // Walk forward in document order from the headline.
    for element in sources.page.body.descendants where element.index > h1.index && element.isElement {
      guard seen < Self.datelineWindow else { break }
      if published != nil || update != nil {
        guard lookahead < Self.updateLookahead else { break }
        lookahead += 1
      }
      guard element.tag != .script, element.tag != .style else { continue }
      seen += 1
      guard element.textLength > 0, element.textLength <= Self.maximumDatelineBytes else { continue }
      // No year in the bytes, no date: most lines go before any String is made.
      bytes.removeAll(keepingCapacity: true)
      element.appendText(to: &bytes)
      guard DateParser.mayHoldYear(bytes) else { continue }
      let text = String(decoding: bytes, as: UTF8.self).collapsingWhitespace()
      let length = text.count
      guard length <= Self.maximumTwoDateLineCharacters else { continue }
      // A longer line is read only when it holds two years.
      if length > Self.maximumDatelineCharacters, !Self.holdsTwoYears(bytes) { continue }
      // The first dated line under the headline is the article's: an
      // "Updated" day there beats any later line's date.
      let dates = labelled(text)
      // A longer line is one only when it tells both days ("Yayınlanma:
      // 03.06.2024 - 08:15 | Güncelleme: 04.06.2024 - 10:40").
      guard length <= Self.maximumDatelineCharacters || (dates.published != nil && dates.updated != nil) else {
        continue
      }
      if published != nil {
        // Only a line that says it is the update, and nothing more.
        if dates.published == nil, let value = dates.updated { return (published, Sourced(value, "dom:dateline")) }
        continue
      }
      if let update {
        // Only a line that says it is the publication.
        guard let value = labelledPublication(text),
          !Self.isOutsideArticle(element, heading: sources.page.firstHeading)
        else { continue }
        return (Sourced(value, "dom:dateline"), update)
      }
      guard let value = dates.published ?? dates.updated else { continue }
      if Self.isOutsideArticle(element, heading: sources.page.firstHeading) || Self.isPictureText(element) { continue }
      if dates.published == nil {
        update = Sourced(value, "dom:dateline")
        continue
      }
      if let updated = dates.updated { return (Sourced(value, "dom:dateline"), Sourced(updated, "dom:dateline")) }
      published = Sourced(value, "dom:dateline")
    }
    return (published ?? update, nil)
  }

  /// Elements after the dateline searched for its update line.
  static let updateLookahead = 4

  /// Elements looked at after the headline: the dateline sits within the
  /// first few dozen elements of the article header in the corpora pages.
  static let datelineWindow = 120
  /// A dateline is a short line ("OSS topics 2019年3月15日 09:43", "December 16, 2016, 4:19 PM").
  static let maximumDatelineCharacters = 60
  /// A line that tells the publication and the update, each labelled.
  static let maximumTwoDateLineCharacters = 120
  static let maximumDatelineBytes = 200

  /// Whether the bytes hold a year in ASCII digits and another year after
  /// it (in any digits `DateParser.mayHoldYear` knows).
  static func holdsTwoYears(_ bytes: [UInt8]) -> Bool {
    var run = 0
    for (i, byte) in bytes.enumerated() {
      guard byte >= 0x30, byte <= 0x39 else {
        run = 0
        continue
      }
      run += 1
      if run == 4 { return DateParser.mayHoldYear(bytes[(i + 1)...]) }
    }
    return false
  }

  static let urlDatePattern = try! NSRegularExpression(
    pattern: #"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[-_.]|$)"#)
  /// "/2015/08/150803-slug": a year and a month as folders, and the story
  /// named by the day after them as YYMMDD (the same year and month, or no match).
  static let urlSlugDatePattern = try! NSRegularExpression(
    pattern: #"/((?:19|20)(\d{2}))/(\d{2})/\2\3(\d{2})[-_]"#)
  /// "/2016/12/": a year and a month as path segments of their own.
  static let urlMonthPattern = try! NSRegularExpression(pattern: #"/((?:19|20)\d{2})/(\d{2})/"#)
}

extension String {
  /// Whether this class/id list (lower case) names a region of `words`: a
  /// token starting with one, or holding one after "-" or "_" (`infixes`),
  /// unless the token is one of `Dates.otherWords`.
  func namesRegion(_ words: [String], set: NeedleSet, infixes: NeedleSet) -> Bool {
    // Most class lists hold none of the words: reject those with one scan.
    guard !isEmpty, hasAnySubstring(set) else { return false }
    for token in split(separator: " ").map(String.init) {
      if Dates.otherWords.contains(where: token.hasSubstring) || Dates.isStorysOwnFooter(token) { continue }
      if words.contains(where: token.hasPrefix) || token.hasAnySubstring(infixes) { return true }
    }
    return false
  }
}
