import NewsgrabHTML

/// Headings that belong to the site, not to the story: box titles ("Most
/// read", "Share this", "Bookmark with:"), the logo as an `<h1>`, section
/// labels. They never win as the headline.
///
/// Structural signals come first (a heading that is only a link home, a
/// short label ending in a colon, a heading in the page's banner); the word
/// list catches the box titles that carry no structural mark, in the
/// languages of the corpora and of the pages the issue was measured on.
enum HeadingFurniture {
  /// Whether the heading `node` (whose text is `text`) is site furniture.
  static func isFurniture(_ node: HTMLNode, text: String) -> Bool {
    // A label that introduces widgets: "Bookmark with:", "Teilen:", "Share:".
    if text.hasAtMostWords(maximumLabelWords), text.hasSuffix(":") || text.hasSuffix("：") { return true }
    if text.hasAtMostWords(maximumBoxTitleWords), boxTitles.contains(TitleSplitter.key(text)) { return true }
    return isLinkHome(node, text: text)
  }

  /// Box titles are short: "Lo más leído", "Das könnte Sie auch interessieren".
  static let maximumBoxTitleWords = 5
  /// Widget labels are one to three words ("Bookmark with:", "Diesen Artikel teilen:").
  static let maximumLabelWords = 3

  /// Whether the heading's text is all one link to the site's home page
  /// (the logo written as `<h1><a href="/">Site</a></h1>`).
  static func isLinkHome(_ node: HTMLNode, text: String) -> Bool {
    guard let link = node.firstDescendant(.a), let href = link.attribute("href")?.trimmed(in: .cachedWhitespaces)
    else { return false }
    // The link's target first: most heading links point at the story, and
    // the text keys (Foundation's folding, on text other than ASCII) are
    // then never made. Both tests must pass, in either order.
    guard pointsHome(href) else { return false }
    return TitleSplitter.key(link.textContent) == TitleSplitter.key(text)
  }

  /// Whether `href` (trimmed) is a home page: the site's, or one written
  /// out in full (a blog's name linking to its host, which need not be the
  /// address the page was saved from). No story lives at a site's root.
  static func pointsHome(_ href: String) -> Bool {
    if href == "/" || href == "/index.html" || href == "/index.php" { return true }
    guard href.hasPrefix("http") || href.hasPrefix("//") else { return false }
    let absolute = href.hasPrefix("//") ? "https:" + href : href
    return TitleSplitter.siteRoot(absolute) != nil
  }

  /// A heading found on the page and its element.
  typealias Candidate = (heading: Sourced<String>, node: HTMLNode)

  /// `headings` without the short `<h2>`/`<h3>`s printed more than once:
  /// a label repeated over boxes ("Photo gallery", "Share") in any language.
  static func withoutRepeatedLabels(_ headings: [Candidate]) -> [Candidate] {
    var counts: [String: Int] = [:]
    let keys = headings.map { entry in
      // Box titles are lesser headings: a page may print its headline in
      // two `<h1>`s (a mobile and a desktop copy).
      let isLesser = entry.heading.source.hasPrefix("dom:h") && entry.heading.source != "dom:h1"
      let isShort = entry.heading.value.hasAtMostWords(maximumLabelWords)
      return isLesser && isShort ? TitleSplitter.key(entry.heading.value) : ""
    }
    for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
    guard counts.values.contains(where: { $0 > 1 }) else { return headings }
    return zip(headings, keys).filter { (counts[$0.1] ?? 0) < 2 }.map(\.0)
  }

  /// Whether `header` is the page's banner rather than an article's header:
  /// it holds the site navigation and sits outside any `<article>`/`<main>`.
  static func isBanner(_ header: HTMLNode) -> Bool {
    guard header.firstDescendant(.nav) != nil else { return false }
    return !header.ancestors.contains { $0.tag == .article || $0.tag == .main }
  }

  /// Keys (`TitleSplitter.key`) of box titles that are never a story's
  /// headline, in English, German, French, Spanish, Italian, Portuguese,
  /// Dutch, Polish and the Scandinavian languages.
  static let boxTitles: Set<String> = [
    // English
    "latestnews", "latest", "related", "relatedarticles", "relatedstories", "relatednews", "relatedposts",
    "sharethis", "sharethisarticle", "sharethisstory", "share", "mostread", "mostpopular", "mostviewed",
    "popular", "trending", "trendingnow", "menu", "mainmenu", "navigation", "comments", "comment",
    "leaveacomment", "leaveareply", "newsletter", "subscribe", "signup", "bookmarkwith", "search",
    "advertisement", "topstories", "morenews", "morestories", "readmore", "readnext", "youmightalsolike",
    "youmayalsolike", "recommended", "recommendedforyou", "followus", "breakingnews", "topics", "tags",
    "categories", "archives", "recentposts", "recentcomments", "sitemap", "login", "moreonthisstory",
    "seealso", "alsoread", "editorspicks",
    // German
    "neuestenachrichten", "meistgelesen", "meistgelesene", "meistgelesenartikel", "meistkommentiert",
    "mehrzumthema", "dazupassend", "daskonntesieauchinteressieren", "auchinteressant", "kommentare",
    "teilen", "artikelteilen", "diesenartikelteilen", "suche", "werbung", "anzeige", "topthemen",
    "empfehlungen", "lesensieauch", "weitereartikel", "ressorts", "schlagzeilen",
    // French
    "alaune", "lespluslus", "lesplusluts", "articlesassocies", "surlememesujet", "alireaussi",
    "lireaussi", "partager", "partagercetarticle", "commentaires", "dernieresnouvelles", "dernieresinfos",
    "recherche", "publicite",
    // Spanish
    "lomasleido", "lomasvisto", "ultimasnoticias", "noticiasrelacionadas", "relacionados", "relacionadas",
    "comentarios", "compartir", "leermas", "tambienteinteresa", "busqueda", "publicidad",
    // Italian
    "piulette", "piuletti", "ultimenotizie", "leggianche", "articolicorrelati", "commenti", "condividi",
    // Portuguese
    "maislidas", "maislidos", "noticiasrelacionadas", "vejatambem", "compartilhe", "leiatambem",
    // Dutch
    "meestgelezen", "laatstenieuws", "gerelateerd", "reacties", "delen", "leesook",
    // Polish
    "najnowsze", "najczesciejczytane", "zobaczrowniez", "czytajtez", "czytajrowniez", "komentarze",
    "udostepnij", "polecamy",
    // Scandinavian
    "mestlest", "mestlast", "sisteniytt", "senastenytt", "relaterat", "relatert", "kommentarer", "dele",
  ]
}
