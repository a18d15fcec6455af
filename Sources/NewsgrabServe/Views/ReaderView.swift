import NewsgrabArchive
import NewsgrabExtraction

/// What the reader page shows of one article version.
struct ReaderView {
  struct Figure {
    var alt: String?
    var caption: String?
    var credit: String?
    /// The image where it was published (http(s) only); the reader never loads it.
    var link: String?
    var host: String?
    var size: String?
    var lead: Bool
  }

  struct Teaser {
    var headline: String
    var summary: String?
    /// `/articles/N` when the archive holds the teaser's URL.
    var archivedLink: String?
    /// Otherwise the URL where it was published (http(s) only).
    var outLink: String?
    var host: String?
  }

  struct FieldSource {
    var field: String
    var source: String
  }

  struct Version {
    var number: String
    var link: String
    var importedAt: String
    var headline: String
    var words: String
    var current: Bool
  }

  struct Copy {
    var link: String
    var headline: String
    var source: String
    var date: String?
    var similarity: String
  }

  struct Option {
    var value: String
    var selected: Bool
  }

  struct DiffPart {
    var text: String
    var added: Bool
    var removed: Bool
    var paragraphEnd: Bool
  }

  struct Diff {
    var from: String
    var to: String
    var parts: [DiffPart]
    var identical: Bool
    var added: String
    var removed: String
  }

  var id: String
  var title: String
  var headline: String
  var description: String?
  var byline: String?
  var published: String?
  var publishedISO: String?
  var modified: String?
  var section: String?
  var language: String?
  var sourceName: String?
  var sourceLink: String?
  var articleLink: String?
  var articleHost: String?
  var words: String
  var saved: String?
  var capturedFrom: String
  var lead: Figure?
  var figures: [Figure]
  var paragraphs: [String]
  var tags: [String]
  var related: [Teaser]
  var provenance: [FieldSource]
  var versionLine: String?
  var versions: [Version]
  var hasHistory: Bool
  var fromOptions: [Option]
  var toOptions: [Option]
  var diff: Diff?
  var copies: [Copy]
  var originalLink: String
  var version: String
}

extension ReaderView {
  static func figure(_ image: ArticleImage, lead: Bool) -> Figure {
    let link = SafeLink.http(image.url)
    let size = image.width.flatMap { width in image.height.map { "\(width) × \($0)" } }
    return Figure(
      alt: nonEmpty(image.alt), caption: nonEmpty(image.caption), credit: nonEmpty(image.credit), link: link,
      host: Display.host(link), size: size, lead: lead)
  }

  static func diff(from: Int, to: Int, _ segments: [WordDiff.Segment]) -> Diff {
    var parts: [DiffPart] = []
    var added = 0
    var removed = 0
    for segment in segments {
      let paragraphs = segment.text.components(separatedBy: WordDiff.paragraphBreak)
      for (index, paragraph) in paragraphs.enumerated() {
        let words = paragraph.split(whereSeparator: { $0.isWhitespace }).count
        if segment.kind == .added { added += words }
        if segment.kind == .removed { removed += words }
        parts.append(
          DiffPart(
            text: paragraph + " ", added: segment.kind == .added,
            removed: segment.kind == .removed, paragraphEnd: index < paragraphs.count - 1))
      }
    }
    return Diff(
      from: String(from), to: String(to), parts: parts, identical: added == 0 && removed == 0,
      added: Display.plural(added, "word", "words") + " added",
      removed: Display.plural(removed, "word", "words") + " removed")
  }

  static func nonEmpty(_ text: String?) -> String? {
    guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
    return text
  }
}
