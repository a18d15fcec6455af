import Foundation
import NewsgrabInput

/// Writes the containers people save pages in, around page bytes, the way
/// the real tools do; tests use it to produce each input format in code.
enum SavedPageBuilder {
  /// The repository root (for `fixtures/`).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The invented article every format test wraps.
  static var article: [UInt8] {
    (try? [UInt8](Data(contentsOf: root.appendingPathComponent("fixtures/inputs/plain/article.html")))) ?? []
  }

  static let articleURL = "https://www.lakeside-courier.example/news/2026/03/harbour-ferry-returns"
  static let imageURL = "https://cdn.lakeside-courier.example/img/2026/ferry-dock.jpg"
  /// A small JPEG-looking blob: SOI, a JFIF segment, filler, EOI.
  /// (3 KB of filler: large enough to count as a picture, not a
  /// placeholder, when inlined as a `data:` URI.)
  static let jpeg: [UInt8] =
    [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8)
    + (0..<3_000).map { UInt8(truncatingIfNeeded: $0 &* 13) } + [0xFF, 0xD9]

  // MARK: MHTML

  static func quotedPrintable(_ bytes: [UInt8]) -> String {
    var output = ""
    var lineLength = 0
    for byte in bytes {
      let piece: String
      if byte == 0x0A {
        output += "\r\n"
        lineLength = 0
        continue
      } else if (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || byte == 0x20 {
        piece = String(UnicodeScalar(byte))
      } else {
        piece = "=" + String(format: "%02X", byte)
      }
      if lineLength + piece.count > 75 {
        output += "=\r\n"
        lineLength = 0
      }
      output += piece
      lineLength += piece.count
    }
    return output
  }

  static func mhtml(html: [UInt8], charset: String? = nil, boundary: String? = "----MultipartBoundary--abc123----")
    -> [UInt8]
  {
    let boundaryParameter = boundary.map { ";\r\n\tboundary=\"\($0)\"" } ?? ""
    let delimiter = "--" + (boundary ?? "----MultipartBoundary--abc123----")
    let charsetParameter = charset.map { "; charset=\($0)" } ?? ""
    let image = Data(jpeg).base64EncodedString(options: [
      .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
    ])
    let text = """
      From: <Saved by Blink>\r
      Snapshot-Content-Location: \(articleURL)\r
      Subject: Harbour ferry returns\r
      Date: Sat, 14 Mar 2026 10:15:00 +0100\r
      MIME-Version: 1.0\r
      Content-Type: multipart/related;\r
      \ttype="text/html"\(boundaryParameter)\r
      \r
      \r
      \(delimiter)\r
      Content-Type: text/html\(charsetParameter)\r
      Content-ID: <frame-0@mhtml.blink>\r
      Content-Transfer-Encoding: quoted-printable\r
      Content-Location: \(articleURL)\r
      \r
      \(quotedPrintable(html))\r
      \(delimiter)\r
      Content-Type: image/jpeg\r
      Content-Transfer-Encoding: base64\r
      Content-Location: \(imageURL)\r
      \r
      \(image)\r
      \(delimiter)--\r

      """
    return Array(text.utf8)
  }

  // MARK: SingleFile and Save Page As

  static func singleFile(html: [UInt8]) -> [UInt8] {
    var text = String(decoding: html, as: UTF8.self)
    let comment = """
      <!--
       Page saved with SingleFile 
       url: \(articleURL) 
       saved date: Sat Mar 14 2026 10:15:00 GMT+0100 (Central European Standard Time)
      -->
      """
    text = text.replacingOccurrences(of: "<html lang=\"en\">", with: "<html lang=\"en\">" + comment)
    let dataURI = "data:image/jpeg;base64," + Data(jpeg).base64EncodedString()
    text = text.replacingOccurrences(of: "<img src=\"\(imageURL)\"", with: "<img src=\"\(dataURI)\"")
    return Array(text.utf8)
  }

  /// Writes `<name>.html` and `<name>_files/ferry-dock.jpg` into `directory`;
  /// returns the page's path.
  static func savePageAs(html: [UInt8], in directory: URL, name: String = "Harbour ferry returns") throws -> String {
    var text = "<!-- saved from url=(\(String(format: "%04d", articleURL.utf8.count)))\(articleURL) -->\n"
    text += String(decoding: html, as: UTF8.self)
    text = text.replacingOccurrences(
      of: "<img src=\"\(imageURL)\"", with: "<img src=\"./\(name)_files/ferry-dock.jpg\"")
    let folder = directory.appendingPathComponent(name + "_files")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(jpeg).write(to: folder.appendingPathComponent("ferry-dock.jpg"))
    let page = directory.appendingPathComponent(name + ".html")
    try Data(text.utf8).write(to: page)
    return page.path
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgrab-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension InputReader {
  /// Every result of reading `bytes`, in order.
  func results(_ bytes: [UInt8], name: String = "test.html") -> [Result<InputPage, InputError>] {
    var results: [Result<InputPage, InputError>] = []
    readPages(bytes: bytes, name: name, url: nil) { results.append($0) }
    return results
  }

  func results(file: String) -> [Result<InputPage, InputError>] {
    var results: [Result<InputPage, InputError>] = []
    readPages(file: file) { results.append($0) }
    return results
  }
}

extension Result {
  var page: Success? { try? get() }
  var error: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
