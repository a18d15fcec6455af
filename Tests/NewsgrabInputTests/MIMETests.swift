import Foundation
import Testing

@testable import NewsgrabInput

@Suite struct MIMETests {
  let boundary = "----MultipartBoundary--xyz----"

  func mhtml(boundaryParameter: Bool = true, htmlCharset: String = "utf-8", html: [UInt8]) -> [UInt8] {
    let header = """
      From: <Saved by Blink>\r
      Snapshot-Content-Location: https://news.example/story\r
      Date: Sat, 14 Mar 2026 10:15:00 +0100\r
      MIME-Version: 1.0\r
      Content-Type: multipart/related;\r
      \ttype="text/html"\(boundaryParameter ? ";\r\n\tboundary=\"\(boundary)\"" : "")\r
      \r
      --\(boundary)\r
      Content-Type: text/html; charset=\(htmlCharset)\r
      Content-Transfer-Encoding: quoted-printable\r
      Content-Location: https://news.example/story\r
      \r

      """
    let image = """
      \r
      --\(boundary)\r
      Content-Type: image/png\r
      Content-Transfer-Encoding: base64\r
      Content-Location: https://cdn.news.example/a.png\r
      Content-ID: <img-1@mhtml>\r
      \r
      iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE\r
      QVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r
      --\(boundary)--\r

      """
    return Array(header.utf8) + html + Array(image.utf8)
  }

  @Test func quotedPrintableHTMLAndBase64Image() throws {
    // "café — naïve" in quoted-printable UTF-8, with a soft line break.
    let qp = Array(
      "<html><body><p>caf=C3=A9 =E2=80=94 na=\r\n=C3=AFve</p><img src=3D\"https://cdn.news.example/a.png\"></body></html>"
        .utf8)
    let results = InputReader().results(mhtml(html: qp), name: "story.mhtml")
    let page = try #require(results.first?.page)
    #expect(String(decoding: page.bytes, as: UTF8.self).contains("café — naïve"))
    #expect(String(decoding: page.bytes, as: UTF8.self).contains("src=\"https://cdn.news.example/a.png\""))
    #expect(page.url == "https://news.example/story")
    #expect(page.charsetHint == "utf-8")
    #expect(page.savedAt == "2026-03-14T10:15:00+01:00")
    #expect(page.resources["https://cdn.news.example/a.png"] == EmbeddedResource(mediaType: "image/png", byteCount: 70))
    #expect(page.resources["cid:img-1@mhtml"]?.mediaType == "image/png")
  }

  @Test func perPartCharsetIsPassedOn() throws {
    let latin1 = Array("<html><body><p>caf=E9</p></body></html>".utf8)
    let page = try #require(
      InputReader().results(mhtml(htmlCharset: "windows-1252", html: latin1), name: "x.mht").first?.page)
    #expect(page.bytes == Array("<html><body><p>caf".utf8) + [0xE9] + Array("</p></body></html>".utf8))
    #expect(page.charsetHint == "windows-1252")
  }

  @Test func missingBoundaryIsOneClearError() {
    let results = InputReader().results(mhtml(boundaryParameter: false, html: Array("<p>x</p>".utf8)), name: "x.mhtml")
    #expect(results.count == 1)
    #expect(results.first?.error?.description == "MHTML file has no multipart boundary")
  }

  @Test func detectedByContentNotName() {
    let results = InputReader().results(mhtml(html: Array("<p>x</p>".utf8)), name: "saved-page.dat")
    #expect(results.first?.page?.url == "https://news.example/story")
  }

  @Test func quotedPrintableDecoding() {
    #expect(QuotedPrintable.decode(Array("a=3Db=\r\nc=\nd =XY".utf8)) == Array("a=bcd =XY".utf8))
  }

  @Test func base64Decoding() {
    #expect(Base64.decode(Array("aGVs\r\nbG8=".utf8)) == Array("hello".utf8))
    #expect(Base64.decode(Array("aGVsbG8".utf8)) == Array("hello".utf8))
    #expect(Base64.decode(Array("a*b".utf8)) == nil)
    #expect(Base64.decodedCount(Array("aGVsbG8=".utf8)) == 5)
  }

  @Test func headerFolding() {
    let (headers, body) = HeaderFields.parse(
      Array("A: one\r\n\ttwo\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n\r\nbody".utf8), from: 0)
    #expect(headers["a"] == "one two")
    #expect(HeaderFields.parameter("charset", in: headers["content-type"]) == "UTF-8")
    #expect(HeaderFields.mediaType(headers["CONTENT-TYPE"]) == "text/html")
    #expect(body == 58)
  }

  @Test func saveDates() {
    #expect(SaveDate.iso8601("Sat, 14 Mar 2026 10:15:00 +0100") == "2026-03-14T10:15:00+01:00")
    #expect(
      SaveDate.iso8601("Sat Mar 14 2026 10:15:00 GMT-0500 (Eastern Standard Time)") == "2026-03-14T10:15:00-05:00")
    #expect(SaveDate.iso8601("2026-03-14T09:00:00Z") == "2026-03-14T09:00:00Z")
    #expect(SaveDate.iso8601("yesterday") == nil)
  }
}
