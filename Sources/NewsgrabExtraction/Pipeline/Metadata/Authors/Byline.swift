import Foundation
import NewsgrabHTML

/// Finds the byline on the page: `rel=author` links, author-profile links,
/// and elements whose class says byline/author, outside comments and teasers.
struct Byline {
  let page: Page
  let cleaner: AuthorCleaner
  /// Interned numbers of the attributes `kind(of:)` reads on every element.
  private let rel: UInt16?
  private let itemprop: UInt16?
  private let href: UInt16?
  private let ariaLabel: UInt16?
  private let title: UInt16?
  private let markerNames: MarkerNames
  /// The byline leads of the page's language alone ("per" in Catalan).
  private let languageLeads: [String]

  /// The page's candidate elements, shared by the bylines read with
  /// different cleaners.
  private let candidates: BylineCandidates

  init(page: Page, cleaner: AuthorCleaner, candidates: BylineCandidates = BylineCandidates()) {
    self.page = page
    self.cleaner = cleaner
    self.candidates = candidates
    markerNames = MarkerNames(page.document)
    rel = page.document.nameNumber("rel")
    itemprop = page.document.nameNumber("itemprop")
    href = page.document.nameNumber("href")
    ariaLabel = page.document.nameNumber("aria-label")
    title = page.document.nameNumber("title")
    languageLeads = AuthorCleaner.languageLeads(of: cleaner.language)
  }

  /// Class/id words of byline elements.
  static let bylineWords = [
    "byline", "author", "writer", "contributor", "reporter", "creator", "posted-by", "journalist",
    // Firefox's Reader View prints the byline under the title as "reader-credits".
    "reader-credits",
  ]
  /// Class/id words of author furniture that is not the byline itself.
  static let notBylineWords = [
    "bio", "avatar", "image", "photo", "img", "thumb", "title", "desc", "follow", "social", "more", "other", "job",
    "role", "position", "box", "card", "about", "archive", "rss", "feed", "share", "profile",
    // Words that hold "author" and name something else: a login block
    // ("authorization"), a reference list ("ref-authoring").
    "authoriz", "authoris", "authoring", "authorit",
  ]
  /// Path segments of author profile links.
  static let authorPaths = [
    "/author/", "/authors/", "/by/", "/people/", "/profile/", "/profiles/", "/staff/", "/writer/", "/writers/",
    "/contributor/", "/contributors/", "/journalist/", "/journalists/", "/reporter/", "/columnist/", "/columnists/",
    "/editors/", "/autor/", "/auteur/", "/redaktion/",
    // Plural and other languages' words for author ("/autoren/72777407/name").
    "/autoren/", "/autores/", "/auteurs/", "/autori/", "/autorzy/", "/yazar/", "/yazarlar/", "/forfatter/",
  ]
  static let bylineWordSet = NeedleSet(bylineWords)
  /// Other languages' words for the byline in a class or id, read only as
  /// a whole word of it ("firma", "autor-name"): as parts of longer words
  /// they are something else ("confirmation", "bildautor" is the
  /// photographer, "noautorefresh").
  static let localBylineWords: Set<String> = [
    "firma", "autor", "autore", "autorin", "autoren", "autores", "autori", "auteur", "auteurs", "avtor", "yazar",
    "verfasser", "forfatter", "skribent", "penulis",
    // Catalan's word for the byline.
    "signatura",
  ]
  /// Both lists' words, to rule out an element by its class and id at once.
  static let bylineMarkerSet = NeedleSet(bylineWords + Array(localBylineWords))

  /// Whether a link's label says it leads to its writer's articles ("Se alla
  /// artiklar av Amanda Hällsten", "All stories by Jane Doe") and ends with
  /// a name of two words or more the link shows: a writer's page at an
  /// address no list knows ("/av/amanda-hallsten").
  func isWritersPageLink(_ link: HTMLNode) -> Bool {
    // Read after the headline only: the menus before it are full of titled links.
    guard let h1 = page.firstHeading, link.index > h1.index, link.textLength > 0,
      link.textLength <= Self.maximumBylineBytes
    else { return false }
    // The label must hold a word for articles; most links' labels (a
    // headline, "Home") hold none, and their bytes say so before any
    // String is made.
    let number: UInt16?
    if Self.articleStemSet.occursLowercased(inAttribute: ariaLabel, of: link) {
      number = ariaLabel
    } else if Self.articleStemSet.occursLowercased(inAttribute: title, of: link) {
      number = title
    } else {
      return false
    }
    guard let label = link.attribute(number: number) else { return false }
    let words = label.split(separator: " ")
    guard let by = words.lastIndex(where: { Self.writersPageByWords.contains($0.lowercased()) }), words.count - by >= 3
    else { return false }
    // The name is the label's tail, and the link shows it (an icon's title may follow).
    let name = words[(by + 1)...].joined(separator: " ")
    return link.textContent.collapsingWhitespace().hasSubstring(name)
  }

  /// The word before the name in a writer's page label: "by" in the
  /// languages of the byline lists.
  static let writersPageByWords: Set<String> = [
    "by", "von", "av", "af", "de", "di", "door", "van", "par", "por", "od", "από", "от", "tarafından",
  ]
  /// Stems of "articles", "stories", "posts" in those languages.
  static let articleWordStems = [
    "article", "artikel", "artiklar", "artikler", "artícul", "articol", "artigo", "story", "stories", "post",
    "beitr", "texte", "wpis", "artyku", "člán", "статьи", "публикац", "άρθρ",
  ]
  static let articleStemSet = NeedleSet(articleWordStems)

  /// Whether a class and id list names a byline in any of the languages.
  static func namesByline(_ marker: String) -> Bool {
    !marker.isEmpty && (marker.hasAnySubstring(bylineWordSet) || hasLocalBylineWord(marker))
  }

  /// Whether a class and id list names the byline in another language: one
  /// of its words, split at anything but letters and digits, is one of
  /// `localBylineWords`.
  static func hasLocalBylineWord(_ marker: String) -> Bool {
    marker.split { !($0.isLetter || $0.isNumber) }.contains { localBylineWords.contains(String($0)) }
  }
  static let notBylineWordSet = NeedleSet(notBylineWords)
  static let authorPathSet = NeedleSet(authorPaths)
  /// A byline element longer than this (bytes) is an author box or a text block.
  static let maximumBylineBytes = 250

  /// Whether `node` holds text no longer than a byline's, read as a reader
  /// sees it: three linked names indented line by line in the markup are
  /// 600 bytes of text, 60 of them words.
  static func holdsBylineText(_ node: HTMLNode) -> Bool {
    let length = node.textLength
    return length > 0
      && (length <= maximumBylineBytes || node.readableTextLength(atMost: maximumBylineBytes) <= maximumBylineBytes)
  }

  /// The byline's names; with `readingText`, a short "By Jane Doe" line
  /// anywhere is read when no element is marked as a byline.
  func names(readingText: Bool = true) -> [String] {
    var k = 0
    while let candidate = markedCandidate(k) {
      let (node, found) = candidate
      k += 1
      var names: [String] = []
      switch found {
      case .link:
        // Every author link in the byline block: "A and B" as two links.
        let block = container(of: node)
        names = block.descendants.filter { kind(of: $0) == .link }.flatMap(linkNames)
        if names.isEmpty { names = linkNames(node) }
        names = withUnlinkedNames(names, in: block)
      case .block:
        let links = node.descendants.filter { kind(of: $0) == .link }
        names = withUnlinkedNames(links.flatMap(linkNames), in: node)
        if names.isEmpty {
          names = cleaner.names(in: Self.lines(of: node))
          // Several names read, one of them linked: a link in the byline
          // naming one person is the author's, whatever its address ("By
          // <a href=/bio/…>Jane Doe</a>, Senior Staff Technologist, Speech,
          // Privacy, and Technology Project").
          if names.count > 1 {
            let linked = withUnlinkedNames(personLinkNames(in: node), in: node)
            if !linked.isEmpty {
              names = linked
            } else if let set = Self.namesSetApart(names, in: node) {
              names = set
            }
          }
        }
        if names.isEmpty { names = namesSideBySide(in: node) }
      }
      if !names.isEmpty, names.count <= Self.maximumAuthors { return names }
    }
    return readingText ? byLine() : []
  }

  /// "<strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014":
  /// in a line of parts set between bars or slashes, the names the page
  /// sets apart in an element of their own are the writers, the other
  /// parts a place or a desk. Nil unless some, not all, names are so set,
  /// or when the line joins its names with words ("and") instead.
  static func namesSetApart(_ names: [String], in block: HTMLNode) -> [String]? {
    let text = block.textContent
    guard text.hasSubstring(" | ") || text.hasSubstring(" / ") else { return nil }
    let own = Set(
      block.descendants.filter { setApartTags.contains($0.tag) && holdsBylineText($0) }
        .map { $0.textContent.collapsingWhitespace().trimmed(in: .cachedWhitespaces) })
    let set = names.filter { own.contains($0) }
    return set.isEmpty || set.count == names.count ? nil : set
  }

  /// Inline elements a name is set apart in.
  static let setApartTags: Set<HTMLTag> = [.strong, .b, .span, .a, .em]

  /// The names of the links in `block` that each name one person.
  func personLinkNames(in block: HTMLNode) -> [String] {
    block.descendants.filter { $0.tag == .a && Self.holdsBylineText($0) }
      .compactMap { link in
        let names = linkNames(link)
        return names.count == 1 && Self.readsAsPerson(names[0]) ? names[0] : nil
      }
  }

  /// "By <span>Steve Peoples</span>, <a href=/author/…>Thomas Beaumont</a>
  /// and <span>Amelia Thomson</span>": only some names link to a profile.
  /// The block's text, when it reads as a byline ("By …") and names every
  /// linked author and more, names them all.
  func withUnlinkedNames(_ linked: [String], in block: HTMLNode) -> [String] {
    guard !linked.isEmpty else { return linked }
    // The innermost element that reads "By …", not the block's date or
    // role lines.
    let line = Self.withoutLeadingMarks(
      Self.innermostByLine(in: block, languageLeads: languageLeads).textContent.collapsingWhitespace())
    guard Self.readsAsByLine(line, languageLeads: languageLeads) else { return linked }
    let read = cleaner.names(in: line)
    guard read.count > linked.count, read.count <= Self.maximumAuthors else { return linked }
    let readKeys = Set(read.map(TitleSplitter.key))
    guard linked.allSatisfy({ readKeys.contains(TitleSplitter.key($0)) }) else { return linked }
    // What the text adds must be people: "Von <a>Robin Amberg</a>,
    // Volontär (Sport)" adds a job title.
    let linkedKeys = Set(linked.map(TitleSplitter.key))
    let added = read.filter { !linkedKeys.contains(TitleSplitter.key($0)) }
    return added.allSatisfy(Self.readsAsPerson) ? read : linked
  }

  /// A full name (`Authors.isFullName`) with no word of a job title or a label.
  static func readsAsPerson(_ name: String) -> Bool {
    Authors.isFullName(name)
      && !AuthorCleaner.words(of: name).contains { word in
        AuthorCleaner.roleNouns.contains(word) || AuthorCleaner.isLabelWord(word)
      }
  }

  /// "<span>Birgit Baumann</span> <span>Anna Fink</span>": names set side
  /// by side in elements of their own, which read as one run of words.
  /// Every element's text must be a name ("By", "with" and a desk's name
  /// between them make the block no such list).
  func namesSideBySide(in block: HTMLNode) -> [String] {
    var names: [String] = []
    for line in Self.lines(of: block, breakingAt: { _ in true }).split(separator: "\n") {
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      let found = cleaner.names(in: String(line))
      guard found.count == 1 else { return [] }
      names += found
    }
    return names.count >= 2 ? names : []
  }

  /// The `k`-th element (in document order) that `kind(of:)` marks and
  /// that is not outside the article; the page is read only as far as asked.
  private func markedCandidate(_ k: Int) -> (HTMLNode, Kind)? {
    let end = page.body.subtreeEndIndex
    if candidates.markedNext < 0 { candidates.markedNext = page.body.index + 1 }
    while candidates.marked.count <= k, candidates.markedNext < end {
      let node = page.document.node(at: candidates.markedNext)
      candidates.markedNext += 1
      guard node.isElement, let found = kind(of: node), !Self.isOutsideArticle(node, heading: page.firstHeading) else {
        continue
      }
      candidates.marked.append((node, found))
    }
    return k < candidates.marked.count ? candidates.marked[k] : nil
  }

  /// Last resort: a short element whose text reads "By Jane Doe", or that
  /// names the author after a CJK label anywhere in it ("2020年4月17日
  /// 来源：城市日报　作者：张伟").
  func byLine() -> [String] {
    var k = 0
    while let node = lineCandidate(k) {
      k += 1
      let text = Self.withoutLeadingMarks(Self.lines(of: node))
      let line = text.collapsingWhitespace()
      let tail = Self.labelledTail(of: line) ?? Self.datedLineTail(of: line)
      let names = cleaner.names(in: tail.map(String.init) ?? text)
      if !names.isEmpty, names.count <= Self.maximumAuthors { return names }
    }
    return []
  }

  /// The `k`-th short element (in document order) whose text reads "By
  /// Jane Doe" and that is not outside the article.
  private func lineCandidate(_ k: Int) -> HTMLNode? {
    let end = page.body.subtreeEndIndex
    if candidates.linesNext < 0 { candidates.linesNext = page.body.index + 1 }
    var bytes: [UInt8] = []
    while candidates.lines.count <= k, candidates.linesNext < end {
      let node = page.document.node(at: candidates.linesNext)
      candidates.linesNext += 1
      guard node.isElement, !Self.isScriptOrStyle(node.tag) else { continue }
      let length = node.textLength
      guard length > 3, length <= Self.maximumWideByLineBytes else { continue }
      // A longer line only in a script of three bytes a letter, told by
      // its first byte before any text is copied.
      if length > Self.maximumByLineBytes, (node.firstTextByte ?? 0) < 0xE0 { continue }
      // The first letter rules most elements out before any String is made.
      bytes.removeAll(keepingCapacity: true)
      node.appendText(to: &bytes)
      let mayHoldLabel = Self.mayHoldMidLineLabel(bytes)
      guard mayHoldLabel || Self.mayReadAsByLine(bytes) || Self.mayHoldDatedLead(bytes) else { continue }
      let text = Self.withoutLeadingMarks(String(decoding: bytes, as: UTF8.self).collapsingWhitespace())
      guard
        Self.readsAsByLine(text, languageLeads: languageLeads) || (mayHoldLabel && Self.labelledTail(of: text) != nil)
          || (Self.mayHoldDatedLead(bytes) && Self.datedLineTail(of: text) != nil),
        !Self.isOutsideArticle(node, heading: page.firstHeading)
      else { continue }
      // The innermost element that still reads so: "Por María López" in its
      // own span, not with the place and date its line adds after it.
      candidates.lines.append(Self.innermostByLine(in: node, languageLeads: languageLeads))
      candidates.linesNext = max(candidates.linesNext, node.subtreeEndIndex)
    }
    return k < candidates.lines.count ? candidates.lines[k] : nil
  }

  /// Last resort, when no element reads as a byline: the first dated line
  /// under the headline, when what stands before its date is a person's
  /// name ("Jan Novák | 5. 3. 2019", "Nguyễn Văn An - 05/03/2019"): two to
  /// four capitalised words, not all capitals, the cleaner keeps as they
  /// are and the page's navigation does not list ("Local News | 5 March
  /// 2019" is a section, "NEW YORK Tue Jun 19, 2012" a wire dateline).
  /// `navigationKeys` is asked only once a name stands before the date
  /// (it walks the page's navigation).
  func datelineName(navigationKeys: () -> Set<String>) -> [String] {
    guard let h1 = page.firstHeading else { return [] }
    var seen = 0
    var bytes: [UInt8] = []
    for element in page.body.descendants where element.index > h1.index && element.isElement {
      guard seen < Self.datelineWindow else { break }
      guard !Self.isScriptOrStyle(element.tag) else { continue }
      // Indented markup pads a short line with white space: the limit is
      // on the text as read.
      let length = element.textLength
      guard length > 0, length <= Self.maximumByLineBytes * Self.indentedBytesFactor else { continue }
      bytes.removeAll(keepingCapacity: true)
      element.appendText(to: &bytes)
      // Only lines count towards the window: the icons of a share bar and
      // the wrappers around a picture hold no text of their own.
      guard bytes.contains(where: { $0 > 0x20 }) else { continue }
      seen += 1
      guard DateParser.mayHoldYear(bytes) else { continue }
      let text = String(decoding: bytes, as: UTF8.self).collapsingWhitespace()
      guard text.utf8.count <= Self.maximumByLineBytes else { continue }
      // Where the date stands does not depend on how its numbers read.
      guard let date = DateParser.all(in: text, dayFirst: true).first else { continue }
      // The first dated line is the article's: it names the author or nobody.
      guard !Self.isOutsideArticle(element, heading: page.firstHeading) else { continue }
      var chunks = AuthorCleaner.chunks(date.lead)
      // A reader's export leads the line with the site's host
      // ("news.example.org · Lucy Hart · May 5, 2013").
      if chunks.count > 1, let first = chunks.first, Self.isHostName(first) { chunks.removeFirst() }
      guard let name = chunks.first?.trimmed(in: .cachedWhitespaces),
        chunks.dropFirst().allSatisfy({ chunk in
          AuthorCleaner.words(of: chunk).allSatisfy { $0.isEmpty || AuthorCleaner.isLabelWord($0) }
        })
      else { return [] }
      // Words that lead into the date ("Tue", "on") are not the name's.
      var words = Self.firstLine(of: element, lead: name).split(separator: " ")
      while let last = words.last, AuthorCleaner.dateLeadWords.contains(last.lowercased()) { words.removeLast() }
      let person = words.joined(separator: " ")
      // A place in capitals heads a wire dateline ("NEW YORK Tue Jun 19"), not a name.
      guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
        person != person.uppercased(), cleaner.clean(person, alongside: []) == person,
        !navigationKeys().contains(TitleSplitter.key(person))
      else { return [] }
      return [person]
    }
    return []
  }

  /// Whether `text` (trimmed) is a host name: dotted labels of letters,
  /// digits and hyphens, the last of two letters or more ("news.example.org").
  static func isHostName<S: StringProtocol>(_ text: S) -> Bool {
    let labels = text.trimmed(in: .cachedWhitespaces).split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
  }

  /// The writer's signature at the end of the text: the last block of its
  /// parent, after the headline (if the page has an `<h1>`), set flush
  /// right or led by a dash and naming one to three people and nothing else
  /// ("<p style="text-align:right"><strong>Lê Phương</strong></p>",
  /// "<p>— Jane Doe</p>"), as news sites in Vietnam and elsewhere sign
  /// their stories.
  func signatureNames() -> [String] {
    // After the headline; on a page with no <h1>, anywhere.
    let start = page.firstHeading?.index ?? 0
    let style = page.document.nameNumber("style")
    let align = page.document.nameNumber("align")
    for element in page.body.descendants where element.index > start {
      guard element.tag == .p || element.tag == .div,
        Self.isFlushRight(element, style: style, align: align) || Self.isDashSigned(element),
        element.textLength > 0, element.textLength <= Self.maximumBylineBytes
      else { continue }
      let text = element.textContent.collapsingWhitespace()
      guard text.utf8.count <= Self.maximumByLineBytes, !Self.holdsTextAfter(element) else { continue }
      let line = String(text.drop { !$0.isLetter })
      let names = cleaner.names(in: line)
      // The names are the whole line: a few characters between them at
      // most (", ", " - ", " & "), no "Text:" or "Edited by".
      guard (1...Self.maximumSignatureNames).contains(names.count), names.allSatisfy(Self.readsAsPerson),
        names.joined(separator: " ").count >= line.count - names.count * 3,
        !Self.isOutsideArticle(element, heading: page.firstHeading)
      else { continue }
      return names
    }
    return []
  }

  /// "About the author" over "Jane Doe is a reporter covering the town
  /// hall.": a box headed so names the writer in its bio's first words (a
  /// full name before "is a", "ist", "est"…). Read only when nothing else
  /// credits anyone: such boxes on other pages present contributors.
  func aboutAuthorNames() -> [String] {
    var bytes: [UInt8] = []
    for element in page.body.descendants where element.isElement {
      switch element.tag {
      case .h2, .h3, .h4, .h5, .h6, .strong, .b: break
      default: continue
      }
      guard element.textLength <= Self.maximumAboutLabelBytes else { continue }
      // Every label holds one of a few ASCII runs ("aut", "writer"…): told by bytes first.
      bytes.removeAll(keepingCapacity: true)
      element.appendText(to: &bytes)
      guard Self.mayBeAboutLabel(bytes) else { continue }
      let heading = String(decoding: bytes, as: UTF8.self).collapsingWhitespace()
      let label = heading.lowercased().replacingOccurrences(of: "’", with: "'")
        .trimmed(in: CharacterSet(charactersIn: " :"))
      guard Self.aboutAuthorLabels.contains(label) else { continue }
      // The bio: the next element, or the rest of the paragraph the label leads.
      var next = element.nextSibling
      while let node = next, node.isText, node.text.allSatisfy(\.isWhitespace) { next = node.nextSibling }
      guard let bio = next.map({ $0.isText ? element.parent : $0 }) ?? nil,
        bio.textLength <= Self.maximumBioBytes
      else { continue }
      var text = bio.textContent.collapsingWhitespace()
      if bio.index != next?.index, let range = text.range(of: heading) {
        text = String(text[range.upperBound...])
      }
      let head = AuthorCleaner.cutAtBio(text)
      guard head != text else { continue }
      let names = cleaner.names(in: head)
      guard names.count == 1, names.allSatisfy(Self.readsAsPerson), !Self.isOutsideArticle(element, heading: nil)
      else { continue }
      return names
    }
    return []
  }

  /// The Korean wire lead that opens a story's text: "(서울=연합뉴스) 홍길동
  /// 기자 = …" (place and agency in brackets, then the reporter or
  /// correspondent, 기자 or 특파원, and "="). Read in the first text lines
  /// that open with a bracket, when nothing else names the writer.
  func wireLeadNames() -> [String] {
    var seen = 0
    for node in page.body.descendants where node.isText {
      let bytes = node.textBytes
      guard let first = bytes.first(where: { $0 > 0x20 }) else { continue }
      seen += 1
      guard seen <= Self.wireLeadLines else { break }
      // "(" or "[" first, and an "=" in the line: most lines are ruled out by bytes.
      guard first == UInt8(ascii: "(") || first == UInt8(ascii: "["), bytes.contains(UInt8(ascii: "=")) else {
        continue
      }
      let line = String(decoding: bytes.prefix(Self.maximumWireLeadBytes), as: UTF8.self)
      // Markup indents the line: a newline may come before the bracket.
      let text = line.trimmed(in: .cachedWhitespacesAndNewlines)
      let ns = text as NSString
      guard let match = Self.koreanWireLead.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)),
        let parent = node.parent, !Self.isOutsideArticle(parent, heading: page.firstHeading)
      else { continue }
      let names = ns.substring(with: match.range(at: 1)).split(whereSeparator: { "·ㆍ,".contains($0) || $0 == " " })
      return names.map(String.init).filter { !$0.isEmpty }
    }
    return []
  }

  /// Whether a page may be in Korean: its `<html lang>` says so, or its
  /// `<title>` holds a Hangul syllable (UTF-8 lead bytes EA–ED).
  static func mayBeKorean(language: String?, title: String?) -> Bool {
    if let lang = language {
      return lang.lowercased().hasPrefix("ko")
    }
    return title?.utf8.contains { $0 >= 0xEA && $0 <= 0xED } ?? false
  }

  /// Text lines looked at for a wire lead: the story's text starts within
  /// the page's first few hundred lines of text.
  static let wireLeadLines = 400
  /// A wire lead is the first words of its paragraph.
  static let maximumWireLeadBytes = 160
  /// "(place=agency) name[·name] 기자|특파원 =": Hangul names of two to four syllables.
  static let koreanWireLead = try! NSRegularExpression(
    pattern: #"^[(\[][^()\[\]=]{1,20}=[^()\[\]]{1,30}[)\]]\s*((?:[가-힣]{2,4}\s*[·ㆍ,]?\s*)+?)\s*(?:기자|특파원)\s*="#)

  /// Whether a text's bytes hold, in any case, an ASCII run every
  /// `aboutAuthorLabels` entry has ("aut", "writer", "fatt", "skrib", "yazar").
  static func mayBeAboutLabel(_ bytes: [UInt8]) -> Bool {
    aboutLabelRuns.contains { holdsASCII($0, in: bytes[...]) }
  }

  static let aboutLabelRuns = ["aut", "writer", "fatt", "skrib", "yazar"].map { Array($0.utf8) }

  /// Headings of an author's box ("About the author", "Über den Autor").
  static let aboutAuthorLabels: Set<String> = [
    "about the author", "about the writer", "about author", "über den autor", "über die autorin", "zum autor",
    "zur autorin", "à propos de l'auteur", "à propos de l'autrice", "sobre el autor", "sobre la autora",
    "sobre o autor", "sobre a autora", "sull'autore", "l'autore", "over de auteur", "o autorze", "om forfatteren",
    "om författaren", "om skribenten", "o autorovi", "yazar hakkında",
  ]
  /// A label longer than this (bytes) is a sentence.
  static let maximumAboutLabelBytes = 40
  /// A bio is a paragraph or two.
  static let maximumBioBytes = 1_000

  /// Whether a paragraph starts with a dash, as a story signed at its end
  /// does ("— Jane Doe"); not in a picture's text or a list, where the
  /// dash credits a photographer or leads an item (a quotation's dash is
  /// ruled out with every quotation by `isOutsideArticle`).
  static func isDashSigned(_ element: HTMLNode) -> Bool {
    guard element.tag == .p, let first = element.firstChild, first.isText else { return false }
    let text = first.text.drop(while: { $0.isWhitespace })
    guard text.hasPrefix("—") || text.hasPrefix("–") else { return false }
    return !element.ancestors.contains { $0.tag == .figure || $0.tag == .li }
  }

  /// Most people a signature names.
  static let maximumSignatureNames = 3

  /// Whether an element's own alignment sets it flush right.
  static func isFlushRight(_ element: HTMLNode, style: UInt16?, align: UInt16?) -> Bool {
    if let value = element.attribute(number: align), value.lowercased() == "right" { return true }
    // Read as text only when its bytes hold "right" in some case.
    guard let style, let bytes = element.attributeBytes(style), Self.mayNameRight(bytes),
      let value = element.attribute(number: style)?.lowercased()
    else { return false }
    let declarations = value.split(separator: ";").map { $0.filter { !$0.isWhitespace } }
    return declarations.contains("text-align:right")
  }

  /// Whether bytes hold "right" in any case.
  static func mayNameRight(_ bytes: ArraySlice<UInt8>) -> Bool { holdsASCII(rightWord, in: bytes) }

  static let rightWord = Array("right".utf8)

  /// Whether bytes hold `word` (lower-case ASCII letters) in any case.
  static func holdsASCII(_ word: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
    guard bytes.count >= word.count else { return false }
    var i = bytes.startIndex
    while i + word.count <= bytes.endIndex {
      if bytes[i] | 0x20 == word[0],
        (1..<word.count).allSatisfy({ bytes[i + $0] | 0x20 == word[$0] })
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// Whether a sibling after `element` holds any text.
  static func holdsTextAfter(_ element: HTMLNode) -> Bool {
    var next = element.nextSibling
    while let node = next {
      if node.textLength > 0, node.textContent.contains(where: { !$0.isWhitespace }) { return true }
      next = node.nextSibling
    }
    return false
  }

  /// The first of a dated line's own lines when `lead` (its text before
  /// the date) starts with it and goes on for at most `maximumPlaceWords`
  /// words: "Daniel Aragón" over "Córdoba", each in a block of its own,
  /// above the date; else `lead` itself.
  static func firstLine(of element: HTMLNode, lead: String) -> String {
    let lines = Self.lines(of: element).split(separator: "\n").lazy.map { String($0).collapsingWhitespace() }
    guard let first = lines.first(where: { !$0.isEmpty }), lead.hasPrefix(first + " ") else { return lead }
    let rest = lead.dropFirst(first.count + 1).split(separator: " ")
    return rest.count <= maximumPlaceWords ? first : lead
  }

  /// Words a place or desk under a dated line's name may run to.
  static let maximumPlaceWords = 3

  /// How much longer than its text a dated line's markup may be.
  static let indentedBytesFactor = 3

  /// Lines (elements with a short text) after the headline searched for
  /// its dated line.
  static let datelineWindow = 40

  /// The deepest element in `node` (itself when none) that still reads as
  /// a byline on its own.
  static func innermostByLine(in node: HTMLNode, languageLeads: [String] = []) -> HTMLNode {
    var best = node
    for child in node.descendants where child.isElement && child.index != node.index {
      guard child.textLength > 3, child.isInside(best) else { continue }
      let text = child.textContent.collapsingWhitespace()
      if readsAsByLine(text, languageLeads: languageLeads) { best = child }
    }
    return best
  }

  /// Tags matched by `switch` in the per-element loops: `==` on a tag from
  /// another module goes through Equatable's witness on every element.
  static func isScriptOrStyle(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .script, .style: return true
    default: return false
    }
  }

  /// Whether `text` reads "By Jane Doe", or its German, French, Spanish or
  /// Dutch form ("Von Anna Schmidt und Jonas Weber"). Those lead words also
  /// start ordinary phrases ("Von der Leyen visits Kyiv", "Par avion"), so
  /// after them every word must look like part of a name list.
  /// `languageLeads` are the page language's own leads
  /// (`AuthorCleaner.languageLeads`: "per" on a Catalan page), read only there.
  static func readsAsByLine(_ text: String, languageLeads: [String] = []) -> Bool {
    // Every lead word below starts with one of these letters: an ASCII first
    // byte that is none of them rules the text out before any String work.
    if let first = text.utf8.first, first < 0x80, !bylineInitials.contains(first | 0x20) { return false }
    // "Posted by Jane Doe on …", "Written by Jane Doe": blog and CMS templates.
    let lower = text.fastLowercased()
    if let first = lower.utf8.first {
      for (lead, initials) in multiWordLeadInitials where initials.contains(first) && lower.hasPrefix(lead) {
        return text.dropFirst(lead.count).first?.isUppercase == true
      }
    }
    if let first = text.unicodeScalars.first, AuthorCleaner.isCJKLetter(first), readsAsCJKCredit(text) { return true }
    // "Tác giả: Trần Thị Mai": a label of two words, composed or not.
    for (label, forms) in labelLeadPhraseForms where forms.contains(where: { lower.utf8.starts(with: $0) }) {
      return text.dropFirst(label.count).first?.isCapitalOrUncasedLetter == true
    }
    guard let space = Self.firstSpace(in: text) else { return false }
    let lead = AuthorCleaner.withoutGenderEndings(text[..<space].lowercased())
    var rest = text[text.index(after: space)...]
    // "Door onze redacteur Pieter de Vries": the name after the paper's
    // word for its own writer.
    if rest.first?.isLowercase == true, let end = rest.firstIndex(of: " "),
      AuthorCleaner.possessives.contains(rest[..<end].lowercased())
    {
      rest = Substring(AuthorCleaner.withoutOwnRole(String(rest)))
    }
    guard rest.first?.isCapitalOrUncasedLetter == true else { return false }
    // "Autor: Jan Kowalski, 12 marca 2016": the label says what follows is
    // the author (a date or place after the name is the cleaner's to cut).
    if lead == "by" || labelLeadWords.contains(lead) { return true }
    // Leads that are everyday words, or names outside the page's language,
    // count only before a full name.
    let needsFullName =
      (articleLeadWords.contains(lead) && (lead != "de" || text.hasPrefix("de ")))
      || languageLeads.contains(lead)
    guard needsFullName || localLeadWords.contains(lead) else { return false }
    // Only the names are checked: a date or place after a separator
    // ("Von Hans Müller | 03.05.2013", "Por João Silva — 12/05/2017") is
    // the cleaner's to cut.
    let names = AuthorCleaner.cutAtDate(AuthorCleaner.chunks(String(rest)).first ?? "")
    guard !names.isEmpty else { return false }
    let words = names.split(separator: " ")
    if needsFullName, words.count < 2 { return false }
    return words.allSatisfy { word in
      let bare = word.trimmed(in: .cachedPunctuation)
      return bare.first?.isCapitalOrUncasedLetter == true || nameListWords.contains(bare.lowercased())
    }
  }

  /// `text.firstIndex(of: " ")`, by bytes when that is sure to agree: with
  /// only ASCII before the first space byte and an ASCII byte (or the end)
  /// after it, that space is a character of its own and no character before
  /// it is a space. (Walking characters cost thousands of instructions a line.)
  static func firstSpace(in text: String) -> String.Index? {
    let utf8 = text.utf8
    // No space byte, no space character.
    guard let byte = utf8.firstIndex(of: 0x20) else { return nil }
    let next = utf8.index(after: byte)
    if utf8[..<byte].allSatisfy({ $0 < 0x80 }), next == utf8.endIndex || utf8[next] < 0x80 { return byte }
    return text.firstIndex(of: " ")
  }

  /// False only when `readsAsByLine` is sure to be false for this text:
  /// its first byte after ASCII white space and control characters (which
  /// collapsing drops) is ASCII and starts none of the lead words.
  static func mayReadAsByLine(_ bytes: [UInt8]) -> Bool {
    for byte in bytes {
      if byte == 0x20 || byte < 0x20 || byte == 0x7F || leadingMarkBytes.contains(byte) { continue }
      return byte >= 0x80 || bylineInitials.contains(byte | 0x20)
    }
    return true
  }

  /// A byline line without the typographic marks a template sets before it
  /// ("// By Jane Doe • Nov 11, 2020", "— Von Hans Müller", "» Par Luc Marin").
  static func withoutLeadingMarks(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, leadingMarks.contains(first) else { return text }
    return String(text.unicodeScalars.drop { leadingMarks.contains($0) || $0 == " " || $0 == "\n" })
  }

  static let leadingMarks = Set("/|•·-–—*>»~:".unicodeScalars)
  /// The ASCII ones, which `mayReadAsByLine` skips byte by byte (a mark
  /// outside ASCII passes there as a non-ASCII first byte).
  static let leadingMarkBytes = Set(leadingMarks.filter(\.isASCII).map { UInt8($0.value) })

  /// First letters of "posted/written/words/story by", "by", the local lead
  /// words and the labels (ASCII ones; a label in another script passes as
  /// a non-ASCII first byte).
  static let bylineInitials: Set<UInt8> = Set("pwsbvdatykfhmegron".utf8)

  /// Lead-ins of more than one word ("Posted by", "Escrito por", "Ein
  /// Artikel von"): the cleaner's lead-ins that hold a space and are no
  /// label, lower-case with their trailing space; the name follows.
  static let multiWordLeads = AuthorCleaner.prefixes.filter { $0.contains(" ") && $0.last?.isLetter == true }.map {
    $0 + " "
  }
  /// Each of `multiWordLeads` with the first bytes text equal to it under
  /// `hasPrefix` can start with (its first character composed or
  /// decomposed): text starting with another byte needs no `hasPrefix`
  /// per lead, which was most of the cost of a CJK page.
  static let multiWordLeadInitials: [(lead: String, initials: [UInt8])] = multiWordLeads.map { lead in
    let forms = [lead] + lead.canonicalForms
    return (lead, Array(Set(forms.compactMap { $0.utf8.first })))
  }

  /// Labels that name the author in the middle of a CJK info line, after
  /// the date or the source: Chinese and Japanese "author" and "reporter".
  static let midLineLabels = ["作者：", "作者:", "记者：", "记者:", "記者：", "記者:"]

  /// The byline from the first mid-line label on ("作者：张伟"), or nil.
  static func labelledTail(of text: String) -> Substring? {
    for label in midLineLabels {
      if let range = text.range(of: label) { return text[range.lowerBound...] }
    }
    return nil
  }

  /// A blog's dated line, "Posted on May 15, 2013 by Jane Doe", "le 15
  /// mai 2013 par Jean Dupont": from the lead word on, when what stands
  /// before it is a date of a few words and a capitalised word follows it
  /// ("built in 1862 by Josiah Hart" holds no date before "by").
  static func datedLineTail(of text: String) -> Substring? {
    guard let digit = text.firstIndex(where: AuthorCleaner.isDigit),
      let lead = AuthorCleaner.leadAfterDate(text[digit...])
    else { return nil }
    let before = text[..<lead]
    guard before.split(separator: " ").count <= maximumDatedLeadWords, DateParser.human(String(before)) != nil
    else { return nil }
    return text[lead...]
  }

  /// Words a dated line may hold before its lead word ("This entry was
  /// posted on Wednesday, May 15th, 2013 at 11:51 am").
  static let maximumDatedLeadWords = 12

  /// False only when `datedLineTail` is sure to be nil: the bytes hold an
  /// ASCII digit and, after it, one of the lead words between spaces.
  static func mayHoldDatedLead(_ bytes: [UInt8]) -> Bool {
    guard let digit = bytes.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    // One pass: at each space, only the leads starting with the next letter.
    var i = digit
    while i + 1 < bytes.count {
      if bytes[i] == 0x20 {
        let letter = bytes[i + 1] | 0x20
        for lead in datedLeadBytes where lead[1] == letter && i + lead.count <= bytes.count {
          if (2..<lead.count).allSatisfy({ bytes[i + $0] | 0x20 == lead[$0] }) { return true }
        }
      }
      i += 1
    }
    return false
  }

  /// `AuthorCleaner.leadsAfterDate` as bytes, made once.
  static let datedLeadBytes = AuthorCleaner.leadsAfterDate.map { Array($0.utf8) }

  /// False only when `labelledTail` is sure to be nil: every mid-line
  /// label holds 者 (E8 80 85 in UTF-8).
  static func mayHoldMidLineLabel(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i + 2 < bytes.count {
      if bytes[i] == 0xE8, bytes[i + 1] == 0x80, bytes[i + 2] == 0x85 { return true }
      i += 1
    }
    return false
  }

  /// Leads that are also everyday words, read only before a full name of
  /// two words or more: Greek "Του"/"Της" ("by", the genitive article:
  /// "Της Μαρίας Οικονόμου", where "Του Πάσχα" is "of Easter"), and
  /// Romanian "de", in lower case only ("de Andrei Popescu"; "De Niro Returns"
  /// is a headline).
  static let articleLeadWords: Set<String> = ["του", "της", "de"]

  /// A CJK credit line without a Latin lead word: a name and the role after
  /// it ("홍길동 기자", "山田太郎記者", an e-mail address after them), a
  /// Chinese role and verb around the names ("记者 张伟 报道"), or a label
  /// and a name ("文：山田太郎").
  static func readsAsCJKCredit(_ text: String) -> Bool {
    let line = AuthorCleaner.withoutEmails(text).trimmed(in: .cachedWhitespaces)
    if AuthorCleaner.cjkCredit(line) != nil { return true }
    if AuthorCleaner.cjkName(in: line) != nil { return true }
    guard let first = line.utf8.first, first >= 0x80,
      let label = cjkLabelLeads.first(where: { line.hasBytePrefix($0) })
    else { return false }
    let name = line.dropFirst(label.count).trimmed(in: .cachedWhitespaces)
    return (2...maximumCJKLabelledName).contains(name.count) && name.allSatisfy { $0.isLetter || $0 == " " }
  }

  /// The cleaner's labels in CJK scripts that end in a mark ("文：", "記者：", "文/").
  static let cjkLabelLeads = AuthorCleaner.prefixes.filter { prefix in
    prefix.unicodeScalars.first.map(AuthorCleaner.isCJKLetter) == true
      && [":", "：", "/", "・", "●"].contains(where: prefix.hasSuffix)
  }
  /// A name after a CJK label longer than this (characters) is a sentence.
  static let maximumCJKLabelledName = 20

  /// "By" in the other languages whose bylines read "<lead> A <and> B":
  /// German, French, Spanish and Portuguese, Dutch, Italian, Swedish and
  /// Norwegian, Danish, Indonesian and Malay, Hebrew.
  /// Croatian, Serbian, Bosnian and Slovene "writes", Finnish "written by",
  /// Afrikaans and Icelandic "by".
  static let localLeadWords: Set<String> = [
    "von", "par", "por", "door", "di", "av", "af", "oleh", "מאת", "piše", "пише", "kirjoittanut", "deur", "eftir",
  ]
  /// Labels that name the author outright, in the languages of
  /// `AuthorCleaner.prefixes`: "Autor: …", "Text: …", "Автор: …".
  static let labelLeadWords: Set<String> = [
    "autor:", "autorin:", "autorka:", "autrice:", "author:", "auteur:", "autore:", "autora:", "text:", "texto:",
    "tekst:", "texte:",
    "reporter:", "yazar:", "haber:", "muhabir:", "forfatter:", "författare:", "kirjoittaja:", "автор:",
    "oleh:", "penulis:", "wartawan:", "pewarta:", "szerző:", "teksti:",
    // Greek, Serbian, Croatian and Slovene, the Baltic languages, Swahili,
    // Hindi, Bengali, Persian and Urdu.
    "συντάκτης:", "συντάκτρια:", "аутор:", "autorius:", "autorė:", "autors:", "avtor:", "avtorica:",
    "napisao:", "napisala:", "mwandishi:", "लेखक:", "লেখক:", "نویسنده:", "مصنف:", "piše:", "пише:",
  ]
  /// Labels of two words: Vietnamese "Tác giả:", with the space after them.
  static let labelLeadPhrases = ["tác giả: "]
  /// Each of `labelLeadPhrases` with its bytes composed and decomposed: a
  /// byte test, where `hasPrefix` compared characters on every line.
  static let labelLeadPhraseForms = labelLeadPhrases.map { label in (label, label.canonicalForms.map { Array($0.utf8) })
  }
  /// Lower-case words a list of names may hold: "and" in those languages and
  /// surname particles ("Pieter de Vries", "Ursula von der Leyen").
  static let nameListWords: Set<String> = [
    "und", "et", "y", "en", "and", "&", "de", "van", "der", "den", "von", "la", "le", "du", "da", "del", "dos",
    "di", "ter", "zu", "e", "og", "och", "ja", "és", "ve", "și",
  ]

  /// A "By …" line longer than this (bytes) is a sentence in the text.
  static let maximumByLineBytes = 100
  /// The same length for a line in a script of three bytes a letter
  /// (Devanagari, Bengali, Thai, Han): "लेखक: सुनीता वर्मा | गुरुवार, 22
  /// अगस्त 2024, 06:40 PM" is 107 bytes and 51 characters.
  static let maximumWideByLineBytes = 250

  /// More names than this in one byline block is a list of people (a
  /// staff page or comment thread), not a byline.
  static let maximumAuthors = 12

  enum Kind { case link, block }

  /// A link (or microdata author) names one author; a block is a byline to read.
  func kind(of node: HTMLNode) -> Kind? {
    guard node.isElement else { return nil }
    switch node.tag {
    case .script, .style, .meta, .link: return nil
    default: break
    }
    if node.attribute(number: rel)?.lowercased().split(separator: " ").contains("author") == true {
      return node.tag == .a && node.textLength > 0 ? .link : nil
    }
    if node.attribute(number: itemprop).map({ TokenList.contains($0, "author") }) == true {
      guard !Self.isInFigure(node) else { return nil }
      return Self.holdsBylineText(node) ? .link : nil
    }
    if node.tag == .a, Self.authorPathSet.occursLowercased(inAttribute: href, of: node) || isWritersPageLink(node) {
      guard !Self.isMention(node), !Self.isOtherRoleInList(node) else { return nil }
      return Self.holdsBylineText(node) ? .link : nil
    }
    guard Self.bylineMarkerSet.mayOccur(inMarkerOf: node, names: markerNames) else { return nil }
    let marker = node.classAndID
    guard !marker.isEmpty else { return nil }
    if !marker.hasAnySubstring(Self.bylineWordSet) {
      // A block named in another language around one named more narrowly
      // ("<div class=firma><span class=autor>Por …</span> <span>Madrid</span>"):
      // the inner one is the byline.
      guard Self.hasLocalBylineWord(marker),
        !node.descendants.contains(where: { $0.isElement && Self.namesByline($0.classAndID) })
      else { return nil }
    }
    // "vcard" (the hCard microformat of "author vcard") is no author card.
    let furniture = marker.hasSubstring("vcard") ? marker.replacingOccurrences(of: "vcard", with: "") : marker
    guard !furniture.hasAnySubstring(Self.notBylineWordSet) || marker.hasSubstring("byline") else { return nil }
    guard node.textLength > 0, node.textLength <= Self.maximumBylineBytes else { return nil }
    // "<figure><div class=author>" credits the picture, as `itemprop=author` there does.
    return Self.isInFigure(node) ? nil : .block
  }

  /// Whether a link sits in a definition list under a term naming a role
  /// other than the writer's: "<dt>著者</dt><dd>…</dd><dt>イラスト</dt><dd><a
  /// href=/author/…>…</a></dd>" credits the second person with the
  /// pictures, whatever the link's address says.
  static func isOtherRoleInList(_ link: HTMLNode) -> Bool {
    guard let definition = link.ancestors.prefix(definitionDepth).first(where: { $0.tag == .dd }),
      let list = definition.parent
    else { return false }
    var term: HTMLNode?
    for child in list.children where child.isElement {
      if child.index == definition.index { break }
      if child.tag == .dt { term = child }
    }
    guard let term else { return false }
    var label = term.textContent.trimmed(in: .cachedWhitespacesAndNewlines).lowercased()
    while let last = label.last, last == ":" || last == "：" { label.removeLast() }
    return otherRoleTerms.contains(label)
  }

  /// How far above a link its list's definition may be.
  static let definitionDepth = 3

  /// Terms of a definition list that credit something other than the
  /// writing: pictures, translation, supervision, in several languages.
  static let otherRoleTerms: Set<String> = [
    "イラスト", "翻訳", "翻訳者", "訳", "訳者", "監訳", "監修", "撮影", "写真", "絵", "illustration", "illustrations",
    "illustrator", "translator", "translation", "photographer", "photography", "photos", "photo", "übersetzung",
    "übersetzer", "übersetzerin", "illustrationen", "fotos", "foto", "traduction", "traducteur", "traductrice",
    "traducción", "traductor", "traduzione", "traduttore", "tłumaczenie", "перевод", "переводчик", "번역", "일러스트",
    "사진", "翻译", "插画", "摄影",
  ]

  /// Whether an element marked as an author (`itemprop=author`) credits a
  /// picture: it is a `<figcaption>` or sits in a `<figure>` ("<figcaption
  /// itemprop=author>Foto: Jane Doe</figcaption>" under the lead image).
  static func isInFigure(_ node: HTMLNode) -> Bool {
    node.closest(.figcaption) != nil || node.closest(.figure) != nil
  }

  /// Whether a link to a person's page (its address alone says so) names
  /// someone the story is about: inside a paragraph of prose ("<a
  /// href=/people/…>Prince</a> was married when he died …") or in a list
  /// of the story's tags ("tag-cloud", "article-tags").
  static func isMention(_ link: HTMLNode) -> Bool {
    // A paragraph marked as the byline may run on ("By Jane Doe, a deputy
    // editor who has covered the industry for a decade …").
    if let paragraph = link.closest(.p), !paragraph.classAndID.hasAnySubstring(Self.bylineWordSet),
      Self.hasMoreWords(than: Self.maximumBylineWords, paragraph.textContent)
    {
      return true
    }
    return link.ancestors.prefix(Self.tagListDepth).contains { ancestor in
      ancestor.classAndID.split(separator: " ").contains {
        $0.lowercased().hasPrefix("tag") && !$0.lowercased().hasPrefix("tagline")
      }
    }
  }

  /// `text.split(whereSeparator: \.isWhitespace).count > limit`, stopping
  /// at the word past the limit (a paragraph of prose runs to hundreds).
  static func hasMoreWords(than limit: Int, _ text: String) -> Bool {
    var words = 0
    var inWord = false
    for character in text {
      if character.isWhitespace {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
        if words > limit { return true }
      }
    }
    return false
  }

  /// A byline runs to a few words ("By Jane Doe and John Roe, Reuters |
  /// Updated March 3, 2019 10:04 AM"); a paragraph longer than this is prose.
  static let maximumBylineWords = 20
  /// Ancestors of a link looked at for a tag list.
  static let tagListDepth = 4

  /// The one name of an author link (its `itemprop=name` part when marked,
  /// else a part whose class says it is the name: "byline__name" beside
  /// "byline__title" with the job).
  func linkNames(_ link: HTMLNode) -> [String] {
    // "Illustration by <a>Jane Doe</a>": the link credits a picture.
    guard !Self.followsPictureCredit(link) else { return [] }
    let named = link.descendants.first { $0.attribute("itemprop") == "name" } ?? Self.namePart(of: link)
    let text = (named.map { $0.attribute("content") ?? $0.textContent } ?? Self.lines(of: link)).collapsingWhitespace()
    return cleaner.name(text)
  }

  /// Whether the words just before `link` in its parent or grandparent
  /// credit a picture ("Illustration by", "Foto:"). "Edited by <a>…</a>"
  /// may be a page's only credit, and is read.
  static func followsPictureCredit(_ link: HTMLNode) -> Bool {
    for ancestor in link.ancestors.prefix(2) {
      var before = ""
      for index in (ancestor.index + 1)..<link.index {
        let node = link.document.node(at: index)
        if node.isText { before += node.text }
      }
      // Only the last line or list item before the link counts.
      let line = AuthorCleaner.chunks(before.collapsingWhitespace()).last ?? ""
      let lead = line.split(separator: ",").last.map(String.init) ?? line
      if AuthorCleaner.isPictureCredit(lead) { return true }
      guard before.allSatisfy(\.isWhitespace) else { break }
    }
    return false
  }

  /// Comments, related stories and teasers carry other people's names; a
  /// byline may sit in an `<aside>` beside the text, so that is allowed.
  /// `heading` as in `Dates.isOutsideArticle`: a region holding the page's
  /// first `<h1>` wraps the article.
  static func isOutsideArticle(_ node: HTMLNode, heading: HTMLNode?) -> Bool {
    let chain = [node] + node.ancestors
    if Dates.isOtherStory(chain, heading: heading) || Dates.isInTeaserCard(node, heading: heading) { return true }
    let inArticle = chain.contains { $0.tag == .article }
    let names = MarkerNames(node.document)
    for ancestor in chain {
      switch ancestor.tag {
      case .nav: if Dates.isMenu(ancestor) { return true }
      // An article's own footer holds its author ("Posted by …").
      case .footer: if !inArticle { return true }
      case .ul, .ol: if isLinkMenu(ancestor) { return true }
      case .body, .html: return false
      // A quotation's author is the person quoted ("pull-quote__author",
      // an embedded post in a `<blockquote>`).
      case .blockquote: return true
      default: break
      }
      if Self.quoteSet.mayOccur(inMarkerOf: ancestor, names: names), ancestor.classAndID.hasSubstring("quote") {
        return true
      }
      // No region word in class or id: the ancestor is not foreign.
      guard Dates.foreignRegionSet.mayOccur(inMarkerOf: ancestor, names: names) else { continue }
      let marker = ancestor.classAndID
      // A widget that says it is about authors is the byline.
      if marker.hasSubstring("author") || marker.hasSubstring("byline") { continue }
      if Dates.isForeignRegion(marker), !Dates.holdsHeading(ancestor, heading),
        !Dates.isStorySidebar(ancestor, marker: marker, heading: heading)
      {
        return true
      }
    }
    return false
  }

  static let quoteSet = NeedleSet(["quote"])

  /// Whether a list is a menu of links whatever its class says (a "burger"
  /// menu of `<div>`s and `<ul>`s linking "/redaktion/infografik/"): more
  /// items holding a link than a byline names authors, and the list not
  /// marked as authors.
  static func isLinkMenu(_ list: HTMLNode) -> Bool {
    var linked = 0
    for item in list.children where item.tag == .li && item.firstDescendant(.a) != nil {
      linked += 1
      if linked >= menuItems { break }
    }
    guard linked >= menuItems else { return false }
    let marker = list.classAndID
    return !marker.hasSubstring("author") && !marker.hasSubstring("byline")
  }

  /// Linked items that make a list a menu.
  static let menuItems = 6

  /// The byline element around `node` (a candidate link inside a "byline"
  /// block reads the whole block, so "A and B" keeps both names).
  func container(of node: HTMLNode) -> HTMLNode {
    var best = node
    for ancestor in node.ancestors.prefix(Self.containerDepth) {
      guard Self.holdsBylineText(ancestor) else { break }
      best = ancestor
    }
    return best
  }

  /// How far up a byline block may wrap its author links.
  static let containerDepth = 3

  /// The element inside `node` whose class names it the name ("name",
  /// "author-name", "byline__name", "authorName"), when `node` holds more text.
  static func namePart(of node: HTMLNode) -> HTMLNode? {
    for element in node.descendants where element.isElement {
      guard isNamePart(element) else { continue }
      let length = element.textContent.collapsingWhitespace().utf8.count
      return length > 0 && length < node.textContent.collapsingWhitespace().utf8.count ? element : nil
    }
    return nil
  }

  /// Whether the element's class names it a name ("author-name").
  static func isNamePart(_ element: HTMLNode) -> Bool {
    guard let marker = element.attribute("class"), marker.utf8.count >= 4, marker.hasSubstring("ame") else {
      return false
    }
    return marker.split(separator: " ").contains { token in
      token == "name" || token.hasSuffix("-name") || token.hasSuffix("_name") || token.hasSuffix("Name")
    }
  }

  /// Whether an element is not shown: `hidden`, or an inline style that
  /// hides it ("display:none", "visibility:hidden").
  static func isHidden(_ element: HTMLNode) -> Bool {
    if element.hasAttribute("hidden") { return true }
    guard let style = element.document.nameNumber("style").flatMap(element.attributeBytes) else { return false }
    return Boilerplate.hidesElement(style)
  }

  /// The text of `node` with a line break at every block element, `<br>`
  /// and `<time>`, so "By A<br>Dec 13" does not read as one name.
  static func lines(of node: HTMLNode, breakingAt breaks: (HTMLTag) -> Bool = \.isBlock) -> String {
    var text = ""
    func walk(_ node: HTMLNode) {
      for child in node.children {
        if child.isText {
          // A newline in the source is a space as read: "Andrea\n  Wong" in
          // a link is one name; lines break at elements only.
          let raw = child.text
          text += raw.contains(where: \.isNewline) ? String(raw.map { $0.isNewline ? " " : $0 }) : raw
        } else if child.isElement {
          let tag = child.tag
          if tag == .script || tag == .style || tag == .time || tag == .img || tag == .svg || tag == .button
            || isHidden(child)
          {
            text += "\n"
            continue
          }
          // A part named the name stands apart from the job after it.
          let breaking = breaks(tag) || isNamePart(child)
          if breaking { text += "\n" }
          walk(child)
          if breaking { text += "\n" }
        }
      }
    }
    if node.isText { return node.text }
    walk(node)
    return text
  }
}

/// The elements a byline may be read from, found once per page: which
/// elements are author links or byline blocks, and which short lines read
/// "By …", depend on the page alone; only the names read from them depend
/// on the cleaner, and `Authors` reads the byline with up to three cleaners
/// (each read walked the whole page). Filled in document order as far as a
/// reader has asked, so a byline found early still stops the walk early.
final class BylineCandidates {
  /// Marked elements found so far, and the next element index to look at
  /// (-1 before the first look).
  var marked: [(node: HTMLNode, kind: Byline.Kind)] = []
  var markedNext: Int32 = -1
  /// "By …" lines found so far, and the next element index to look at.
  var lines: [HTMLNode] = []
  var linesNext: Int32 = -1
}
