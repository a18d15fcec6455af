import Foundation

/// Phase 4b: removes from the body what only repeats the metadata — the
/// headline, a byline, a dateline — using the values the metadata phases
/// found as the signal, so it needs no site vocabulary.
///
/// Only the first paragraphs are examined for bylines and datelines: that is
/// where templates put them, and a short line quoting a date further down
/// is article text.
struct BodyCleanup {
  let headline: String?
  let authors: [String]
  /// The site's name: a meta line may start with it ("Site | date | date").
  var siteName: String?
  /// The captions of the article's pictures that came with a credit.
  var captions: [(caption: String, credit: String)] = []

  /// Paragraphs at the top that may be furniture (headline, byline, dateline, kicker).
  static let leadingParagraphsExamined = 4
  /// A byline or dateline is a short line: longer ones are prose that happens to name the author.
  static let maximumFurnitureWords = 14
  /// A line above the headline this short (words) is a kicker.
  static let maximumKickerWords = 6
  /// The same bound in characters, for scripts written without spaces.
  static let maximumFurnitureCharacters = 90
  /// Words that introduce a byline in the languages the corpora and fixtures use.
  static let bylineMarkers = [
    "by ", "by:", "von ", "par ", "por ", "door ", "di ", "av ", "af ", "posted by ", "written by ",
    "published by ", "story by ", "words by ", "reporting by ",
  ]

  func clean(_ body: String) -> String {
    var paragraphs = Self.paragraphs(of: body)
    let headlineKey = headline.map(Self.key)
    // Only a paragraph of about the headline's length can repeat it.
    let headlineLength = headline?.utf8.count ?? 0
    var index = 0
    var examined = 0
    while index < paragraphs.count {
      let paragraph = paragraphs[index]
      let length = paragraph.utf8.count
      if let headlineKey, length <= headlineLength * 2, length * 2 >= headlineLength,
        Self.key(paragraph) == headlineKey, !headlineKey.isEmpty
      {
        paragraphs.remove(at: index)
        // Short lines above the headline at the top are its kicker or
        // section label ("Indre-et-Loire"), never the story's text.
        if index <= Self.leadingParagraphsExamined,
          paragraphs[..<index].allSatisfy({ Self.wordCount($0) <= Self.maximumKickerWords })
        {
          paragraphs.removeSubrange(..<index)
          index = 0
        }
        continue
      }
      // "3 Min Lesezeit", "14 hours ago", "Duration 1:30": anywhere, never
      // text; nor a picture's caption and credit left in the text.
      if TimeFurniture.isFurniture(paragraph) || isCaption(paragraph) {
        paragraphs.remove(at: index)
        continue
      }
      if examined < Self.leadingParagraphsExamined {
        examined += 1
        if isByline(paragraph) || isDateline(paragraph) {
          paragraphs.remove(at: index)
          continue
        }
        // Headline, byline and date set one under the other with `<br>`
        // (older layouts): the same tests, line by line, in a block that
        // repeats the headline or names the author (a list of meeting
        // dates is text).
        if paragraph.utf8.contains(0x0A) {
          let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          func isHeadline(_ line: String) -> Bool {
            guard let headlineKey, !headlineKey.isEmpty else { return false }
            return Self.key(line) == headlineKey
          }
          let isHeader = lines.contains { isHeadline($0) || isByline($0) }
          let kept = isHeader ? lines.filter { !(isHeadline($0) || isByline($0) || isDateline($0)) } : lines
          if kept.count < lines.count {
            if kept.allSatisfy({ $0.trimmed(in: .cachedWhitespaces).isEmpty }) {
              paragraphs.remove(at: index)
              continue
            }
            paragraphs[index] = kept.joined(separator: "\n")
          }
        }
        // A dateline lead-in ("WASHINGTON (CNN) —") set apart from its paragraph.
        if index + 1 < paragraphs.count, Self.wordCount(paragraph) <= 6,
          paragraph.hasSuffix("—") || paragraph.hasSuffix("--") || paragraph.hasSuffix("–")
        {
          paragraphs[index + 1] = paragraph + " " + paragraphs[index + 1]
          paragraphs.remove(at: index)
          continue
        }
      }
      index += 1
    }
    return paragraphs.joined(separator: "\n\n")
  }

  /// A picture's caption and its credit, and next to nothing else ("Im
  /// Vorjahr zog das Fest Tausende an. Bild: Andreas Seidel/Archiv").
  /// Without a credit a caption may be the text itself (a photo blog
  /// writes its story under its pictures).
  func isCaption(_ paragraph: String) -> Bool {
    let length = paragraph.utf8.count
    return captions.contains { caption, credit in
      length <= caption.utf8.count + credit.utf8.count + Self.captionSeparatorBytes
        && paragraph.contains(caption) && paragraph.contains(credit)
    }
  }

  /// Bytes between a caption and its credit ("  (", ")", " Foto: " is in the credit).
  static let captionSeparatorBytes = 6

  /// "By Jane Doe and John Roe", "Von Anna Schmidt", or a short line naming every author.
  func isByline(_ paragraph: String) -> Bool {
    let words = Self.wordCount(paragraph)
    guard words <= Self.maximumFurnitureWords else { return false }
    let lower = paragraph.fastLowercased()
    if Self.bylineMarkers.contains(where: { lower.hasBytePrefix($0) }) { return true }
    // "Escrito por Carlos Pérez, Fotos: …": a lead-in of several words.
    if Byline.multiWordLeads.contains(where: { lower.hasBytePrefix($0) }) { return true }
    // "Autor: Petr Novák | 14. 5. 2018 | Aktualizováno: …": a labelled byline line.
    if let space = lower.firstIndex(of: " "), Byline.labelLeadWords.contains(String(lower[..<space])) { return true }
    guard !authors.isEmpty else { return false }
    let authorWords = authors.reduce(0) { $0 + Self.wordCount($1) }
    return words <= authorWords + 6 && authors.allSatisfy { lower.contains($0.lowercased()) }
  }

  /// A short line that is mostly a date ("18. März 2024, 14:05 Uhr",
  /// "Published: Thursday, October 8, 2009"), or a byline-length line of
  /// two dates the first of them labelled or leading ("Publié le
  /// 12/03/2012 à 14h05 | Mis à jour le 13/03/2012 à 09h12"); either may
  /// follow the site's name ("Site | 12.09.2016 à 08h15 • Mis à jour le
  /// 13.09.2016").
  func isDateline(_ paragraph: String) -> Bool {
    let text = withoutSiteName(paragraph)
    let words = Self.wordCount(text)
    if words <= Self.maximumFurnitureWords / 2 + 3 { return DateParser.human(text) != nil }
    guard words <= Self.maximumFurnitureWords else { return false }
    let dates = DateParser.all(in: text)
    guard dates.count >= 2, let first = dates.first else { return false }
    let lead = first.lead.trimmed(in: .cachedWhitespaces)
    return lead.isEmpty || DateLabels.kind(of: lead) != .none
  }

  /// Characters that end the site's name at the start of a meta line.
  static let siteNameSeparators: Set<Character> = ["|", "•", "·", "–", "—", "-", ":", ","]

  /// `paragraph` without the site's name and the separator after it at its
  /// start ("Le Monde | …"; the name "Le Monde.fr" may drop its domain
  /// ending); unchanged when it does not start so.
  func withoutSiteName(_ paragraph: String) -> String {
    guard let siteName, !siteName.isEmpty else { return paragraph }
    var forms = [siteName]
    if let dot = siteName.lastIndex(of: "."),
      (2...4).contains(siteName.distance(from: dot, to: siteName.endIndex) - 1),
      siteName[siteName.index(after: dot)...].allSatisfy(\.isLetter)
    {
      forms.append(String(siteName[..<dot]))
    }
    for form in forms where paragraph.hasPrefix(form) {
      let rest = paragraph.dropFirst(form.count).drop { $0 == " " }
      guard let separator = rest.first, Self.siteNameSeparators.contains(separator) else { continue }
      return String(rest.dropFirst()).trimmed(in: .cachedWhitespaces)
    }
    return paragraph
  }

  /// The lower-cased letters and digits of `text`, for comparing a
  /// paragraph with the headline. ASCII scalars are tested by range (the
  /// Unicode property lookup is the same answer there, at many times the cost).
  static func key(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.fastLowercased().unicodeScalars {
      let value = scalar.value
      let kept =
        value < 0x80
        ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if kept { scalars.append(scalar) }
    }
    return String(scalars)
  }

  /// Words separated by spaces; a line in a script without spaces counts
  /// one word per eight characters, so a long CJK sentence is never "short".
  static func wordCount(_ text: String) -> Int {
    var words = 0
    var inWord = false
    for byte in text.utf8 {
      let separator = byte == 0x20 || byte == 0x0A
      if !separator && !inWord { words += 1 }
      inWord = !separator
    }
    // Characters are never more than bytes: count them only when it can matter.
    guard text.utf8.count / 8 > words else { return words }
    return max(words, text.count / 8)
  }

  /// The body cut at every blank line, as `components(separatedBy: "\n\n")`
  /// cuts it (empty pieces kept), on bytes rather than through Foundation.
  static func paragraphs(of body: String) -> [String] {
    var result: [String] = []
    var body = body
    body.withUTF8 { bytes in
      var start = 0
      var i = 0
      while i + 1 < bytes.count {
        if bytes[i] == 0x0A && bytes[i + 1] == 0x0A {
          result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
          i += 2
          start = i
        } else {
          i += 1
        }
      }
      result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
    }
    return result
  }
}
