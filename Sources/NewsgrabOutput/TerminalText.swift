/// Text that is safe to print: no control characters or escape sequences
/// from a page can reach the terminal (`\e]52;…`, `\e[2J`, …).
package enum TerminalText {
  package static func safe(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x0A, 0x09: output.append(scalar)
      case 0x1B:
        // Drop the escape and the sequence it introduces (CSI or OSC).
        guard let next = scalars.next() else { break }
        if next == "[" {
          while let c = scalars.next(), !(0x40...0x7E).contains(c.value) {}
        } else if next == "]" {
          while let c = scalars.next(), c.value != 0x07, c.value != 0x1B {}
        }
      case 0x00..<0x20, 0x7F..<0xA0: continue
      case 0x202A...0x202E, 0x2066...0x2069: continue  // bidi overrides that reorder a line
      default: output.append(scalar)
      }
    }
    return String(output)
  }
}
