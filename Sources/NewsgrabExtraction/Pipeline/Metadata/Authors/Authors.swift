import NewsgrabHTML

/// The article's authors: JSON-LD people, author meta tags, microdata, then
/// the byline on the page, all through `AuthorCleaner`.
struct Authors {
  let sources: MetadataSources
  let publisherNames: [String]
  /// The page's language, for byline leads that are labels in one language only.
  var language: String? = nil
  /// The byline's candidate elements, found once for all three cleaners.
  let bylineCandidates = BylineCandidates()

  /// For bylines on the page: any name the site goes by is not an author.
  var cleaner: AuthorCleaner {
    AuthorCleaner(publisherNames: publisherNames + legalNames, language: language)
  }

  /// For explicit author fields: only the publisher's legal names rule a
  /// value out, since a personal blog's site name is its author's name.
  var structuredCleaner: AuthorCleaner {
    AuthorCleaner(
      publisherNames: legalNames + [SourceName(sources: sources).publisherName].compactMap { $0 },
      siteNames: publisherNames, keepsDesks: true, language: language)
  }

  var legalNames: [String] {
    sources.meta.all("copyright") + sources.meta.all("dc.rights") + sources.meta.all("publisher")
  }

  /// Meta keys naming authors. `article:author` is often a profile URL,
  /// which the cleaner drops.
  static let metaKeys = [
    "article:author", "dc.creator", "dc:creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "author", "byl", "citation_author", "cxenseparse:author", "og:article:author", "og:author",
  ]

  /// For the last resort: any organisation or desk an explicit author
  /// field or a byline names, the publisher included ("Associated Press",
  /// "BR24 Redaktion", "dpa"), when no person is credited anywhere.
  var creditCleaner: AuthorCleaner {
    AuthorCleaner(publisherNames: [], keepsDesks: true, language: language)
  }

  func resolve() -> Sourced<[String]>? {
    let cleaner = structuredCleaner
    // An organisation (agency, desk) in an explicit field gives way to
    // people in the byline: "AFP" in JSON-LD, "Jane Doe (AFP)" on the page.
    var organisations: Sourced<[String]>?
    if let ld = sources.ld {
      var names: [String] = []
      for key in ["author", "creator"] {
        for value in ld[key]?.array ?? [] {
          let node = sources.structured.dereference(value)
          let types = sources.structured.types(of: node)
          // An Organization as author is the publisher or a desk; keep desks only
          // when they survive the publisher filter.
          if types.contains("Organization") || types.contains("NewsMediaOrganization"), node["name"] == nil { continue }
          if let text = Self.personName(node) { names += cleaner.name(text) }
        }
        if !names.isEmpty { break }
      }
      if let names = unique(Self.peopleFirst(names, cleaner)) {
        let found = Sourced(names, "json-ld")
        guard names.allSatisfy(cleaner.isOrganisation) else { return crossChecked(found) }
        organisations = found
      }
    }
    // A login ("jdoe") is the last resort: a real name elsewhere wins.
    var username: Sourced<[String]>?
    for key in Self.metaKeys {
      let names = sources.meta.all(key).flatMap(cleaner.name)
      guard let names = unique(Self.peopleFirst(names, cleaner)) else { continue }
      if names.allSatisfy(AuthorCleaner.isUsername) {
        if username == nil { username = Sourced(names, "meta:\(key)") }
        continue
      }
      // "The Town Crier" in the author tag and in the "© 2024 The Town
      // Crier" line is the publisher, whatever its words.
      if names.allSatisfy(cleaner.isOrganisation) || namedByCopyright(names) {
        if organisations == nil { organisations = Sourced(names, "meta:\(key)") }
        continue
      }
      return crossChecked(Sourced(names, "meta:\(key)"))
    }
    if let names = unique((sources.microdata.values["author"] ?? []).flatMap(cleaner.name)) {
      return Sourced(names, "microdata")
    }
    let byline = Byline(page: sources.page, cleaner: self.cleaner, candidates: bylineCandidates)
    if let names = unique(byline.names()) {
      return Sourced(names, "dom:byline")
    }
    if username == nil, organisations == nil,
      let names = unique(byline.datelineName { Headline(sources: sources, siteNames: []).navigationKeys })
    {
      return Sourced(names, "dom:dateline")
    }
    if username == nil, organisations == nil,
      Byline.mayBeKorean(language: sources.meta.htmlLanguage, title: sources.meta.title),
      let names = unique(byline.wireLeadNames())
    {
      return Sourced(names, "dom:wire-lead")
    }
    if username == nil, organisations == nil, let names = unique(byline.signatureNames()) {
      return Sourced(names, "dom:signature")
    }
    if username == nil, organisations == nil, let names = unique(byline.aboutAuthorNames()) {
      return Sourced(names, "dom:about-author")
    }
    return username ?? organisations ?? onlyCredit()
  }

  /// Whether the page's copyright line names every one of `names` (a
  /// publisher no metadata calls one).
  func namedByCopyright(_ names: [String]) -> Bool {
    let keys = names.map(TitleSplitter.key)
    guard keys.allSatisfy({ $0.count >= TitleSplitter.minimumSiteKeyLength }) else { return false }
    let lines = SourceName(sources: sources).copyrightKeys
    return keys.allSatisfy { key in lines.contains { $0.contains(key) } }
  }

  /// The people (and desks) among `names` when there are any: an agency or
  /// company listed beside a person ("Jane Doe", "AFP") is a credit, not an
  /// author; a desk beside a person ("Jane Doe", "Gear Team") is kept.
  static func peopleFirst(_ names: [String], _ cleaner: AuthorCleaner) -> [String] {
    let people = names.filter { !cleaner.isAgencyOrCompany($0) }
    return people.isEmpty ? names : people
  }

  /// A person's name from a JSON-LD node: `name`, else `givenName` +
  /// `familyName` (some CMSs write only those).
  static func personName(_ node: JSONValue) -> String? {
    if let text = node.text { return text }
    let parts = ["givenName", "additionalName", "familyName"].compactMap {
      node[$0]?.text?.trimmed(in: .cachedWhitespaces).nonEmpty
    }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The explicit field's names, or the byline's when the byline names the
  /// same people and more: a CMS field often keeps only the first author
  /// ("A" in JSON-LD, "A and B" on the page).
  func crossChecked(_ found: Sourced<[String]>) -> Sourced<[String]> {
    guard
      let byline = unique(
        Byline(page: sources.page, cleaner: cleaner, candidates: bylineCandidates).names(readingText: false)),
      byline.count > found.value.count, byline.count <= Self.maximumCrossCheckedAuthors
    else { return found }
    let keys = Set(found.value.map(TitleSplitter.key))
    let bylineKeys = Set(byline.map(TitleSplitter.key))
    guard keys.isSubset(of: bylineKeys) else { return found }
    // The names the field lacks must be shaped like full names ("Per Dahl",
    // not "Follow us" or a stray word of the byline block).
    let added = byline.filter { !keys.contains(TitleSplitter.key($0)) }
    guard added.allSatisfy(Self.isFullName) else { return found }
    return Sourced(byline, "dom:byline")
  }

  /// Two words or more, each capitalised or a surname particle ("Sanne de Jong").
  static func isFullName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    return words.count >= 2
      && words.allSatisfy { word in
        word.first?.isUppercase == true || Byline.nameListWords.contains(word.lowercased())
      }
  }

  /// A byline with more names than this beside a shorter explicit list is a
  /// list of people (related stories, a team box), not the article's byline.
  static let maximumCrossCheckedAuthors = 6

  /// When no person is credited anywhere: the organisation or desk that
  /// an explicit field or the byline names ("Associated Press", "BR24
  /// Redaktion", "dpa"), even when it is the publisher itself.
  func onlyCredit() -> Sourced<[String]>? {
    let cleaner = creditCleaner
    let agencyFirst = { (names: [String]) in Self.agenciesOverDesks(names, cleaner) }
    if let ld = sources.ld {
      let names = (ld["author"]?.array ?? []).compactMap { Self.personName(sources.structured.dereference($0)) }
      if let names = unique(agencyFirst(names.flatMap(cleaner.name))) { return Sourced(names, "json-ld") }
    }
    for key in Self.metaKeys {
      if let names = unique(agencyFirst(sources.meta.all(key).flatMap(cleaner.name))) {
        return Sourced(names, "meta:\(key)")
      }
    }
    return unique(agencyFirst(Byline(page: sources.page, cleaner: cleaner, candidates: bylineCandidates).names())).map {
      Sourced($0, "dom:byline")
    }
  }

  /// "Redacción / EFE": a desk credited beside an agency or company passed
  /// the wire's copy on; the agency wrote it. Desks alone stay.
  static func agenciesOverDesks(_ names: [String], _ cleaner: AuthorCleaner) -> [String] {
    guard names.contains(where: cleaner.isAgencyOrCompany) else { return names }
    return names.filter { cleaner.isAgencyOrCompany($0) || !cleaner.isOrganisation($0) }
  }

  private func unique(_ names: [String]) -> [String]? {
    var seen = Set<String>()
    let result = names.filter { seen.insert(TitleSplitter.key($0)).inserted }
    return result.isEmpty ? nil : result
  }
}
