/// One page found in an input: its bytes and what the container knew about it.
package struct InputPage: Sendable {
  /// What the bytes are.
  package enum Format: String, Sendable, Codable {
    /// An HTML document, in any charset.
    case html
    /// A text snapshot in the seed layout (`.txt`/`.md`).
    case seedText
  }

  /// A name for messages and provenance: the file path, plus `#N` for the
  /// N-th page of a container.
  package var name: String
  package var bytes: [UInt8]
  package var format: Format
  /// A charset from the transport (HTTP `Content-Type`, MIME part), if any.
  package var charsetHint: String?
  /// The URL the page was saved from, when the container records it.
  package var url: String?
  /// When the page was saved (ISO 8601), when the container records it.
  package var savedAt: String?
  /// Resources stored inside the container (MHTML parts, Save-As folders),
  /// keyed by the URL the page uses for them.
  package var resources: [String: EmbeddedResource]
  /// What the page was read from (the capture's `format`).
  package var container: Container

  /// How a copy of a page was saved, as the article's `capture.format` names it.
  package enum Container: String, Sendable, Codable, CaseIterable {
    /// A plain HTML file.
    case html
    /// An HTML page inside a gzip file.
    case gzip
    /// A response or resource record of a WARC file (ISO 28500).
    case warc
    /// An MHTML file ("Webpage, single file").
    case mhtml
    /// A browser's "Save Page As" copy (its mark of the web, or its `_files` folder).
    case savePageAs = "save-page-as"
    /// A page saved by SingleFile.
    case singleFile = "singlefile"
    /// An HTTP response saved with its head (`curl -i`).
    case http
    /// A text snapshot in the seed layout.
    case text
    /// An HTML page read from standard input.
    case stdin
  }

  package init(
    name: String, bytes: [UInt8], format: Format = .html, charsetHint: String? = nil,
    url: String? = nil, savedAt: String? = nil, resources: [String: EmbeddedResource] = [:],
    container: Container? = nil
  ) {
    self.name = name
    self.bytes = bytes
    self.format = format
    self.charsetHint = charsetHint
    self.url = url
    self.savedAt = savedAt
    self.resources = resources
    self.container = container ?? (format == .seedText ? .text : .html)
  }
}

/// A resource (usually an image) stored alongside or inside a saved page.
package struct EmbeddedResource: Sendable, Hashable {
  package var mediaType: String
  package var byteCount: Int
  /// For "Save Page As" folders: the path of the local copy.
  package var localPath: String?

  package init(mediaType: String, byteCount: Int, localPath: String? = nil) {
    self.mediaType = mediaType
    self.byteCount = byteCount
    self.localPath = localPath
  }
}
