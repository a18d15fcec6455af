import Foundation

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
    let real = (try? manager.destinationOfSymbolicLink(atPath: directory)).map {
      URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: directory).deletingLastPathComponent()).standardizedFileURL.path
    } ?? URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else {
      list.errors.append((directory, .unreadable("symbolic link loop")))
      return
    }
    let entries: [String]
    do {
      entries = try manager.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      list.errors.append((directory, .unreadable("permission denied or not a directory")))
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
    for suffix in ["_files", "-Dateien", "_fichiers", "_archivos", "-bestanden"] where name.hasSuffix(suffix) {
      let stem = String(name.dropLast(suffix.count))
      if siblings.contains(stem + ".html") || siblings.contains(stem + ".htm") { return true }
    }
    return false
  }

  // MARK: Reading pages

  /// Reads the pages of one file (one for a page, several for a container),
  /// handing each to `body` as soon as it is read.
  package func readPages(file path: String, _ body: (Result<InputPage, InputError>) -> Void) {
    let bytes: [UInt8]
    do {
      bytes = try readFile(path)
    } catch {
      body(.failure(error))
      return
    }
    readPages(bytes: bytes, name: path, url: nil, body)
  }

  /// Reads pages from bytes already in memory (standard input, tests).
  package func readPages(
    bytes: [UInt8], name: String, url: String?, _ body: (Result<InputPage, InputError>) -> Void
  ) {
    do {
      var bytes = bytes
      guard !bytes.isEmpty else { throw InputError.empty }
      if Zlib.isGzip(bytes) {
        bytes = try Zlib.decompress(bytes, limit: maxSize)
        guard !bytes.isEmpty else { throw InputError.empty }
      }
      var page = try Self.classify(bytes, name: name)
      if let url { page.url = url }
      body(.success(page))
    } catch let error as InputError {
      body(.failure(error))
    } catch {
      body(.failure(.unreadable(String(describing: error))))
    }
  }

  /// Reads a whole file, refusing files over `maxSize` before reading them.
  func readFile(_ path: String) throws(InputError) -> [UInt8] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound }
    if isDirectory.boolValue { throw .isDirectory }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable("permission denied")
    }
    defer { try? handle.close() }
    let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > maxSize { throw .tooLarge(size: size, limit: maxSize) }
    do {
      let data = try handle.readToEnd() ?? Data()
      if data.count > maxSize { throw InputError.tooLarge(size: data.count, limit: maxSize) }
      return [UInt8](data)
    } catch let error as InputError {
      throw error
    } catch {
      throw .unreadable("read failed")
    }
  }

  /// Decides what decompressed bytes are: HTML, a seed-layout text snapshot,
  /// or not a page at all (binary formats are refused with their name).
  static func classify(_ bytes: [UInt8], name: String) throws(InputError) -> InputPage {
    if let binary = BinarySniffer.knownBinaryFormat(bytes) { throw .notAPage(binary) }
    if SeedLayout.looksLikeSeedText(bytes, name: name) {
      return InputPage(name: name, bytes: bytes, format: .seedText)
    }
    if !BinarySniffer.looksLikeText(bytes) { throw .notAPage("binary data") }
    if !BinarySniffer.looksLikeMarkup(bytes) { throw .notAPage("no HTML markup found") }
    return InputPage(name: name, bytes: bytes, format: .html)
  }
}
