import Foundation
import NewsgrabInput
import Testing

@testable import NewsgrabExtraction

/// The metadata each `fixtures/pages/meta-*` page was written to exercise
/// (its first-line comment says what), checked field by field with the
/// provenance users debug with.
@Suite("Metadata on fixture pages")
struct MetadataFixtureTests {
  static let pages = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("fixtures/pages")

  static func article(_ slug: String) throws -> Article {
    let url = pages.appendingPathComponent(slug).appendingPathComponent("source.html")
    let bytes = [UInt8](try Data(contentsOf: url))
    return try ArticleExtractor().extract(InputPage(name: url.path, bytes: bytes))
  }

  @Test func printedHeadlineBeatsTitleWithSiteName() throws {
    let article = try Self.article("meta-title-site-suffix")
    #expect(article.headline == "Harbour Ferries Return to the ‘Old’ Timetable")
    #expect(article.provenance["headline"] == "dom:h1")
    #expect(article.source.name == "The Coastal Ledger")
    #expect(article.publishedAt == "2021-04-09T07:15:00+01:00")
  }

  @Test func multiAuthorBylineLinksWithoutTeaserAuthors() throws {
    let article = try Self.article("meta-byline-links")
    #expect(article.authors == ["Dora Vance", "Emeka Stroud"])
    #expect(article.provenance["authors"] == "dom:byline")
    #expect(article.publishedAt == "2022-03-14T09:30:00-05:00")
  }

  @Test func valueAttributeMetaTags() throws {
    let article = try Self.article("meta-value-attribute")
    #expect(article.leadImage?.url == "https://img.alpine-post.example/2019/11/sleeper-carriage.jpg")
    #expect(article.publishedAt == "2019-11-23T18:05:00+01:00")
    #expect(article.authors == ["Ilse Brandauer"])
    #expect(article.language == "en-GB")
    #expect(article.section == "Travel")
  }

  @Test func humanDateInAuthorLine() throws {
    let article = try Self.article("meta-human-date")
    #expect(article.publishedAt == "2021-03-03T19:12:00-05:00")
    #expect(article.provenance["publishedAt"] == "dom:byline")
    #expect(article.authors == ["Tobias Quill"])
  }

  @Test func languageDetectedWhenUndeclared() throws {
    let article = try Self.article("meta-language-detect")
    #expect(article.language == "de")
    #expect(article.provenance["language"] == "detected")
  }

  @Test func malformedJSONLDGraph() throws {
    let article = try Self.article("meta-jsonld-graph-malformed")
    #expect(article.authors == ["Wren Calloway"])
    #expect(article.source.name == "Plains Herald")
    #expect(article.publishedAt == "2023-02-02T06:00:00+11:00")
    #expect(article.modifiedAt == "2023-02-02T09:12:00+11:00")
    #expect(article.isAccessibleForFree == false)
    #expect(article.section == "Regional")
    #expect(article.tags == ["drought", "farming", "water"])
    #expect(article.leadImage?.url == "https://plainsherald.example/img/dam-spillway.jpg")
    #expect(article.leadImage?.width == 1600)
  }

  @Test func personalBlogKeepsItsAuthor() throws {
    let article = try Self.article("meta-personal-blog")
    #expect(article.authors == ["Priya Anand"])
  }

  @Test func layoutClassesAreNotSidebarsOrFooters() throws {
    let article = try Self.article("meta-sidebar-layout")
    #expect(article.authors == ["Aldo Ferreira"])
    #expect(article.publishedAt == "2018-12-14T10:42:00-05:00")
  }

  @Test func cjkHeadlineInH2() throws {
    let article = try Self.article("meta-cjk-h2-headline")
    #expect(article.headline == "山あいの町に小さな図書館が開館")
    #expect(article.language == "ja")
    #expect(article.publishedAt == "2017-03-01T09:30:00")
  }

  @Test func siteNameWithoutSlogan() throws {
    #expect(try Self.article("meta-site-tagline").source.name == "Zprávičky.cz")
  }

  @Test func datelineWithoutClass() throws {
    let article = try Self.article("meta-dateline-no-class")
    #expect(article.publishedAt == "2016-12-16T16:19:00")
    #expect(article.authors == ["RUTH ALCOTT"])
  }

  @Test func infoDateAndAuthorLink() throws {
    let article = try Self.article("meta-info-date-amp-url")
    #expect(article.publishedAt == "2016-12-14")
    #expect(article.authors == ["Nell Barros"])
  }

  @Test func headlineChildMatchingMetadata() throws {
    let article = try Self.article("meta-h1-with-extra-child")
    #expect(article.headline == "El puerto amplía el horario de los ferris en verano")
  }

  @Test func todayInHeaderIsNotThePublicationDate() throws {
    let article = try Self.article("meta-today-in-header")
    #expect(article.publishedAt == "2019-05-01")
    #expect(article.authors == ["Agnes Threlfall"])
  }

  @Test func leadPictureWithoutMetadata() throws {
    let article = try Self.article("meta-lead-picture-no-metadata")
    #expect(article.leadImage?.url == "https://photos.shoreline.example/7731/dune-planting-day_large.jpg")
    #expect(article.provenance["leadImage"] == "dom:img")
  }

  /// No declared picture, and a site whose name holds a tracker's word:
  /// the measurement pixel is passed over, the "//:0" placeholder's real
  /// address read, the site's own pictures kept.
  @Test func leadPictureAmongTrackersWithoutMetadata() throws {
    let article = try Self.article("image-lead-without-metadata-trackers")
    let ferry = "https://media.eveningbeacon.example/uploads/2024/04/ferry-at-the-quay.jpg"
    #expect(article.leadImage?.url == ferry)
    #expect(
      article.images.map(\.url) == [
        ferry, "https://www.eveningbeacon.example/uploads/2024/04/captain-on-the-bridge.jpg",
      ])
  }

  /// The first picture after the headline, when the story's own blocks hold
  /// none: a pixel and an icon are passed over, a lazy picture read.
  @Test func firstPictureAfterTheHeadlineSkipsTrackers() throws {
    let paragraphs = (1...4).map {
      "<p>The island ferry made crossing number \($0) of the year on Saturday, after a winter in dry dock for repairs.</p>"
    }.joined()
    let html = """
      <html><head><title>Ferry returns</title></head><body>
      <div class="top"><h1>Ferry returns</h1>
      <img src="https://pixel.stats.example/p?id=3"><img src="/static/arrow-icon.svg">
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.example/ferry-hero.jpg"></div>
      <div class="text">\(paragraphs)</div></body></html>
      """
    let article = try ArticleExtractor().extract(InputPage(name: "ferry.html", bytes: Array(html.utf8)))
    #expect(article.leadImage?.url == "https://cdn.example/ferry-hero.jpg")
    #expect(article.provenance["leadImage"] == "dom:img")
  }

  @Test func doubleEscapedMetadataIsDecoded() throws {
    let article = try Self.article("meta-double-escaped")
    #expect(article.authors == ["Niamh O’Dowd"])
    #expect(article.description == "Volunteers fix lamps, kettles & radios for free every second Saturday.")
  }

  @Test func articleHeadingBeatsASectionTitle() throws {
    let article = try Self.article("meta-title-only-article-h1")
    #expect(article.headline == "Bakery reopens")
    #expect(article.provenance["headline"] == "dom:h1")
  }

  @Test func germanVonUndByline() throws {
    let article = try Self.article("german")
    #expect(article.authors == ["Anna Schmidt", "Jonas Weber"])
    #expect(article.provenance["authors"] == "dom:byline")
  }

  @Test func japaneseRoleWordAndFullWidthText() throws {
    let article = try Self.article("japanese")
    #expect(article.authors == ["山田花子"])
    // White space is folded deliberately (U+3000 becomes one space); every
    // other character of CJK text, full-width punctuation included, stays.
    #expect(article.headline == "北海道で記録的な大雪 交通に大きな乱れ")
    #expect(article.body.contains("北海道では5日、発達した低気圧の影響で記録的な大雪となり、"))
  }

  @Test func jobTitleInWireBylineIsNotAnAuthor() throws {
    let article = try Self.article("multi-author-byline")
    #expect(article.authors == ["Sofia Marin", "Pieter de Vries", "Amara Okoye"])
    #expect(article.provenance["authors"] == "dom:byline")
  }

  @Test func descriptionFromGraphWebPage() throws {
    let article = try Self.article("jsonld-graph")
    #expect(
      article.description
        == "Three cyclists spent a summer logging 600 kilometres of lanes, and the city now uses their map.")
    #expect(article.provenance["description"] == "json-ld")
  }
}
