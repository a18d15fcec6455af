import NewsgrabHTML

/// Finds the byline on the page: `rel=author` links, author-profile links,
/// and elements whose class says byline/author, outside comments and teasers.
struct Byline {
  let page: Page
  let cleaner: AuthorCleaner

  /// Class/id words of byline elements.
  static let bylineWords = ["byline", "author", "writer", "contributor", "reporter", "creator", "posted-by", "journalist"]
  /// Class/id words of author furniture that is not the byline itself.
  static let notBylineWords = ["bio", "avatar", "image", "photo", "img", "thumb", "title", "desc", "follow", "social", "more", "other", "profile-title", "job", "role", "position", "box", "card", "about"]
  /// Path segments of author profile links.
  static let authorPaths = ["/author/", "/authors/", "/by/", "/people/", "/profile/", "/profiles/", "/staff/", "/writer/", "/writers/", "/contributor/", "/contributors/", "/journalist/", "/journalists/", "/reporter/", "/columnist/", "/columnists/", "/autor/", "/auteur/", "/redaktion/"]
  /// A byline element longer than this (bytes) is an author box or a text block.
  static let maximumBylineBytes = 250

  func names() -> [String] {
    for node in page.body.descendants where node.isElement {
      guard isCandidate(node), !Dates.isOutsideArticle(node) else { continue }
      let names = cleaner.names(in: Self.lines(of: container(of: node)))
      if !names.isEmpty, names.count <= Self.maximumAuthors { return names }
      let own = cleaner.names(in: Self.lines(of: node))
      if !own.isEmpty { return own }
    }
    return []
  }

  /// More names than this in one byline container is a list of people (a
  /// staff page or comment thread), not a byline.
  static let maximumAuthors = 12

  func isCandidate(_ node: HTMLNode) -> Bool {
    if node.tag == .script || node.tag == .style || node.tag == .meta || node.tag == .link { return false }
    if node.attribute("rel")?.lowercased().split(separator: " ").contains("author") == true { return node.tag == .a }
    if node.attribute("itemprop")?.split(separator: " ").contains("author") == true { return node.textLength > 0 }
    if node.tag == .a, let href = node.attribute("href")?.lowercased(), Self.authorPaths.contains(where: href.contains) {
      return node.textLength > 0 && node.textLength <= Self.maximumBylineBytes
    }
    let marker = node.classAndID
    guard !marker.isEmpty, Self.bylineWords.contains(where: marker.contains) else { return false }
    guard !Self.notBylineWords.contains(where: marker.contains) || marker.contains("byline") else { return false }
    return node.textLength > 0 && node.textLength <= Self.maximumBylineBytes
  }

  /// The byline element around `node` (a candidate link inside a "byline"
  /// block reads the whole block, so "A and B" keeps both names).
  func container(of node: HTMLNode) -> HTMLNode {
    var best = node
    for ancestor in node.ancestors.prefix(Self.containerDepth) {
      guard ancestor.textLength <= Self.maximumBylineBytes else { break }
      let marker = ancestor.classAndID
      if Self.bylineWords.contains(where: marker.contains) { best = ancestor }
    }
    return best
  }

  /// How far up a byline block may wrap its author links.
  static let containerDepth = 3

  /// The text of `node` with a line break at every block element, `<br>`
  /// and `<time>`, so "By A<br>Dec 13" does not read as one name.
  static func lines(of node: HTMLNode) -> String {
    var text = ""
    func walk(_ node: HTMLNode) {
      for child in node.children {
        if child.isText {
          text += child.text
        } else if child.isElement {
          let tag = child.tag
          if tag == .script || tag == .style || tag == .time || tag == .img || tag == .svg || tag == .button { text += "\n"; continue }
          let breaks = tag.isBlock
          if breaks { text += "\n" }
          walk(child)
          if breaks { text += "\n" }
        }
      }
    }
    if node.isText { return node.text }
    walk(node)
    return text
  }
}
