import NewsgrabExtraction

/// A page to score: its truth and what a system produced (an empty
/// `Article` when the prediction is missing or errored).
package struct ScoredPage: Sendable {
  package var truth: TruthRecord
  package var article: Article

  package init(truth: TruthRecord, article: Article) {
    self.truth = truth
    self.article = article
  }
}

/// Each field's metric, exactly as defined in the corpora README. Every
/// function scores only the pages whose truth has the field, and returns
/// nil when none has it.
package enum FieldMetrics {
  package static func score(_ field: Field, _ pages: [ScoredPage]) -> FieldScore? {
    switch field {
    case .body: body(pages)
    case .snippets: snippets(pages)
    case .headline: exact(.headline, pages, truth: \.headline, got: { $0.headline }, normalize: Normalizer.text)
    case .siteName: exact(.siteName, pages, truth: \.siteName, got: { $0.source.name }, normalize: Normalizer.text)
    case .description:
      exact(.description, pages, truth: \.description, got: { $0.description }, normalize: Normalizer.text)
    case .language:
      exact(.language, pages, truth: \.language, got: { $0.language }, normalize: Normalizer.primaryLanguage)
    case .leadImage: exact(.leadImage, pages, truth: \.leadImage, got: { $0.leadImage?.url }, normalize: Normalizer.url)
    case .published: published(pages)
    case .authors: authors(pages)
    case .images: images(pages)
    case .captions: captions(pages)
    case .related: related(pages)
    }
  }

  // MARK: Body

  /// The article-extraction-benchmark metric; accuracy is the share of pages
  /// whose token list matches exactly.
  static func body(_ pages: [ScoredPage]) -> FieldScore? {
    var counts: [ShingleMatch.Counts] = []
    var exact = 0
    var pageScores: [PageScore] = []
    for page in pages {
      guard let truth = page.truth.body else { continue }
      let truthTokens = WordTokenizer.tokens(truth)
      let gotTokens = WordTokenizer.tokens(page.article.body)
      let pageCounts = ShingleMatch.compare(truthTokens: truthTokens, predictionTokens: gotTokens)
      counts.append(pageCounts)
      if truthTokens == gotTokens { exact += 1 }
      pageScores.append(
        PageScore(
          id: page.truth.id, score: pageCounts.f1, expected: truth, got: page.article.body,
          detail: "precision \(Self.ratio(pageCounts.truePositives, pageCounts.falsePositives)), "
            + "recall \(Self.ratio(pageCounts.truePositives, pageCounts.falseNegatives))"))
    }
    guard !counts.isEmpty else { return nil }
    let (precision, recall, f1) = ShingleMatch.aggregate(counts)
    return FieldScore(
      field: .body, pages: counts.count, score: f1, precision: precision, recall: recall,
      accuracy: Double(exact) / Double(counts.count), pageScores: pageScores)
  }

  /// `hits / (hits + misses)` with two decimals, "—" when undefined.
  static func ratio(_ hits: Double, _ misses: Double) -> String {
    guard hits + misses > 0 else { return "—" }
    let hundredths = Int((hits / (hits + misses) * 100).rounded())
    return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
  }

  // MARK: Snippets

  /// trafilatura's evaluation: whitespace-collapsed, case-sensitive substring
  /// tests; micro precision, recall, F1 (the score) and accuracy.
  static func snippets(_ pages: [ScoredPage]) -> FieldScore? {
    var tp = 0
    var fn = 0
    var fp = 0
    var tn = 0
    var scored = 0
    var pageScores: [PageScore] = []
    for page in pages {
      let must = page.truth.bodyMustContain ?? []
      let mustNot = page.truth.bodyMustNotContain ?? []
      guard page.truth.bodyMustContain != nil || page.truth.bodyMustNotContain != nil else { continue }
      scored += 1
      let body = Normalizer.collapseWhitespace(page.article.body)
      var right = 0
      var missed: [String] = []
      for snippet in must {
        if body.contains(Normalizer.collapseWhitespace(snippet)) {
          tp += 1
          right += 1
        } else {
          fn += 1
          missed.append("missing: " + snippet)
        }
      }
      for snippet in mustNot {
        if body.contains(Normalizer.collapseWhitespace(snippet)) {
          fp += 1
          missed.append("unwanted: " + snippet)
        } else {
          tn += 1
          right += 1
        }
      }
      let total = must.count + mustNot.count
      pageScores.append(
        PageScore(
          id: page.truth.id, score: total > 0 ? Double(right) / Double(total) : 1,
          expected: "\(must.count) must / \(mustNot.count) must not", got: missed.joined(separator: " | ")))
    }
    guard scored > 0 else { return nil }
    let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
    let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
    let total = tp + fp + fn + tn
    return FieldScore(
      field: .snippets, pages: scored, score: Average.f1(precision, recall), precision: precision, recall: recall,
      accuracy: total > 0 ? Double(tp + tn) / Double(total) : 0, pageScores: pageScores)
  }

  // MARK: Single values

  /// Accuracy of normalised exact match; a missing value never matches.
  static func exact(
    _ field: Field, _ pages: [ScoredPage], truth: KeyPath<TruthRecord, String?>, got: (Article) -> String?,
    normalize: (String) -> String
  ) -> FieldScore? {
    var scored = 0
    var right = 0
    var pageScores: [PageScore] = []
    for page in pages {
      guard let expected = page.truth[keyPath: truth] else { continue }
      scored += 1
      let value = got(page.article)
      let match = value.map { normalize($0) == normalize(expected) } ?? false
      if match { right += 1 }
      pageScores.append(PageScore(id: page.truth.id, score: match ? 1 : 0, expected: expected, got: value ?? ""))
    }
    guard scored > 0 else { return nil }
    return FieldScore(field: field, pages: scored, score: Double(right) / Double(scored), pageScores: pageScores)
  }

  /// The first ten characters of `publishedAt`, as written, equal the truth day.
  static func published(_ pages: [ScoredPage]) -> FieldScore? {
    exact(.published, pages, truth: \.published, got: { $0.publishedAt }, normalize: { String($0.prefix(10)) })
  }

  // MARK: Sets

  /// Per-page set precision, recall and F1 of normalised names, macro-averaged
  /// over pages (F1 is the score); accuracy is the share of exact sets. An
  /// empty prediction scores 0 on a page that has authors.
  static func authors(_ pages: [ScoredPage]) -> FieldScore? {
    var precisions: [Double] = []
    var recalls: [Double] = []
    var f1s: [Double] = []
    var exact = 0
    var pageScores: [PageScore] = []
    for page in pages {
      guard let truth = page.truth.authors else { continue }
      let expected = Set(truth.map(Normalizer.author).filter { !$0.isEmpty })
      let got = Set(page.article.authors.map(Normalizer.author).filter { !$0.isEmpty })
      let (precision, recall, f1) = setScores(expected: expected, got: got)
      precisions.append(precision)
      recalls.append(recall)
      f1s.append(f1)
      if expected == got { exact += 1 }
      pageScores.append(
        PageScore(
          id: page.truth.id, score: f1, expected: truth.joined(separator: "; "),
          got: page.article.authors.joined(separator: "; ")))
    }
    guard !f1s.isEmpty else { return nil }
    return FieldScore(
      field: .authors, pages: f1s.count, score: Average.mean(f1s), precision: Average.mean(precisions),
      recall: Average.mean(recalls), accuracy: Double(exact) / Double(f1s.count), pageScores: pageScores)
  }

  /// One page's set precision, recall and F1; both empty counts as right.
  package static func setScores(expected: Set<String>, got: Set<String>) -> (
    precision: Double, recall: Double, f1: Double
  ) {
    if expected.isEmpty && got.isEmpty { return (1, 1, 1) }
    let common = Double(expected.intersection(got).count)
    let precision = got.isEmpty ? 0 : common / Double(got.count)
    let recall = expected.isEmpty ? 1 : common / Double(expected.count)
    return (precision, recall, Average.f1(precision, recall))
  }

  /// Macro recall of image URLs found in `images[]` or `leadImage` (the
  /// score), and macro precision of `images[]` over pages that predicted
  /// images (nil when none did).
  static func images(_ pages: [ScoredPage]) -> FieldScore? {
    var precisions: [Double] = []
    var recalls: [Double] = []
    var pageScores: [PageScore] = []
    for page in pages {
      guard let truth = page.truth.images else { continue }
      let expected = Set(truth.map(Normalizer.url))
      let inArticle = Set(page.article.images.map { Normalizer.url($0.url) })
      var anywhere = inArticle
      if let lead = page.article.leadImage { anywhere.insert(Normalizer.url(lead.url)) }
      let recall = expected.isEmpty ? 1 : Double(expected.intersection(anywhere).count) / Double(expected.count)
      recalls.append(recall)
      if !inArticle.isEmpty {
        precisions.append(Double(inArticle.intersection(expected).count) / Double(inArticle.count))
      }
      let got = ([page.article.leadImage].compactMap { $0 } + page.article.images).map(\.url)
      pageScores.append(
        PageScore(
          id: page.truth.id, score: recall, expected: truth.joined(separator: " "), got: got.joined(separator: " ")))
    }
    guard !recalls.isEmpty else { return nil }
    return FieldScore(
      field: .images, pages: recalls.count, score: Average.mean(recalls), precision: Average.meanIfAny(precisions),
      recall: Average.mean(recalls), pageScores: pageScores)
  }

  /// Macro precision and recall of related-article URLs; the score is the F1
  /// of the two averages (precision over pages that predicted links, nil
  /// when none did).
  static func related(_ pages: [ScoredPage]) -> FieldScore? {
    var precisions: [Double] = []
    var recalls: [Double] = []
    var pageScores: [PageScore] = []
    for page in pages {
      guard let truth = page.truth.related else { continue }
      let expected = Set(truth.map { Normalizer.url($0.url) })
      let got = Set(page.article.related.compactMap(\.url).map(Normalizer.url))
      let common = Double(expected.intersection(got).count)
      let recall = expected.isEmpty ? 1 : common / Double(expected.count)
      recalls.append(recall)
      if !got.isEmpty { precisions.append(common / Double(got.count)) }
      pageScores.append(
        PageScore(
          id: page.truth.id, score: setScores(expected: expected, got: got).f1,
          expected: truth.map(\.url).joined(separator: " "),
          got: page.article.related.compactMap(\.url).joined(separator: " ")))
    }
    guard !recalls.isEmpty else { return nil }
    let precision = Average.meanIfAny(precisions)
    let recall = Average.mean(recalls)
    return FieldScore(
      field: .related, pages: recalls.count, score: Average.f1(precision, recall), precision: precision,
      recall: recall, pageScores: pageScores)
  }

  // MARK: Captions

  /// Macro recall of caption texts: a truth caption is found when a
  /// predicted caption or credit equals it, contains it, or is contained in
  /// it with at least two words (all normalised).
  static func captions(_ pages: [ScoredPage]) -> FieldScore? {
    var recalls: [Double] = []
    var pageScores: [PageScore] = []
    for page in pages {
      guard let truth = page.truth.captions else { continue }
      let expected = truth.map(Normalizer.caption).filter { !$0.isEmpty }
      let images = [page.article.leadImage].compactMap { $0 } + page.article.images
      let raw = images.flatMap { [$0.caption, $0.credit].compactMap { $0 } }
      let predicted = raw.map(Normalizer.caption).filter { !$0.isEmpty }
      let found = expected.filter { captionFound($0, in: predicted) }.count
      let recall = expected.isEmpty ? 1 : Double(found) / Double(expected.count)
      recalls.append(recall)
      pageScores.append(
        PageScore(
          id: page.truth.id, score: recall, expected: truth.joined(separator: " | "),
          got: raw.joined(separator: " | ")))
    }
    guard !recalls.isEmpty else { return nil }
    let recall = Average.mean(recalls)
    return FieldScore(field: .captions, pages: recalls.count, score: recall, recall: recall, pageScores: pageScores)
  }

  /// The captions rule for one normalised truth caption.
  package static func captionFound(_ caption: String, in predicted: [String]) -> Bool {
    predicted.contains { candidate in
      candidate == caption || candidate.contains(caption)
        || (caption.contains(candidate) && candidate.split(separator: " ").count >= 2)
    }
  }
}
