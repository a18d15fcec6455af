import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsgrabArchive
import NewsgrabOutput
import Testing

@testable import NewsgrabServe

/// Every route, status and header, over a temporary archive (no socket).
@Suite struct RouteTests {
  static let pagePolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

  /// The headers every response carries.
  static func expectSafetyHeaders(_ response: TestResponse, policy: String = pagePolicy) {
    #expect(response.header("Content-Security-Policy") == policy)
    #expect(response.header("X-Content-Type-Options") == "nosniff")
    #expect(response.header("Referrer-Policy") == "no-referrer")
  }

  @Test func searchPageListsTheNewestWithCopiesCollapsed() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        Self.expectSafetyHeaders(response)
        let html = response.text
        #expect(html.contains("Council sets the budget"))
        // One of the two copies is shown, with a link to the others.
        #expect(html.contains("+1 copy"))
        #expect(html.contains("Climbers rescued near the pass") != html.contains("Rescue on the pass"))
        #expect(html.contains("<h2>Sources</h2>"))
      }
    }
  }

  @Test func searchPageHighlightsMatchesAndFacets() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/?q=budget&source=Example+Times", method: .get) { response in
        #expect(response.status == .ok)
        let html = response.text
        #expect(html.contains("<mark>budget</mark>"))
        #expect(html.contains("value=\"budget\""))
        #expect(html.contains("value=\"Example Times\""))
        #expect(html.contains("1–1 of 1"))
        #expect(html.contains(#"<a href="/articles/\#(fixture.revised)">Council sets the budget</a>"#))
        #expect(html.contains(#"aria-current="true">Example Times</a>"#))
      }
    }
  }

  @Test func searchPagePagesThroughResults() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/?limit=2", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("1–2 of 4"))
        #expect(response.text.contains(#"rel="next" href="/?offset=2""#))
      }
      try await client.execute(uri: "/?offset=2&limit=2", method: .get) { response in
        #expect(response.text.contains("3–4 of 4"))
        #expect(response.text.contains(#"rel="prev" href="/""#))
      }
    }
  }

  @Test func malformedQueryIsTheCLIsLineWithStatus400() async throws {
    let fixture = try ServeFixture()
    let expected: String
    do {
      _ = try SearchQuery("\"unclosed")
      expected = ""
    } catch {
      expected = "newsgrab: search: \(error.description)"
    }
    try await fixture.test { client in
      try await client.execute(uri: "/?q=%22unclosed", method: .get) { response in
        #expect(response.status == .badRequest)
        Self.expectSafetyHeaders(response)
        #expect(!expected.isEmpty)
        #expect(response.text.contains(Self.escaped(expected)))
      }
      try await client.execute(uri: "/?q=x&since=yesterday", method: .get) { response in
        #expect(response.status == .badRequest)
        #expect(response.text.contains("expects YYYY, YYYY-MM or YYYY-MM-DD"))
      }
      try await client.execute(uri: "/?q=x&sort=random", method: .get) { response in
        #expect(response.status == .badRequest)
      }
      try await client.execute(uri: "/api/search?q=%22unclosed", method: .get) { response in
        #expect(response.status == .badRequest)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.text.contains("\"status\" : 400"))
      }
    }
  }

  @Test func overlongQueryIsRefused() async throws {
    let fixture = try ServeFixture()
    let long = String(repeating: "a", count: SearchRequest.maximumQueryLength + 1)
    try await fixture.test { client in
      try await client.execute(uri: "/?q=\(long)", method: .get) { response in
        #expect(response.status == .badRequest)
      }
      let huge = String(repeating: "b", count: RequestLimits<BasicRequestContext>.maximumTargetLength)
      try await client.execute(uri: "/?q=\(huge)", method: .get) { response in
        #expect(response.status == .uriTooLong)
        Self.expectSafetyHeaders(response)
      }
    }
  }

  @Test func readerShowsTheArticleVersionsAndDiff() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/articles/\(fixture.revised)", method: .get) { response in
        #expect(response.status == .ok)
        Self.expectSafetyHeaders(response)
        let html = response.text
        #expect(html.contains("<h1>Council sets the budget</h1>"))
        #expect(html.contains("<p>It agreed a budget of five million.</p>"))
        #expect(html.contains("Version 2"))
        #expect(html.contains(#"<a href="/articles/\#(fixture.revised)?version=1">Version 1</a>"#))
        #expect(html.contains("Where each field came from"))
        #expect(html.contains(#"href="https://example.org/story/budget""#))
      }
      try await client.execute(uri: "/articles/\(fixture.revised)?from=1&to=2", method: .get) { response in
        let html = response.text
        // "Monday." became "Monday evening.": words are compared with their punctuation.
        #expect(html.contains("<span>The council met on </span><del>Monday. </del><ins>Monday evening. </ins>"))
        #expect(html.contains("<del>four </del><ins>five </ins><span>million. </span>"))
        #expect(html.contains("3 words added"))
        #expect(html.contains("2 words removed"))
      }
      try await client.execute(uri: "/articles/\(fixture.revised)?version=1", method: .get) { response in
        #expect(response.text.contains("four million"))
        #expect(response.text.contains("not the latest"))
      }
    }
  }

  @Test func readerLinksCopiesAndArchivedTeasers() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/articles/\(fixture.copy)", method: .get) { response in
        #expect(response.text.contains(#"<a href="/articles/\#(fixture.copied)">Rescue on the pass</a>"#))
      }
      try await client.execute(uri: "/articles/\(fixture.hostile)", method: .get) { response in
        // The teaser whose URL the archive holds links to the archived copy.
        #expect(response.text.contains(#"<a href="/articles/\#(fixture.teaserTarget)">"#))
      }
    }
  }

  @Test func unknownIdsVersionsAndPathsAre404Pages() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      for uri in [
        "/articles/999999", "/articles/abc", "/articles/-1", "/articles/\(fixture.revised)?version=9",
        "/articles/999999/original", "/nowhere", "/static/../Package.swift", "/static/%2e%2e/reader.css",
        "/static/..%2Freader.css", "/articles/1/..", "/api/articles/999999", "/api/articles/999999/versions",
        "/static/reader.css/..", "/%2e%2e/%2e%2e/etc/passwd",
      ] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .notFound, "\(uri)")
          Self.expectSafetyHeaders(response)
          if uri.hasPrefix("/api/") {
            #expect(response.text.contains("\"status\" : 404"), "\(uri)")
          } else {
            #expect(response.text.contains("<h1>Not found</h1>"), "\(uri)")
          }
        }
      }
    }
  }

  @Test func onlyReadsAndRefusesBodies() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
        try await client.execute(uri: "/", method: method) { response in
          #expect(response.status == .methodNotAllowed)
          Self.expectSafetyHeaders(response)
        }
      }
      try await client.execute(uri: "/articles/\(fixture.revised)", method: .head) { response in
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        #expect(response.body.readableBytes == 0)
        Self.expectSafetyHeaders(response)
      }
      try await client.execute(
        uri: "/", method: .get, headers: [.contentLength: "5"], body: ByteBuffer(string: "hello")
      ) { response in
        #expect(response.status == .contentTooLarge)
      }
    }
  }

  @Test func originalIsFramedAndSandboxed() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/articles/\(fixture.hostile)/original", method: .get) { response in
        #expect(response.status == .ok)
        Self.expectSafetyHeaders(response)
        #expect(
          response.text.contains(
            #"<iframe class="stored-page" src="/articles/\#(fixture.hostile)/original/page?version=1" sandbox="""#))
      }
      try await client.execute(uri: "/articles/\(fixture.hostile)/original/page", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.header("Content-Type")?.hasPrefix("text/html") == true)
        Self.expectSafetyHeaders(response, policy: SecurityHeaders<BasicRequestContext>.storedPagePolicy)
        #expect(response.header("Content-Security-Policy")?.hasPrefix("sandbox;") == true)
        #expect(response.header("X-Frame-Options") == "SAMEORIGIN")
        // The bytes as stored.
        #expect(response.text.contains("<script>alert(\"inline body script\")</script>"))
      }
    }
  }

  @Test func statsPageDrawsTheChart() async throws {
    let fixture = try ServeFixture()
    try await fixture.test { client in
      try await client.execute(uri: "/stats", method: .get) { response in
        #expect(response.status == .ok)
        Self.expectSafetyHeaders(response)
        let html = response.text
        #expect(html.contains("<svg viewBox=\"0 0 720 240\""))
        #expect(html.contains("<title>2024-05: 2 articles</title>"))
        #expect(html.contains(#"<a href="/?source=Example+Times">Example Times</a>"#))
      }
      try await client.execute(uri: "/static/reader.css", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "text/css; charset=utf-8")
        #expect(response.text.contains("prefers-color-scheme: dark"))
      }
    }
  }

  @Test func apiReturnsWhatTheCLIPrints() async throws {
    let fixture = try ServeFixture()
    let query = try SearchQuery("budget")
    var filter = ArticleFilter(limit: 20)
    filter.collapseCopies = true
    let page = try fixture.archive.search(query, filter: filter)
    let article = try fixture.archive.article(id: fixture.revised)
    let versions = try fixture.archive.versions(of: fixture.revised)
    let stats = try fixture.archive.stats()
    try await fixture.test { client in
      try await client.execute(uri: "/api/search?q=budget", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        Self.expectSafetyHeaders(response)
        #expect(response.text == ResultJSON.summaries(page.items))
        #expect(response.text.contains("**budget**"))
      }
      try await client.execute(uri: "/api/articles/\(fixture.revised)", method: .get) { response in
        #expect(response.text == ResultJSON.article(article.article))
      }
      try await client.execute(uri: "/api/articles/\(fixture.revised)/versions", method: .get) { response in
        #expect(response.text == JSONRendering.pretty(versions) + "\n")
      }
      try await client.execute(uri: "/api/stats", method: .get) { response in
        #expect(response.text == ResultJSON.stats(stats))
      }
      try await client.execute(uri: "/api/search?q=budget&limit=1000", method: .get) { response in
        #expect(response.status == .badRequest)
      }
    }
  }

  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }
}
