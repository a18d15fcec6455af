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

  package init(
    name: String, bytes: [UInt8], format: Format = .html, charsetHint: String? = nil,
    url: String? = nil, savedAt: String? = nil, resources: [String: EmbeddedResource] = [:]
  ) {
    self.name = name
    self.bytes = bytes
    self.format = format
    self.charsetHint = charsetHint
    self.url = url
    self.savedAt = savedAt
    self.resources = resources
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
