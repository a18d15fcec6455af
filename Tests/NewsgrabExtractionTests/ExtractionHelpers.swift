import NewsgrabExtraction

/// Extracts an article from an HTML string written in the test.
func extract(_ html: String, url: String = "https://news.example/2024/05/story.html") throws -> Article {
  try ArticleExtractor().extract(bytes: Array(html.utf8), url: url)
}

/// A paragraph long enough to be read as article text.
func prose(_ topic: String) -> String {
  "The council said on Tuesday that \(topic) would be reviewed again next month, after residents, "
    + "shop owners and two local schools asked for more time to study the plans in detail."
}
