import ArgumentParser
import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import NewsgrabOutput

extension Newsgrab {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write archived articles out as NDJSON, CSV or Markdown.",
      discussion: """
        NDJSON lines are Article objects exactly as `parse --format ndjson` prints
        them; a story with other copies in the archive also carries `copies`
        (how many), unless --all-copies. With --output, NDJSON and CSV go to articles.ndjson / articles.csv in
        that folder and Markdown to one file per article, named <id>-<headline>.md.
        Examples:
          newsgrab export > archive.ndjson
          newsgrab export --format csv --since 2024 > 2024.csv
          newsgrab export --format markdown --source example --output notes/
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case ndjson
      case csv
      case markdown
    }

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    @Flag(help: "Every copy of a story (by default each copy group is shown once: its newest article).")
    var allCopies = false

    @Option(help: "Output format: ndjson, csv or markdown.")
    var format: Format = .ndjson

    @Option(help: "Order: newest or oldest.")
    var sort: ArticleFilter.Order = .newest

    @Option(help: "Export at most this many articles.")
    var limit: Int?

    @Option(help: ArgumentHelp("Write files into this folder instead of standard output.", valueName: "dir"))
    var output: String?

    func run() throws {
      let store = try archive.open(.readOnly)
      var filter = filters.filter(order: sort, limit: limit, offset: 0)
      filter.collapseCopies = !allCopies
      var sink = try ExportSink(format: format, folder: output)
      try archive.reporting {
        try store.forEachArticle(matching: filter) { stored in try sink.write(stored) }
      }
      try sink.finish()
    }
  }
}

/// Where exported articles go: standard output, one file, or a file each.
struct ExportSink {
  /// Columns of a CSV export.
  static let csvHeader = [
    "id", "url", "headline", "description", "authors", "published_at", "modified_at", "language", "source", "section",
    "tags", "word_count", "body", "capture_url", "saved_at", "capture_format", "copies",
  ]
  /// The longest headline part of a Markdown file name.
  static let slugLength = 60

  let format: Newsgrab.Export.Format
  let folder: URL?
  private var handle: FileHandle?
  private var count = 0

  init(format: Newsgrab.Export.Format, folder: String?) throws {
    self.format = format
    self.folder = folder.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
    if let folderURL = self.folder {
      do {
        try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
      } catch {
        Diagnostics.line("newsgrab: \(Diagnostics.printable(folderURL.path)): cannot create the folder")
        throw ExitCode.failure
      }
      if format != .markdown {
        let file = folderURL.appendingPathComponent(format == .csv ? "articles.csv" : "articles.ndjson")
        handle = try Self.create(file)
      }
    } else {
      handle = FileHandle.standardOutput
    }
    if format == .csv { emit(CSVWriter.row(Self.csvHeader)) }
  }

  mutating func write(_ stored: StoredArticle) throws {
    let article = stored.article
    switch format {
    case .ndjson:
      // `copies` only on a story that has other copies: every other line is
      // exactly what `parse` prints.
      let copies = stored.copies.flatMap { $0 > 0 ? $0 : nil }
      emit(JSONRendering.line(article, file: stored.pageName, copies: copies) + "\n")
    case .csv:
      emit(
        CSVWriter.row([
          String(stored.id), article.url, article.headline, article.description,
          article.authors.joined(separator: "; "),
          article.publishedAt, article.modifiedAt, article.language, article.source.name, article.section,
          article.tags.joined(separator: ", "), String(article.wordCount), article.body, article.capture.url,
          article.capture.savedAt, article.capture.format, stored.copies.map(String.init),
        ]))
    case .markdown:
      let text = ArticleRenderer(format: .markdown).render(article)
      if let folder {
        let file = folder.appendingPathComponent(Self.fileName(id: stored.id, headline: article.headline))
        // The name is built from [a-z0-9-] only; this guards the invariant.
        guard file.deletingLastPathComponent().standardizedFileURL.path == folder.path else {
          throw ExitCode.failure
        }
        let handle = try Self.create(file)
        handle.write(Data(text.utf8))
        try? handle.close()
      } else {
        if count > 0 { emit("\n---\n\n") }
        emit(text)
      }
    }
    count += 1
  }

  func finish() throws {
    if folder != nil { try? handle?.close() }
  }

  private func emit(_ text: String) {
    handle?.write(Data(text.utf8))
  }

  /// `<id>-<headline words>.md`: ASCII letters and digits joined by `-`, so
  /// no headline can name another folder, a hidden file or a device.
  static func fileName(id: Int64, headline: String?) -> String {
    let folded = (headline ?? "").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var slug = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty, !slug.hasSuffix("-") {
        slug += "-"
      }
      if slug.count >= slugLength { break }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "\(id).md" : "\(id)-\(slug).md"
  }

  private static func create(_ file: URL) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: file.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: file.path)
    else {
      Diagnostics.line("newsgrab: \(Diagnostics.printable(file.path)): cannot write the file")
      throw ExitCode.failure
    }
    return handle
  }
}
