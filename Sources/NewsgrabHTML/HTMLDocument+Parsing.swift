extension HTMLDocument {
  /// Parses page bytes in any encoding: decodes them to UTF-8 (see
  /// `PageDecoder`) and builds the tree.
  package static func parse(_ bytes: [UInt8], charsetHint: String? = nil) throws(HTMLError) -> (
    document: HTMLDocument, decoded: Charset, source: CharsetSource
  ) {
    var page = PageDecoder.decode(bytes, hint: charsetHint)
    TokenizerInput.prepare(&page.utf8)
    let document = try tree(utf8: page.utf8)
    return (document, page.charset, page.source)
  }

  /// Parses bytes that are already valid UTF-8.
  package static func parse(utf8 bytes: [UInt8]) throws(HTMLError) -> HTMLDocument {
    var bytes = bytes
    TokenizerInput.prepare(&bytes)
    return try tree(utf8: bytes)
  }

  /// Builds the tree from exactly these bytes, script and style text included.
  static func tree(utf8 bytes: [UInt8]) throws(HTMLError) -> HTMLDocument {
    var result: Result<HTMLDocument, HTMLError> = .failure(.parserUnavailable)
    bytes.withUnsafeBytes { buffer in
      do throws(HTMLError) {
        result = .success(try HTMLParser.parse(utf8: buffer))
      } catch {
        result = .failure(error)
      }
    }
    return try result.get()
  }
}
