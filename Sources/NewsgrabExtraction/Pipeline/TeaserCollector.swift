import NewsgrabHTML

/// Phase 6: related-story teasers ("Related", "More on this", rails).
struct TeaserCollector {
  let page: Page
  let content: Content

  func collect() -> [Teaser] {
    []
  }
}
