extension HTMLDocument {
  /// Parses page bytes in any encoding: decodes them to UTF-8 (see
  /// `PageDecoder`) and builds the tree.
  package static func parse(_ bytes: [UInt8], charsetHint: String? = nil) throws(HTMLError) -> (
    document: HTMLDocument, decoded: Charset, source: CharsetSource
  ) {
    var page = PageDecoder.decode(bytes, hint: charsetHint)
    let hidden = TokenizerInput.prepareHidingValues(&page.utf8)
    let document = try tree(utf8: page.utf8, hidden: hidden)
    return (document.keeping(markup: hidden.source), page.charset, page.source)
  }

  /// Parses bytes that are already valid UTF-8.
  package static func parse(utf8 bytes: [UInt8]) throws(HTMLError) -> HTMLDocument {
    var prepared = bytes
    let hidden = TokenizerInput.prepareHidingValues(&prepared)
    return try tree(utf8: prepared, hidden: hidden).keeping(markup: bytes)
  }

  /// Builds the tree from exactly these bytes, script and style text
  /// included; placeholders of `hidden` are read as the values they stand for.
  static func tree(utf8 bytes: [UInt8], hidden: HiddenValues? = nil) throws(HTMLError) -> HTMLDocument {
    var result: Result<HTMLDocument, HTMLError> = .failure(.parserUnavailable)
    let source = hidden?.source ?? []
    let ranges = hidden?.ranges ?? []
    source.withUnsafeBufferPointer { values in
      bytes.withUnsafeBytes { buffer in
        do throws(HTMLError) {
          result = .success(try HTMLParser.parse(utf8: buffer, hiddenValues: values, ranges: ranges))
        } catch {
          result = .failure(error)
        }
      }
    }
    return try result.get()
  }
}
