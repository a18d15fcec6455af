import Foundation

/// Turns raw byline text into people's names: drops "By", dates, job
/// titles, publisher names, "Staff" and links; splits "A, B and C".
struct AuthorCleaner {
  /// Names the publisher goes by (never an author).
  let publisherNames: [String]

  /// Names in `byline`, in order, without duplicates. Lines (`\n`) and
  /// separators (`|`, `·`, `•`) split the byline into chunks first.
  func names(in byline: String) -> [String] {
    var names: [String] = []
    var seen = Set<String>()
    for chunk in Self.chunks(byline) {
      for part in Self.parts(of: Self.stripPrefix(Self.cutAtDate(chunk))) {
        guard let name = clean(part, alongside: names) else { continue }
        if seen.insert(TitleSplitter.key(name)).inserted { names.append(name) }
      }
    }
    return names
  }

  /// One name from a structured field (JSON-LD, meta), without splitting on
  /// commas ("Smith, John" stays one person) but with the same filters.
  func name(_ raw: String) -> [String] {
    let stripped = Self.stripPrefix(raw.collapsingWhitespace())
    // A meta value listing several people ("A and B", "A, B") is still split.
    let parts = Self.parts(of: stripped)
    return parts.compactMap { clean($0, alongside: []) }
  }

  static func chunks(_ text: String) -> [String] {
    var chunks = [text]
    for separator in ["\n", "|", "·", "•", " — ", " – ", " - ", "／", "/"] {
      chunks = chunks.flatMap { $0.components(separatedBy: separator) }
    }
    return chunks.compactMap(\.nonEmpty)
  }

  /// The chunk before its first digit: "By Lucas Nolan22 Dec 2016" → "By Lucas Nolan".
  static func cutAtDate(_ chunk: String) -> String {
    guard let index = chunk.firstIndex(where: { $0.isNumber }) else { return chunk }
    var head = String(chunk[..<index]).collapsingWhitespace()
    // Words that led into the date: "on", "updated", "am", "le", month names.
    while let last = head.split(separator: " ").last,
      dateLeadWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters))
        || DateParser.monthNumber(String(last)) != nil
    {
      head = String(head.dropLast(last.count)).collapsingWhitespace()
    }
    return head.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—|"))
  }

  static let dateLeadWords: Set<String> = [
    "on", "at", "updated", "published", "posted", "am", "le", "el", "il", "de", "du", "op", "den", "der",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "last", "first", "modified", "date", "le", "publié", "publicado",
  ]

  /// Byline lead-ins in the languages the detector knows.
  static let prefixes = [
    "written by", "posted by", "reported by", "words by", "story by", "text by", "by", "from", "von",
    "par", "por", "di", "door", "av", "af", "от", "text:", "texto:", "autor:", "autorin:", "author:",
    "reporter:", "文：", "文/", "文・", "著者：", "記者：", "作者：", "作者:", "文 :", "written:",
  ]

  static func stripPrefix(_ text: String) -> String {
    var text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—|").union(.whitespaces))
    var changed = true
    while changed {
      changed = false
      let lower = text.lowercased()
      for prefix in prefixes where lower.hasPrefix(prefix) {
        let rest = text.dropFirst(prefix.count)
        // "By" must end at a word boundary ("Byron" is a name).
        if let next = rest.first, next.isLetter, prefix.last?.isLetter == true { continue }
        text = String(rest).trimmingCharacters(in: CharacterSet(charactersIn: " :,-–—").union(.whitespaces))
        changed = true
        break
      }
    }
    return text
  }

  /// "A, B and C" → ["A", "B", "C"].
  static func parts(of text: String) -> [String] {
    var parts = [text]
    for separator in [",", ";", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", "、", " with "] {
      parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts
  }

  /// The name in `part`, or nil when it is not a person (or desk).
  func clean(_ part: String, alongside earlier: [String]) -> String? {
    var name = part.collapsingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: " .,;:-–—|()[]\"'“”"))
    name = Self.stripPrefix(name)
    guard !name.isEmpty else { return nil }
    let lower = name.lowercased()
    if lower.contains("http") || lower.contains("www.") || lower.contains("/") || lower.contains(".com") { return nil }
    if lower.contains("@"), lower.contains(".") { return nil }  // an e-mail address
    if name.contains(where: \.isNumber) { return nil }
    let words = lower.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
    guard words.count <= Self.maximumNameWords, name.count <= Self.maximumNameLength else { return nil }
    if words.allSatisfy({ Self.titleWords.contains($0) || Self.connectors.contains($0) }) { return nil }
    if words.contains(where: Self.organisationWords.contains) { return nil }
    if isPublisher(name) { return nil }
    // "Jane Doe, TIME": one capitalised word after a full name is an affiliation.
    if words.count == 1, let previous = earlier.last, previous.split(separator: " ").count >= 2,
      name == name.uppercased(), name.count > 1
    {
      return nil
    }
    return name
  }

  func isPublisher(_ name: String) -> Bool {
    let key = TitleSplitter.key(name)
    guard !key.isEmpty else { return true }
    for publisher in publisherNames {
      let publisherKey = TitleSplitter.key(publisher)
      if publisherKey == key { return true }
      // A copyright line ("© 2022 Example Media Inc.") contains the publisher's name.
      if publisherKey.count > key.count, key.count >= TitleSplitter.minimumSiteKeyLength, publisherKey.contains(key) {
        return true
      }
    }
    return false
  }

  /// More words than this is a sentence, not a name (the longest real
  /// byline names in the corpora have five, e.g. "Michelina C. de la Maza").
  static let maximumNameWords = 6
  static let maximumNameLength = 60

  /// Words of job titles: a part made only of these is not a name.
  static let titleWords: Set<String> = [
    "staff", "writer", "writers", "senior", "reporter", "reporters", "correspondent", "editor", "editors",
    "contributor", "contributors", "contributing", "columnist", "associate", "assistant", "managing", "chief",
    "executive", "producer", "photographer", "photos", "photo", "video", "digital", "deputy", "special",
    "national", "international", "investigative", "freelance", "guest", "author", "authors", "journalist",
    "analyst", "director", "head", "desk", "business", "political", "politics", "science", "sports", "tech",
    "technology", "health", "news", "world", "opinion", "culture", "features", "feature", "editorial",
    "board", "correspondents", "graphics", "illustration", "illustrations", "more", "by", "posted", "updated",
    "share", "follow", "email", "twitter", "facebook", "about", "bio", "view", "all", "articles", "posts",
    "read", "comments", "comment", "admin", "administrator", "anonymous", "unknown", "guest", "user",
  ]
  static let connectors: Set<String> = ["of", "the", "to", "for", "at", "and", "in", "de", "du", "der", "la"]
  /// Words that mark an organisation rather than a person.
  static let organisationWords: Set<String> = [
    "inc", "ltd", "llc", "corp", "corporation", "gmbh", "news", "press", "media", "agency", "newsroom",
    "associated", "reuters", "afp", "dpa", "wire", "wires", "publishing", "publications", "magazine",
    "newspaper", "network", "company", "co", "ag", "sa", "plc",
  ]
}
