import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `newsgrab serve` in a real browser: the fixtures are imported into a
/// temporary archive, the server started on a free loopback port, and
/// headless Chromium loads the search page, follows a result to the reader,
/// then the stats page. The rendered DOM is checked; screenshots are kept
/// in `.build/artifacts/serve/` to be looked at.
///
/// Skipped with a message when Chromium is missing, except in CI
/// (`CI=true`), where a skipped browser test fails the run.
@Suite(.serialized) struct ServeBrowserTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
  static let artifacts = CLI.repository.appendingPathComponent(".build/artifacts/serve")

  /// The release binary when `make test` gives one (the server answers many
  /// times faster), else the debug binary `swift test` built.
  static var binary: URL { CLI.releaseBinary.map { URL(fileURLWithPath: $0) } ?? CLI.binary }

  @Test(
    .enabled(if: chromium != nil || inCI, "chromium is not installed (scripts/install-deps.sh installs it)"),
    .timeLimit(.minutes(5)))
  func searchReaderAndStatsRenderInChromium() throws {
    let chromium = try #require(Self.chromium, "CI=true and chromium is missing: the browser test cannot run")
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("archive.sqlite").path
    let imported = try CLI.run(["import", "fixtures", "--db", db], binary: Self.binary)
    try #require(imported.status == 0, "import failed: \(imported.stderr)")
    try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)

    let server = try ServeProcess(binary: Self.binary, db: db)
    defer { server.stop() }
    let browser = Browser(executable: chromium, profile: folder.appendingPathComponent("chromium").path)

    // The search page, then the first result it links to.
    let search = try browser.dumpDOM(server.base + "?q=tide")
    #expect(search.contains("Coastal towns brace for record tide"))
    #expect(search.contains("<mark>tide</mark>"))
    let reader = try #require(
      Self.firstArticleLink(in: search), "the search page links to no article")
    try browser.screenshot(server.base + "?q=tide", to: Self.artifacts.appendingPathComponent("search.png").path)

    let article = try browser.dumpDOM(server.base + reader.dropFirst())
    #expect(article.contains("<h1>Coastal towns brace for record tide as storm stalls offshore</h1>"))
    #expect(article.contains("Officials along the northern coast ordered evacuations"))
    #expect(article.contains("<figure class=\"figure lead\">"))
    #expect(article.contains("Waves break over the harbor wall in Port Alder on Monday."))
    #expect(article.contains("<figcaption>"))
    #expect(article.contains("class=\"card\""))
    try browser.screenshot(
      server.base + reader.dropFirst(), to: Self.artifacts.appendingPathComponent("reader.png").path)
    try browser.screenshot(
      server.base + reader.dropFirst(), to: Self.artifacts.appendingPathComponent("reader-dark.png").path, dark: true)
    try browser.screenshot(
      server.base + reader.dropFirst(), to: Self.artifacts.appendingPathComponent("reader-phone.png").path,
      size: "390,1400")

    // The hostile page: its text is shown, none of its script ran.
    let hostileSearch = try browser.dumpDOM(server.base + "?q=ferry+pier")
    let hostileLink = try #require(Self.firstArticleLink(in: hostileSearch), "the hostile page is not found")
    let hostile = try browser.dumpDOM(server.base + hostileLink.dropFirst())
    #expect(hostile.contains("&lt;script&gt;alert(\"title\")&lt;/script&gt;"))
    #expect(hostile.contains("<title>Harbour board"))
    #expect(!hostile.contains("pwned"))
    try browser.screenshot(
      server.base + hostileLink.dropFirst(), to: Self.artifacts.appendingPathComponent("hostile.png").path)

    // The API answers what the CLI prints, byte for byte.
    let articleID = String(reader.split(separator: "/").last ?? "")
    for (path, command) in [
      ("api/search?q=tide", ["search", "tide", "--format", "json"]),
      (
        "api/search?q=council&limit=3&offset=1&sort=newest",
        ["search", "council", "--limit", "3", "--offset", "1", "--sort", "newest", "--format", "json"]
      ),
      ("api/articles/\(articleID)", ["show", articleID, "--format", "json"]),
      ("api/stats", ["stats", "--format", "json"]),
    ] {
      let cli = try CLI.run(command + ["--db", db], binary: Self.binary)
      #expect(try Self.fetch(server.base + path) == cli.stdout, "\(path)")
    }

    // An import writes while the server reads: it keeps answering, and sees the new article.
    let before = try Self.articleCount(Self.fetch(server.base + "api/stats"))
    let page = folder.appendingPathComponent("late/story.html")
    try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(
      """
      <html><head><title>Late story</title></head><body><article><h1>A story imported while serving</h1>
      <p>The reading room keeps answering while another process writes to the archive file.</p></article></body></html>
      """.utf8
    ).write(to: page)
    let late = try CLI.run(["import", page.path, "--db", db], binary: Self.binary)
    #expect(late.status == 0, "\(late.stderr)")
    #expect(try Self.articleCount(Self.fetch(server.base + "api/stats")) == before.map { $0 + 1 })

    let stats = try browser.dumpDOM(server.base + "stats")
    #expect(stats.contains("<svg"))
    #expect(stats.contains("class=\"bar\""))
    #expect(stats.contains("Top sources"))
    try browser.screenshot(server.base + "stats", to: Self.artifacts.appendingPathComponent("stats.png").path)
  }

  /// The body of a GET, through curl (installed with chromium's dependencies).
  static func fetch(_ url: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    process.arguments = ["-s", "--max-time", "20", url]
    let stdout = Pipe()
    process.standardOutput = stdout
    try process.run()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func articleCount(_ json: String) -> Int? {
    (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["articles"] as? Int
  }

  static func firstArticleLink(in html: String) -> String? {
    guard let range = html.range(of: #"href="/articles/[0-9]+""#, options: .regularExpression) else { return nil }
    return String(html[range].dropFirst(6).dropLast())
  }
}

/// `newsgrab serve --port 0` running in the background.
final class ServeProcess {
  let running: CLI.Running
  /// `http://127.0.0.1:PORT/`, as the server announced it.
  let base: String

  init(binary: URL, db: String) throws {
    running = CLI.start(["serve", "--db", db, "--port", "0"], binary: binary)
    try running.process.run()
    // The first line says where it listens; an empty read means it exited.
    var output = Data()
    let reader = running.stdout.fileHandleForReading
    while !output.contains(UInt8(ascii: "\n")) {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      output.append(chunk)
    }
    let line = String(decoding: output, as: UTF8.self)
    guard let range = line.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) else {
      running.process.terminate()
      let error = String(decoding: running.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      throw ServeStartError(message: "serve did not start: \(line) \(error)")
    }
    base = String(line[range])
  }

  /// SIGINT, as Ctrl-C: the server shuts down gracefully.
  func stop() {
    guard running.process.isRunning else { return }
    running.process.interrupt()
    running.process.waitUntilExit()
  }

  struct ServeStartError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}

/// Headless Chromium, one run per page.
struct Browser {
  let executable: String
  let profile: String

  func arguments(_ extra: [String]) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
      "--user-data-dir=\(profile)", "--disable-background-networking",
    ] + extra
  }

  func dumpDOM(_ url: String) throws -> String {
    try run(arguments(["--dump-dom", url]))
  }

  func screenshot(_ url: String, to path: String, dark: Bool = false, size: String = "1280,1800") throws {
    try? FileManager.default.removeItem(atPath: path)
    _ = try run(
      arguments(["--screenshot=\(path)", "--window-size=\(size)"] + (dark ? ["--force-dark-mode"] : []) + [url]))
    #expect(FileManager.default.fileExists(atPath: path), "no screenshot at \(path)")
  }

  private func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
