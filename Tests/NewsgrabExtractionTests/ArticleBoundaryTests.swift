import NewsgrabHTML
import Testing

@testable import NewsgrabExtraction

/// Where the story's text starts and stops on modern templates: boxes
/// hidden by utility classes, layout grids with furniture names, the next
/// story loaded below, articles cut into template chunks, author boxes.
@Suite struct ArticleBoundaryTests {
  /// A sign-in prompt inside the text container, hidden by a framework's
  /// `hidden` class (its other class names the article content): readers
  /// never see it. A box shown again at desktop sizes (`lg:block`) is seen.
  @Test func boxesHiddenByUtilityClassesAreNotBodyText() throws {
    let article = try extract(
      """
      <html><head><title>Ferry fares rise - Harbour Post</title></head><body><main><article>
      <h1>Ferry fares rise</h1><div class="story-text">
      <p>\(prose("the ferry fares"))</p><p>\(prose("the harbour dues"))</p>
      <div class="article-content__sign-in hidden"><p>This story is for subscribers only. Create an account to keep
      reading, and get our morning newsletter, the puzzles and the print edition on any device.</p></div>
      <p>\(prose("the winter timetable"))</p></div></article></main></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("subscribers only"))
  }

  @Test(
    arguments: [
      ("hidden", true), ("promo hidden", true), ("d-none", true), ("Is-Hidden box", true), ("invisible", true),
      ("hidden lg:block", false), ("d-none d-md-block", false), ("hidden md:inline-flex", false),
      ("hidden-xs", false), ("field-label-hidden", false), ("xl:hidden", false), ("hide-for-small", false),
      ("sr-only", true), ("Visually-Hidden", true), ("screen-reader-text", true),
      ("expand-icon__a11y h-offscreen", true),
      ("sr-only-focusable-x", false),
    ])
  func utilityClassesThatHide(classes: String, hides: Bool) {
    #expect(Boilerplate.classHides(ArraySlice(Array(classes.utf8))) == hides)
  }

  /// Words kept for screen readers only are not on the page: the labels of
  /// a fact box's toggle and of a link that opens a new tab leave the body,
  /// the box's own text stays.
  @Test func screenReaderOnlyTextIsNotBodyText() throws {
    let article = try extract(
      """
      <html><head><title>Ferry fares rise - Harbour Post</title></head><body><main><article>
      <h1>Ferry fares rise</h1><div class="story-text">
      <p>\(prose("the ferry fares"))</p>
      <div class="expandable-box"><p>Who sets the fares?</p><div class="expand-icon"><span class="h-offscreen">Box aufklappen</span>
      <span class="sr-only">Box zuklappen</span></div>
      <p>The harbour board sets fares once a year, after hearing the island council and the ferry company.</p></div>
      <p>\(prose("the harbour dues")) <a href="https://board.example/fares">The fare table<span class="visually-hidden"> (opens in a new tab)</span></a></p>
      <p>\(prose("the winter timetable"))</p></div></article></main></body></html>
      """)
    #expect(!article.body.contains("aufklappen") && !article.body.contains("zuklappen"))
    #expect(!article.body.contains("opens in a new tab"))
    #expect(article.body.contains("The harbour board sets fares once a year"))
    #expect(article.body.contains("The fare table"))
  }

  /// The story's column sits in a layout grid whose name says "sidebar":
  /// the grid holds the text the page marks as its body, so it is layout,
  /// not furniture, and the cards below are not the story.
  @Test func layoutGridAroundTheMarkedBodyIsKept() throws {
    let card = { (n: Int) in
      """
      <div class="card"><h3><a href="/2025/10/other-\(n).html">Another story \(n)</a></h3>
      <p>A summary of that other story, with a comma, long enough to pass for a short paragraph of prose,
      and a second sentence about the same thing, which makes it as long as a paragraph of the story.</p></div>
      """
    }
    let article = try extract(
      """
      <html><head><title>Ferry strike ends - Harbour Post</title></head><body><main><article>
      <h1>Ferry strike ends</h1><div class="sidebar-grid"><div class="sidebar-grid__content article__content">
      <p>\(prose("the ferry strike"))</p><p>\(prose("the crews' pay"))</p><p>\(prose("the night sailings"))</p>
      <p>\(prose("the timetable"))</p><p>\(prose("the harbour dues"))</p><p>\(prose("the winter fares"))</p>
      </div><div class="sidebar-grid__sidebar"><p>Most popular</p></div></div></article>
      <section class="read-next-cards">\((1...3).map(card).joined())</section></main></body></html>
      """)
    #expect(article.paragraphs.count == 6)
    #expect(article.body.contains("the crews' pay"))
    #expect(!article.body.contains("Another story"))
  }

  /// Pages that load the next story below the first (each in its own
  /// `<article>`): the body is the story under the page's headline, even
  /// when the next one is longer.
  @Test func theNextStoryLoadedBelowIsNotBodyText() throws {
    let next = (1...6).map { "<p>\(prose("the stadium plan, part \($0)"))</p>" }.joined()
    let article = try extract(
      """
      <html><head><title>Ferry strike ends after nine days</title></head><body><main>
      <article class="story"><h1>Ferry strike ends after nine days</h1><div class="bodytext">
      <p>\(prose("the ferry strike"))</p><p>\(prose("the crews' pay"))</p><p>\(prose("the night sailings"))</p>
      </div></article>
      <div class="under-article"><article class="story"><h2>Stadium plan goes to a vote</h2>
      <div class="bodytext">\(next)</div></article></div></main></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(article.body.contains("the ferry strike"))
    #expect(!article.body.contains("stadium plan"))
  }

  /// A template that cuts the story into chunks, each in a grid row of
  /// its own beside an ad column: every chunk is read, in order. (Class
  /// names without content words: nothing but the repeated template ties
  /// the chunks together.)
  @Test func anArticleCutIntoTemplateChunksIsReadWhole() throws {
    let chunk = { (topics: [String]) in
      """
      <div class="row"><div class="col-left"><div class="chunk-inner">\(topics.map { "<p>\(prose($0))</p>" }.joined())
      </div></div><div class="col-right"><span>Anzeige</span></div></div>
      """
    }
    let article = try extract(
      """
      <html><head><title>Tunnel opens - Harbour Post</title></head><body><div class="site-wrap">
      <h1>Tunnel opens</h1><div class="chunks">
      \(chunk(["the tunnel", "the tolls", "the lorries", "the cyclists", "the buses", "the night closures"]))
      <div class="row"><div class="col-ad"><span>Anzeige</span></div></div>
      \(chunk(["the second bore", "the ventilation", "the emergency exits"]))
      \(chunk(["the opening party", "the first queue"]))
      </div></div></body></html>
      """)
    #expect(article.paragraphs.count == 11)
    #expect(article.paragraphs.first?.contains("the tunnel") == true)
    #expect(article.paragraphs.last?.contains("the first queue") == true)
  }

  /// An author box after the story (name, job, a line of biography) is
  /// about the writer, not the story.
  @Test func theAuthorBoxAfterTheStoryIsNotBodyText() throws {
    let article = try extract(
      """
      <html><head><title>Tunnel opens - Harbour Post</title></head><body><article><h1>Tunnel opens</h1>
      <div class="story-body"><p>\(prose("the tunnel"))</p><p>\(prose("the tolls"))</p><p>\(prose("the buses"))</p>
      <div class="author-profile"><h3>About the author</h3><p>Mara Lind has covered transport and the harbour
      for the Post since 2015, before that she reported on local councils for a radio station.</p></div>
      </div></article></body></html>
      """)
    #expect(article.paragraphs.count == 3)
    #expect(!article.body.contains("About the author"))
    #expect(!article.body.contains("Mara Lind has covered"))
  }

  /// Class names of teaser lists, share bars named for their networks and
  /// fact boxes: none of them is the story.
  @Test func listShareAndFactBoxNames() throws {
    let document = try HTMLDocument.parse(
      Array(
        #"<div class="list-articles"></div><div id="article-social"></div><div class="metro-factbox"></div>"#.utf8)
    ).document
    var vocabulary = Boilerplate(document: document)
    let divs = document.root.descendants(.div)
    #expect(vocabulary.hints(of: divs[0]).classWeight == 0, "the 'article' of a list of articles weighs nothing")
    #expect(vocabulary.hints(of: divs[1]).contains(.share))
    #expect(vocabulary.hints(of: divs[2]).contains(.negativeClass))
  }

  /// "【関連記事】", "[Related]": a related-list label set in brackets.
  @Test func bracketedRelatedLabels() {
    #expect(PageAnalysis.isRelatedLabel("【関連記事】"))
    #expect(PageAnalysis.isRelatedLabel(" [Related stories] "))
    #expect(!PageAnalysis.isRelatedLabel("【速報】"))
  }
}
