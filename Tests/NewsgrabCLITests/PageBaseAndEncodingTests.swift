import Foundation
import Testing

/// `<base href>` and UTF-16 pages, read end to end by `newsgrab parse`.
@Suite("parse: <base href> resolution and UTF-16 pages")
struct PageBaseAndEncodingTests {
  /// A page whose images and related links are relative, with a `<base>`
  /// pointing at another folder than the page's own (as CMSs that serve
  /// pages and assets from different paths do).
  static let basePage = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Lighthouse keepers return for the summer season</title>
    <base href="https://assets.shore-gazette.example/edition/2024/">
    </head><body>
    <nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>
    <article>
    <h1>Lighthouse keepers return for the summer season</h1>
    <figure><img src="photos/keepers-at-the-lamp.jpg" alt="Two keepers at the lamp" width="800" height="533">
    <figcaption>The keepers check the lamp before the first night shift.</figcaption></figure>
    <p>Two volunteer keepers moved back into the cottage at the foot of the lighthouse on Monday, the first to do so since the light was automated.</p>
    <p>They will show visitors the lens room every afternoon and log the weather each morning, as the keepers once did for the coastguard.</p>
    <p>The trust that owns the tower hopes the scheme will pay for a new roof before the winter gales arrive.</p>
    <aside class="related"><h2>Related stories</h2><ul>
    <li><a href="../2023/tower-repainted.html">The tower gets its first coat of paint in forty years</a></li>
    <li><a href="/coast/ferry-timetable.html">Summer ferry timetable announced for the islands</a></li>
    </ul></aside>
    </article>
    </body></html>
    """

  static func parse(_ workspace: Workspace, _ name: String, _ data: Data, _ extra: [String] = []) throws -> [String:
    Any]
  {
    let path = workspace.write(name, data)
    let result = try CLI.run(["parse", path, "--format", "json"] + extra)
    #expect(result.status == 0, "\(name): \(result.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
  }

  @Test("relative image and teaser URLs resolve against <base href>, before the page's own URL")
  func baseHref() throws {
    let workspace = Workspace()
    let base = "https://assets.shore-gazette.example/edition/2024/"
    for extra in [[], ["--url", "https://www.shore-gazette.example/coast/lighthouse-keepers"]] {
      let article = try Self.parse(workspace, "base.html", Data(Self.basePage.utf8), extra)
      let images = article["images"] as? [[String: Any]] ?? []
      #expect(images.map { $0["url"] as? String } == [base + "photos/keepers-at-the-lamp.jpg"], "\(extra)")
      #expect((article["leadImage"] as? [String: Any])?["url"] as? String == base + "photos/keepers-at-the-lamp.jpg")
      let related = (article["related"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
      #expect(
        related == [
          "https://assets.shore-gazette.example/edition/2023/tower-repainted.html",
          "https://assets.shore-gazette.example/coast/ferry-timetable.html",
        ], "\(extra)")
    }
  }

  /// The same article in UTF-8, then with a UTF-16 byte-order mark: the
  /// `<meta charset>` left from the UTF-8 original is a lie the BOM overrides.
  static let accentedPage = """
    <!DOCTYPE html>
    <html lang="de"><head><meta charset="utf-8">
    <title>Früher Frost überrascht die Obstbauern am Bodensee</title></head><body>
    <article><h1>Früher Frost überrascht die Obstbauern am Bodensee</h1>
    <p class="byline">Von Jörg Weiß</p>
    <p>In der Nacht zum Dienstag fielen die Temperaturen auf minus vier Grad – zwei Wochen früher als üblich.</p>
    <p>Die Äpfel am Hang hingen noch; viele Betriebe ließen die Frostschutzberegnung bis zum Morgengrauen laufen.</p>
    <p>„Ein Drittel der späten Sorten ist verloren“, schätzt der Verband, der nun auf Hilfe des Landes hofft.</p>
    </article></body></html>
    """

  static func utf16(_ text: String, bigEndian: Bool) -> Data {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    return Data(bytes)
  }

  @Test(
    "UTF-16 pages with a byte-order mark, little- and big-endian, read as their UTF-8 original",
    arguments: [false, true])
  func utf16Pages(bigEndian: Bool) throws {
    let workspace = Workspace()
    var reference = try Self.parse(workspace, "utf8.html", Data(Self.accentedPage.utf8))
    var article = try Self.parse(workspace, "utf16.html", Self.utf16(Self.accentedPage, bigEndian: bigEndian))
    #expect(article["headline"] as? String == "Früher Frost überrascht die Obstbauern am Bodensee")
    #expect((article["body"] as? String)?.contains("„Ein Drittel der späten Sorten ist verloren“") == true)
    #expect(article["language"] as? String == "de")
    // Only the file name differs.
    reference["file"] = nil
    article["file"] = nil
    #expect(NSDictionary(dictionary: article) == NSDictionary(dictionary: reference))
  }
}
