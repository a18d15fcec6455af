import NewsgrabHTML

/// Phase 5c: the caption of a lead image declared in metadata but shown
/// outside the article's text (a header picture above the text, a hero
/// banner): the picture is found on the page by its address, and its
/// caption read like any other.
struct LeadCaption {
  let page: Page
  let content: Content

  /// A file name this long is specific to one picture ("a3f9…", "budget-vote-2024.jpg");
  /// shorter ones ("image.jpg", "16x9.jpg") are shared by every picture of a CDN.
  static let minimumFileNameChars = 12

  /// Caption and credit of the page's `<img>` showing `url`, if any.
  func words(for url: String) -> (caption: String?, credit: String?) {
    let key = LeadImage.imageKey(url)
    let name = Self.fileName(key)
    // The picture's file name as written: a cheap test on the attributes
    // before any `srcset` is read or any address resolved.
    let written = Self.lastSegment(url).map { Array($0.utf8) }
    let document = content.document
    let captions = Captions(content: content)
    var sameFile: HTMLNode?
    // A picture whose `srcset` lists the declared file among its sizes
    // shows it, though its `src` is another size ("…_rc.jpg 1x, ….jpg 1.5x").
    var listsFile: HTMLNode?
    // Sites that keep each picture's sizes in a folder named after it
    // ("…/story-slug-image-group/wide__980x551"): another size, same folder.
    let folder = Self.folderSegment(url).map { Array($0.utf8) }
    var sameFolder: HTMLNode?
    var i = page.body.index + 1
    let end = page.body.subtreeEndIndex
    while i < end {
      let node = document.node(at: i)
      guard node.isElement else {
        i += 1
        continue
      }
      let hints = content.hints[Int(i)]
      // Teaser rails, menus and hidden boxes show other stories' pictures.
      if node.tag == .script || node.tag == .style || node.tag == .nav
        || !hints.isDisjoint(with: [.related, .hidden, .furnitureRole, .promo])
      {
        i = node.subtreeEndIndex
        continue
      }
      i += 1
      guard node.tag == .img || ImageCollector.isPictureElement(node) else { continue }
      let mentionsFile = written.map { Self.mentions(node, $0) } ?? true
      let mentionsFolder = folder.map { Self.mentions(node, $0) } ?? false
      guard mentionsFile || mentionsFolder else { continue }
      var sources: [HTMLNode] = []
      if let picture = node.closest(.picture) { sources = picture.descendants(.source) }
      guard let source = ImageSource.url(of: node, sources: sources), let resolved = page.resolver.resolve(source)
      else { continue }
      let candidate = LeadImage.imageKey(resolved)
      if candidate == key {
        // The same picture shown twice (a wide and a narrow layout): the
        // copy with words beside it.
        let words = captions.words(for: node)
        if words.caption != nil || words.credit != nil { return words }
        continue
      }
      if sameFile == nil, let name, Self.fileName(candidate) == name { sameFile = node }
      if listsFile == nil, mentionsFile, name != nil, written != nil { listsFile = node }
      if sameFolder == nil, mentionsFolder, let folder, Self.folderSegment(resolved).map({ Array($0.utf8) }) == folder {
        sameFolder = node
      }
    }
    guard let found = sameFile ?? listsFile ?? sameFolder else { return (nil, nil) }
    return captions.words(for: found)
  }

  /// A folder name this long (and without dots: not a host) names one
  /// picture or story ("nach-der-wahl-image-group"), not a CDN's shared folder.
  static let minimumFolderChars = 20

  /// The folder holding the file of `url`, when its name is specific.
  static func folderSegment(_ url: String) -> String? {
    let path = url.split(separator: "?", maxSplits: 1).first.flatMap { $0.split(separator: "#").first } ?? ""
    let segments = path.split(separator: "/")
    guard segments.count >= 4 else { return nil }
    let folder = segments[segments.count - 2]
    guard folder.count >= minimumFolderChars, !folder.contains(".") else { return nil }
    return String(folder)
  }

  /// The last path segment of `url` as written (no query or fragment).
  static func lastSegment(_ url: String) -> String? {
    let path = url.split(separator: "?", maxSplits: 1).first.flatMap { $0.split(separator: "#").first } ?? ""
    guard let last = path.split(separator: "/").last, last.count >= 4 else { return nil }
    return String(last)
  }

  /// Whether `name` appears in an attribute of the picture or its
  /// `<picture>` sources, read as raw bytes (no String per attribute).
  static func mentions(_ img: HTMLNode, _ name: [UInt8]) -> Bool {
    if attributesMention(img, name) { return true }
    guard let picture = img.closest(.picture) else { return false }
    return picture.descendants(.source).contains { attributesMention($0, name) }
  }

  static func attributesMention(_ node: HTMLNode, _ name: [UInt8]) -> Bool {
    var found = false
    node.forEachAttribute { _, value in
      if !found, value.count >= name.count, contains(value, name) { found = true }
    }
    return found
  }

  /// Plain byte substring search (attribute values are short).
  static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var i = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while i <= last {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

  /// The last path segment of an image key, when it names one picture.
  static func fileName(_ key: String) -> String? {
    let path = key.split(separator: "/", omittingEmptySubsequences: true)
    guard path.count > 1, let last = path.last, last.count >= minimumFileNameChars else { return nil }
    return String(last)
  }
}
