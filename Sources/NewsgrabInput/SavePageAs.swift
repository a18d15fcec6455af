import Foundation

/// Browser "Save Page As — Web Page, complete": `Title.html` beside a
/// `Title_files/` folder holding the images. The browser rewrote each image
/// reference to the local copy (`./Title_files/photo.jpg`); this puts the
/// best original URL known back in its place and records the local copy in
/// `InputPage.resources`, so an article image keeps both.
///
/// The best original URL is an absolute URL elsewhere in the page with the
/// same file name (`og:image`, JSON-LD, `data-src`, `<noscript>` copies,
/// which browsers leave alone); failing that, the local file's `file://`
/// URL, which at least opens.
enum SavePageAs {
  /// Folder suffixes browsers use, by locale (Chrome, Firefox, Edge).
  static let folderSuffixes = ["_files", "-Dateien", "_fichiers", "_archivos", "-bestanden", "_file", "_arquivos"]
  /// A saved page rarely has more than a few hundred files; a folder with
  /// more is not walked further.
  static let maxFiles = 5_000

  /// The resource folder saved with the page at `path`, if there is one.
  static func folder(for path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().lastPathComponent
    let directory = url.deletingLastPathComponent()
    for suffix in folderSuffixes {
      let candidate = directory.appendingPathComponent(stem + suffix).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
        return candidate
      }
    }
    return nil
  }

  /// Points the page's references into its resource folder at the best
  /// original URLs. Without the folder on disk (the page was moved or
  /// renamed alone, or came from standard input), references the page
  /// still makes to a `…_files/` folder are pointed at an original URL when
  /// one is known, and left as they are otherwise.
  static func attach(to page: inout InputPage, pagePath: String?) {
    // Every reference to a resource folder holds one of the suffixes and a
    // "/" (percent-encoding leaves them as they are). A page without any
    // refers to no folder, whether or not one is on disk: the disk is not
    // asked (seven lookups a page).
    let firstAt = firstOccurrences(of: folderNeedles, in: page.bytes)
    guard firstAt.contains(where: { $0 != nil }) else { return }
    let folder = pagePath.flatMap { self.folder(for: $0) }
    let folderName: String
    var files: [String: Int] = [:]
    if let folder {
      folderName = URL(fileURLWithPath: folder).lastPathComponent
      files = listFiles(in: folder)
      guard !files.isEmpty else { return }
    } else {
      guard let referenced = referencedFolder(in: page.bytes, firstAt: firstAt) else { return }
      folderName = referenced
    }
    let originals = absoluteURLs(in: page.bytes)
    let bytes = page.bytes
    // The folder name as written in references: raw (Chrome) or percent-encoded (Firefox).
    var needles = [Array((folderName + "/").utf8)]
    let encoded = folderName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? folderName
    if encoded != folderName { needles.append(Array((encoded + "/").utf8)) }

    var output: [UInt8] = []
    var copied = 0
    var i = 0
    while i < bytes.count {
      guard let (needle, at) = nextNeedle(needles, in: bytes, from: i) else { break }
      var start = at
      if start >= 2, bytes[start - 2] == UInt8(ascii: "."), bytes[start - 1] == UInt8(ascii: "/") { start -= 2 }
      var end = at + needle.count
      while end < bytes.count, !isReferenceEnd(bytes[end]) { end += 1 }
      let written = String(decoding: bytes[(at + needle.count)..<end], as: UTF8.self)
      let fileName = written.removingPercentEncoding ?? written
      i = end
      guard start >= copied else { continue }
      let original = originals[(fileName as NSString).lastPathComponent]
      let url: String
      if let folder, let size = files[fileName] {
        url = original ?? URL(fileURLWithPath: folder).appendingPathComponent(fileName).absoluteString
        page.resources[url] = EmbeddedResource(
          mediaType: mediaType(forExtension: (fileName as NSString).pathExtension), byteCount: size,
          localPath: folderName + "/" + fileName)
      } else if folder == nil, let original {
        url = original
      } else {
        continue
      }
      output.append(contentsOf: bytes[copied..<start])
      output.append(contentsOf: url.utf8)
      copied = end
    }
    guard copied > 0 else { return }
    // References rewritten to a `_files` folder: a browser's "Save Page As".
    if page.container == .html { page.container = .savePageAs }
    output.append(contentsOf: bytes[copied...])
    page.bytes = output
  }

  /// The first `…_files` folder (any saver's suffix) the page refers to.
  static func referencedFolder(in bytes: [UInt8], firstAt: [Int?]? = nil) -> String? {
    var best: (at: Int, name: String)?
    let firstAt = firstAt ?? firstOccurrences(of: folderNeedles, in: bytes)
    for (suffix, found) in zip(folderSuffixes, firstAt) {
      guard let at = found, best == nil || at < best!.at else {
        continue
      }
      var start = at
      while start > 0, at - start < 256 {
        let byte = bytes[start - 1]
        if byte == 0x22 || byte == 0x27 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
          || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ">") || byte == 0x0A
        {
          break
        }
        start -= 1
      }
      guard start < at, at - start < 256 else { continue }
      let stem = String(decoding: bytes[start..<at], as: UTF8.self)
      let name = (stem + suffix).removingPercentEncoding ?? stem + suffix
      best = (at, name)
    }
    return best?.name
  }

  /// Each folder suffix followed by "/", as searched for.
  static let folderNeedles = folderSuffixes.map { Array(($0 + "/").utf8) }

  /// The first position of each needle in `bytes` (nil when absent), in one
  /// `memchr` pass per distinct first byte rather than one pass per needle:
  /// all but one folder suffix start with "_" or "-".
  static func firstOccurrences(of needles: [[UInt8]], in bytes: [UInt8]) -> [Int?] {
    var result = [Int?](repeating: nil, count: needles.count)
    // Needles end to end, so the hot loop touches no nested arrays.
    let flat = needles.flatMap { $0 }
    var bounds = [0]
    for needle in needles { bounds.append(bounds.last! + needle.count) }
    var leads: [UInt8] = []
    for needle in needles where !needle.isEmpty && !leads.contains(needle[0]) { leads.append(needle[0]) }
    bytes.withUnsafeBufferPointer { hay in
      flat.withUnsafeBufferPointer { flat in
        guard let base = hay.baseAddress else { return }
        for lead in leads {
          let group = needles.indices.filter { !needles[$0].isEmpty && needles[$0][0] == lead }
          var open = group
          // The group's second bytes: most "_" and "-" in a page are followed by none of them.
          var seconds = [Bool](repeating: false, count: 256)
          for n in group where needles[n].count > 1 { seconds[Int(needles[n][1])] = true }
          let singleByte = group.contains { needles[$0].count == 1 }
          var i = 0
          while i < hay.count, !open.isEmpty {
            guard let hit = memchr(base + i, Int32(lead), hay.count - i) else { break }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if !singleByte, at + 1 < hay.count, !seconds[Int(hay[at + 1])] {
              i = at + 1
              continue
            }
            var k = 0
            while k < open.count {
              let n = open[k]
              let start = bounds[n]
              let length = bounds[n + 1] - start
              var j = 1
              if at + length <= hay.count {
                while j < length, hay[at + j] == flat[start + j] { j += 1 }
              }
              if at + length <= hay.count, j == length {
                result[n] = at
                open.remove(at: k)
              } else {
                k += 1
              }
            }
            i = at + 1
          }
        }
      }
    }
    return result
  }

  private static func nextNeedle(_ needles: [[UInt8]], in bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
    var best: ([UInt8], Int)?
    for needle in needles {
      if let at = find(needle, in: bytes, from: start), best == nil || at < best!.1 { best = (needle, at) }
    }
    return best
  }

  private static func isReferenceEnd(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte == 0x22 || byte == 0x27 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "?")
      || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\\")
  }

  /// Files under `folder` (relative path → size), at most `maxFiles`.
  static func listFiles(in folder: String) -> [String: Int] {
    var files: [String: Int] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
    while let relative = enumerator.nextObject() as? String, files.count < maxFiles {
      let full = (folder as NSString).appendingPathComponent(relative)
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
        attributes[.type] as? FileAttributeType == .typeRegular
      else { continue }
      files[relative] = (attributes[.size] as? Int) ?? 0
    }
    return files
  }

  /// Absolute http(s) URLs in the page, by their last path component
  /// (first occurrence wins). JSON-escaped slashes are unescaped.
  static func absoluteURLs(in bytes: [UInt8]) -> [String: String] {
    var result: [String: String] = [:]
    var i = 0
    let http = Array("http".utf8)
    let protocolRelative = Array("\"//".utf8)
    // Protocol-relative references ("//cdn.example/a.jpg") count as https.
    while let quote = find(protocolRelative, in: bytes, from: i) {
      i = quote + 3
      var end = quote + 1
      while end < bytes.count, !(bytes[end] <= 0x20 || bytes[end] == 0x22 || bytes[end] == 0x27) { end += 1 }
      let text = "https:" + String(decoding: bytes[(quote + 1)..<end], as: UTF8.self)
      guard let url = URL(string: text), url.host != nil else { continue }
      let name = url.lastPathComponent
      if !name.isEmpty, name != "/", result[name] == nil { result[name] = text }
    }
    i = 0
    while let at = find(http, in: bytes, from: i) {
      var end = at
      while end < bytes.count,
        !(bytes[end] <= 0x20 || bytes[end] == 0x22 || bytes[end] == 0x27
          || bytes[end] == UInt8(ascii: "<") || bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: ")"))
      {
        end += 1
      }
      i = max(end, at + 4)
      let raw = bytes[at..<end]
      var text = String(decoding: raw, as: UTF8.self)
      // Foundation's replacement only where there is a backslash to replace.
      if raw.contains(UInt8(ascii: "\\")) { text = text.replacingOccurrences(of: "\\/", with: "/") }
      // A srcset entry ends at ", " (a byte search when every character is a byte).
      let comma = raw.allSatisfy { $0 < 0x80 } ? text.utf8.firstIndex(of: UInt8(ascii: ",")) : text.firstIndex(of: ",")
      if let comma { text = String(text[..<comma]) }
      guard text.hasPrefix("https://") || text.hasPrefix("http://"), let url = URL(string: text) else { continue }
      let name = url.lastPathComponent
      guard !name.isEmpty, name != "/", result[name] == nil else { continue }
      result[name] = text
    }
    return result
  }

  static func mediaType(forExtension ext: String) -> String {
    switch ext.lowercased() {
    case "jpg", "jpeg", "jpe": "image/jpeg"
    case "png": "image/png"
    case "gif": "image/gif"
    case "webp": "image/webp"
    case "avif": "image/avif"
    case "svg": "image/svg+xml"
    case "ico": "image/x-icon"
    case "css": "text/css"
    case "js": "text/javascript"
    case "htm", "html": "text/html"
    default: "application/octet-stream"
    }
  }

  /// The first occurrence of `needle` in `haystack` at or after `start`.
  /// `memchr` finds candidates for the first byte and `memcmp` checks them:
  /// every page is searched this way several times before it is parsed, and a
  /// byte-by-byte Swift loop over array slices cost more than the parse.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, below limit: Int = .max) -> Int? {
    let count = min(haystack.count, limit)
    guard !needle.isEmpty, count >= needle.count, start >= 0, start <= count - needle.count else {
      return nil
    }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in
        guard let base = hay.baseAddress, let first = pattern.baseAddress else { return nil }
        let last = count - pattern.count
        var i = start
        while i <= last {
          guard let hit = memchr(base + i, Int32(pattern[0]), last - i + 1) else { return nil }
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          // The second byte rules out most candidates without a call.
          if pattern.count == 1 || hay[at + 1] == pattern[1], memcmp(base + at, first, pattern.count) == 0 {
            return at
          }
          i = at + 1
        }
        return nil
      }
    }
  }
}
