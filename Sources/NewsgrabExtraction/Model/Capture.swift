/// Where and when one copy of a page was saved, as opposed to what the
/// article is (its canonical `url`): a WARC record's target URI and date,
/// an MHTML snapshot's location and `Date:`, a browser's "saved from url"
/// mark, a SingleFile header, an HTTP dump's `Date:`.
package struct Capture: Codable, Hashable, Sendable {
  /// The URL this copy was saved from, when the file says.
  package var url: String?
  /// When it was saved (ISO 8601 as found, offset kept), when the file says.
  package var savedAt: String?
  /// What it was read from: `html`, `gzip`, `warc`, `mhtml`, `save-page-as`,
  /// `singlefile`, `http`, `text`, `stdin` — or `unknown` for versions an
  /// archive stored before captures were recorded.
  package var format: String

  /// The format of versions stored before captures were recorded.
  package static let unknownFormat = "unknown"

  package init(url: String? = nil, savedAt: String? = nil, format: String = "html") {
    self.url = url
    self.savedAt = savedAt
    self.format = format
  }

  private enum CodingKeys: String, CodingKey { case url, savedAt, format }

  package init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    url = try c.decodeIfPresent(String.self, forKey: .url)
    savedAt = try c.decodeIfPresent(String.self, forKey: .savedAt)
    format = try c.decodeIfPresent(String.self, forKey: .format) ?? Self.unknownFormat
  }

  /// Every key, `null` for what the file does not say.
  package func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(url, forKey: .url)
    try c.encode(savedAt, forKey: .savedAt)
    try c.encode(format, forKey: .format)
  }
}
