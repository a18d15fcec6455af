import NewsgrabHTML

/// Where an `<img>` (or `<source>`) really points, with lazy loading undone.
///
/// Lazy loaders park the real address in `data-src`, `data-lazy-src`,
/// `data-original`, … or a `srcset` and leave a placeholder in `src`.
enum ImageSource {
  /// Attributes that hold the real address, most specific first.
  static let lazyAttributes = [
    "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src",
    "data-original-src", "data-img-src", "data-image", "data-actualsrc", "data-echo", "data-orig-file",
  ]
  static let srcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset"]

  /// The address to keep. A real `src` is the picture the page names
  /// (kept as written); when `src` is missing or a lazy-loading stub, the
  /// largest `srcset`/`data-srcset` candidate (of the image or of its
  /// `<picture>` sources), else the first lazy-loading attribute.
  static func url(of node: HTMLNode, sources: [HTMLNode] = []) -> String? {
    let src = node.attribute("src")?.trimmed ?? ""
    let inline = lowerBytes(String(src.prefix(5))).starts(with: dataScheme)
    if !src.isEmpty, !inline, !isPlaceholder(src) { return src }
    var best: (url: String, size: Double)?
    for element in [node] + sources {
      for name in srcsetAttributes {
        guard let value = element.attribute(name) else { continue }
        for candidate in candidates(in: value) where !isPlaceholder(candidate.url) {
          let size = Self.size(candidate.descriptor)
          if best == nil || size > best!.size { best = (candidate.url, size) }
        }
      }
    }
    if let best { return best.url }
    for name in lazyAttributes {
      if let value = node.attribute(name)?.trimmed, !value.isEmpty, !isPlaceholder(value) { return value }
    }
    // Another loader's own attribute ("data-li-src", "data-delayed-src"):
    // a `data-…src` holding an absolute address.
    for (name, value) in node.attributes where name.hasPrefix("data-") && name.hasSuffix("src") {
      let value = value.trimmed
      let lower = value.lowercased()
      if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//"), !isPlaceholder(value) {
        return value
      }
    }
    // A picture stored inline (a single-file save), when nothing better is named.
    if inline, !isPlaceholder(src) { return src }
    return nil
  }

  /// A width (`800w`) or density (`2x`) descriptor as a number; none is `1x`.
  static func size(_ descriptor: String?) -> Double {
    guard let descriptor, let last = descriptor.last, let value = Double(descriptor.dropLast()) else { return 1 }
    return last == "w" || last == "x" ? value : 1
  }

  /// The candidate with the largest width (`800w`) or density (`2x`); a
  /// candidate without a descriptor counts as `1x`. Commas inside URLs
  /// (image CDNs put them in paths) are kept: a candidate ends at a comma
  /// that follows a descriptor or white space.
  static func largest(inSrcset srcset: String) -> String? {
    var best: (url: String, size: Double)?
    for candidate in candidates(in: srcset) {
      let size = size(candidate.descriptor)
      if best == nil || size > best!.size { best = (candidate.url, size) }
    }
    return best?.url
  }

  static func candidates(in srcset: String) -> [(url: String, descriptor: String?)] {
    asciiCandidates(in: srcset) ?? characterCandidates(in: srcset)
  }

  /// `candidates(in:)` one `Character` at a time, for any text.
  static func characterCandidates(in srcset: String) -> [(url: String, descriptor: String?)] {
    var result: [(String, String?)] = []
    var rest = Substring(srcset)
    while true {
      rest = rest.drop { $0.isWhitespace || $0 == "," }
      guard !rest.isEmpty else { break }
      let urlEnd = rest.firstIndex { $0.isWhitespace } ?? rest.endIndex
      var url = rest[..<urlEnd]
      rest = rest[urlEnd...]
      var descriptor: Substring?
      if url.hasSuffix(",") {
        url = url.dropLast()
      } else {
        rest = rest.drop { $0.isWhitespace }
        let end = rest.firstIndex(of: ",") ?? rest.endIndex
        let text = rest[..<end].trimmed(in: .cachedWhitespaces)
        if !text.isEmpty { descriptor = Substring(text.lowercased()) }
        rest = rest[end...]
      }
      if !url.isEmpty { result.append((String(url), descriptor.map(String.init))) }
    }
    return result
  }

  /// `candidates(in:)` for an ASCII `srcset` (nearly all of them, inline
  /// `data:` pictures included), read byte by byte: there every byte is a
  /// character (CR LF is one, and white space either way), white space is
  /// tab, LF, VT, FF, CR and space, and `.whitespaces` is tab and space.
  /// Walking long URLs one `Character` at a time cost a thousand
  /// instructions a byte. Nil for other text.
  static func asciiCandidates(in srcset: String) -> [(url: String, descriptor: String?)]? {
    srcset.utf8.withContiguousStorageIfAvailable { bytes -> [(url: String, descriptor: String?)]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
      func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      var result: [(url: String, descriptor: String?)] = []
      let end = bytes.count
      var i = 0
      while true {
        while i < end, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: ",") { i += 1 }
        guard i < end else { break }
        let urlStart = i
        while i < end, !isSpace(bytes[i]) { i += 1 }
        var urlEnd = i
        var descriptor: String?
        if bytes[urlEnd - 1] == UInt8(ascii: ",") {
          urlEnd -= 1
        } else {
          while i < end, isSpace(bytes[i]) { i += 1 }
          var textStart = i
          while i < end, bytes[i] != UInt8(ascii: ",") { i += 1 }
          var textEnd = i
          while textStart < textEnd, bytes[textStart] == 0x20 || bytes[textStart] == 0x09 { textStart += 1 }
          while textEnd > textStart, bytes[textEnd - 1] == 0x20 || bytes[textEnd - 1] == 0x09 { textEnd -= 1 }
          if textStart < textEnd { descriptor = text(textStart..<textEnd).lowercased() }
        }
        if urlStart < urlEnd { result.append((text(urlStart..<urlEnd), descriptor)) }
      }
      return result
    } ?? nil
  }

  /// Spacers, blank GIFs and tiny inline images that lazy loaders show
  /// first, and a scheme-relative address without a host ("//:0").
  static func isPlaceholder(_ url: String) -> Bool {
    let lower = lowerBytes(url)
    if lower.count >= 2, lower[0] == 0x2F, lower[1] == 0x2F, lower.count == 2 || lower[2] == 0x3A || lower[2] == 0x2F {
      return true
    }
    if lower.starts(with: dataScheme) {
      // Spacers are GIFs, SVGs or a few bytes; a blur-up stub loses to any
      // lazy address because inline sources are tried last.
      if lower.starts(with: dataSVG) || lower.starts(with: dataGIF) { return true }
      // The input layer's stand-in for a stored payload (`;embedded=N,`)
      // hides the size: only the type can tell a spacer then.
      if Boilerplate.contains(lower, embeddedStandIn, whole: false) { return false }
      return lower.count < minimumInlineChars
    }
    return lower.withUnsafeBufferPointer { placeholderSet.occurs(in: $0) }
  }

  static let dataScheme = Array("data:".utf8)
  static let dataSVG = Array("data:image/svg".utf8)
  static let dataGIF = Array("data:image/gif".utf8)
  static let embeddedStandIn = Array(";embedded=".utf8)
  /// A 1×1 PNG or JPEG spacer is under 200 characters as a data URI.
  static let minimumInlineChars = 200
  static let placeholderWords = [
    "blank.gif", "spacer.gif", "pixel.gif", "transparent.gif", "transparent.png", "placeholder", "lazyload",
    "lazy-load", "loading.gif", "loader.gif", "1x1", "clear.gif", "grey.gif", "gray.gif", "empty.gif",
  ].map { Array($0.utf8) }
  /// Words of tracking hosts, read in the host with a dot before it, so
  /// that a site's own name holding one ("freebeacon.com",
  /// "analyticsindiamag.com") is no tracker; and words of tracking paths,
  /// read after the host ("https://pixelmag.example" is no "/pixel").
  static let trackerHostWords = [
    "doubleclick.", "scorecardresearch", ".pixel.", ".beacon.", "analytics.", "quantserve", "chartbeat",
    "feedburner", "adserver", "googlesyndication",
  ].map { Array($0.utf8) }
  static let trackerPathWords = [
    "/pixel", "/beacon", "/analytics", "/b/ss/", "/track", "/ad/", "/ads/",
  ].map { Array($0.utf8) }
  /// Facebook's pixel ("facebook.com/tr?id=…"), a path word only on its host.
  static let facebookPixel = Array("facebook.com/tr".utf8)
  static let decorationWords = [
    "avatar", "logo", "icon", "emoji", "sprite", "badge", "gravatar", "button", "spinner", "author-photo",
    "author-image", "headshot", "mugshot", "profile-pic",
  ].map { Array($0.utf8) }

  /// The word lists above as needle sets: one pass over a URL finds any of
  /// their words, instead of one search per word.
  static let placeholderSet = NeedleSet(placeholderWords.map { String(decoding: $0, as: UTF8.self) })
  static let trackerHostSet = NeedleSet(trackerHostWords.map { String(decoding: $0, as: UTF8.self) })
  static let trackerPathSet = NeedleSet(trackerPathWords.map { String(decoding: $0, as: UTF8.self) })
  static let decorationSet = NeedleSet(decorationWords.map { String(decoding: $0, as: UTF8.self) })

  static let iconSuffixes = [Array(".ico".utf8), Array(".svg".utf8)]

  /// ASCII-lower-cased UTF-8 bytes, for byte-level word search.
  static func lowerBytes(_ text: String) -> [UInt8] {
    text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }

  /// Tracking pixels, icons, avatars, logos and buttons: images that are
  /// not pictures of the story.
  static func isDecoration(url: String, node: HTMLNode) -> Bool {
    let width = dimension(node.attribute("width"))
    let height = dimension(node.attribute("height"))
    if let width, width <= 50, height == nil || height! <= 50 { return true }
    if let height, height <= 50, width == nil { return true }
    let lower = lowerBytes(url)
    if isTracker(lower) { return true }
    var hint = lower
    hint.append(0x20)
    if let value = node.attribute("class") { hint.append(contentsOf: lowerBytes(value)) }
    hint.append(0x20)
    if let value = node.attribute("id") { hint.append(contentsOf: lowerBytes(value)) }
    if hint.withUnsafeBufferPointer({ decorationSet.occurs(in: $0) }) { return true }
    // Icons and vector marks (logos, arrows) by file type.
    let path = lower.split(separator: 0x3F, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
    if path.count >= 4, iconSuffixes.contains(where: { path.suffix(4).elementsEqual($0) }) { return true }
    return false
  }

  /// Whether a lower-cased address is a tracker's: by a word of its host,
  /// or of its path (everything after the host; all of a relative address).
  static func isTracker(_ lower: [UInt8]) -> Bool {
    var hostStart = 0
    if let colon = lower.firstIndex(of: 0x3A), colon + 2 < lower.count, lower[colon + 1] == 0x2F,
      lower[colon + 2] == 0x2F, lower[..<colon].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
    {
      hostStart = colon + 3
    } else if lower.count >= 2, lower[0] == 0x2F, lower[1] == 0x2F {
      hostStart = 2
    } else {
      return lower.withUnsafeBufferPointer { trackerPathSet.occurs(in: $0) }
    }
    let hostEnd = lower[hostStart...].firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? lower.count
    // ".pixel.wp.com": a dot before the host's first label.
    let host = [0x2E] + lower[hostStart..<hostEnd]
    if host.withUnsafeBufferPointer({ trackerHostSet.occurs(in: $0) }) { return true }
    if Boilerplate.contains(lower, facebookPixel, whole: false) { return true }
    return lower[hostEnd...].withUnsafeBufferPointer { trackerPathSet.occurs(in: $0) }
  }

  /// A pixel size from an attribute ("640", "640px"); nil for "100%" or junk.
  static func dimension(_ value: String?) -> Int? {
    guard var text = value?.trimmed.lowercased(), !text.isEmpty else { return nil }
    if text.hasSuffix("px") { text.removeLast(2) }
    if let number = Int(text) { return number > 0 ? number : nil }
    if let number = Double(text), number > 0 { return Int(number) }
    return nil
  }
}

extension String {
  var trimmed: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
