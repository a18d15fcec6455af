import NewsgrabHTML

/// Phase 1c: schema.org microdata (`itemprop`) outside `<meta>` tags.
package struct Microdata: Sendable {
  /// Values by property name, in page order.
  package var values: [String: [String]] = [:]

  package func first(_ key: String) -> String? { values[key]?.first }

  static func read(_ page: Page) -> Microdata {
    var data = Microdata()
    // A page without any itemprop attribute has no microdata: no walk.
    guard let itemprop = page.document.nameNumber("itemprop") else { return data }
    for node in page.body.descendants where node.isElement {
      guard let property = node.attribute(number: itemprop) else { continue }
      if Self.describesOtherStory(node, heading: page.firstHeading) { continue }
      // The author a figure names is the picture's.
      if TokenList.contains(property, "author"), Byline.isInFigure(node) { continue }
      let value: String?
      switch node.tag {
      case .meta: value = node.attribute("content") ?? node.attribute("datetime")
      case .time: value = node.attribute("datetime") ?? node.textContent
      case .a, .link: value = node.attribute("href").flatMap { _ in node.textContent }
      case .img: value = node.attribute("src")
      default:
        // An itemscope (e.g. author Person) is read through its `name`.
        if node.hasAttribute("itemscope") {
          value = node.descendants.first { $0.attribute(number: itemprop) == "name" }.map {
            $0.attribute("content") ?? $0.textContent
          }
        } else {
          value = node.attribute("content") ?? node.attribute("datetime") ?? node.textContent
        }
      }
      guard let value = value?.collapsingWhitespace(), !value.isEmpty else { continue }
      for key in property.split(separator: " ") {
        data.values[String(key), default: []].append(value)
      }
    }
    return data
  }

  /// Whether `node` describes another story: it sits in a teaser card
  /// (`Dates.isOtherStory`) or in a list of related, popular or recommended
  /// stories, whose cards carry their own authors and dates. Not the wider
  /// `Dates.foreignRegions`: templates put the article's own author in a
  /// "post-footer", a blog's "widget Blog" or a byline `<nav>`.
  static func describesOtherStory(_ node: HTMLNode, heading: HTMLNode?) -> Bool {
    let chain = [node] + node.ancestors
    if Dates.isOtherStory(chain, heading: heading) || Dates.isInTeaserCard(node, heading: heading) { return true }
    let names = MarkerNames(node.document)
    for ancestor in chain where ancestor.tag != .body && ancestor.tag != .html {
      guard storyListSet.mayOccur(inMarkerOf: ancestor, names: names) else { continue }
      if ancestor.classAndID.namesRegion(storyLists, set: storyListSet, infixes: storyListInfixSet),
        !Dates.holdsHeading(ancestor, heading)
      {
        return true
      }
    }
    return false
  }

  /// Class words of lists of other stories.
  static let storyLists = [
    "related", "recommend", "teaser", "trending", "popular", "most-read", "more-stories", "recirc",
  ]
  static let storyListSet = NeedleSet(storyLists)
  static let storyListInfixSet = NeedleSet(storyLists.flatMap { ["-" + $0, "_" + $0] })
}
