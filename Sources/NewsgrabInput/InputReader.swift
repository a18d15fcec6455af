import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Finds pages in files and folders, and reads each file's pages, detecting
/// its format by content (not only by extension).
package struct InputReader: Sendable {
  /// The default `--max-size`: larger files are refused, not read.
  package static let defaultMaxSize = 64 << 20

  /// The largest file (and the largest decompressed page) accepted.
  package var maxSize: Int

  package init(maxSize: Int = InputReader.defaultMaxSize) {
    self.maxSize = maxSize
  }

  // MARK: Finding files

  /// The result of walking the inputs.
  package struct FileList: Sendable {
    /// Files that may hold pages, in a stable (sorted) order.
    package var files: [String] = []
    /// Hidden files and files that cannot hold a page, skipped quietly.
    package var skipped = 0
    /// Inputs that could not be walked (missing, unreadable, symlink loops).
    package var errors: [(path: String, error: InputError)] = []
  }

  /// Every file under `paths` that may hold pages; directories are walked
  /// recursively, hidden entries and non-page files are skipped (counted).
  package func files(in paths: [String]) -> FileList {
    var list = FileList()
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        list.errors.append((path, .notFound))
        continue
      }
      if !isDirectory.boolValue {
        list.files.append(path)  // named explicitly: always tried
        continue
      }
      var visited: Set<String> = []
      walk(path, into: &list, visited: &visited)
    }
    return list
  }

  private func walk(_ directory: String, into list: inout FileList, visited: inout Set<String>) {
    let manager = FileManager.default
    // Resolve symlinks so a loop is visited once.
    let real =
      (try? manager.destinationOfSymbolicLink(atPath: directory)).map {
        URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: directory).deletingLastPathComponent())
          .standardizedFileURL.path
      } ?? URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else {
      list.errors.append((directory, .unreadable("symbolic link loop")))
      return
    }
    let entries: [String]
    do {
      entries = try Self.entries(of: directory, into: &list).sorted()
    } catch {
      list.errors.append((directory, error))
      return
    }
    for entry in entries {
      let path = (directory as NSString).appendingPathComponent(entry)
      if entry.hasPrefix(".") {
        list.skipped += 1
        continue
      }
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        // A dangling symlink.
        list.skipped += 1
        continue
      }
      if isDirectory.boolValue {
        // A "Save Page As" resource folder belongs to its page, not the walk.
        if Self.isSavePageAsFolder(entry, in: entries) {
          list.skipped += 1
          continue
        }
        walk(path, into: &list, visited: &visited)
      } else if Self.mayHoldPages(entry) {
        list.files.append(path)
      } else {
        list.skipped += 1
      }
    }
  }

  /// The names in `directory`. A name that is not UTF-8 cannot be passed on
  /// as a path (paths are Swift strings here), so it is reported rather
  /// than silently skipped: the person can rename the file.
  private static func entries(of directory: String, into list: inout FileList) throws(InputError) -> [String] {
    guard let stream = opendir(directory) else { throw .unreadable(FileSource.describe(errno)) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let raw: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
        Array(buffer.prefix { $0 != 0 })
      }
      if raw == [0x2E] || raw == [0x2E, 0x2E] { continue }
      if let name = String(validating: raw, as: UTF8.self) {
        names.append(name)
      } else if raw.first != 0x2E {
        let shown = (directory as NSString).appendingPathComponent(String(decoding: raw, as: UTF8.self))
        list.errors.append((shown, .unreadable("file name is not valid UTF-8; rename the file to read it")))
      }
    }
    return names
  }

  /// File name extensions that can hold pages; other files are skipped in a
  /// directory walk (a file named on the command line is always tried).
  static let pageExtensions: Set<String> = [
    "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "gz", "mhtml", "mht", "warc",
    "txt", "md",
  ]

  static func mayHoldPages(_ name: String) -> Bool {
    let lower = name.lowercased()
    guard let dot = lower.lastIndex(of: ".") else { return false }
    return pageExtensions.contains(String(lower[lower.index(after: dot)...]))
  }

  static func isSavePageAsFolder(_ name: String, in siblings: [String]) -> Bool {
    for suffix in SavePageAs.folderSuffixes where name.hasSuffix(suffix) {
      let stem = String(name.dropLast(suffix.count))
      for ext in ["html", "htm", "xhtml", "shtml", "mhtml"] where siblings.contains(stem + "." + ext) { return true }
    }
    return false
  }

  // MARK: Reading pages

  /// Reads the pages of one file (one for a page, several for a container),
  /// handing each to `body` as soon as it is read. The format is decided by
  /// content: gzip and WARC by their magic bytes, MHTML by its MIME
  /// headers, then HTML or a seed-layout text snapshot. WARC files (plain
  /// or gzip) are streamed record by record and are not subject to
  /// `maxSize` as a whole, only each page in them.
  package func readPages(file path: String, _ body: (Result<InputPage, InputError>) -> Void) {
    let source: FileSource
    do {
      source = try FileSource(path: path)
    } catch {
      body(.failure(error))
      return
    }
    readPages(stream: ByteStream(source), name: path, url: nil, size: source.size, location: path, body)
  }

  /// Reads the pages arriving on an open file descriptor (standard input
  /// is 0) as they come, so a WARC piped in streams like a WARC file.
  /// The descriptor is not closed.
  package func readPages(
    descriptor: Int32, name: String, url: String?, _ body: (Result<InputPage, InputError>) -> Void
  ) {
    let source = FileSource(descriptor: descriptor)
    readPages(stream: ByteStream(source), name: name, url: url, size: 0, location: nil, standardInput: true, body)
  }

  /// Reads pages from bytes already in memory (standard input, tests).
  /// `url`, when given, is the page's URL (not applied to WARC records,
  /// which carry their own).
  package func readPages(
    bytes: [UInt8], name: String, url: String?, _ body: (Result<InputPage, InputError>) -> Void
  ) {
    readPages(stream: ByteStream(MemorySource(bytes)), name: name, url: url, size: bytes.count, location: nil, body)
  }

  private func readPages(
    stream input: ByteStream, name: String, url: String?, size: Int, location: String?,
    standardInput: Bool = false, _ body: (Result<InputPage, InputError>) -> Void
  ) {
    do {
      var stream = input
      var head = try stream.peek(512)
      guard !head.isEmpty else { throw InputError.empty }
      var compressed = false
      // Twice at most: a gzip-encoded response saved as .gz is gzipped twice.
      for _ in 0..<2 where Zlib.isGzip(Array(head.prefix(2))) {
        stream = ByteStream(GzipSource(stream))
        compressed = true
        head = try stream.peek(512)
        guard !head.isEmpty else { throw InputError.corrupt("empty after decompression") }
      }
      if WARCReader.looksLikeWARC(head) {
        WARCReader(stream: stream, name: name, maxSize: maxSize).read(body)
        return
      }
      if !compressed && size > maxSize { throw InputError.tooLarge(size: size, limit: maxSize) }
      guard let bytes = try stream.readToEnd(limit: maxSize) else {
        if compressed {
          throw InputError.corrupt(
            "decompresses to more than \(InputError.megabytes(maxSize)) (the --max-size limit)")
        }
        if size > maxSize { throw InputError.tooLarge(size: size, limit: maxSize) }
        // A stream of unknown length (standard input) or a file still growing.
        throw InputError.corrupt("larger than the --max-size limit of \(InputError.megabytes(maxSize))")
      }
      // "story.txt.gz" is classified as "story.txt".
      let innerName = compressed && name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name
      var page = try Self.classify(bytes, name: innerName, location: location, maxSize: maxSize)
      page.name = name
      if let url { page.url = url }
      // A plain page's capture says how it came; containers name themselves.
      if page.container == .html {
        if compressed { page.container = .gzip } else if standardInput { page.container = .stdin }
      }
      body(.success(page))
    } catch let error as InputError {
      body(.failure(error))
    } catch {
      body(.failure(.unreadable(String(describing: error))))
    }
  }

  /// Decides what one document's (decompressed) bytes are: MHTML, a
  /// seed-layout text snapshot, HTML (including SingleFile and "Save Page
  /// As" pages), or not a page at all (binary formats are refused with
  /// their name). `location` is the file's path, for a "Save Page As"
  /// folder beside it.
  static func classify(
    _ bytes: [UInt8], name: String, location: String? = nil, maxSize: Int = InputReader.defaultMaxSize
  ) throws(InputError) -> InputPage {
    if let binary = BinarySniffer.knownBinaryFormat(bytes) { throw .notAPage(binary) }
    if MHTMLReader.looksLikeMHTML(bytes[...]) {
      var page = try MHTMLReader.page(bytes, name: name)
      EmbeddedData.extract(from: &page)
      return page
    }
    if bytes.starts(with: Array("HTTP/1.".utf8)) || bytes.starts(with: Array("HTTP/2".utf8)) {
      return try httpDump(bytes, name: name, maxSize: maxSize)
    }
    if SeedLayout.looksLikeSeedText(bytes, name: name) {
      if !BinarySniffer.looksLikeText(bytes) { throw .notAPage("binary data") }
      return InputPage(name: name, bytes: bytes, format: .seedText)
    }
    if !BinarySniffer.looksLikeText(bytes) { throw .notAPage("binary data") }
    if !BinarySniffer.looksLikeMarkup(bytes) { throw .notAPage("no HTML markup found") }
    var page = InputPage(name: name, bytes: bytes, format: .html)
    return finishHTML(&page, location: location)
  }

  /// A response saved with its HTTP head (`curl -i`, `wget -S -O`): the
  /// head's charset and encodings apply, the page is the body.
  private static func httpDump(_ bytes: [UInt8], name: String, maxSize: Int) throws(InputError) -> InputPage {
    let stream = ByteStream(MemorySource(bytes))
    var response = try HTTPResponse.readHead(from: stream)
    // `curl -i -L` prints every hop's head; the last one is the page's.
    while let current = response, (100..<400).contains(current.status),
      let next = try? stream.peek(8), next.starts(with: Array("HTTP/".utf8))
    {
      response = try HTTPResponse.readHead(from: stream)
    }
    guard let response else { throw .notAPage("HTTP response head without a body") }
    guard let rest = try stream.readToEnd(limit: bytes.count) else { throw .empty }
    let body = try response.decodedPayload(rest, limit: maxSize)
    guard !body.isEmpty else { throw .notAPage("HTTP \(response.status) response without a body") }
    if let binary = BinarySniffer.knownBinaryFormat(body) { throw .notAPage(binary) }
    if !BinarySniffer.looksLikeMarkup(body) { throw .notAPage("HTTP \(response.status) response without HTML") }
    var page = InputPage(name: name, bytes: body, format: .html, charsetHint: response.charset)
    page.savedAt = response.headers["date"].flatMap(SaveDate.iso8601)
    page = finishHTML(&page, location: nil)
    // A dump of a saved page keeps the page's own saver; else it is the dump's.
    if page.container == .html { page.container = .http }
    return page
  }

  /// What saved pages carry besides their HTML: savers' comments, a
  /// "Save Page As" folder, inline `data:` resources.
  static func finishHTML(_ page: inout InputPage, location: String?) -> InputPage {
    SavedPageComments.apply(to: &page)
    WaybackSnapshot.apply(to: &page)
    ArchiveTodaySnapshot.apply(to: &page)
    SavePageAs.attach(to: &page, pagePath: location)
    EmbeddedData.extract(from: &page)
    return page
  }
}
