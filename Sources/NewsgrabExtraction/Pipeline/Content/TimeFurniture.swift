import Foundation

/// Lines that tell the reader about time but are no part of the story:
/// a reading time ("3 Min Lesezeit", "Temps de lecture : 4 min"), a
/// relative time left by a teaser or a feed ("14 hours ago", "vor 2
/// Stunden"), a clip's length ("Duration 1:30"), or a line of such parts
/// and dates ("Posted Feb 11, 2024 • Updated 3 hours ago • 6 min read").
/// Story text never consists of them alone, wherever it stands.
enum TimeFurniture {
  /// The longest line looked at (bytes): a dateline with two dates and a reading time.
  static let maximumBytes = 160

  /// Units of minutes, in the languages of the date words.
  static let minutes =
    "min|mins|minute|minutes|minuten|minuto|minutos|minuti|minut|minuty|minutter|minuter|dakika|perc|минут|минуты|минуту|분|分"

  /// What a reading time is called after its number ("3 min read") or before it ("Lesezeit: 3 Min").
  static let readAfter =
    "read|reading|reading time|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|lesetid|lästid|læsetid|czytania|okuma|čtení|чтения"
  static let readBefore =
    "reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lesetid|lästid|læsetid|czas czytania|okuma süresi|doba čtení|время чтения"

  /// What a clip's length is called.
  static let durations = "duration|dauer|durée|duración|duração|durata|länge"

  /// The word each relative-time pattern of `parts` is built on.
  static let relativeWords = ["ago", "vor", "il y a", "hace", "há", "fa"]

  static let parts: NSRegularExpression = {
    let patterns = [
      // Reading time.
      "\\d+\\s*(?:\(minutes))\\.?\\s*(?:\(readAfter))",
      "(?:\(readBefore))\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*(?:\(minutes))?\\.?",
      // Relative time.
      "(?:last updated\\s+|updated\\s+)?(?:\\d+|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago",
      "vor\\s+(?:\\d+|einer?|einem)\\s+(?:sekunden?|minuten?|stunden?|tag|tagen|wochen?)",
      "il y a\\s+\\d+\\s+(?:secondes?|minutes?|heures?|jours?)",
      "hace\\s+\\d+\\s+(?:segundos?|minutos?|horas?|días?)",
      "há\\s+\\d+\\s+(?:minutos?|horas?|dias?)",
      "\\d+\\s+(?:minuti|ore|giorni)\\s+fa",
      // A clip's length.
      "(?:\(durations))\\s*:?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*min)?",
    ]
    let pattern = "^(?:" + patterns.joined(separator: "|") + ")$"
    return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
  }()

  /// The words one of `parts` cannot match without (a unit of minutes, a
  /// reading-time label, a relative-time word, a duration label), lower-case:
  /// a line holding none is no furniture, and neither the regular expression
  /// nor the date parser need read it (short lines with digits are common:
  /// scores, prices, table rows).
  static let needles = NeedleSet(
    [minutes, readAfter, readBefore, durations].flatMap { $0.split(separator: "|").map(String.init) } + relativeWords)

  /// Characters that set the parts of one meta line apart.
  static let separators: Set<Character> = ["•", "·", "|"]

  /// Whether `line` is nothing but such parts (at least one of them), or
  /// such parts and dates.
  static func isFurniture(_ line: String) -> Bool {
    // Every part this type reads has a digit, but "an hour ago".
    guard line.utf8.count <= maximumBytes,
      line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || line.hasSuffix("ago"),
      !line.contains("\n"), line.fastLowercased().hasAnySubstring(needles)
    else { return false }
    var timed = false
    for piece in line.split(whereSeparator: { separators.contains($0) }) {
      let part = piece.trimmingCharacters(in: .whitespaces)
      guard !part.isEmpty else { continue }
      let range = NSRange(part.startIndex..., in: part)
      if parts.firstMatch(in: part, range: range) != nil {
        timed = true
      } else if BodyCleanup.wordCount(part) > 8 || DateParser.human(part) == nil {
        return false
      }
    }
    return timed
  }
}
