import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `newsgrab` binary, as a user would.
enum CLI {
  /// The repository root (this file is Tests/NewsgrabCLITests/CLI.swift).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the clone, where the corpora and the seed live.
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

  /// `.build/<config>/newsgrab` of the same build as this test bundle
  /// (`swift test` builds the executable because this target depends on it).
  static let binary: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    // On Linux the test runner is `<bin>/newsgrabPackageTests.xctest`; on macOS a bundle inside <bin>.
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("newsgrab").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    let found = folder.appendingPathComponent("newsgrab")
    return FileManager.default.isExecutableFile(atPath: found.path)
      ? found : repository.appendingPathComponent(".build/debug/newsgrab")
  }()

  /// The release binary `make test` passes, for corpus-wide runs (debug is many times slower).
  static let releaseBinary: String? = ProcessInfo.processInfo.environment["NEWSGRAB_RELEASE_BINARY"].flatMap {
    FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data

    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  struct Running {
    var process: Process
    var stdout: Pipe
    var stderr: Pipe
  }

  /// A process ready to `run()`, its output going to pipes. `NEWSGRAB_DB` is
  /// cleared so no test can touch a user's archive.
  static func start(
    _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil, binary: URL = CLI.binary,
    unprivileged: Bool = false
  ) -> Running {
    let process = Process()
    let (executable, commandLine) =
      unprivileged ? Unprivileged.command(binary.path, arguments) : (binary.path, arguments)
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = commandLine
    process.currentDirectoryURL = directory ?? repository
    var env = ProcessInfo.processInfo.environment
    env["NEWSGRAB_DB"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    return Running(process: process, stdout: stdout, stderr: stderr)
  }

  /// Runs `newsgrab arguments…` to completion, with optional standard input.
  @discardableResult
  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil,
    binary: URL = CLI.binary, unprivileged: Bool = false
  ) throws -> Result {
    let running = start(
      arguments, environment: environment, directory: directory, binary: binary, unprivileged: unprivileged)
    let input = Pipe()
    if stdin != nil { running.process.standardInput = input }
    try running.process.run()
    if let stdin {
      input.fileHandleForWriting.write(stdin)
      try input.fileHandleForWriting.close()
    }
    // Read both pipes while the process runs, so neither can fill and block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var out = Data()
    nonisolated(unsafe) var err = Data()
    DispatchQueue.global().async(group: group) { out = running.stdout.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { err = running.stderr.fileHandleForReading.readDataToEndOfFile() }
    running.process.waitUntilExit()
    group.wait()
    return Result(
      status: running.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self), stdoutBytes: out)
  }

  /// `run` with the binary given as a path.
  @discardableResult
  static func run(_ arguments: [String], environment: [String: String] = [:], binary: String) throws -> Result {
    try run(arguments, environment: environment, binary: URL(fileURLWithPath: binary))
  }

  /// The counts of an import summary line ("3 new, 0 updated, 1 unchanged, 0 skipped, 0 failed").
  static func summary(_ result: Result) -> [String: Int] {
    var counts: [String: Int] = [:]
    guard let line = result.stdoutLines.last(where: { $0.contains(" new, ") }) else { return counts }
    for part in line.split(separator: ",") {
      let words = part.split(separator: " ")
      if words.count == 2, let count = Int(words[0]) { counts[String(words[1])] = count }
    }
    return counts
  }

  /// A fresh temporary directory, removed by the caller's `defer`.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgrab-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Permission checks mean nothing to root, and CI runs as root: there, a
/// command that must meet a permission runs as `nobody` through `setpriv`
/// (files it reads must be readable by others: the defaults, 0644 and 0755).
enum Unprivileged {
  static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

  static var isRoot: Bool { getuid() == 0 }

  /// Whether such a command can run: as an ordinary user, or as root with setpriv.
  static var available: Bool { !isRoot || setpriv != nil }

  /// The executable and arguments that run `binary arguments…` without root's rights.
  static func command(_ binary: String, _ arguments: [String]) -> (String, [String]) {
    guard isRoot, let setpriv else { return (binary, arguments) }
    return (setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", binary] + arguments)
  }
}

/// A temporary folder for one test.
final class Workspace {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "newsgrab-cli-test-" + UUID().uuidString
    // A failure here fails the one test that asked for the folder, not the run.
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      Issue.record("cannot create the test folder \(path): \(error)")
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  var db: String { file("archive.sqlite") }

  /// Writes `text` to `name` (folders created).
  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    write(name, Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ data: Data) -> String {
    let path = file(name)
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    } catch {
      Issue.record("cannot create the folder of \(path): \(error)")
    }
    if !FileManager.default.createFile(atPath: path, contents: data) { Issue.record("cannot write \(path)") }
    return path
  }
}

/// News pages written for the tests, in the shape real sites use (canonical
/// link, Open Graph, JSON-LD author and date, `<html lang>`).
struct NewsPage {
  var url: String?
  var headline: String
  var paragraphs: [String]
  var author: String? = nil
  var published: String? = nil
  var language: String = "en"
  var site: String? = nil

  var html: String {
    var head = "<meta charset=\"utf-8\"><title>\(escape(headline))</title>\n"
    if let url { head += "<link rel=\"canonical\" href=\"\(escape(url))\">\n" }
    if let site { head += "<meta property=\"og:site_name\" content=\"\(escape(site))\">\n" }
    if let published { head += "<meta property=\"article:published_time\" content=\"\(published)\">\n" }
    if let author {
      head += """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"\(author)"}}</script>\n
        """
    }
    let body = paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
    return """
      <!DOCTYPE html>
      <html lang="\(language)"><head>
      \(head)</head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>\(escape(headline))</h1>
      \(author.map { "<p class=\"byline\">By \(escape($0))</p>" } ?? "")
      \(body)
      </article>
      <footer>All rights reserved.</footer>
      </body></html>
      """
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// A filler page `index` with ordinary words (and none of the test's search words).
  static func filler(_ index: Int, site: String = "Filler Times") -> NewsPage {
    NewsPage(
      url: "https://filler.example/story/\(index)", headline: "Weekly notes number \(index)",
      paragraphs: [
        "The harbour master published the tide tables for the coming week, and the ferry company confirmed its timetable number \(index).",
        "Volunteers repaired the footpath along the river, and the allotment society held its annual show in the village hall.",
        "A new bakery opened on the corner of the market square, selling bread made with flour from the old mill.",
      ], author: "Pat Filler", published: String(format: "2022-%02d-%02dT09:00:00Z", index % 12 + 1, index % 28 + 1),
      site: site)
  }
}
