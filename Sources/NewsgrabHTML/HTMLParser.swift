import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// The only place that talks to libxml2: tokenises UTF-8 HTML with the
/// lenient HTML parser and feeds SAX events into an `HTMLTreeBuilder`.
///
/// No libxml2 tree is ever built; every C pointer stays inside `parse`.
enum HTMLParser {
  /// Recover from errors, never touch the network, never print, and ignore
  /// in-document charset declarations: the bytes handed over are UTF-8 already.
  static let options = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

  /// One `xmlInitParser()` and process-wide silent error handlers for new threads.
  private static let initialized: Bool = {
    xmlInitParser()
    newsgrab_xml_silence_errors()
    return true
  }()

  /// Initialises libxml2 once and silences errors on the calling thread
  /// (handlers are per thread; setting them is a cheap store).
  static func prepareThread() {
    _ = initialized
    newsgrab_xml_silence_errors()
  }

  /// Parses valid UTF-8 bytes into a document. A value that is a placeholder
  /// (`HiddenValues`) becomes the bytes of `hiddenValues` its range names.
  static func parse(
    utf8 bytes: UnsafeRawBufferPointer, hiddenValues: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0),
    ranges: [Range<Int>] = []
  ) throws(HTMLError) -> HTMLDocument {
    prepareThread()
    guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes.count) }
    // The builder lives in memory we own for exactly this call; the
    // callbacks reach it through the context pointer, which is cleared
    // before the memory goes.
    let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
    builder.initialize(to: HTMLTreeBuilder(expectedBytes: bytes.count))
    builder.pointee.hiddenValues = hiddenValues
    builder.pointee.hiddenRanges = ranges
    defer {
      builder.deinitialize(count: 1)
      builder.deallocate()
    }
    guard bytes.count > 0, let base = bytes.baseAddress else { return builder.pointee.build() }

    guard let context = makeContext(base, count: bytes.count)?.context else { throw .parserUnavailable }
    defer { htmlFreeParserCtxt(context) }
    // Replace the tree-building handlers with ours (the struct is owned by the context).
    context.pointee.sax.pointee = makeHandler()
    context.pointee.userData = UnsafeMutableRawPointer(builder)
    _ = htmlParseDocument(context)
    context.pointee.userData = nil
    return builder.pointee.build()
  }

  /// A parser context over `count` bytes at `base`, with `options` applied
  /// and the input declared UTF-8; the caller frees it. `unhandled` is what
  /// libxml2 returned: the options it does not act on itself.
  private static func makeContext(_ base: UnsafeRawPointer, count: Int) -> (
    context: htmlParserCtxtPtr, unhandled: Int32
  )? {
    guard let context = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(count)) else {
      return nil
    }
    let unhandled = htmlCtxtUseOptions(context, options)
    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
    return (context, unhandled)
  }

  /// The options a context made by `parse` was given: those libxml2 keeps in
  /// the context and those it hands back as not its own (2.9's HTML parser
  /// returns NONET, since it loads nothing itself; later versions keep it).
  /// For the test that network access stays off: no page can show a fetch
  /// either way, since libxml2's HTML parser loads no DTD.
  static func contextOptions() -> Int32 {
    let bytes: [UInt8] = Array("<p>x</p>".utf8)
    return bytes.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress, let made = makeContext(base, count: buffer.count) else { return 0 }
      defer { htmlFreeParserCtxt(made.context) }
      return made.context.pointee.options | made.unhandled
    }
  }

  private static func makeHandler() -> htmlSAXHandler {
    var handler = htmlSAXHandler()
    handler.startElement = { context, name, attributes in
      guard let context, let name else { return }
      let builder = context.assumingMemoryBound(to: HTMLTreeBuilder.self)
      let id = builder.pointee.intern(pointer: name)
      builder.pointee.startElement(name: id)
      guard var cursor = attributes else { return }
      while let attributeName = cursor.pointee {
        let attributeID = builder.pointee.intern(pointer: attributeName)
        if let value = cursor.advanced(by: 1).pointee {
          let length = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
          builder.pointee.addAttribute(name: attributeID, value: UnsafeBufferPointer(start: value, count: length))
        } else {
          builder.pointee.addAttribute(name: attributeID, value: UnsafeBufferPointer(start: nil, count: 0))
        }
        cursor = cursor.advanced(by: 2)
      }
    }
    handler.endElement = { context, name in
      guard let context, let name else { return }
      let builder = context.assumingMemoryBound(to: HTMLTreeBuilder.self)
      let id = builder.pointee.intern(pointer: name)
      builder.pointee.endElement(name: id)
    }
    let characters: charactersSAXFunc = { context, text, length in
      guard let context, let text, length > 0 else { return }
      context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.characters(text, count: Int(length))
    }
    handler.characters = characters
    handler.ignorableWhitespace = characters
    handler.cdataBlock = characters
    return handler
  }
}
