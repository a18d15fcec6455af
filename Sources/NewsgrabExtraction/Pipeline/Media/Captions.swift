import NewsgrabHTML

/// The words printed around a picture: its caption and its credit.
///
/// A caption is a `<figcaption>` or an element whose class says so; a credit
/// is an element with a credit/copyright/photographer class inside or next
/// to it, or a trailing "Photo: …" / "(Credit: …)" in the caption text.
struct Captions {
  let content: Content
  let adjacent: AdjacentCaption

  init(content: Content) {
    self.content = content
    adjacent = AdjacentCaption(content: content)
  }

  /// The largest box around an image that still belongs to it alone.
  static let maximumBoxChars: Int32 = 800

  /// Caption and credit of the image `img`.
  func words(for img: HTMLNode) -> (caption: String?, credit: String?) {
    var captionNode: HTMLNode?
    var creditNode: HTMLNode?
    // The first caption and credit elements below `box`.
    func scan(_ box: HTMLNode) {
      for node in box.descendants where node.isElement {
        let tag = node.tag
        let hints = content.hints[Int(node.index)]
        // "caption" in a class wins over "attribution"; a figcaption
        // classed as a credit is the credit. An empty one (a `<meta
        // itemprop=caption>`, a placeholder) says nothing.
        let isCredit = (hints.contains(.credit) || Self.namesCreator(node)) && !hints.contains(.caption)
        let isCaption = hints.contains(.caption) || (tag == .figcaption && !isCredit)
        guard isCaption || isCredit, !img.isInside(node), Self.hasText(node) else { continue }
        if captionNode == nil, isCaption { captionNode = node }
        if creditNode == nil, isCredit, !hints.contains(.hidden) { creditNode = node }
      }
    }
    // A caption element printed as a sibling: the credit when classed so.
    func take(_ next: HTMLNode) {
      if content.hints[Int(next.index)].contains(.credit) && next.tag != .figcaption {
        creditNode = next
      } else {
        captionNode = next
      }
    }
    let box = box(of: img)
    if let box {
      scan(box)
      // A caption printed right after the figure, as its sibling.
      if captionNode == nil, creditNode == nil, let next = box.nextElementSibling, isCaption(next) { take(next) }
    }
    if captionNode == nil, creditNode == nil, let next = img.nextElementSibling, isCaption(next), Self.hasText(next),
      !Self.holdsHeading(next)
    {
      // A caption printed right after the picture itself, its sibling in
      // a container too large to be the picture's box; read as a box of
      // its own when it holds the caption's parts (a narrow and a wide
      // layout's text, the credit).
      scan(next)
      if captionNode == nil, creditNode == nil { take(next) }
    }
    // No element is classed as the caption, one is the credit: the line set
    // just before it is the caption ("<p>Friedrich Merz</p><p
    // class=image--author>Foto: …</p>" under the picture), or the line
    // that holds it ("<div>The pyramid … <span class=copyright>Bild:
    // …</span></div>").
    if captionNode == nil, let creditNode {
      if let line = creditNode.previousElementSibling, isCaptionLine(line, skipping: nil) {
        captionNode = line
      } else if let line = creditNode.parent, line.isElement, isCaptionLine(line, skipping: creditNode) {
        captionNode = line
      }
    }
    var credit = creditNode.map { $0.textContent.collapsingWhitespace() } ?? img.attribute("data-credit")?.nonEmpty
    var caption: String?
    if let captionNode {
      caption = text(of: captionNode, skipping: creditNode).nonEmpty
    } else {
      // No element is classed as the caption: the page's attributes, then
      // the layout (a line of text in the picture's own box).
      caption = attributeCaption(of: img, box: box)
      if caption == nil, creditNode == nil { caption = adjacent.text(for: img) }
    }
    if let text = caption, text.hasPrefix("("), text.hasSuffix(")"), !text.dropFirst().contains("(") {
      // A caption that is only a bracketed name is the credit.
      credit = credit ?? text
      caption = nil
    }
    if let text = caption, credit == nil {
      let split = Self.splitCredit(text)
      caption = split.caption
      credit = split.credit
    }
    if let text = credit { credit = Self.cleanCredit(text) }
    if caption == credit { credit = nil }
    return (caption, credit)
  }

  /// A caption the page wrote into attributes: `data-caption` on the
  /// picture or its figure, or the `title` of a link around the picture
  /// alone (the old "click to enlarge" link).
  private func attributeCaption(of img: HTMLNode, box: HTMLNode?) -> String? {
    if let text = img.attribute("data-caption")?.collapsingWhitespace().nonEmpty { return text }
    if let figure = box ?? img.closest(.figure),
      let text = figure.attribute("data-caption")?.collapsingWhitespace().nonEmpty
    {
      return text
    }
    var current = img.parent
    var level = 0
    while let node = current, level < Self.linkLevels, content.stats[Int(node.index)].chars == 0 {
      if node.tag == .a {
        // A link that goes nowhere is a player's control: its title is
        // what it does ("Video starten"), not what the picture shows.
        guard !Self.isControl(node) else { return nil }
        return node.attribute("title").flatMap { AdjacentCaption.accepted($0, minimumWords: 2) }
      }
      current = node.parent
      level += 1
    }
    return nil
  }

  /// Whether a link is a control: no address, a fragment or a script.
  static func isControl(_ link: HTMLNode) -> Bool {
    let href = link.attribute("href")?.trimmed.lowercased() ?? ""
    return href.isEmpty || href.hasPrefix("#") || href.hasPrefix("javascript:")
  }

  /// A link wraps its picture directly or through a `<picture>`/`<span>`.
  static let linkLevels = 3

  /// Whether microdata marks the element as the picture's maker or rights
  /// holder (`itemprop=author`, `creator`, `copyrightHolder`) in the
  /// figure or its caption: a teaser card's `itemprop=author` is its byline.
  static func namesCreator(_ node: HTMLNode) -> Bool {
    guard let property = node.attribute("itemprop"), Byline.isInFigure(node) else { return false }
    return ["author", "creator", "copyrightHolder"].contains { TokenList.contains(property, $0) }
  }

  /// Whether an element beside or around a picture's credit is a
  /// caption's line: a short block of words (the `skipping` credit left
  /// out) with no picture, icon, heading or furniture in it, outside a
  /// link (a card's "Launch Gallery" label over its icon).
  private func isCaptionLine(_ line: HTMLNode, skipping credit: HTMLNode?) -> Bool {
    guard !line.tag.isHeading, line.tag != .img, line.tag != .svg,
      content.hints[Int(line.index)].isDisjoint(with: AdjacentCaption.notCaption),
      AdjacentCaption.pictures(in: line) == 0, line.firstDescendant(.svg) == nil, !Self.holdsHeading(line),
      line.closest(.a) == nil
    else { return false }
    guard content.stats[Int(line.index)].linkDensity <= 0.5 else { return false }
    // Measured without the credit it holds.
    let words = text(of: line, skipping: credit).collapsingWhitespace()
    guard (Int(AdjacentCaption.minimumChars)...Int(AdjacentCaption.maximumChars)).contains(words.count) else {
      return false
    }
    return AdjacentCaption.accepted(words, minimumWords: 2) != nil
  }

  /// Whether a heading stands in `node`: a teaser card's text under its
  /// picture ("<div class=figcaption><h3>Other story</h3>…"), no caption.
  static func holdsHeading(_ node: HTMLNode) -> Bool {
    node.descendants.contains { $0.isElement && $0.tag.isHeading }
  }

  /// Whether the element holds any visible character.
  static func hasText(_ node: HTMLNode) -> Bool {
    node.textLength > 0 && node.textContent.utf8.contains { $0 > 0x20 }
  }

  /// The figure around the image, or the nearest ancestor (up to three
  /// levels) that holds this image alone and a little text.
  private func box(of img: HTMLNode) -> HTMLNode? {
    if let figure = img.closest(.figure) { return figure }
    var current = img.parent
    var best: HTMLNode?
    var level = 0
    while let node = current, node.index > 0, level < 3 {
      if node.tag == .body || node.tag == .article || node.tag == .main { break }
      if content.stats[Int(node.index)].chars > Self.maximumBoxChars { break }
      if Self.imageCount(in: node) > 1 { break }
      best = node
      if node.descendants.contains(where: { $0.isElement && isCaption($0) }) { return node }
      current = node.parent
      level += 1
    }
    // A caption right after the image's box, as a sibling.
    if let best, let next = best.nextElementSibling, isCaption(next) {
      return best.parent
    }
    return best
  }

  /// The `<img>` elements below `node`, up to two, leaving out `<noscript>`
  /// copies: a lazy picture and its no-script fallback are one picture.
  static func imageCount(in node: HTMLNode) -> Int {
    let document = node.document
    var count = 0
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      let child = document.node(at: i)
      if child.tag == .noscript {
        i = child.subtreeEndIndex
        continue
      }
      if child.tag == .img {
        count += 1
        if count > 1 { return count }
      }
      i += 1
    }
    return count
  }

  private func isCaption(_ node: HTMLNode) -> Bool {
    let hints = content.hints[Int(node.index)]
    return node.tag == .figcaption || hints.contains(.caption) || hints.contains(.credit)
  }

  /// Text below `node`, leaving out the `skipped` subtree.
  private func text(of node: HTMLNode, skipping skipped: HTMLNode?) -> String {
    guard let skipped, skipped.isInside(node) else { return node.textContent }
    var bytes: [UInt8] = []
    var i = node.index + 1
    let end = node.subtreeEndIndex
    while i < end {
      if i == skipped.index {
        i = skipped.subtreeEndIndex
        bytes.append(0x20)
        continue
      }
      let child = content.document.node(at: i)
      if child.isText { bytes.append(contentsOf: child.textBytes) }
      i += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Prefixes that introduce a picture credit inside a caption.
  static let creditMarkers = [
    "photo:", "photos:", "photograph:", "image:", "images:", "picture:", "credit:",
    "credits:", "source:", "foto:", "bild:", "photo by", "photos by", "photograph by", "image by", "picture by",
    "photo credit:", "image credit:", "photo courtesy", "courtesy of", "©", "(c)",
    // The same labels in the other languages of news pages: French, Spanish,
    // Italian, Portuguese, Dutch, the Nordic languages, Polish, Czech,
    // Hungarian, Finnish, Turkish, Vietnamese, Russian.
    "crédit :", "crédit:", "crédits :", "crédits:", "photo :", "fotos:", "fotografía:", "imagen:", "fuente:",
    "foto di", "fotografia:", "imagem:", "beeld:", "bron:", "kilde:", "källa:", "bilde:", "kuva:", "zdjęcie:",
    "fot.", "fot:", "zdroj:", "fotó:", "fotograf:", "ảnh:", "фото:", "ap photo/", "afp photo/", "quelle:",
    "kaynak:", "źródło:", "lähde:", "bildquelle:", "bildnachweis:", "fotoquelle:",
    // Japanese, Chinese and Korean credit labels ("（写真：共同）", "图片来源：", "사진=연합뉴스").
    "写真：", "写真:", "撮影：", "图片来源：", "图片来源:", "图：", "圖：", "사진=", "사진:",
    // Thai, Hindi, Bengali, Hebrew, Greek, Swahili, Lithuanian, Latvian,
    // the South Slavic languages, Persian and Urdu.
    "ภาพ:", "तस्वीर:", "फोटो:", "ছবি:", "צילום:", "φωτογραφία:", "φωτο:", "picha:", "nuotr.:", "nuotr.",
    "attēls:", "slika:", "фотографија:", "عکس:", "تصویر:",
  ]

  /// Agencies and picture libraries whose name ends a caption as its
  /// credit ("… on Monday. Jane Doe/Getty Images", "… in Berlin. dpa").
  static let trailingAgencies = [
    "getty images", "dpa", "afp", "reuters", "ap", "epa", "keystone", "apa", "anp", "ntb", "tt", "efe",
    "europa press", "picture alliance", "picture-alliance", "imago", "shutterstock", "istock", "bloomberg",
    "pa", "pa wire", "ansa", "ritzau scanpix", "lehtikuva", "ctk", "čtk", "pap", "anadolu", "xinhua",
    "kyodo", "yonhap", "aap", "sipa", "abaca", "alamy", "zuma press",
  ]

  /// A trailing credit has at most this many words ("Jane Doe/Getty Images
  /// via Agency" is six); more is a sentence that ends in an agency's name.
  static let maximumTrailingCreditWords = 8

  /// Splits "A crowd gathers. Photo: Jane Doe/Agency" into caption and credit.
  static func splitCredit(_ text: String) -> (caption: String?, credit: String?) {
    let lower = text.lowercased()
    var best: String.Index?
    for marker in creditMarkers {
      // A marker absent from the bytes is absent for Foundation's search too.
      guard lower.hasSubstring(marker), let range = lower.range(of: marker, options: .backwards) else { continue }
      // Only a marker that starts the text or follows a sentence end, a
      // bracket or a separator is a credit, not "a photo: the …" mid-text.
      if range.lowerBound != lower.startIndex {
        let before = lower[..<range.lowerBound].trimmingTrailingSpaces()
        guard let last = before.last else { continue }
        let afterSeparator = ".!?)(|–—-/:;（【。".contains(last) || before.hasSuffix("(")
        // "… des Gesetzes Foto: Felix Zahn/imago", "… in Debant © Gemeinde":
        // a capitalised label with its colon, or ©, needs no full stop.
        guard afterSeparator || isLabelled(text, lower: lower, at: range, marker: marker) else { continue }
      }
      if best == nil || range.lowerBound < best! { best = range.lowerBound }
    }
    guard let start = best else {
      let bracket = splitTrailingBracket(text)
      return bracket.credit == nil ? splitTrailingAgency(text) : bracket
    }
    let offset = lower.distance(from: lower.startIndex, to: start)
    let splitIndex = text.index(text.startIndex, offsetBy: offset)
    var caption = String(text[..<splitIndex]).trimmed
    while let last = caption.last, "(|–—-/,;（【".contains(last) { caption.removeLast() }
    var credit = String(text[splitIndex...]).trimmed
    if credit.hasSuffix(")"), !credit.contains("(") { credit = String(credit.dropLast()).trimmed }
    if credit.hasSuffix("）") || credit.hasSuffix("】") { credit = String(credit.dropLast()).trimmed }
    return (caption.trimmed.isEmpty ? nil : caption.trimmed, credit.isEmpty ? nil : credit)
  }

  /// Whether the marker at `range` stands on its own after a space: "©",
  /// or a label with a colon (or an abbreviation's full stop) written with a
  /// capital ("Foto:", "Fot.", not "a photo:"), or in a script without
  /// capitals ("צילום:").
  static func isLabelled(_ text: String, lower: String, at range: Range<String.Index>, marker: String) -> Bool {
    guard lower[..<range.lowerBound].last?.isWhitespace == true else { return false }
    if marker == "©" { return true }
    // An abbreviated label ("Fot. Jan Kowalski") stands as a colon's does.
    guard marker.hasSuffix(":") || marker.hasSuffix(".") else { return false }
    let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
    guard offset < text.count else { return false }
    return text[text.index(text.startIndex, offsetBy: offset)].isCapitalOrUncasedLetter
  }

  /// Splits "Seedlings in trays (Mia Stone/Studio)": a short trailing
  /// bracket of names or an agency path is the credit.
  static func splitTrailingBracket(_ text: String) -> (caption: String?, credit: String?) {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return (text, nil) }
    let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmed
    let words = inner.split(separator: " ")
    guard !words.isEmpty, words.count <= 8 else { return (text, nil) }
    let names = words.allSatisfy { word in word.first.map { $0.isUppercase || $0 == "©" } ?? false }
    guard inner.contains("/") || names else { return (text, nil) }
    let caption = String(text[..<open]).trimmed
    return (caption.isEmpty ? nil : caption, inner)
  }

  /// Splits "Ferries wait in the harbour. Jane Doe/dpa": the last sentence,
  /// when it is a short name ending in an agency after a slash, "via" or a
  /// bar (or is the agency alone), is the credit.
  static func splitTrailingAgency(_ text: String) -> (caption: String?, credit: String?) {
    let lower = text.lowercased()
    guard
      let agency = trailingAgencies.first(where: { agency in
        lower.hasSuffix(agency) && !(lower.dropLast(agency.count).last?.isLetter ?? false)
      })
    else { return (text, nil) }
    let head = lower.dropLast(agency.count).trimmingTrailingSpaces()
    // Where the credit starts: after the last sentence end or bar before it.
    var start = lower.startIndex
    var i = head.endIndex
    while i > head.startIndex {
      let previous = head.index(before: i)
      let character = head[previous]
      if character == "|" || (".!?".contains(character) && (i == head.endIndex || head[i].isWhitespace)) {
        start = i
        break
      }
      i = previous
    }
    let creditLower = String(lower[start...]).trimmed
    let joined = head.hasSuffix("/") || head.hasSuffix(" via") || head.hasSuffix("|") || creditLower == agency
    let words = creditLower.split(separator: " ").count
    guard joined, start > lower.startIndex || creditLower == agency, words <= maximumTrailingCreditWords else {
      return (text, nil)
    }
    let offset = lower.distance(from: lower.startIndex, to: start)
    let splitIndex = text.index(text.startIndex, offsetBy: offset)
    var caption = String(text[..<splitIndex]).trimmed
    while let last = caption.last, "|–—-/".contains(last) { caption.removeLast() }
    let credit = String(text[splitIndex...]).trimmed
    return (caption.trimmed.nonEmpty, credit.nonEmpty)
  }

  /// A credit without its brackets and surrounding white space.
  static func cleanCredit(_ text: String) -> String? {
    var credit = text.collapsingWhitespace()
    // "CreditCreditJane Doe/Agency": the label, once for screen readers
    // and once on screen, glued to the name ("Credit: …" is kept as written).
    while credit.hasPrefix("Credit"), let next = credit.dropFirst(6).first, next.isUppercase {
      credit = String(credit.dropFirst(6))
    }
    if credit.hasPrefix("("), credit.hasSuffix(")") { credit = String(credit.dropFirst().dropLast()).trimmed }
    if credit.hasSuffix(")"), !credit.contains("(") { credit.removeLast() }
    return credit.isEmpty ? nil : credit
  }
}

extension Substring {
  func trimmingTrailingSpaces() -> Substring {
    var result = self
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}

extension HTMLNode {
  /// The next sibling that is an element.
  var nextElementSibling: HTMLNode? {
    var current = nextSibling
    while let node = current {
      if node.isElement { return node }
      current = node.nextSibling
    }
    return nil
  }

  /// The sibling before that is an element.
  var previousElementSibling: HTMLNode? {
    guard let parent else { return nil }
    var before: HTMLNode?
    for child in parent.children {
      if child == self { return before }
      if child.isElement { before = child }
    }
    return nil
  }
}
