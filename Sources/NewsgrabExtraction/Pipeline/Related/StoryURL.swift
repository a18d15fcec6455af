/// Whether a link's address has the shape of a story, not of a section,
/// tag, topic, author, search or comments page.
///
/// Story addresses carry an id, a date, a file name or a slug of several
/// words (`/2024/05/budget.html`, `/world/ferry-crews-walk-out-12345`);
/// listings are short paths of single words (`/sport/`, `/sport/rowing/`)
/// or a listing word and its name (`/tag/climate`, `/autor/jane-doe/`).
enum StoryURL {
  /// Path segments that open a listing: the next segment is its name
  /// (English, German, French, Spanish, Italian, Portuguese, Dutch, Nordic,
  /// Polish, Czech).
  static let listingSegments: Set<String> = [
    "tag", "tags", "tagged", "topic", "topics", "thema", "themen", "theme", "themes", "category", "categories",
    "categorie", "categoria", "categorias", "kategorie", "kategorien", "kategori", "kategoria", "rubrik", "rubriken",
    "rubrique", "section", "sections", "ressort", "author", "authors", "autor", "autoren", "autores", "auteur",
    "auteurs", "autore", "autori", "forfatter", "skribent", "profile", "profil", "profiles", "user", "users",
    "people", "search", "suche", "hledej", "buscar", "busqueda", "recherche", "cerca", "zoeken", "sok", "szukaj",
    "hledat", "schlagwort", "stichwort", "schlagworte", "tema", "temas", "etiqueta", "etiquetas", "argomenti",
    "argomento", "onderwerp", "onderwerpen", "label", "labels", "archive", "archiv", "comments", "kommentare",
    "comentarios", "commentaires", "commenti", "forum", "forums",
  ]

  /// A slug of this many words is a story's ("ferry-crews-walk-out"); a
  /// section is one word ("sport") or two ("weird-science"), and a
  /// two-word slug counts only under a headline of `minimumShortSlugHeadlineWords`.
  static let minimumSlugWords = 3
  static let minimumShortSlugHeadlineWords = 3
  /// Below a path of plain words ("/news/roadworks"), a link whose text
  /// has this many words is a headline; "Football news and results" is a
  /// section's label.
  static let minimumHeadlineWords = 5

  /// Whether `url` (resolved), linked with the text `headline`, looks like
  /// a story other than `page`.
  static func isStory(_ url: String, headline: String, page: String?) -> Bool {
    if let page, withoutFragment(url) == page { return false }
    if isPlainASCII(url) { return isASCIIStory(url, headline: headline) }
    var rest = Substring(url)
    if let scheme = rest.range(of: "://") {
      rest = rest[scheme.upperBound...]
      // The host alone is the home page.
      guard let slash = rest.firstIndex(of: "/") else { return false }
      rest = rest[slash...]
    }
    var fragment: Substring = ""
    if let hash = rest.firstIndex(of: "#") {
      fragment = rest[rest.index(after: hash)...]
      rest = rest[..<hash]
    }
    // A jump to another page's comments is not the story.
    if fragment.lowercased().hasSubstring("comment") || fragment.lowercased().hasSubstring("respond") {
      return false
    }
    var query: Substring = ""
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    let segments = rest.split(separator: "/").map { $0.lowercased() }
    for (k, segment) in segments.enumerated() where listingSegments.contains(segment) {
      // "/tag/climate", "/autor/jane-doe/": the listing word and its name.
      if segments.count - k <= 2 { return false }
      // "/category/make/recipes/": its names nested, single words each.
      if Self.namesOnlyPlainWords(segments[(k + 1)...]) { return false }
    }
    guard let last = segments.last else { return query.contains(where: \.isNumber) }
    // "…/forum-12/comment/": the comment form under a story, not the story
    // ("/voices/comment/barcelona-tourists-10452542.html" is one).
    if last == "comment" { return false }
    if Self.isFileOrLaterPage(segments) { return false }
    if query.contains(where: \.isNumber) { return true }
    // A date or an id anywhere in the path.
    if segments.contains(where: { $0.contains(where: \.isNumber) }) { return true }
    if last.contains("."), !last.hasPrefix("index.") { return true }
    let words = last.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" || $0 == "." })
    // A slug in a script without hyphens between words (percent-encoded or not).
    let nonASCII = last.unicodeScalars.contains { $0.value > 0x7F }
    if words.count >= minimumSlugWords || last.contains("%") || nonASCII && last.count >= 6 { return true }
    let headlineWords = headline.split(separator: " ").count
    // "/news/stadium-vote" under "Council delays stadium vote"; not "Weird Science".
    if words.count == 2 { return headlineWords >= minimumShortSlugHeadlineWords }
    // Plain words only: a section, unless it is deep and titled like a story.
    return segments.count >= 2 && headlineWords >= minimumHeadlineWords
  }

  /// Whether every segment after a listing word is one plain word (letters
  /// only: no id, no date, no file name, no slug).
  static func namesOnlyPlainWords(_ segments: ArraySlice<String>) -> Bool {
    segments.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isLetter) }
  }

  /// A path to a file no reader opens as a story (a picture, a video, a
  /// PDF: "…/uploads/2014/11/referrers-graph.png"), or to a later page of
  /// a listing or a story ("/news/page/2/"). `segments` are lower-case.
  static func isFileOrLaterPage(_ segments: [String]) -> Bool {
    guard let last = segments.last else { return false }
    // Read on bytes: every link of the page is asked this.
    let bytes = last.utf8
    if let dot = bytes.lastIndex(of: UInt8(ascii: ".")) {
      let tail = bytes[bytes.index(after: dot)...]
      if (2...4).contains(tail.count), fileExtensions.contains(String(decoding: tail, as: UTF8.self)) { return true }
    }
    guard segments.count >= 2, last.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return false
    }
    return pageWords.contains(segments[segments.count - 2])
  }

  /// Extensions of pictures, sound, video, documents, archives and feeds.
  static let fileExtensions: Set<String> = [
    "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "mp4", "m4v", "mov", "webm", "avi",
    "flv", "wmv", "mp3", "m4a", "wav", "ogg", "oga", "pdf", "zip", "gz", "rar", "doc", "docx", "xls", "xlsx",
    "ppt", "pptx", "csv", "xml", "rss", "json",
  ]
  /// The word before a page number in a path ("/page/2", "/seite/3").
  static let pageWords: Set<String> = ["page", "seite", "pagina", "página", "strona", "sida", "side", "pag"]

  /// `url` without its `#fragment`.
  static func withoutFragment(_ url: String) -> String {
    let found = isPlainASCII(url) ? url.utf8.firstIndex(of: UInt8(ascii: "#")) : url.firstIndex(of: "#")
    guard let hash = found else { return url }
    return String(url[..<hash])
  }

  /// ASCII without CR: every byte is a character on its own (only CR LF
  /// joins two ASCII scalars into one), so byte searches and splits find
  /// what the character ones find, at the same indexes. Walking URLs
  /// character by character cost most of the teaser phase.
  static func isPlainASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  /// Just past the first "://" (where Foundation's search finds it in ASCII text).
  private static func afterFirstSchemeSeparator(_ bytes: Substring.UTF8View) -> String.Index? {
    var i = bytes.startIndex
    while let colon = bytes[i...].firstIndex(of: UInt8(ascii: ":")) {
      let rest = bytes[bytes.index(after: colon)...]
      if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) { return bytes.index(colon, offsetBy: 3) }
      i = bytes.index(after: colon)
    }
    return nil
  }

  /// `isStory` on a plain ASCII `url` (see `isPlainASCII`), on its bytes:
  /// the same steps, and the same answer.
  private static func isASCIIStory(_ url: String, headline: String) -> Bool {
    let slash = UInt8(ascii: "/")
    var rest = Substring(url)
    if let afterScheme = Self.afterFirstSchemeSeparator(rest.utf8) {
      rest = rest[afterScheme...]
      // The host alone is the home page.
      guard let slash = rest.utf8.firstIndex(of: slash) else { return false }
      rest = rest[slash...]
    }
    var fragment: Substring = ""
    if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
      fragment = rest[rest.utf8.index(after: hash)...]
      rest = rest[..<hash]
    }
    // A jump to another page's comments is not the story.
    if fragment.lowercased().hasSubstring("comment") || fragment.lowercased().hasSubstring("respond") {
      return false
    }
    var query: Substring = ""
    if let mark = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
      query = rest[rest.utf8.index(after: mark)...]
      rest = rest[..<mark]
    }
    let segments = rest.utf8.split(separator: slash).map { Substring($0).lowercased() }
    for (k, segment) in segments.enumerated() where listingSegments.contains(segment) {
      // "/tag/climate", "/autor/jane-doe/": the listing word and its name.
      if segments.count - k <= 2 { return false }  // as on the Unicode path
      if namesOnlyPlainWords(segments[(k + 1)...]) { return false }  // as on the Unicode path
    }
    // The only ASCII characters that are numbers are the digits.
    func hasDigit<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
      bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
    guard let last = segments.last else { return hasDigit(query.utf8) }
    if last == "comment" { return false }  // as on the Unicode path
    if isFileOrLaterPage(segments) { return false }  // as on the Unicode path
    if hasDigit(query.utf8) { return true }
    // A date or an id anywhere in the path.
    if segments.contains(where: { hasDigit($0.utf8) }) { return true }
    if last.utf8.contains(UInt8(ascii: ".")), !last.hasPrefix("index.") { return true }
    let words = last.utf8.split(whereSeparator: {
      $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".")
    }).count
    if words >= minimumSlugWords || last.utf8.contains(UInt8(ascii: "%")) { return true }
    let headlineWords = headline.split(separator: " ").count
    // "/news/stadium-vote" under "Council delays stadium vote"; not "Weird Science".
    if words == 2 { return headlineWords >= minimumShortSlugHeadlineWords }
    // Plain words only: a section, unless it is deep and titled like a story.
    return segments.count >= 2 && headlineWords >= minimumHeadlineWords
  }
}
