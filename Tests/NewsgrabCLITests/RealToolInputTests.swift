import Foundation
import Testing

@testable import NewsgrabArchive

/// Inputs made by the tools people really save pages with (wget, warcio,
/// headless Chromium, curl, gzip) from fixture pages served on 127.0.0.1, by
/// `scripts/make-real-inputs.sh`; made once per test run, never committed.
enum RealInputs {
  /// The two pages the script serves: one without a canonical link (the
  /// capture's URL becomes its URL) and one with.
  static let uncanonical = "meta-lead-picture-no-metadata"
  static let canonical = "wordpress-news"
  static let slugs = [uncanonical, canonical]

  static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
  static let script = CLI.repository.appendingPathComponent("scripts/make-real-inputs.sh").path

  /// The tools the script needs that this machine lacks (as the script itself reports them).
  static let missing: [String] = {
    guard let result = try? bash([script, "--missing"]), result.status == 0 else { return ["bash"] }
    return result.stdoutLines
  }()

  /// Outside CI a missing tool skips these tests with this reason; in CI
  /// they run and fail, so a CI machine without the tools cannot pass.
  static var runnable: Bool { missing.isEmpty || inCI }
  static var whyNot: Comment {
    Comment(rawValue: "missing \(missing.joined(separator: ", ")); scripts/install-deps.sh installs them")
  }

  struct Made: Sendable {
    var folder: URL
    /// Each served page's URL, by slug.
    var urls: [String: String]
    /// The clock around the script: every capture date lies between.
    var started: Date
    var finished: Date

    func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
  }

  struct Failure: Error, CustomStringConvertible { var description: String }

  /// Runs the script once, into `.build/real-inputs` (git-ignored, replaced each run).
  static let made: Result<Made, Failure> = {
    let folder = CLI.repository.appendingPathComponent(".build/real-inputs")
    try? FileManager.default.removeItem(at: folder)
    let started = Date()
    guard let result = try? bash([script, folder.path]) else { return .failure(Failure(description: "bash failed")) }
    let finished = Date()
    guard result.status == 0 else {
      return .failure(Failure(description: "make-real-inputs.sh exited \(result.status): \(result.stderr)"))
    }
    var urls: [String: String] = [:]
    let list = (try? String(contentsOf: folder.appendingPathComponent("urls.txt"), encoding: .utf8)) ?? ""
    for line in list.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2 { urls[String(parts[0])] = String(parts[1]) }
    }
    return .success(Made(folder: folder, urls: urls, started: started, finished: finished))
  }()

  /// The files, checked that the tools were there first.
  static func get() throws -> Made {
    try #require(missing.isEmpty, "CI=true and \(whyNot.rawValue)")
    return try made.get()
  }

  static func bash(_ arguments: [String]) throws -> CLI.Result {
    try CLI.run(arguments, binary: URL(fileURLWithPath: "/bin/bash"))
  }
}

/// An article of `newsgrab parse --format ndjson`, as a JSON object.
struct ParsedArticle {
  var fields: [String: Any]

  static func all(_ file: String) throws -> [ParsedArticle] {
    let result = try CLI.run(["parse", file, "--format", "ndjson"])
    #expect(result.status == 0, "\(file): \(result.stderr)")
    return try result.stdoutLines.map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      return ParsedArticle(fields: try #require(object as? [String: Any]))
    }
  }

  var url: String? { fields["url"] as? String }
  var provenance: [String: String] { fields["provenance"] as? [String: String] ?? [:] }
  var source: [String: Any] { fields["source"] as? [String: Any] ?? [:] }

  /// The fields as canonical JSON text, without `dropping` (a difference
  /// shows as a readable text diff).
  func json(dropping: Set<String>) -> String {
    var kept = fields
    for key in dropping { kept[key] = nil }
    let data = try! JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self)
  }
}

@Suite("Readers fed by files of real tools (wget, warcio, Chromium, curl, gzip)")
struct RealToolInputTests {
  /// The article of the plain page, as served.
  static func reference(_ made: RealInputs.Made, _ slug: String) throws -> ParsedArticle {
    try #require(try ParsedArticle.all(made.file("plain-\(slug).html")).first)
  }

  /// Fields that differ between a file and the plain page only because of
  /// the file's name: `file` names the input (with `#N` for the N-th record),
  /// `capture` says what it was read from (checked on its own).
  static let nameFields: Set<String> = ["file", "capture"]
  /// …and, where the tool recorded the URL it fetched: `url` (the capture
  /// URL when the page has no canonical link), `source` (its site is read
  /// from the capture URL's host) and `provenance` (which says so).
  static let captureFields: Set<String> = ["file", "capture", "url", "source", "provenance"]

  /// Checks `got` against the plain page's article; `capturedURL` is the
  /// URL the tool recorded (nil when it records none).
  static func expectSame(
    _ got: ParsedArticle, as plain: ParsedArticle, capturedURL: String?, format: String, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // The capture names the tool's container and the URL it recorded.
    let capture = got.fields["capture"] as? [String: Any] ?? [:]
    #expect(capture["format"] as? String == format, "\(what): \(capture)", sourceLocation: sourceLocation)
    #expect(capture["url"] as? String == capturedURL, "\(what): \(capture)", sourceLocation: sourceLocation)
    guard let capturedURL else {
      #expect(
        got.json(dropping: nameFields) == plain.json(dropping: nameFields), "\(what)", sourceLocation: sourceLocation)
      return
    }
    #expect(
      got.json(dropping: captureFields) == plain.json(dropping: captureFields), "\(what)",
      sourceLocation: sourceLocation)
    if let canonical = plain.url {
      // The page's own canonical link wins over the address it was fetched from.
      #expect(got.url == canonical, "\(what)", sourceLocation: sourceLocation)
      #expect(
        got.source["name"] as? String == plain.source["name"] as? String, "\(what)", sourceLocation: sourceLocation)
    } else {
      #expect(got.url == capturedURL, "\(what)", sourceLocation: sourceLocation)
      #expect(got.provenance["url"] == "input", "\(what)", sourceLocation: sourceLocation)
      #expect(got.source["url"] as? String == "http://127.0.0.1/", "\(what)", sourceLocation: sourceLocation)
    }
    // Every other field keeps the provenance it had.
    let others = { (provenance: [String: String]) in provenance.filter { $0.key != "url" && $0.key != "source" } }
    #expect(others(got.provenance) == others(plain.provenance), "\(what)", sourceLocation: sourceLocation)
  }

  @Test(
    "curl -i, curl -i -L over a redirect and gzip -9 yield the plain page's article",
    .enabled(if: RealInputs.runnable, RealInputs.whyNot))
  func curlAndGzip() throws {
    let made = try RealInputs.get()
    for slug in RealInputs.slugs {
      let plain = try Self.reference(made, slug)
      #expect(plain.fields["headline"] as? String != nil && (plain.fields["body"] as? String ?? "").count > 100)
      for name in ["curl-\(slug).txt", "curl-redirect-\(slug).txt", "gzip-\(slug).html.gz"] {
        let articles = try ParsedArticle.all(made.file(name))
        #expect(articles.count == 1, "\(name)")
        // None of these records the URL: the article is the plain page's to the byte.
        let format = name.hasPrefix("gzip") ? "gzip" : "http"
        for article in articles { Self.expectSame(article, as: plain, capturedURL: nil, format: format, name) }
      }
    }
  }

  @Test(
    "WARC files of wget and warcio yield each fetched page, with the URL they recorded",
    .enabled(if: RealInputs.runnable, RealInputs.whyNot),
    arguments: ["wget.warc.gz", "warcio.warc.gz"])
  func warc(file: String) throws {
    let made = try RealInputs.get()
    let articles = try ParsedArticle.all(made.file(file))
    // Per page: the page, the page again behind a 301 (the 301 itself is no
    // page) and the page sent with Content-Encoding: gzip; request, warcinfo
    // and wget's log records are not pages either.
    #expect(articles.count == 3 * RealInputs.slugs.count, "\(articles.map { $0.fields["file"] ?? "" })")
    for (index, slug) in RealInputs.slugs.enumerated() {
      let plain = try Self.reference(made, slug)
      let url = try #require(made.urls[slug])
      let captured = [url, url, url.replacingOccurrences(of: "/news/", with: "/gz/")]
      for (offset, capturedURL) in captured.enumerated() {
        let position = 3 * index + offset
        guard position < articles.count else { continue }
        Self.expectSame(
          articles[position], as: plain, capturedURL: capturedURL, format: "warc", "\(file) record of \(capturedURL)")
      }
    }
  }

  @Test(
    "warcio `resource` records (a page stored without an HTTP response) are read as pages",
    .enabled(if: RealInputs.runnable, RealInputs.whyNot))
  func warcResource() throws {
    let made = try RealInputs.get()
    let articles = try ParsedArticle.all(made.file("warcio-resource.warc"))
    #expect(articles.count == RealInputs.slugs.count)
    for (slug, article) in zip(RealInputs.slugs, articles) {
      Self.expectSame(
        article, as: try Self.reference(made, slug), capturedURL: made.urls[slug], format: "warc",
        "resource record of \(slug)")
    }
  }

  @Test(
    "MHTML saved by headless Chromium yields the plain page's article and its URL",
    .enabled(if: RealInputs.runnable, RealInputs.whyNot))
  func chromiumMHTML() throws {
    let made = try RealInputs.get()
    for slug in RealInputs.slugs {
      let articles = try ParsedArticle.all(made.file("chromium-\(slug).mhtml"))
      #expect(articles.count == 1)
      // Chromium saves the DOM it built, not the bytes it was sent: the article must not change.
      for article in articles {
        Self.expectSame(
          article, as: try Self.reference(made, slug), capturedURL: made.urls[slug], format: "mhtml",
          "chromium MHTML of \(slug)")
      }
    }
  }

  @Test(
    "the capture URL and date each tool recorded are stored with the page",
    .enabled(if: RealInputs.runnable, RealInputs.whyNot),
    arguments: [
      "wget.warc.gz", "warcio.warc.gz", "warcio-resource.warc", "chromium-\(RealInputs.uncanonical).mhtml",
    ])
  func captureDate(file: String) throws {
    let made = try RealInputs.get()
    let workspace = Workspace()
    let imported = try CLI.run(["import", made.file(file), "--db", workspace.db])
    #expect(imported.status == 0, "\(imported.stderr)")
    let archive = try Archive(path: workspace.db, mode: .readOnly)
    let urls = try archive.column("SELECT url FROM page ORDER BY id")
    let dates = try archive.column("SELECT saved_at FROM page ORDER BY id")
    #expect(!dates.isEmpty)
    let served = Set(made.urls.values.flatMap { [$0, $0.replacingOccurrences(of: "/news/", with: "/gz/")] })
    for url in urls { #expect(url.map(served.contains) == true, "\(file): page URL \(url ?? "nil")") }
    // Dates carry whole seconds: widen the window by one on each side.
    let window = made.started.addingTimeInterval(-1)...made.finished.addingTimeInterval(1)
    for date in dates {
      let parsed = date.flatMap(Self.iso8601)
      #expect(parsed.map(window.contains) == true, "\(file): saved_at \(date ?? "nil") outside \(window)")
    }
  }

  static func iso8601(_ text: String) -> Date? {
    let plain = ISO8601DateFormatter()
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions.insert(.withFractionalSeconds)
    return plain.date(from: text) ?? fractional.date(from: text)
  }
}
