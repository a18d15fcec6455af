import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import NewsgrabServe

/// The reader page of `fixtures/pages/hostile-markup`, a page full of
/// script, handlers and `javascript:` links: its text shows, nothing runs.
@Suite struct HostilePageTests {
  @Test func readerShowsTheTextAndRunsNothing() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      for uri in ["/articles/\(fixture.hostile)", "/?q=harbour", "/articles/\(fixture.hostile)/original", "/stats"] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .ok, "\(uri)")
          let html = response.text
          let tags = MarkupScan.tags(html)
          #expect(!tags.isEmpty)
          for tag in tags {
            #expect(
              !["script", "object", "embed", "base", "meta http-equiv"].contains(tag.name), "\(uri): <\(tag.name)>")
            for (name, value) in tag.attributes {
              #expect(!name.hasPrefix("on"), "\(uri): <\(tag.name) \(name)=…> is live")
              #expect(name != "style", "\(uri): inline style on <\(tag.name)>")
              if ["href", "src", "action", "formaction", "xlink:href"].contains(name) {
                #expect(MarkupScan.isSafeTarget(value), "\(uri): <\(tag.name) \(name)=\"\(value)\">")
              }
            }
          }
        }
      }
      try await client.execute(uri: "/articles/\(fixture.hostile)", method: .get) { response in
        let html = response.text
        // The headline's text, shown as text.
        #expect(html.contains("Harbour board &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; approves"))
        // The body, the caption and the teasers are there.
        #expect(html.contains("second ferry pier at the north quay"))
        #expect(html.contains("<figcaption>"))
        #expect(html.contains("drawing of the new pier"))
        #expect(html.contains("Ferry fares &lt;script&gt;alert(5)&lt;/script&gt; rise"))
        #expect(html.contains("<span class=\"credit\">&lt;script&gt;alert(11)&lt;/script&gt;</span>"))
        #expect(html.contains("<a class=\"source\"") == false)
        #expect(html.contains("Night crossing trial"))
        // No network target but the archive's own pages and plain http(s) links out.
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text"))
      }
    }
  }
}

/// A small scanner of the reading room's own markup. Every `<` in a page is
/// the template's (page text has its `<` escaped), so each tag found here is
/// real markup; attribute values are read quoted, as a browser reads them.
enum MarkupScan {
  struct Tag {
    var name: String
    var attributes: [(String, String)]
  }

  static func tags(_ html: String) -> [Tag] {
    var tags: [Tag] = []
    let characters = Array(html.unicodeScalars)
    var index = 0
    while index < characters.count {
      guard characters[index] == "<" else {
        index += 1
        continue
      }
      index += 1
      guard index < characters.count, characters[index] != "/", characters[index] != "!" else { continue }
      var name = ""
      while index < characters.count, !" \n\t/>".unicodeScalars.contains(characters[index]) {
        name.unicodeScalars.append(characters[index])
        index += 1
      }
      var attributes: [(String, String)] = []
      while index < characters.count, characters[index] != ">" {
        if " \n\t/".unicodeScalars.contains(characters[index]) {
          index += 1
          continue
        }
        var attribute = ""
        while index < characters.count, !" \n\t=/>".unicodeScalars.contains(characters[index]) {
          attribute.unicodeScalars.append(characters[index])
          index += 1
        }
        var value = ""
        if index < characters.count, characters[index] == "=" {
          index += 1
          if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
            let quote = characters[index]
            index += 1
            while index < characters.count, characters[index] != quote {
              value.unicodeScalars.append(characters[index])
              index += 1
            }
            index += 1
          } else {
            while index < characters.count, !" \n\t>".unicodeScalars.contains(characters[index]) {
              value.unicodeScalars.append(characters[index])
              index += 1
            }
          }
        }
        attributes.append((attribute.lowercased(), value))
      }
      tags.append(Tag(name: name.lowercased(), attributes: attributes))
    }
    return tags
  }

  /// A link to this site (`/…`, `#…`) or out to http(s); never a script or data URL.
  static func isSafeTarget(_ value: String) -> Bool {
    let decoded = value.replacingOccurrences(of: "&amp;", with: "&")
    if decoded.hasPrefix("/"), !decoded.hasPrefix("//") { return true }
    if decoded.hasPrefix("#") { return true }
    return decoded.hasPrefix("https://") || decoded.hasPrefix("http://")
  }
}
