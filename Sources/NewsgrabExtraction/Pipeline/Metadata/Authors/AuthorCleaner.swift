import Foundation

/// Turns raw byline text into people's names: drops "By", dates, job
/// titles, publisher names, "Staff" and links; splits "A, B and C".
struct AuthorCleaner {
  /// Names the publisher goes by (never an author).
  let publisherNames: [String]
  /// Names of the site: they rule out one-word authors only ("CNN"), since a
  /// personal site is named after its author ("Jane Doe").
  var siteNames: [String] = []
  /// Explicit author fields may name a desk ("City Wire"); bylines may not.
  var keepsDesks = false
  /// The page's language (BCP 47), for the byline leads that are a
  /// label in one language and a name in others (`languageLeads`).
  var language: String? = nil

  func isSiteName(_ name: String) -> Bool {
    TitleSplitter.isSiteName(name, Set(siteNames.map(TitleSplitter.key)))
  }

  /// Names in `byline`, in order, without duplicates. Lines (`\n`) and
  /// separators (`|`, `·`, `•`) split the byline into chunks first.
  func names(in byline: String) -> [String] {
    var names: [String] = []
    var seen = Set<String>()
    let chunks = Self.chunks(Self.withoutGenderEndings(byline))
    for (index, chunk) in chunks.enumerated() where !Self.isOtherCredit(chunk) {
      // "Politik · Jochen Bittner, Tina Hildebrandt": one capitalised word
      // set apart before full names is the section, not a mononym.
      if index == 0, chunks.count > 1, isSectionLead(chunk, before: chunks.dropFirst()) { continue }
      // Romanian "de Ion Popescu": "de" leads only in lower case ("De
      // Luca" is a surname).
      let chunk = withoutLanguageLead(chunk.hasPrefix("de ") ? String(chunk.dropFirst(3)) : chunk)
      let stripped = Self.withoutAside(
        Self.undoubled(Self.stripPrefix(Self.cutAtDate(Self.cutAtBio(Self.cutAtCredit(chunk))))))
      let parts = Self.cjkCredit(stripped) ?? Self.parts(of: stripped)
      // "Journalist i Paris", "Reporter i Oslo": a job title and where it
      // is held ("i" also joins two names, in Catalan or Polish).
      if parts.count > 1, Self.isJobTitle(parts[0]) { continue }
      for part in parts {
        // "Text: Anna Schmidt, Fotos: Peter Braun und Eva Lang": from the
        // other credit on, the names are the photographers'.
        if Self.isOtherCredit(part) { break }
        // "木下 哲也 訳" (translated by) credits someone else.
        guard let part = Self.withoutAuthorRole(part) else { continue }
        guard let name = clean(part, alongside: names) else { continue }
        if seen.insert(TitleSplitter.key(name)).inserted { names.append(name) }
      }
    }
    // "Laporan wartawan Kompas, Budi Santoso": beside a full name, a part
    // with a lower-case word after its first that is no surname particle
    // is a phrase (a report line, a role), not a person.
    if names.count > 1, names.contains(where: Authors.isFullName) {
      names.removeAll(where: Self.holdsPhraseWord)
    }
    return names
  }

  /// Whether a word after the first of `name` is a plain lower-case word
  /// ("wartawan"), not a particle ("van", "bin") or a surname written with
  /// one ("deCasparis", "d'Alembert", "al-Assad").
  static func holdsPhraseWord(_ name: String) -> Bool {
    name.split(separator: " ").dropFirst().contains { word in
      word.first?.isLowercase == true && word.allSatisfy(\.isLowercase)
        && !Byline.nameListWords.contains(String(word)) && !surnameParticles.contains(String(word))
    }
  }

  /// Lower-case words inside names besides `Byline.nameListWords`' ("Osama bin Laden", "Abu al Hassan").
  static let surnameParticles: Set<String> = [
    "bin", "binti", "bint", "ibn", "al", "el", "ben", "dei", "della", "degli",
  ]

  /// Whether `chunk`, the first part of a byline split at "·", "|", "/" or
  /// a dash, is one capitalised word while a later part holds a full name
  /// (two words or more, each capitalised).
  func isSectionLead(_ chunk: String, before rest: ArraySlice<String>) -> Bool {
    let word = chunk.trimmed(in: .cachedWhitespaces)
    guard !word.contains(" "), word.first?.isUppercase == true, word.dropFirst().contains(where: \.isLowercase) else {
      return false
    }
    return rest.contains { part in names(in: part).contains { Authors.isFullName($0) } }
  }

  /// Roles a Japanese credit writes after the name, longest first: the
  /// writer's (`japaneseAuthorRoles`), a translator's, supervisor's,
  /// editor's, photographer's or illustrator's.
  static let japaneseCreditRoles = ["編著", "監訳", "翻訳", "監修", "撮影", "イラスト", "著", "文", "訳", "編", "写真", "絵"]
  static let japaneseAuthorRoles: Set<String> = ["編著", "著", "文"]

  /// A part made only of job-title words, with a head noun ("Journalist",
  /// "Senior Correspondent").
  static func isJobTitle(_ part: String) -> Bool {
    let words = words(of: part)
    return words.contains { roleNouns.contains($0) }
      && words.allSatisfy { titleWords.contains($0) || roleNouns.contains($0) }
  }

  /// Whether `name` looks like a login ("mikecason"): one lower-case token.
  static func isUsername(_ name: String) -> Bool {
    !name.contains(" ") && name == name.lowercased() && name.contains(where: { $0.isLetter && $0.isASCII })
  }

  /// A chunk crediting someone other than the writer ("Edited by …",
  /// "Photographs by …", "Additional reporting by …").
  static func isOtherCredit(_ chunk: String) -> Bool { startsWithCredit(chunk, otherCredits) }

  /// A chunk crediting pictures, video or graphics ("Photos by …",
  /// "Illustration by …", "Foto: …").
  static func isPictureCredit(_ chunk: String) -> Bool { startsWithCredit(chunk, pictureCredits) }

  /// Whether `chunk`, lower-cased and trimmed, starts with one of `credits`.
  static func startsWithCredit(_ chunk: String, _ credits: [String]) -> Bool {
    let lower = chunk.fastLowercased().trimmed(in: .cachedWhitespaces)
    return credits.contains { lower.hasBytePrefix($0) }
  }

  static let pictureCredits = [
    "photos by", "photo by", "photographs by", "photography by", "illustration by", "illustrations by", "video by",
    "graphics by", "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "grafik:", "illustration:",
  ]
  static let otherCredits =
    pictureCredits + [
      "edited by", "editing by", "editor:", "additional reporting", "with reporting by", "translated by",
      "fact-checked by", "reviewed by", "medically reviewed", "mitarbeit:", "übersetzung:", "traduction:",
      "traducción:", "photo courtesy", "courtesy of",
      // Chinese and Japanese: the editor in charge, the editor, the proofreader.
      "责任编辑：", "责任编辑:", "责编：", "编辑：", "編集：", "校对：",
    ]

  /// One name from a structured field (JSON-LD, meta), without splitting on
  /// commas ("Smith, John" stays one person) but with the same filters.
  func name(_ raw: String) -> [String] {
    // "Foto: Jane Doe" in an author field credits the picture.
    guard !Self.isPictureCredit(raw) else { return [] }
    let stripped = Self.withoutAside(Self.stripPrefix(Self.undoubled(raw.collapsingWhitespace())))
    // "Doe, Jane" in a field that holds one person is written surname first.
    let halves = stripped.split(separator: ",").map { $0.trimmed(in: .cachedWhitespaces) }
    if halves.count == 2, halves.allSatisfy({ !$0.contains(" ") && $0.first?.isUppercase == true && $0.count > 1 }) {
      return [clean("\(halves[1]) \(halves[0])", alongside: [])].compactMap { $0 }
    }
    // A meta value listing several people ("A and B", "A, B") is still split.
    let parts = Self.parts(of: stripped)
    var names: [String] = []
    for part in parts {
      if let part = Self.withoutAuthorRole(part), let name = clean(part, alongside: names) { names.append(name) }
    }
    return names
  }

  /// Japanese credits write the role after the name: "Eric Freeman 著"
  /// (written by) names an author, and the name is kept without the role;
  /// "木下 哲也 訳" (translated by) or "監修" (supervised by) someone else:
  /// nil. A part with no such role is kept as it is.
  static func withoutAuthorRole(_ part: String) -> String? {
    // Every role ends in a letter outside ASCII: most parts end in ASCII.
    guard let last = part.utf8.last, last >= 0x80,
      let (suffix, role) = japaneseRoleSuffixes.first(where: { part.hasByteSuffix($0.suffix) })
    else { return part }
    guard japaneseAuthorRoles.contains(role) else { return nil }
    return String(part.dropLast(suffix.count))
  }

  /// Each role after a space and after an ideographic space, built once.
  static let japaneseRoleSuffixes = japaneseCreditRoles.flatMap { role in
    [(suffix: " " + role, role: role), (suffix: "\u{3000}" + role, role: role)]
  }

  static func chunks(_ text: String) -> [String] {
    var chunks = [text]
    // " By " inside a line starts the byline proper: "Jane Doe By Jane Doe"
    // (an avatar's caption, then the credit) is two lines.
    for separator in ["\n", "|", "·", "•", " — ", " – ", " - ", "／", "/", " By "] {
      chunks = chunks.flatMap { $0.splitting(by: separator) }
    }
    return chunks.compactMap(\.nonEmpty)
  }

  /// The text without an aside in brackets at its end: where the person
  /// works or what they do ("Cécile Ducourtieux (Bruxelles, bureau
  /// européen)", "Jane Doe (AP)"), several words or a comma, or an agency.
  /// One word of another kind stays: it is a handle ("藍天 (skyblue)").
  static func withoutAside(_ text: String) -> String {
    guard let last = text.last, last == ")" || last == "）" else { return text }
    guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex else { return text }
    let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmed(in: .cachedWhitespaces)
    let head = text[..<open].trimmed(in: .cachedWhitespaces)
    guard !head.isEmpty, !inner.isEmpty, !inner.contains("(") else { return text }
    // "(avec Jane Doe)", "(and Jane Doe)": more names, split by `parts`.
    let lower = inner.fastLowercased()
    guard !["avec ", "with ", "and "].contains(where: { lower.hasPrefix($0) }) else { return text }
    let aside = inner.contains(" ") || inner.contains(",") || inner.contains("，") || agencies.contains(lower)
    return aside ? head : text
  }

  /// A name written twice in a row by markup that shows one copy on small
  /// screens and the other on large ones ("Lia OrtizLia Ortiz").
  static func undoubled(_ text: String) -> String {
    let characters = Array(text)
    let half = characters.count / 2
    guard half >= 3, characters.count % 2 == 0, characters[..<half].elementsEqual(characters[half...]) else {
      return text
    }
    return String(characters[..<half])
  }

  /// The chunk before another credit set on the same line with no mark
  /// between them: "Text: Anna Svensson Foto: Erik Berg" → "Text: Anna
  /// Svensson". A credit label at the chunk's start is left to
  /// `isOtherCredit`.
  static func cutAtCredit(_ chunk: String) -> String {
    // Every credit label has a colon (ASCII or full-width, EF BC 9A) or
    // " by ": most chunks have none.
    guard chunk.utf8.contains(UInt8(ascii: ":")) || chunk.utf8.contains(0x9A) || chunk.containsASCII(" by ")
    else { return chunk }
    let lower = chunk.fastLowercased()
    // The cut is made by byte offset, so the lower-casing must keep them.
    guard lower.utf8.count == chunk.utf8.count else { return chunk }
    var cut: Int?
    for credit in otherCredits {
      guard let range = lower.range(of: " " + credit) else { continue }
      let offset = lower.utf8.distance(from: lower.startIndex, to: range.lowerBound)
      if offset > 0, offset < cut ?? Int.max { cut = offset }
    }
    if let labelled = laterLabel(in: chunk), labelled < cut ?? Int.max { cut = labelled }
    guard let cut else { return chunk }
    return String(decoding: chunk.utf8.prefix(cut), as: UTF8.self)
  }

  /// Where a second label starts in a credit line after a name, in any
  /// language: a capitalised word and a colon ("Teksti: Matti Virtanen
  /// Kuvat: Liisa Korhonen") after two words or more that are no label.
  /// The byte offset of the space before it, nil when there is none.
  static func laterLabel(in chunk: String) -> Int? {
    var words = 0
    var offset = 0
    for word in chunk.split(separator: " ", omittingEmptySubsequences: false) {
      defer { offset += word.utf8.count + 1 }
      guard !word.isEmpty else { continue }
      if word.last == ":" {
        let label = word.dropLast()
        if words >= 2, isLabelShaped(label) { return offset - 1 }
        continue
      }
      words += 1
    }
    return nil
  }

  /// A single capitalised word of letters, as labels are ("Kuvat", "Yazan").
  static func isLabelShaped(_ word: Substring) -> Bool {
    guard let first = word.first, first.isLetter, !first.isLowercase else { return false }
    return (2...maximumLabelLetters).contains(word.count) && word.allSatisfy(\.isLetter)
  }

  /// Labels are short words ("Fotografie", "Szerző").
  static let maximumLabelLetters = 16

  /// "Yazan: Ayşe Demir", "Szerző: Kovács Péter": a single word and a colon
  /// before a name label it, in any language.
  static func withoutColonLabel(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: ":")), let colon = text.firstIndex(of: ":"), isLabelShaped(text[..<colon])
    else { return text }
    let rest = text[text.index(after: colon)...].trimmed(in: .cachedWhitespaces)
    guard let first = rest.first, first.isLetter, !first.isLowercase else { return text }
    return rest
  }

  /// A writer's bio sentence cut to its subject: "Ann Coulter is a
  /// political commentator and author." → "Ann Coulter". Only after two
  /// words or more (a full name).
  static func cutAtBio(_ chunk: String) -> String {
    for verb in bioVerbs {
      // The byte search rules most chunks out before Foundation's search.
      guard chunk.hasSubstring(verb), let range = chunk.range(of: verb) else { continue }
      let head = chunk[..<range.lowerBound]
      if head.split(separator: " ").count >= 2 { return String(head) }
    }
    return chunk
  }

  /// The verbs a bio starts with after the name: "is a", "ist", "est", "es", "è", "jest".
  static let bioVerbs = [" is a ", " is an ", " is the ", " was a ", " ist ", " est ", " es ", " è ", " jest "]

  /// The chunk before its first digit: "By Lucas Nolan22 Dec 2016" → "By Lucas Nolan".
  static func cutAtDate(_ chunk: String) -> String {
    guard let index = chunk.firstIndex(where: isDigit) else { return chunk }
    // "Posted on May 15, 2013 by Jane Doe", "le 15 mai 2013 par Jean
    // Dupont": a lead word after the date leads into the name.
    if let lead = leadAfterDate(chunk[index...]) { return String(chunk[lead...]) }
    var head = String(chunk[..<index]).collapsingWhitespace()
    // Words that led into the date: "on", "updated", "am", "le", month names.
    while let last = head.split(separator: " ").last,
      dateLeadWords.contains(last.lowercased().trimmed(in: .cachedPunctuation))
        || dateLabelWords.contains(last.lowercased().trimmed(in: .cachedPunctuation))
        || DateParser.monthNumber(String(last)) != nil
    {
      head = String(head.dropLast(last.count)).collapsingWhitespace()
    }
    return head.trimmed(in: CharacterSet(charactersIn: " ,;:-–—|"))
  }

  /// Where a byline lead word ("by", "par", "von"…) starts after a date,
  /// followed by a capitalised word (a name, not "by the council").
  static func leadAfterDate(_ text: Substring) -> String.Index? {
    // Most dated chunks hold no lead word after the date: told by bytes.
    guard Byline.mayHoldDatedLead(Array(text.utf8)) else { return nil }
    for word in leadsAfterDate {
      var searchStart = text.startIndex
      while let range = text.range(of: word, options: .caseInsensitive, range: searchStart..<text.endIndex) {
        searchStart = range.upperBound
        if text[range.upperBound...].first?.isUppercase == true { return text.index(after: range.lowerBound) }
      }
    }
    return nil
  }

  /// The lead words a blog's line puts between the date and the name, with
  /// the spaces around them.
  static let leadsAfterDate = [
    " by ", " par ", " por ", " von ", " di ", " door ", " av ", " af ", " przez ", " oleh ",
  ]

  /// A decimal digit (ASCII or full-width). Not `isNumber`: Han numerals
  /// are letters of names too ("佐藤一郎", "高橋三郎").
  static func isDigit(_ character: Character) -> Bool {
    character.unicodeScalars.first?.properties.numericType == .decimal
  }

  static let dateLeadWords: Set<String> = [
    "on", "at", "updated", "published", "posted", "am", "le", "el", "il", "de", "du", "op", "den", "der",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "last", "first", "modified", "date", "le", "publié", "publicado",
    "publiziert", "veröffentlicht", "aktualisiert", "erschienen", "stand", "vom", "mis", "jour", "pubblicato",
    "aggiornato", "actualizado", "gepubliceerd", "bijgewerkt", "publicerad", "publisert", "oppdatert", "udgivet",
    "opdateret", "opublikowano", "zveřejněno", "aktualizováno", "em", "às", "om", "w", "um", "en",
    // "от Вчера, 11:51", "Today at 9:05": the day told relative to the reader's, and "from" before it.
    "от", "from", "yesterday", "today", "вчера", "сегодня", "gestern", "heute", "hier", "aujourd'hui", "ayer",
    "hoy", "ieri", "oggi", "wczoraj", "dzisiaj", "dün", "bugün", "gisteren", "vandaag", "igår", "idag",
  ]

  /// Byline lead-ins and labels in the languages the detector knows, longest
  /// first so "Artikel von" goes whole rather than as "Artikel". Each is a
  /// label, never a name: stripped, and a part made only of labels is dropped.
  static let prefixes = [
    "written by", "posted by", "submitted by", "reported by", "reporting by", "words by", "story by", "text by", "by",
    "from",
    "von", "vom", "przez", "propos recueillis par", "autorka:", "autorka", "autrice:", "autrice",
    "par", "por", "di", "door", "av", "af", "от", "text:", "texto:", "autor:", "autorin:", "author:",
    "reporter:", "pewarta:", "文：", "文/", "文・", "文●", "文:", "著者：", "記者：", "作者：", "作者:", "文 :", "written:",
    "artikel von", "ein artikel von", "beitrag von", "ein beitrag von", "geschrieben von", "verfasst von",
    "erstellt von", "escrito por", "redactado por", "publicado por", "scritto da", "a cura di", "écrit par",
    "rédigé par", "publié par", "geschreven door", "skrevet av", "skrevet af", "skriven av", "napisał",
    "napisała", "napsal", "napsala", "autor", "autorin", "autoren", "auteur", "auteure", "auteurs", "autore",
    "autora", "author", "автор", "автор:", "tekst:", "tekst", "text", "texte:", "quelle:", "source:", "fuente:",
    "fonte:", "yazar:", "haber:", "muhabir:", "kirjoittaja:", "forfatter:", "författare:", "记者：", "记者:",
    "記者:", "oleh:", "oleh", "penulis:", "wartawan:", "szerző:", "teksti:", "του", "της", "γράφει ο",
    "γράφει η", "γράφει:", "autori:", "autors:", "autorzy:", "autoři:",
    // An author page's link ("More stories by Jane Doe", "Alle Artikel von …").
    // Scripts without capitals: Arabic "by the pen of", "wrote:", "the
    // writer:", "the author:"; Persian "author:", "by the pen of"; Hebrew
    // "by"; Hindi "author:"; Thai "by"; Vietnamese "author:".
    "بقلم:", "بقلم", "كتب:", "كتبت:", "الكاتب:", "المؤلف:", "نویسنده:", "به قلم", "מאת", "लेखक:", "โดย",
    "tác giả:",
    // Without a colon: Croatian, Serbian, Bosnian and Slovenian "writes",
    // Finnish "written by", Afrikaans and Icelandic "by".
    "piše", "пише", "kirjoittanut", "deur", "eftir",
    "more stories by", "more articles by", "more posts by", "all stories by", "all articles by",
    "all posts by", "view all posts by", "see all posts by", "stories by", "articles by", "posts by", "mehr von",
    "alle artikel von", "weitere artikel von", "alle beiträge von", "tous les articles de", "plus d'articles de",
    "más artículos de", "todos los artículos de", "altri articoli di", "tutti gli articoli di",
  ].sorted { $0.count > $1.count }

  /// Byline leads that are a word for "by" in the page's language and a
  /// name or another word elsewhere: Catalan "Per" (a Nordic first name),
  /// Tagalog "Ni", Albanian "Nga" (a Vietnamese name), Swahili "Na" (a
  /// Korean surname). Read as a label only on a page in that language.
  static let languageLeads: [String: [String]] = [
    "ca": ["per"], "tl": ["ni"], "fil": ["ni"], "sq": ["nga"], "sw": ["na"],
  ]

  /// The leads of `languageLeads` for a page in `language` (its primary subtag).
  static func languageLeads(of language: String?) -> [String] {
    guard let primary = language?.split(separator: "-").first?.lowercased() else { return [] }
    return languageLeads[primary] ?? []
  }

  /// `chunk` without a lead of `languageLeads` for the page's language
  /// ("Per Jordi Puig" on a Catalan page), the name after it kept.
  func withoutLanguageLead(_ chunk: String) -> String {
    let leads = Self.languageLeads(of: language)
    guard !leads.isEmpty else { return chunk }
    let lower = chunk.lowercased()
    guard let lead = leads.first(where: { lower.hasPrefix($0 + " ") }) else { return chunk }
    return String(chunk.dropFirst(lead.count + 1))
  }

  /// The one-word leads of `prefixes` ("von", "by", "par"…).
  static let leadWords = Set(prefixes.filter { !$0.contains(" ") && $0.allSatisfy(\.isLetter) })

  /// Endings a label adds for its other gender before its colon
  /// ("Autor/a:", "Autor*in:", "Auteur(e) :"), longest first.
  static let genderEndings = ["/innen", "*innen", "(in)", "/-in", "/in", "*in", "_in", "(a)", "/a", "(e)", "·e", "/e"]

  /// `text` with a label's gender ending dropped ("Autor/a: Lucía" →
  /// "Autor: Lucía"), so that the "/" is not read as a separator of names.
  static func withoutGenderEndings(_ text: String) -> String {
    // Every ending holds one of these marks; most bylines have none, or no colon.
    guard text.utf8.contains(UInt8(ascii: ":")),
      text.utf8.contains(where: {
        $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_")
          || $0 == 0xB7
      })
    else { return text }
    var result = text
    for ending in genderEndings {
      var searchStart = result.startIndex
      while let range = result.range(of: ending, range: searchStart..<result.endIndex) {
        searchStart = range.upperBound
        // After a letter of the label and before its colon.
        let after = result[range.upperBound...].drop { $0 == " " }
        guard range.lowerBound > result.startIndex, result[result.index(before: range.lowerBound)].isLetter,
          after.first == ":" || after.first == "："
        else { continue }
        result.removeSubrange(range)
        searchStart = result.startIndex
      }
    }
    return result
  }

  /// What is trimmed around a byline before and after its lead word (made once).
  static let leadTrim = CharacterSet(charactersIn: " ,;:-–—|").union(.whitespaces)
  static let prefixTrim = CharacterSet(charactersIn: " :,-–—").union(.whitespaces)

  static func stripPrefix(_ text: String) -> String {
    var text = text.trimmed(in: Self.leadTrim)
    var changed = true
    while changed {
      changed = false
      let lower = text.fastLowercased()
      for prefix in prefixes where lower.hasBytePrefix(prefix) {
        let rest = text.dropFirst(prefix.count)
        // "By" must end at a word boundary ("Byron" is a name), unless
        // markup glued it to the name ("ByJane Doe", "bySauli Giliard":
        // `<span>by</span><a>Sauli Giliard</a>`).
        if let next = rest.first, next.isLetter, prefix.last?.isLetter == true {
          let capitalised = text.first?.isUppercase == true && text.dropFirst().first?.isLowercase == true
          guard next.isUppercase, capitalised || text.first?.isLowercase == true else { continue }
        }
        text = String(rest).trimmed(in: Self.prefixTrim)
        changed = true
        break
      }
    }
    return withoutPieceKind(withoutOwnRole(withoutColonLabel(text)))
  }

  /// "By our correspondent Jane Doe", "Door onze redacteur Pieter de
  /// Vries", "Von unserem Korrespondenten Max Muster", "De notre envoyé
  /// spécial Jean Dupont": the paper's word for its own writer goes, the
  /// name after it stays (a name of two words or more, capitalised).
  static func withoutOwnRole(_ text: String) -> String {
    // The first word decides before the text is cut into words.
    guard let space = text.firstIndex(of: " "), text.distance(from: text.startIndex, to: space) <= 8,
      possessives.contains(text[..<space].lowercased())
    else { return text }
    let words = text.split(separator: " ")
    guard words.count >= 4 else { return text }
    var i = 1
    while i < words.count, i <= maximumOwnRoleWords, isOwnRoleWord(words[i].lowercased()) { i += 1 }
    guard i > 1, words.count - i >= 2, words[i].first?.isUppercase == true else { return text }
    return words[i...].joined(separator: " ")
  }

  /// Most words between the possessive and the name ("our own special correspondent").
  static let maximumOwnRoleWords = 3

  static func isOwnRoleWord(_ word: String) -> Bool {
    roleNouns.contains(word) || titleWords.contains(word) || ownRoleWords.contains(word)
  }

  /// "Our", "onze", "unserem", "notre", "nuestro", "nostro", "nosso", "vår", "naszego"….
  static let possessives: Set<String> = [
    "our", "onze", "ons", "unser", "unsere", "unserem", "unserer", "unseren", "notre", "nos", "nuestro", "nuestra",
    "nuestros", "nuestras", "nostro", "nostra", "nostri", "nosso", "nossa", "nossos", "vår", "vårt", "våre", "vores",
    "naszego", "naszej", "naszych",
  ]

  /// Role words as they stand after a possessive: declined ("unserem
  /// Korrespondenten", "naszego korespondenta") or in no job-title list ("own").
  static let ownRoleWords: Set<String> = [
    "own", "eigen", "eigenen", "eigener", "propio", "propia", "proprio", "propria", "próprio", "própria",
    "korrespondenten", "mitarbeiter", "mitarbeiterin", "reporters", "medewerker", "medewerkster", "correspondente",
    "enviados", "inviati", "envoyés", "speciale", "korrespondent", "korespondent", "korespondenta", "korespondentki",
    "reportera", "reporterki", "dziennikarza", "dziennikarki", "redaktora",
  ]

  /// "Kommentar von Nicole Vogt", "Analysis by Jane Doe": the kind of piece
  /// and its lead word before a full name go.
  static func withoutPieceKind(_ text: String) -> String {
    let words = text.split(separator: " ", maxSplits: 2)
    guard words.count == 3, pieceKinds.contains(words[0].lowercased()), leadWords.contains(words[1].lowercased()),
      words[2].contains(" "), words[2].first?.isUppercase == true
    else { return text }
    return String(words[2])
  }

  /// Words naming the kind of piece a byline introduces.
  static let pieceKinds: Set<String> = [
    "kommentar", "analyse", "analysis", "interview", "kolumne", "column", "review", "essay", "reportage",
    "gastbeitrag", "meinung", "opinion", "commentary", "kritik", "glosse", "chronique", "tribune", "éditorial",
    "análisis", "opinión", "crónica", "columna", "commento", "analisi", "rubrica", "recensione", "recensie",
    "kommentaar", "kronikk", "krönika",
  ]

  /// "A, B and C" → ["A", "B", "C"].
  static func parts(of text: String) -> [String] {
    var parts = [text]
    for separator in [
      ",", "，", ";", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", "、", " with ", " avec ",
      " mit ", " con ", " com ", "(avec ", "(with ", "(and ", " og ", " och ", " ve ", " és ", " și ", " ja ", " oraz ",
      " a ", " та ",
    ] {
      parts = parts.flatMap { $0.splitting(by: separator) }
    }
    return parts
  }

  /// The name in `part`, or nil when it is not a person (or desk).
  func clean(_ part: String, alongside earlier: [String]) -> String? {
    var name = Self.withoutEmails(part.collapsingWhitespace())
      .trimmed(in: Self.nameTrim)
    // Brackets at the ends go unless they pair up ("Jane (jdoe)").
    while let first = name.first, first == "(" || first == ")" { name.removeFirst() }
    if name.last == ")", !name.contains("(") { name.removeLast() }
    if name.last == "(" { name.removeLast() }
    name = name.trimmed(in: .cachedWhitespaces)
    name = Self.stripPrefix(name)
    guard !name.isEmpty else { return nil }
    name = Self.withoutTrailingTitle(Self.unglued(name))
    // "the Associated Press", "Jane Doe on": a lower-case article before a
    // name, or a joining word after it, led into or out of the name.
    if name.hasPrefix("the "), name.count > 4 { name = String(name.dropFirst(4)) }
    while let space = name.lastIndex(of: " "), Self.trailingJoiners.contains(String(name[name.index(after: space)...]))
    {
      name = String(name[..<space])
    }
    let lower = name.fastLowercased()
    if lower.containsASCII("http") || lower.containsASCII("www.") || lower.containsASCII("/")
      || lower.containsASCII(".com")
    {
      return nil
    }
    if lower.containsASCII("@"), lower.containsASCII(".") { return nil }  // an e-mail address glued to text
    var words = lower.split(separator: " ").map { $0.trimmed(in: .cachedPunctuation) }
    // "Agencia EFE", "Agenzia ANSA": the agency goes by its own name.
    if words.count == 2, Self.agencyWords.contains(words[0]), Self.agencies.contains(words[1]),
      let space = name.lastIndex(of: " ")
    {
      name = String(name[name.index(after: space)...])
      words.removeFirst()
    }
    let isOrganisation = Self.isOrganisation(words: words, name: name)
    // Digits mean a date or a counter, except in a desk's brand ("BR24 Redaktion").
    if name.contains(where: Self.isDigit), !(keepsDesks && isOrganisation) { return nil }
    guard words.count <= Self.maximumNameWords, name.count <= Self.maximumNameLength else { return nil }
    // "Posted on", "Publiziert am", "Montag", "Chefredakteur": labels, not names.
    if words.allSatisfy(Self.isLabelWord) { return nil }
    // "Follow us", "Folgen Sie uns": a share bar's call beside the byline.
    if let first = words.first, Self.callWords.contains(first) { return nil }
    // "Kommentar von", "Analysis by": a label leading into the name on the
    // next line; no name ends in the word that leads into one.
    if words.count > 1, let last = words.last, Self.leadWords.contains(last) { return nil }
    // "Diplomatic Correspondent": a part that still ends in a role noun once
    // a trailing title was cut off a full name is a job title on its own.
    if let last = words.last, Self.roleNouns.contains(last) { return nil }
    // In a byline an organisation is the publisher or a wire credit beside
    // the name; in an explicit author field it is a desk ("City Wire") unless
    // it is the site itself.
    if isOrganisation, !keepsDesks || isSiteName(name) { return nil }
    if isPublisher(name) { return nil }
    if words.count == 1, siteNames.contains(where: { TitleSplitter.key($0) == TitleSplitter.key(name) }) { return nil }
    // "Jane Doe, TIME": one capitalised word after a full name is an affiliation.
    if words.count == 1, let previous = earlier.last, previous.split(separator: " ").count >= 2,
      name == name.uppercased(), name.count > 1
    {
      return nil
    }
    // "Jane Doe, The Plain Dealer", "…, Der Standard": no person's name
    // starts with an article; after a full name it is the paper.
    if words.count >= 2, Self.articles.contains(words[0]), name.first?.isUppercase == true,
      let previous = earlier.last, previous.split(separator: " ").count >= 2
    {
      return nil
    }
    // "Ana Souza, do Rio", "Jane Doe, in Washington": after a full name,
    // a part led by a lower-case word says where the writer is.
    if words.count >= 2, name.first?.isLowercase == true, let previous = earlier.last,
      previous.split(separator: " ").count >= 2
    {
      return nil
    }
    return name
  }

  /// Verbs that start a share bar's call to the reader ("Follow us",
  /// "Folgen", "Suivez-nous", "Síguenos"), never a name.
  static let callWords: Set<String> = ["follow", "folgen", "folge", "suivez", "suivez-nous", "síguenos", "seguici"]

  /// Definite articles that start a paper's name ("The Plain Dealer",
  /// "Der Standard"), never a person's.
  static let articles: Set<String> = ["the", "der", "die", "das"]

  /// Punctuation around a name, and the quotation brackets CJK sites set a
  /// credit in ("《KT》", "【田中】").
  /// Punctuation, and pictographs ("Jane Doe ❤️", "★ Jane Doe": arrows,
  /// dingbats, emoji and their joiners) at a name's ends; not "+" or "@",
  /// which a CSV export must still see and neutralise.
  static let nameTrim = CharacterSet(charactersIn: " .,;:-–—|[]\"'“”《》〈〉【】「」『』»«›‹·•\u{FE0F}\u{200D}")
    .union(CharacterSet(charactersIn: Unicode.Scalar(0x2190)!...Unicode.Scalar(0x2BFF)!))
    .union(CharacterSet(charactersIn: Unicode.Scalar(0x1F000)!...Unicode.Scalar(0x1FAFF)!))

  /// Whether `name` is an organisation, agency or desk rather than a person.
  func isOrganisation(_ name: String) -> Bool {
    Self.isOrganisation(words: Self.words(of: name), name: name)
  }

  /// Whether `name` is an agency or a company; a desk ("Gear Team") is not.
  func isAgencyOrCompany(_ name: String) -> Bool {
    Self.isAgencyOrCompany(words: Self.words(of: name), name: name)
  }

  static func words(of name: String) -> [String] {
    name.fastLowercased().split(separator: " ").map { $0.trimmed(in: .cachedPunctuation) }
  }

  static func isOrganisation(words: [String], name: String) -> Bool {
    isAgencyOrCompany(words: words, name: name)
      || words.contains { word in deskWords.contains(word) || deskSuffixes.contains(where: word.hasSuffix) }
  }

  static func isAgencyOrCompany(words: [String], name: String) -> Bool {
    words.contains { organisationWords.contains($0) || agencies.contains($0) }
      // The marks are Han: no all-ASCII name holds one.
      || !name.utf8.allSatisfy({ $0 < 0x80 }) && organisationMarks.contains(where: name.contains)
  }

  /// A word that labels a byline or a date, or a job title: no part of a name.
  static func isLabelWord(_ word: String) -> Bool {
    titleWords.contains(word) || connectors.contains(word) || labelWords.contains(word) || weekdays.contains(word)
      || dateLabelWords.contains(word)
  }

  /// The words of every publication and update label `DateLabels` knows
  /// ("Aktualizacja: 13 marca" on the byline's next line is no author).
  static let dateLabelWords: Set<String> = Set(
    (DateLabels.updated + DateLabels.published).flatMap { $0.split(separator: " ") }
      .map { String($0).trimmed(in: CharacterSet(charactersIn: ":")) }.filter { !$0.isEmpty })

  /// "Howard BlumeStaff Writer" → "Howard Blume Staff Writer": markup
  /// without spaces glues a job title or a button label to the name.
  static func unglued(_ name: String) -> String {
    var words: [String] = []
    for word in name.split(separator: " ").map(String.init) {
      var split = false
      var index = word.index(after: word.startIndex)
      while index < word.endIndex {
        let previous = word[word.index(before: index)]
        if previous.isLowercase, word[index].isUppercase {
          let tail = String(word[index...]).lowercased()
          if titleWords.contains(where: { tail.hasPrefix($0) && $0.count >= 4 }) {
            words.append(String(word[..<index]))
            words.append(String(word[index...]))
            split = true
            break
          }
        }
        index = word.index(after: index)
      }
      if !split { words.append(word) }
    }
    return words.joined(separator: " ")
  }

  /// The text without its e-mail addresses ("홍길동 기자 hong@example.kr",
  /// "Jane Doe jane@example.com": a word holding "@" and a "." after it)
  /// and social handles ("@GregIacurci").
  static func withoutEmails(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
    return text.split(separator: " ").compactMap { word -> Substring? in
      guard let at = word.firstIndex(of: "@") else { return word }
      // An e-mail address goes whole; a social handle too, and when markup
      // glued it to the name ("Greg Iacurci@GregIacurci") the name stays.
      if word[at...].contains(".") { return nil }
      let name = word[..<at]
      return name.isEmpty ? nil : name
    }.joined(separator: " ")
  }

  /// A Chinese credit line's names: between a reporter's role ("记者",
  /// "本报记者", "通讯员") and a reporting verb ("报道", "摄"), each name
  /// two to four Han characters: "记者 张伟 报道", "本报记者 张伟 李娜",
  /// "张伟 报道". The role or the verb must stand as a word of its own, or
  /// both be there ("本报记者张伟报道"): "记者观察" is a column, not a name.
  /// Nil when the text is no such line.
  static func cjkCredit(_ text: String) -> [String]? {
    guard let first = text.utf8.first, first >= 0x80, text.hasAnySubstring(cjkCreditNeedles) else { return nil }
    var words = text.split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= maximumCJKCreditWords,
      words.allSatisfy({ $0.unicodeScalars.allSatisfy(isCJKLetter) })
    else { return nil }
    var spaced = false
    var role = false
    var verb = false
    if let lead = cjkLeadRoles.first(where: { words[0].hasBytePrefix($0) }) {
      role = true
      let rest = String(words[0].dropFirst(lead.count))
      if rest.isEmpty {
        words.removeFirst()
        spaced = true
      } else {
        words[0] = rest
      }
    }
    if let last = words.last, let ending = cjkReportingVerbs.first(where: { last.hasByteSuffix($0) }) {
      verb = true
      let rest = String(last.dropLast(ending.count))
      if rest.isEmpty {
        words.removeLast()
        spaced = true
      } else {
        words[words.count - 1] = rest
      }
    }
    guard spaced || (role && verb), !words.isEmpty,
      words.allSatisfy({ (2...4).contains($0.count) })
    else { return nil }
    return words
  }

  /// Roles written before a Chinese reporter's name, longest first.
  static let cjkLeadRoles = [
    "本报记者", "本報記者", "本台记者", "本刊记者", "本网记者", "特约记者", "實習記者", "实习记者", "见习记者",
    "记者", "記者", "通讯员", "通訊員",
  ].sorted { $0.count > $1.count }
  /// Verbs written after the names: "reports", "photographs".
  static let cjkReportingVerbs = ["报道", "報道", "报导", "報導", "摄影", "攝影", "摄", "攝"].sorted {
    $0.count > $1.count
  }
  static let cjkCreditNeedles = NeedleSet(cjkLeadRoles + cjkReportingVerbs)
  /// Role, names and verb: more words than this is no credit line.
  static let maximumCJKCreditWords = 8

  /// A CJK name as one unspaced word with the role after it, spaced or
  /// not: "山田花子 記者", "山田花子記者", "홍길동 기자" give the name.
  static func cjkName(in text: String) -> String? {
    // Every role ends in a CJK letter: a text ending in anything else (most
    // lines read on a page) is no such name, and is not split.
    guard let end = text.unicodeScalars.last(where: { $0 != " " }), isCJKLetter(end) else { return nil }
    // Nor is a text that ends in no role (a role holds no space).
    if text.utf8.last != 0x20, !cjkRoles.contains(where: text.hasByteSuffix) { return nil }
    let words = text.split(separator: " ", maxSplits: 2).map(String.init)
    guard let last = words.last, words.count <= 2 else { return nil }
    for role in cjkRoles where last.hasByteSuffix(role) {
      let stem = String(last.dropLast(role.count))
      let rest = words.dropLast() + (stem.isEmpty ? [] : [stem])
      if let first = rest.first, rest.count == 1, first.count >= 2, first.unicodeScalars.allSatisfy(isCJKLetter) {
        return first
      }
    }
    return nil
  }

  /// "Sam Stein Senior Politics Editor" → "Sam Stein"; "Jane Doe in Politics", "Jane Doe from Reuters" → "Jane Doe".
  static func withoutTrailingTitle(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    if let name = cjkName(in: name) { return name }
    // Capitalised too: headline-case bylines write "Jane Doe For Dailymail.com".
    if let index = words.firstIndex(where: { ["in", "for", "at", "from", "using"].contains($0.lowercased()) }),
      index >= 2
    {
      words = Array(words[..<index])
    }
    var cut = words.count
    while cut > 0, titleWords.contains(words[cut - 1].lowercased().trimmed(in: .cachedPunctuation)) {
      cut -= 1
    }
    // Only cut a title off a name that is left with at least two words.
    guard cut >= 2, cut < words.count else { return words.joined(separator: " ") }
    return words[..<cut].joined(separator: " ")
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

  /// Role words written after a CJK name ("記者" reporter, "特派員"
  /// correspondent, "編集委員" senior staff writer, Chinese and Korean forms).
  /// Longer forms first, so "特約記者" goes whole rather than as "記者".
  static let cjkRoles = [
    "編集委員", "論説委員", "解説委員", "特別編集委員", "特約記者", "特派記者", "特派員", "支局長", "記者",
    "编辑", "特约记者", "记者", "特派员", "通讯员", "기자", "특파원", "논설위원", "선임기자",
  ].sorted { $0.count > $1.count }

  /// Han, kana and Hangul: scripts that write a name without spaces.
  static func isCJKLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
    default: false
    }
  }

  /// Head nouns of job titles: no name ends in one ("Diplomatic
  /// Correspondent", "Redakteurin", "Envoyé spécial" is caught by `titleWords`).
  static let roleNouns: Set<String> = [
    "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "writers",
    "columnist", "columnists", "journalist", "journalists", "contributor", "contributors", "producer",
    "photographer", "analyst", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste",
    "correspondant", "correspondante", "rédacteur", "rédactrice", "periodista", "corresponsal", "redactor",
    "redactora", "redacteur", "verslaggever", "correspondente", "giornalista", "corrispondente",
    "chefredakteur", "chefredakteurin", "reporterin", "journalistin", "volontär", "volontärin", "kolumnist",
    "kolumnistin", "redattore", "redattrice", "caporedattore", "caporedattrice", "hoofdredacteur", "redaktør",
    "redaktorka", "dziennikarz", "dziennikarka", "zpravodajka", "muhabir", "chroniqueur", "chroniqueuse",
  ]

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
    "read", "comments", "comment", "no", "admin", "administrator", "anonymous", "unknown", "user",
    "see", "link", "copied", "options", "print", "account", "profile", "archive", "rss", "feed", "get",
    "text", "size", "small", "medium", "large", "sharing", "show", "linkedin", "copy", "url",
    "著者", "記者", "編集部", "文", "写真", "特派員", "編集委員", "기자", "记者",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste", "correspondant", "correspondante",
    "rédacteur", "rédactrice", "envoyé", "envoyée", "spécial", "spéciale", "periodista", "corresponsal", "redactor",
    "redactora", "redacteur", "verslaggever", "enviado", "enviada", "especial", "giornalista", "corrispondente",
    "written", "contact", "subscribe", "newsletter", "menu", "close",
    "chefredakteur", "chefredakteurin", "stellvertretender", "stellvertretende", "ressortleiter", "ressortleiterin",
    "herausgeber", "herausgeberin", "volontär", "volontärin", "reporterin", "journalistin", "fotograf",
    "fotografin", "moderator", "moderatorin", "kolumnist", "kolumnistin", "gastautor", "gastautorin",
    "redaktionsleiter", "redaktionsleiterin", "chroniqueur", "chroniqueuse", "jefe", "jefa", "redattore",
    "redattrice", "caporedattore", "caporedattrice", "inviato", "inviata", "hoofdredacteur", "redaktør",
    "redaktor", "redaktorka", "dziennikarz", "dziennikarka", "zpravodaj", "zpravodajka", "muhabir", "editör",
    "support",
    "search", "sign", "login", "log", "in", "out", "home", "my", "click", "here",
    "ma", "md", "phd", "ph.d", "mba", "rn", "mph", "msc", "dds", "jd", "cpa", "esq",
  ]
  static let connectors: Set<String> = [
    "of", "the", "to", "for", "at", "and", "in", "de", "du", "der", "la", "en", "on", "am", "um", "le", "el", "il",
    "em", "às", "om", "op",
  ]
  /// Joining words that end no name, even one written surname first
  /// ("Jong, Michiel de" keeps its "de").
  static let trailingJoiners = connectors.subtracting(Byline.nameListWords).subtracting(surnameParticles)
  /// Byline and date labels that are not job titles ("Posted on",
  /// "Publiziert am", "Beitrag von", "Auteur", "Quelle").
  static let labelWords: Set<String> = [
    "posted", "published", "updated", "publiziert", "veröffentlicht", "aktualisiert", "erschienen", "stand",
    "artikel", "beitrag", "von", "vom", "autor", "autorin", "autoren", "auteur", "auteure", "autore", "autora",
    "publié", "mis", "à", "jour", "par", "publicado", "actualizado", "por", "pubblicato", "aggiornato", "di",
    "gepubliceerd", "bijgewerkt", "door", "publicerad", "publisert", "oppdatert", "udgivet", "opdateret", "av",
    "af", "opublikowano", "zveřejněno", "aktualizováno", "quelle", "source", "fuente", "fonte", "uhr", "heute",
    "gestern", "today", "yesterday", "hier", "aujourd'hui", "hoy", "ayer", "oggi", "ieri",
  ]
  /// Weekdays: a byline's date often starts with one ("Montag, 3. März").
  static let weekdays: Set<String> = [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
    "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "mandag", "tirsdag", "onsdag",
    "torsdag", "fredag", "lørdag", "søndag", "måndag", "tisdag", "lördag", "söndag", "poniedziałek", "wtorek",
    "środa", "czwartek", "piątek", "sobota", "niedziela", "pondělí", "úterý", "středa", "čtvrtek", "pátek",
    "neděle", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "segunda-feira",
    "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
  ]
  /// News agencies: a credit beside a person's name, the author only when
  /// nothing else is credited.
  static let agencies: Set<String> = [
    "ap", "afp", "dpa", "reuters", "efe", "ansa", "apa", "kna", "epd", "pap", "čtk", "ctk", "ntb", "tt", "ritzau",
    "sid", "anp", "belga", "sda", "ats", "xinhua", "kyodo", "jiji", "yonhap", "tass", "anadolu", "ajansı", "dha",
    "iha", "agencies", "agence", "agencia", "agenzia", "agentur", "nachrichtenagentur", "kathpress", "dts", "bernama",
    "antara", "lusa",
  ]
  /// The word for "agency" a wire's name may follow.
  static let agencyWords: Set<String> = [
    "agencia", "agência", "agence", "agenzia", "agentur", "agencja", "agentura", "agency", "ajansı",
  ]
  /// Editorial desks ("Redaktion", "Newsroom", "Support Team").
  static let deskWords: Set<String> = [
    "redaktion", "redaktionen", "rédaction", "redaction", "redacción", "redazione", "redactie", "redakcja",
    "redakce", "redaksjonen", "redaksjon", "toimitus", "newsroom", "team", "teams", "desk", "editorial",
    "redação", "redacao",
  ]
  /// Compounds naming a desk ("Online-Redaktion", "Sportredaktion").
  static let deskSuffixes = ["redaktion", "-team", "redaksjonen", "redactie"]
  /// Parts of unspaced (CJK) words that mark an editorial desk or company.
  static let organisationMarks = ["編集部", "新聞社", "通信社", "编辑部", "株式会社"]
  /// Words that mark an organisation rather than a person.
  static let organisationWords: Set<String> = [
    "inc", "ltd", "llc", "corp", "corporation", "gmbh", "news", "press", "media", "agency", "newsroom",
    "associated", "reuters", "afp", "dpa", "wire", "wires", "publishing", "publications", "magazine",
    "newspaper", "network", "company", "co", "ag", "sa", "plc", "times", "post", "journal", "tribune",
    "herald", "gazette", "daily", "telegraph", "chronicle",
  ]
}
