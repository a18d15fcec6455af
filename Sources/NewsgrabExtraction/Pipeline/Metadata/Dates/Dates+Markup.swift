import NewsgrabHTML

/// Dates the page marks up without structured data: microformats
/// (`abbr.published[title]`, `.dt-published`, `.entry-date`), `data-*`
/// attributes, and labelled dates in byline text.
extension Dates {
  /// Class words of an element holding the publication date (hAtom,
  /// microformats2, WordPress themes), matched as whole class tokens.
  static let publishedClasses: Set<String> = [
    "published", "dt-published", "entry-date", "post-date", "date-published", "publish-date", "published-date",
    "pubdate", "article-date", "post-published",
  ]
  /// Class words of an element holding the last modification.
  static let updatedClasses: Set<String> = ["updated", "dt-updated", "date-updated", "modified", "date-modified"]
  static let markupVocabularySet = NeedleSet(["publish", "date", "updated", "modified"])

  /// `data-*` attributes naming a publication date (their values are
  /// machine-written: ISO, basic ISO or a Unix time), and the Unix time
  /// social embeds and some CMSs stamp a post with (`<abbr data-utime=…>`,
  /// `<time data-unix=…>`).
  static let publishedDataAttributes = [
    "data-published", "data-publish-date", "data-date-published", "data-pubdate", "data-published-at",
    "data-publication-date", "data-utime", "data-unix",
  ]

  /// The first publication and modification dates marked by class or `data-*`
  /// attribute in the article (not in comments, teasers or a sidebar).
  func microformatDates() -> (published: Sourced<String>?, updated: Sourced<String>?) {
    let document = sources.page.document
    let names = MarkerNames(document)
    // Attribute names the page never uses cost nothing per element.
    let dataNames = Self.publishedDataAttributes.compactMap { document.nameNumber($0) }
    var published: Sourced<String>?
    var updated: Sourced<String>?
    for node in sources.page.body.descendants where node.isElement {
      guard published == nil || updated == nil else { break }
      if published == nil, !dataNames.isEmpty {
        for name in dataNames {
          guard let raw = node.attribute(number: name), let value = DateParser.iso(raw), isPlausible(value),
            !Self.isOutsideArticle(node, heading: sources.page.firstHeading, masthead: false)
          else { continue }
          published = Sourced(value, "dom:data")
          break
        }
      }
      guard Self.markupVocabularySet.mayOccur(inMarkerOf: node, names: names) else { continue }
      let tokens = Set(node.classAndID.lowercased().split(separator: " ").map(String.init))
      let isPublished = !tokens.isDisjoint(with: Self.publishedClasses)
      let isUpdated = !isPublished && !tokens.isDisjoint(with: Self.updatedClasses)
      guard (isPublished && published == nil) || (isUpdated && updated == nil) else { continue }
      guard let value = markedValue(node), !Self.isOutsideArticle(node, heading: sources.page.firstHeading) else {
        continue
      }
      if isPublished {
        published = Sourced(value, "dom:microformat")
      } else {
        updated = Sourced(value, "dom:microformat")
      }
    }
    return (published, updated)
  }

  /// The date an element carries: its `datetime`, `title` (hAtom's
  /// `<abbr title>`), `content` or `value`, else its own short text.
  func markedValue(_ node: HTMLNode) -> String? {
    for name in ["datetime", "title", "content", "value"] {
      if let raw = node.attribute(name), let value = DateParser.iso(raw, dayFirst: dayFirst), isPlausible(value) {
        return value
      }
    }
    guard node.textLength <= Self.maximumBylineBytes else { return nil }
    return labelled(node.textContent).published
  }

  /// The first plausible publication date and the first update date in a
  /// byline's text, each told by the label before it ("Publié le 3 mars
  /// 2019 · Mis à jour le 4 mars 2019"); an unlabelled date is the publication.
  func labelled(_ text: String) -> (published: String?, updated: String?) {
    var published: String?
    var updated: String?
    for found in DateParser.all(in: text, dayFirst: dayFirst) where isPlausible(found.iso) {
      switch DateLabels.kind(of: found.lead) {
      case .updated: if updated == nil { updated = found.iso }
      case .otherDay: continue
      case .published, .none: if published == nil { published = found.iso }
      }
      if published != nil, updated != nil { break }
    }
    return (published, updated)
  }

  /// The first date in `text` whose label says it is the publication
  /// ("Publicado el 15 de mayo de 2013"); an unlabelled date is none.
  func labelledPublication(_ text: String) -> String? {
    DateParser.all(in: text, dayFirst: dayFirst).first {
      isPlausible($0.iso) && DateLabels.kind(of: $0.lead) == .published
    }?.iso
  }
}
