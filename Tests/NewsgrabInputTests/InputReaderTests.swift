import Foundation
import NewsgrabTestSupport
import Testing

@testable import NewsgrabInput

@Suite struct InputReaderTests {
  let page = TestFiles.page("A story")

  @Test func gzipIsDetectedByMagicBytes() {
    let results = InputReader().results(Zlib.gzip(page), name: "story.bin")
    #expect(results.first?.page?.bytes == page)
  }

  @Test func gzipBombStopsAtTheLimit() {
    let bomb = Zlib.gzip([UInt8](repeating: UInt8(ascii: "a"), count: 8 << 20))
    let results = InputReader(maxSize: 1 << 20).results(bomb, name: "bomb.html.gz")
    #expect(results.count == 1)
    #expect(results.first?.error?.description == "decompresses to more than 1 MB (the --max-size limit)")
  }

  @Test func truncatedGzipIsReported() {
    let gz = Zlib.gzip(TestFiles.page(String(repeating: "some words ", count: 2000)))
    let results = InputReader().results(Array(gz.prefix(gz.count / 2)), name: "x.html.gz")
    #expect(results.first?.error?.description == "truncated compressed data")
  }

  @Test func emptyAndBinaryInputsAreRefusedByName() {
    let reader = InputReader()
    #expect(reader.results([], name: "x.html").first?.error == .empty)
    #expect(
      reader.results([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name: "x.html").first?.error
        == .notAPage("PNG image"))
    #expect(reader.results(Array("%PDF-1.7\n".utf8), name: "x.html").first?.error == .notAPage("PDF document"))
    #expect(reader.results([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1], name: "x").first?.error == .notAPage("ELF executable"))
    var random = SystemRandomNumberGenerator()
    let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
    #expect(reader.results(noise, name: "noise.html").first?.error != nil)
  }

  @Test func fileOverTheLimitIsRefusedBeforeReading() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("big.html").path
    try Data(TestFiles.page(String(repeating: "x", count: 3 << 20))).write(to: URL(fileURLWithPath: path))
    let results = InputReader(maxSize: 1 << 20).results(file: path)
    #expect(results.first?.error?.description == "3 MB exceeds the --max-size limit of 1 MB")
  }

  @Test func missingDirectoryAndUnreadableFiles() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(InputReader().results(file: directory.path + "/gone.html").first?.error == .notFound)
    #expect(InputReader().results(file: directory.path).first?.error == .isDirectory)
    let locked = directory.appendingPathComponent("locked.html").path
    try Data(page).write(to: URL(fileURLWithPath: locked))
    chmod(locked, 0)
    // Root reads anything: as root (CI) this thread reads as nobody.
    let error = Self.asNobody { InputReader().results(file: locked).first?.error }
    #expect(error == .unreadable("permission denied"))
  }

  /// Runs `body` on this thread with the file-system rights of `nobody` when
  /// running as root (leaving root's user id drops its file capabilities);
  /// as another user, as that user.
  static func asNobody<T>(_ body: () -> T) -> T {
    guard getuid() == 0 else { return body() }
    _ = fileSystemUser(65534)
    defer { _ = fileSystemUser(0) }
    return body()
  }

  @Test func singleFileCommentGivesURLAndDateAndDataURIsBecomeResources() throws {
    // A real inline picture (3,000 bytes), a 1×1 spacer GIF and an inline SVG.
    let picture = Data((0..<3_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }).base64EncodedString()
    let spacer = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    let html = """
      <!DOCTYPE html> <html lang="en"><!--
       Page saved with SingleFile 
       url: https://news.example/story 
       saved date: Sat Mar 14 2026 10:15:00 GMT+0100 (Central European Standard Time)
      --><head><title>T</title></head><body><p>Metadata: fine</p>
      <img src="data:image/jpeg;base64,\(picture)"><img srcset="data:image/jpeg;base64,\(picture) 2x">
      <img src="data:image/gif;base64,\(spacer)">
      <div style="background:url(data:image/svg+xml,%3Csvg%20xmlns%3D%22x%22%2F%3E)"></div></body></html>
      """
    let result = try #require(InputReader().results(Array(html.utf8)).first?.page)
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(result.url == "https://news.example/story")
    #expect(result.savedAt == "2026-03-14T10:15:00+01:00")
    #expect(!text.contains(picture) && !text.contains(spacer))
    #expect(text.contains("<img src=\"data:image/jpeg;embedded=1,\"><img srcset=\"data:image/jpeg;embedded=1, 2x\">"))
    #expect(text.contains("<img src=\"data:image/gif;embedded=2,\">"))
    #expect(text.contains("url(data:image/svg+xml;embedded=3,)"))
    #expect(text.contains("Metadata: fine"))
    // Sizes let extraction tell pictures from spacers.
    #expect(
      result.resources["data:image/jpeg;embedded=1,"] == EmbeddedResource(mediaType: "image/jpeg", byteCount: 3_000))
    #expect(result.resources["data:image/gif;embedded=2,"]?.byteCount == 42)
    #expect(result.resources["data:image/svg+xml;embedded=3,"]?.byteCount == 16)  // <svg xmlns="x"/>
  }

  /// A page saved from the Wayback Machine: the archive's toolbar (its
  /// capture dates and calendar) leaves the page, and the playback script's
  /// original URL and capture time become the page's URL and save date.
  /// A page that only links to the archive keeps its bytes.
  @Test func waybackSnapshotLosesItsToolbarAndNamesItsOriginal() throws {
    let html = """
      <!DOCTYPE html><html><head><script src="https://web.archive.org/_static/js/bundle-playback.js"></script>
      <script>__wm.init("https://web.archive.org/web");
      __wm.wombat("http://news.example/2013/05/story.html","20130505123456","https://web.archive.org/","web","/_static/",
      "1367757296");</script><title>T</title></head><body><!-- BEGIN WAYBACK TOOLBAR INSERT -->
      <div id="wm-ipp-base"><div id="wm-capinfo">43 captures 2 Apr 2013 - 20 Jun 2019</div></div>
      <!-- END WAYBACK TOOLBAR INSERT --><p>Story text</p></body></html>
      """
    let page = try #require(InputReader().results(Array(html.utf8)).first?.page)
    let text = String(decoding: page.bytes, as: UTF8.self)
    #expect(!text.contains("captures") && !text.contains("wm-ipp-base"))
    #expect(text.contains("<body><p>Story text</p>"))
    #expect(page.url == "http://news.example/2013/05/story.html")
    #expect(page.savedAt == "2013-05-05T12:34:56Z")
    let linking =
      "<html><head><title>T</title></head><body><a href=\"https://web.archive.org/web/2013/http://a.example/\">old</a><!-- BEGIN WAYBACK TOOLBAR INSERT --></body></html>"
    let plain = try #require(InputReader().results(Array(linking.utf8)).first?.page)
    #expect(plain.bytes == Array(linking.utf8))
    #expect(plain.url == nil && plain.savedAt == nil)
  }

  /// A page saved from archive.today: the archive's header table leaves
  /// the page, and its bookmark link names the original URL and the
  /// capture time.
  @Test func archiveTodaySnapshotLosesItsHeaderAndNamesItsOriginal() throws {
    let html = """
      <!DOCTYPE html><html><head><link rel="canonical" href="https://archive.ph/mK2pL">
      <link rel="bookmark" href="https://archive.ph/2013.05.05-123456/http://news.example/choir.html">
      <title>T</title></head><body><div id="HEADER"><table><tr><td>Saved from</td>
      <td><time itemprop="pubdate" datetime="2013-05-05T12:34:56Z">5 May 2013</time></td></tr></table></div>
      <div id="CONTENT"><p>Story text</p></div></body></html>
      """
    let page = try #require(InputReader().results(Array(html.utf8)).first?.page)
    let text = String(decoding: page.bytes, as: UTF8.self)
    #expect(!text.contains("Saved from") && !text.contains("pubdate"))
    #expect(text.contains("<body><div id=\"CONTENT\"><p>Story text</p>"))
    #expect(page.url == "http://news.example/choir.html")
    #expect(page.savedAt == "2013-05-05T12:34:56Z")
  }

  @Test func savePageAsFolderKeepsLocalPathAndOriginalURL() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("My story_files")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data([0xFF, 0xD8, 0xFF, 1, 2, 3]).write(to: folder.appendingPathComponent("photo.jpg"))
    try Data([0x89, 0x50]).write(to: folder.appendingPathComponent("chart.png"))
    let html = """
      <!-- saved from url=(0026)https://news.example/story -->
      <html><head><meta property="og:image" content="https://cdn.news.example/img/photo.jpg?w=1200"></head>
      <body><img src="./My story_files/photo.jpg"><img src="My%20story_files/chart.png"></body></html>
      """
    let path = directory.appendingPathComponent("My story.html").path
    try Data(html.utf8).write(to: URL(fileURLWithPath: path))
    let result = try #require(InputReader().results(file: path).first?.page)
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(result.url == "https://news.example/story")
    #expect(text.contains("<img src=\"https://cdn.news.example/img/photo.jpg?w=1200\">"))
    #expect(
      result.resources["https://cdn.news.example/img/photo.jpg?w=1200"]
        == EmbeddedResource(mediaType: "image/jpeg", byteCount: 6, localPath: "My story_files/photo.jpg"))
    // No original known for the chart: its local file URL stands in.
    let chart = try #require(result.resources.first { $0.value.localPath == "My story_files/chart.png" })
    #expect(chart.key.hasPrefix("file://") && chart.key.hasSuffix("chart.png"))
  }

  @Test func directoryWalkSkipsResourceFoldersAndSurvivesLoops() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let manager = FileManager.default
    try manager.createDirectory(at: directory.appendingPathComponent("a/p_files"), withIntermediateDirectories: true)
    try Data(page).write(to: directory.appendingPathComponent("a/p.html"))
    try Data(page).write(to: directory.appendingPathComponent("a/p_files/inner.html"))
    try Data(page).write(to: directory.appendingPathComponent("a/with space\nand newline.html"))
    try Data([1]).write(to: directory.appendingPathComponent("a/photo.jpg"))
    try manager.createSymbolicLink(atPath: directory.appendingPathComponent("a/loop").path, withDestinationPath: "..")
    let list = InputReader().files(in: [directory.path])
    #expect(
      list.files.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted() == [
        "p.html", "with space\nand newline.html",
      ])
    #expect(list.errors.count == 1)
    #expect(list.errors.first?.error == .unreadable("symbolic link loop"))
  }

  @Test func nonUTF8FileNameInADirectoryIsReportedNotSkipped() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // "café.html" with a Latin-1 é, made with the C API.
    let name = Array(directory.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".html".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer {
      open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
    }
    try #require(descriptor >= 0)
    close(descriptor)
    try Data(page).write(to: directory.appendingPathComponent("ok.html"))
    let list = InputReader().files(in: [directory.path])
    #expect(list.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["ok.html"])
    #expect(list.errors.map(\.error) == [.unreadable("file name is not valid UTF-8; rename the file to read it")])
  }

  @Test func httpDumpWithHeadersIsItsBody() throws {
    // `curl -i -L`: a redirect head, then the page's head with a charset and gzip.
    let body = Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8)
    let dump =
      Array("HTTP/1.1 301 Moved Permanently\r\nLocation: /story\r\n\r\n".utf8)
      + Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Encoding: gzip\r\n\r\n".utf8)
      + Zlib.gzip(body)
    let result = try #require(InputReader().results(dump, name: "-").first?.page)
    #expect(result.bytes == body)
    #expect(result.charsetHint == "ISO-8859-1")
  }

  @Test func pageMovedWithoutItsFolderStillGetsKnownOriginals() throws {
    let html = """
      <!-- saved from url=(0026)https://news.example/story -->
      <html><head><meta property="og:image" content="https://cdn.news.example/img/photo.jpg"></head>
      <body><img src="./Story_files/photo.jpg"><img src="./Story_files/icon.png" srcset="//cdn.news.example/icon.png 2x">
      <img src="./Story_files/unknown.gif"></body></html>
      """
    let result = try #require(InputReader().results(Array(html.utf8), name: "renamed.html").first?.page)
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(text.contains("<img src=\"https://cdn.news.example/img/photo.jpg\">"))
    #expect(text.contains("<img src=\"https://cdn.news.example/icon.png\" srcset="))
    // Nothing known about it and nothing on disk: left as written.
    #expect(text.contains("<img src=\"./Story_files/unknown.gif\">"))
    #expect(result.resources.isEmpty)
  }

  @Test func openDescriptorStreamsLikeAFile() throws {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("crawl").path
    let crawl =
      WARCWriter.response(uri: "https://news.example/a", body: page, id: 1)
      + WARCWriter.response(uri: "https://news.example/b", body: page, id: 2)
    try Data(Zlib.gzip(Zlib.gzip(crawl))).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    var urls: [String?] = []
    InputReader().readPages(descriptor: descriptor, name: "-", url: nil) { urls.append($0.page?.url) }
    // Gzipped twice, streamed from the descriptor: both records.
    #expect(urls == ["https://news.example/a", "https://news.example/b"])
    let bigDirectory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: bigDirectory) }
    let big = bigDirectory.appendingPathComponent("big").path
    try Data(TestFiles.page(String(repeating: "x", count: 2 << 20))).write(to: URL(fileURLWithPath: big))
    let bigDescriptor = open(big, O_RDONLY)
    defer { close(bigDescriptor) }
    var errors: [InputError?] = []
    InputReader(maxSize: 1 << 20).readPages(descriptor: bigDescriptor, name: "-", url: nil) { errors.append($0.error) }
    #expect(errors == [.corrupt("larger than the --max-size limit of 1 MB")])
  }
}

/// Linux's setfsuid(2): the file-system user id of the calling thread only
/// (glibc; not in the Glibc module).
@_silgen_name("setfsuid") private func fileSystemUser(_ uid: UInt32) -> Int32
