import Foundation
import Testing

@testable import NewsgrabHTML

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `newsgrab` binary on hostile files generated here: each
/// bad file gets exactly one line `newsgrab: <file>: <reason>` on stderr,
/// the others in the batch are still parsed, and the exit status is 1.
@Suite(.serialized) final class HostileInputTests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var errorLines: [Substring] { stderr.split(separator: "\n") }
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary `swift build` made for these tests (NEWSGRAB_BINARY overrides).
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["NEWSGRAB_BINARY"] { return path }
    return root.appendingPathComponent(".build/debug/newsgrab").path
  }

  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgrab-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  // Each test gets its own instance: its files go with it (a struct left
  // eleven folders in /tmp per run).
  deinit { try? FileManager.default.removeItem(at: directory) }

  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func run(_ arguments: [String], stdin: [UInt8]? = nil, unprivileged: Bool = false) throws -> Run {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build newsgrab first: \(Self.binary)")
    let process = Process()
    let (executable, commandLine) =
      unprivileged ? Unprivileged.command(Self.binary, arguments) : (Self.binary, arguments)
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = commandLine
    // Files, not pipes: a page can print megabytes.
    let out = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
    let err = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    if let stdin {
      let input = directory.appendingPathComponent("stdin-\(UUID().uuidString)")
      try Data(stdin).write(to: input)
      process.standardInput = try FileHandle(forReadingFrom: input)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }

  static let page = Array(
    """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry back in service</title></head>
    <body><article><h1>Ferry back in service</h1><p>The harbour ferry made its first crossing of the season on Friday.</p>
    <p>Its captain said the crossing took eleven minutes.</p></article></body></html>
    """.utf8)

  /// Runs `bad` between two good pages: one error line naming it, both good
  /// pages printed, exit status 1.
  func expectOneLine(
    _ bad: String, reason expected: String, extra: [String] = [], unprivileged: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let good = try file("good.html", Self.page)
    let result = try run(["parse", good, bad, good, "--format", "ndjson"] + extra, unprivileged: unprivileged)
    #expect(result.status == 1, sourceLocation: sourceLocation)
    #expect(result.errorLines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
    let line = String(result.errorLines.first ?? "")
    #expect(line.hasPrefix("newsgrab: "), sourceLocation: sourceLocation)
    #expect(line.contains(expected), "\(line)", sourceLocation: sourceLocation)
    #expect(result.stdout.split(separator: "\n").count == 2, sourceLocation: sourceLocation)
  }

  /// Parses `path` alone: it is not an error, and the JSON is valid.
  func expectParsed(_ path: String, extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String: Any]
  {
    let result = try run(["parse", path, "--format", "json"] + extra)
    #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, sourceLocation: sourceLocation)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    return try #require(object, sourceLocation: sourceLocation)
  }

  // MARK: Files that are not pages

  @Test func emptyFile() throws {
    let path = try file("empty.html", [])
    try expectOneLine(path, reason: "\(path): empty file")
  }

  @Test func binaryFilesAreNamed() throws {
    try expectOneLine(
      try file("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
      reason: "not a web page (PNG image)")
    try expectOneLine(
      try file("doc.html", Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8)), reason: "not a web page (PDF document)")
    try expectOneLine(
      try file("prog", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0]), reason: "not a web page (ELF executable)")
  }

  @Test func randomBytes() throws {
    var generator = SystemRandomNumberGenerator()
    let noise = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try expectOneLine(try file("noise.html", noise), reason: "not a web page")
  }

  @Test func pageOverTheSizeLimit() throws {
    let big = Array("<html><body><p>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
    try expectOneLine(
      try file("big.html", big), reason: "3 MB exceeds the --max-size limit of 2 MB", extra: ["--max-size", "2"])
  }

  @Test func defaultSizeLimitIs64MB() throws {
    let big = Array("<html><body><p>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 65 << 20)
    try expectOneLine(try file("huge.html", big), reason: "65 MB exceeds the --max-size limit of 64 MB")
  }

  // MARK: Damaged containers

  func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let input = try file("to-compress-\(UUID().uuidString)", bytes)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c", "-n", input]
    let output = directory.appendingPathComponent("compressed-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    try process.run()
    process.waitUntilExit()
    return [UInt8](try Data(contentsOf: output))
  }

  @Test func gzipBomb() throws {
    let bomb = try gzip([UInt8](repeating: UInt8(ascii: "a"), count: 40 << 20))
    #expect(bomb.count < 100_000)
    try expectOneLine(
      try file("bomb.html.gz", bomb), reason: "decompresses to more than 2 MB (the --max-size limit)",
      extra: ["--max-size", "2"])
  }

  @Test func truncatedGzip() throws {
    let compressed = try gzip(Self.page + Array(String(repeating: "<p>more words here</p>", count: 500).utf8))
    try expectOneLine(
      try file("cut.html.gz", Array(compressed.prefix(compressed.count / 2))), reason: "truncated compressed data")
  }

  @Test func warcWithWrongContentLength() throws {
    func record(_ uri: String, _ body: [UInt8], declared: Int? = nil) -> [UInt8] {
      let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8) + body
      let head =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: \(uri)\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(declared ?? block.count)\r\n\r\n"
      return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }
    let path = try file(
      "crawl.warc", record("https://a.example/1", Self.page, declared: 100) + record("https://a.example/2", Self.page))
    let result = try run(["parse", path, "--format", "ndjson"])
    #expect(result.status == 1)
    #expect(result.errorLines.count == 1)
    #expect(result.stderr.contains("\(path): WARC record 1 at byte 0: Content-Length 100 does not match the record"))
    // The record after the damage is still read.
    #expect(result.stdout.split(separator: "\n").count == 1)
    #expect(result.stdout.contains("https://a.example/2"))
  }

  @Test func mhtmlWithoutBoundary() throws {
    let mhtml = Array(
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--x--\r\n"
        .utf8)
    try expectOneLine(try file("page.mhtml", mhtml), reason: "MHTML file has no multipart boundary")
  }

  // MARK: Hostile markup: parsed, never a crash

  @Test func truncatedHTMLIsStillAPage() throws {
    let cut = Array(Self.page.prefix(Self.page.count - 60))
    let article = try expectParsed(try file("cut.html", cut))
    #expect(article["headline"] as? String == "Ferry back in service")
  }

  @Test func deepNesting() throws {
    let deep =
      Array("<html><body>".utf8) + Array(String(repeating: "<div>", count: 100_000).utf8)
      + Array("<p>Deep text survives.</p>".utf8) + Array(String(repeating: "</div>", count: 100_000).utf8)
    _ = try expectParsed(try file("deep.html", deep))
    let unclosed = Array("<html><body>".utf8) + Array(String(repeating: "<div><span><b>", count: 100_000).utf8)
    _ = try expectParsed(try file("unclosed.html", unclosed))
  }

  @Test func millionsOfElementsAndAttributes() throws {
    let elements = Array("<html><body><article>".utf8) + Array(String(repeating: "<p>word</p>", count: 1_000_000).utf8)
    let article = try expectParsed(try file("elements.html", elements))
    #expect((article["wordCount"] as? Int ?? 0) > 0)
    var attributes = Array("<html><body><p ".utf8)
    for index in 0..<1_000_000 { attributes += Array("a\(index)=\"v\" ".utf8) }
    attributes += Array(">Attributes everywhere.</p></body></html>".utf8)
    let second = try expectParsed(try file("attributes.html", attributes))
    #expect((second["body"] as? String)?.contains("Attributes everywhere.") == true)
  }

  @Test func invalidUTF8AndNULsEverywhere() throws {
    var bytes = Array("<html><head><meta charset=\"utf-8\"><title>T\u{FF}".utf8)
    bytes += [0xFF, 0xC3, 0x28, 0xE2, 0x28, 0xA1, 0xF0, 0x90, 0x28, 0xBC, 0xED, 0xA0, 0x80, 0xC0, 0xAF]
    bytes += Array("</title></head><body><h1>He".utf8) + [0x00, 0xFE] + Array("adline</h1><p>Text ".utf8)
    bytes += [0x80, 0x00, 0x9F] + Array(" more text.</p></body></html>".utf8)
    let article = try expectParsed(try file("invalid.html", bytes))
    #expect((article["body"] as? String)?.contains("more text") == true)
    #expect((article["body"] as? String)?.contains("\u{0}") == false)
  }

  @Test func lyingCharsetIsDetected() throws {
    // Declares Shift_JIS, is UTF-8.
    let html =
      "<html><head><meta charset=\"shift_jis\"><title>港の渡し船</title></head><body><article><h1>港の渡し船が運航再開</h1><p>港の渡し船は金曜日の朝、今季最初の運航を行った。</p></article></body></html>"
    let article = try expectParsed(try file("lying.html", Array(html.utf8)))
    #expect(article["headline"] as? String == "港の渡し船が運航再開")
  }

  @Test func hostileJSONLD() throws {
    func page(_ script: String) -> [UInt8] {
      Array(
        "<html><head><script type=\"application/ld+json\">\(script)</script></head><body><h1>Title</h1><p>Body text.</p></body></html>"
          .utf8)
    }
    _ = try expectParsed(try file("notjson.html", page("{\"@type\": \"NewsArticle\", headline: nope,,, ")))
    _ = try expectParsed(
      try file("deep-array.html", page(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)))
    )
    _ = try expectParsed(
      try file(
        "deep-object.html",
        page(String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000))))
    let huge =
      "{\"@type\":\"NewsArticle\",\"headline\":\"Huge\",\"articleBody\":\""
      + String(repeating: "word ", count: 1_000_000) + "\"}"
    _ = try expectParsed(try file("huge-ld.html", page(huge)))
  }

  @Test func externalEntitiesAndReferencesAreNeverFetched() throws {
    // A listener on the loopback interface: any fetch would connect to it.
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    try #require(listener >= 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, length) == 0 && listen(listener, 8) == 0
          && getsockname(listener, $0, &length) == 0
      }
    }
    try #require(bound)
    let port = UInt16(bigEndian: address.sin_port)
    let url = "http://127.0.0.1:\(port)"
    let html = """
      <?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "\(url)/entity"><!ENTITY local SYSTEM "file:///etc/passwd">]>
      <html><head><link rel="stylesheet" href="\(url)/style.css"><script src="\(url)/app.js"></script>
      <meta property="og:image" content="\(url)/og.jpg"></head>
      <body><h1>Title &xxe; &local;</h1><p>Text.</p><img src="\(url)/photo.jpg"><iframe src="\(url)/frame"></iframe></body></html>
      """
    let result = try run(["parse", try file("entities.html", Array(html.utf8)), "--format", "json"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("root:x:0:0"))
    // Nothing connected: a non-blocking accept finds no one waiting.
    _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
    let accepted = accept(listener, nil, nil)
    if accepted >= 0 { close(accepted) }
    #expect(accepted < 0)
    // libxml2's HTML parser loads no DTD, so no page shows a fetch with or
    // without HTML_PARSE_NONET: the flag itself is checked in the context
    // the parser hands its pages to.
    // (HTML_PARSE_NONET is 1 << 11 in libxml2's HTMLparser.h.)
    #expect(HTMLParser.contextOptions() & (1 << 11) != 0)
  }

  // MARK: File names and file-system trouble

  @Test func awkwardFileNames() throws {
    let spaced = try file("a page with spaces.html", Self.page)
    let newline = try file("line\nbreak.html", [])
    let result = try run(["parse", spaced, newline, "--format", "ndjson"])
    #expect(result.status == 1)
    #expect(result.stdout.split(separator: "\n").count == 1)
    // The newline in the name is shown escaped: still one line.
    #expect(result.errorLines.count == 1)
    #expect(result.stderr.contains("line\\nbreak.html: empty file"))
  }

  @Test func invalidUTF8FileName() throws {
    // A name that is not UTF-8 (Latin-1 "é"), made with the C API.
    let name = Array(directory.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".html".utf8) + [0]
    let descriptor = name.withUnsafeBufferPointer {
      open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
    }
    try #require(descriptor >= 0)
    close(descriptor)
    let result = try run(["parse", directory.path + "/caf\u{FFFD}.html"])
    // However the name arrives, the message is one line naming a file.
    #expect(result.status == 1)
    #expect(result.errorLines.count == 1)
    #expect(result.stderr.hasPrefix("newsgrab: "))
  }

  @Test func symlinkLoop() throws {
    let loop = directory.appendingPathComponent("loop.html").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.html")
    try expectOneLine(loop, reason: "\(loop): cannot read: symbolic link loop")
  }

  @Test func missingFileGoesOnWithTheBatch() throws {
    try expectOneLine(directory.appendingPathComponent("deleted.html").path, reason: "no such file or directory")
  }

  // Root reads every file whatever its mode: as root (CI) the command runs as nobody.
  @Test(.enabled(if: Unprivileged.available, "running as root without setpriv"))
  func unreadableFile() throws {
    let path = try file("secret.html", Self.page)
    chmod(path, 0)
    try expectOneLine(path, reason: "\(path): cannot read: permission denied", unprivileged: true)
  }

  @Test func standardInput() throws {
    let result = try run(["parse", "-", "--url", "https://news.example/ferry", "--format", "json"], stdin: Self.page)
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"headline\" : \"Ferry back in service\""))
    let empty = try run(["parse", "-"], stdin: [])
    #expect(empty.status == 1)
    #expect(empty.stderr == "newsgrab: -: empty file\n")
  }
}
