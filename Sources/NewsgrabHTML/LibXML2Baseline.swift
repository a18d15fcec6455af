import CLibXML2

/// libxml2's own speed floors, for the benchmark: what parsing costs before
/// newsgrab does anything. Not used by extraction.
package enum LibXML2Baseline {
  /// Tokenises UTF-8 HTML with SAX callbacks that do nothing; returns the
  /// number of start tags seen (so the work cannot be optimised away).
  package static func tokenize(utf8 bytes: [UInt8]) -> Int {
    HTMLParser.prepareThread()
    var handler = htmlSAXHandler()
    handler.startElement = { context, _, _ in
      guard let context else { return }
      context.assumingMemoryBound(to: Int.self).pointee += 1
    }
    handler.endElement = { _, _ in }
    handler.characters = { _, _, _ in }
    handler.ignorableWhitespace = { _, _, _ in }
    handler.cdataBlock = { _, _, _ in }
    var count = 0
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress, buffer.count > 0,
        let context = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count))
      else { return }
      defer { htmlFreeParserCtxt(context) }
      _ = htmlCtxtUseOptions(context, HTMLParser.options)
      _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
      context.pointee.sax.pointee = handler
      withUnsafeMutablePointer(to: &count) { pointer in
        context.pointee.userData = UnsafeMutableRawPointer(pointer)
        _ = htmlParseDocument(context)
        context.pointee.userData = nil
      }
    }
    return count
  }

  /// `htmlReadMemory` + `xmlFreeDoc`: libxml2 building (and freeing) its own tree.
  package static func buildTree(utf8 bytes: [UInt8]) -> Bool {
    HTMLParser.prepareThread()
    return bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress, buffer.count > 0,
        let document = htmlReadMemory(
          base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", HTMLParser.options)
      else { return false }
      xmlFreeDoc(document)
      return true
    }
  }
}
