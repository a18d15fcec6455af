import Testing

@testable import NewsgrabExtraction

@Suite("Author cleaning")
struct AuthorCleanerTests {
  let cleaner = AuthorCleaner(publisherNames: ["The Coastal Ledger", "Copyright (c) Example Media Group 2022"])

  @Test func splitsMultiAuthorBylines() {
    #expect(
      cleaner.names(in: "By Dora Vance, Emeka Stroud and Lia Ortiz") == ["Dora Vance", "Emeka Stroud", "Lia Ortiz"])
    #expect(cleaner.names(in: "Von Jochen Weber und Tina Roth") == ["Jochen Weber", "Tina Roth"])
    // Labels in the languages of probe set 15 go; the name stays.
    #expect(cleaner.names(in: "লেখক: তানভীর আহমেদ") == ["তানভীর আহমেদ"])
    #expect(cleaner.names(in: "Συντάκτης: Γιώργος Παπαδόπουλος") == ["Γιώργος Παπαδόπουλος"])
    #expect(cleaner.names(in: "Autorius: Tomas Kazlauskas") == ["Tomas Kazlauskas"])
  }

  @Test func dropsDatesTitlesAndLabels() {
    #expect(cleaner.names(in: "By Lucas Nolan22 Dec 2016") == ["Lucas Nolan"])
    #expect(cleaner.names(in: "Sam Stone Senior Politics Editor") == ["Sam Stone"])
    #expect(cleaner.names(in: "Howard BlumeStaff Writer") == ["Howard Blume"])
    #expect(cleaner.names(in: "Oli Cole\nView author archive\nGet author RSS feed") == ["Oli Cole"])
    #expect(cleaner.names(in: "Staff").isEmpty)
    #expect(cleaner.names(in: "Michael Lark in Valve") == ["Michael Lark"])
    // Where the writer works is no part of the name.
    #expect(cleaner.names(in: "By Dora Vance from Harbour Radio") == ["Dora Vance"])
  }

  /// From a photo credit on, the names are the photographers'; a desk
  /// beside a person ("da Redação") is no author.
  @Test func dropsPhotographersAndDesksBesideTheWriter() {
    #expect(cleaner.names(in: "Text: Anna Schmidt, Fotos: Peter Braun und Eva Lang") == ["Anna Schmidt"])
    #expect(cleaner.names(in: "Por Ana Souza, da Redação") == ["Ana Souza"])
    #expect(cleaner.names(in: "Oleh: Budi Santoso") == ["Budi Santoso"])
  }

  /// A label is told by its shape in any language: one capitalised word
  /// and a colon, before the name or after it ("Kuvat:" credits the
  /// pictures); a colon after a single word of the name is no second label.
  @Test func labelsToldByTheirShape() {
    #expect(cleaner.names(in: "Yazan: Ayşe Demir") == ["Ayşe Demir"])
    #expect(cleaner.names(in: "Szerző: Kovács Péter") == ["Kovács Péter"])
    #expect(cleaner.names(in: "Teksti: Matti Virtanen Kuvat: Liisa Korhonen") == ["Matti Virtanen"])
    #expect(AuthorCleaner.laterLabel(in: "Teksti: Matti Kuvat: Liisa") == nil)
    #expect(AuthorCleaner.withoutColonLabel("Re: the harbour") == "Re: the harbour")
    #expect(AuthorCleaner.withoutColonLabel("Updated 11:51") == "Updated 11:51")
  }

  /// Beside a full name, a part with a plain lower-case word inside it is
  /// a phrase ("Laporan wartawan Kompas": a report line); alone, or written
  /// with a particle, it stays a name.
  @Test func phraseBesideAFullNameIsNoPerson() {
    #expect(cleaner.names(in: "Laporan wartawan Kompas, Budi Santoso") == ["Budi Santoso"])
    #expect(cleaner.names(in: "Cindy mangomini") == ["Cindy mangomini"])
    #expect(cleaner.names(in: "Pieter van Dijk, Anna Bakker") == ["Pieter van Dijk", "Anna Bakker"])
    #expect(cleaner.names(in: "Lena deCasparis, Anna Bakker") == ["Lena deCasparis", "Anna Bakker"])
  }

  /// A wire named with the word for agency ("Agencia EFE") goes by its own
  /// name; "the" before a name and a joining word after it are no part of it.
  @Test func agencyWordArticleAndJoinersAroundNames() {
    let credits = AuthorCleaner(publisherNames: [], keepsDesks: true)
    #expect(credits.names(in: "Agencia EFE") == ["EFE"])
    #expect(credits.names(in: "Agence France-Presse") == ["Agence France-Presse"])
    #expect(credits.names(in: "By the Associated Press") == ["Associated Press"])
    #expect(cleaner.names(in: "by Jane Doe on") == ["Jane Doe"])
    // A particle ends a name written surname first: it stays.
    #expect(cleaner.name("Jong, Michiel de").last == "Michiel de")
  }

  /// "Redacción / EFE": beside an agency, a desk only passed the copy on.
  @Test func agencyOverDeskWhenOnlyCreditsAreGiven() {
    let credits = AuthorCleaner(publisherNames: [], keepsDesks: true)
    #expect(Authors.agenciesOverDesks(credits.names(in: "Redacción / EFE"), credits) == ["EFE"])
    #expect(Authors.agenciesOverDesks(["Redaktion"], credits) == ["Redaktion"])
    #expect(Authors.agenciesOverDesks(["Jane Doe", "Redaktion", "dpa"], credits) == ["Jane Doe", "dpa"])
  }

  /// The paper's word for its own writer before the name ("by our
  /// correspondent") goes, in the languages that write it so.
  @Test func dropsOwnWritersRole() {
    #expect(cleaner.names(in: "Door onze redacteur Pieter de Vries") == ["Pieter de Vries"])
    #expect(cleaner.names(in: "Von unserem Korrespondenten Max Muster") == ["Max Muster"])
    #expect(cleaner.names(in: "By our own correspondent Jane Doe") == ["Jane Doe"])
    #expect(AuthorCleaner.withoutOwnRole("notre envoyé spécial Jean Dupont") == "Jean Dupont")
    // Not a role, or no full name after it: the text stays as it is.
    #expect(AuthorCleaner.withoutOwnRole("our town hall Jane Doe") == "our town hall Jane Doe")
    #expect(AuthorCleaner.withoutOwnRole("onze eigen redacteur Pieter") == "onze eigen redacteur Pieter")
  }

  /// Labels in scripts without capitals: the label cannot be told from the
  /// name by case, only by the word.
  @Test func dropsLabelsOfUncasedScripts() {
    #expect(cleaner.names(in: "بقلم: سامي الخطيب") == ["سامي الخطيب"])
    #expect(cleaner.names(in: "מאת דנה כהן") == ["דנה כהן"])
    #expect(cleaner.names(in: "โดย สมชาย ใจดี") == ["สมชาย ใจดี"])
  }

  @Test func dropsPublishersAndLinks() {
    #expect(cleaner.names(in: "The Coastal Ledger").isEmpty)
    #expect(cleaner.name("Example Media Group").isEmpty)
    #expect(cleaner.name("https://www.example.com/profile/jane").isEmpty)
    #expect(cleaner.names(in: "Pete Ross · CBC News · Posted: Dec 13, 2016") == ["Pete Ross"])
  }

  @Test func keepsAffiliationOutOfNames() {
    #expect(cleaner.name("John Patrick Pullman, TIME") == ["John Patrick Pullman"])
  }

  @Test func readsSurnameFirstFields() {
    #expect(cleaner.name("Gillam, Steve") == ["Steve Gillam"])
  }

  @Test func gluedByPrefixIsStrippedButNamesStartingWithByAreKept() {
    #expect(cleaner.names(in: "ByTravis Haley") == ["Travis Haley"])
    #expect(cleaner.names(in: "Byron Kale") == ["Byron Kale"])
  }

  @Test func recognisesUsernames() {
    #expect(AuthorCleaner.isUsername("mikecase"))
    #expect(!AuthorCleaner.isUsername("Mike Case"))
  }

  @Test func otherCreditsAreNotAuthors() {
    #expect(cleaner.names(in: "Rob Ewing\nEdited by Betty Bayer") == ["Rob Ewing"])
    #expect(cleaner.names(in: "By Ana Ruiz | Photos by Leo Vance") == ["Ana Ruiz"])
  }

  @Test func labelsAreStrippedAndNeverReturned() {
    #expect(cleaner.names(in: "Publiziert am").isEmpty)
    #expect(cleaner.names(in: "Veröffentlicht am 3. März 2025").isEmpty)
    #expect(cleaner.names(in: "Posted on").isEmpty)
    #expect(cleaner.names(in: "Auteur").isEmpty)
    #expect(cleaner.names(in: "Montag, 3. März 2025").isEmpty)
    #expect(cleaner.names(in: "Chefredakteur").isEmpty)
    #expect(cleaner.names(in: "vom Support Team").isEmpty)
    #expect(cleaner.names(in: "Artikel von Jonas Weber") == ["Jonas Weber"])
    #expect(cleaner.names(in: "Ein Beitrag von Lena Hofer") == ["Lena Hofer"])
    #expect(cleaner.names(in: "Auteur : Claire Dubois") == ["Claire Dubois"])
    #expect(cleaner.names(in: "Escrito por Ana Ruiz") == ["Ana Ruiz"])
    #expect(cleaner.names(in: "Scritto da Marco Bellini") == ["Marco Bellini"])
    #expect(cleaner.names(in: "Napisał Piotr Nowak") == ["Piotr Nowak"])
    #expect(cleaner.names(in: "Автор: Иван Петров") == ["Иван Петров"])
    #expect(cleaner.names(in: "Tekst: Ola Nordmann") == ["Ola Nordmann"])
    #expect(cleaner.names(in: "Tom Berger\nChefredakteur") == ["Tom Berger"])
  }

  /// CJK credits, Greek and Romanian leads, and e-mail addresses beside a name.
  @Test func creditsWithoutALatinLeadWord() {
    #expect(cleaner.names(in: "홍길동 기자 hong@example.kr") == ["홍길동"])
    #expect(cleaner.names(in: "记者 张伟 李娜 报道") == ["张伟", "李娜"])
    #expect(cleaner.names(in: "本报记者 张伟") == ["张伟"])
    #expect(cleaner.names(in: "张伟 摄") == ["张伟"])
    #expect(cleaner.names(in: "Της Μαρίας Οικονόμου") == ["Μαρίας Οικονόμου"])
    #expect(cleaner.names(in: "Γράφει ο Γιώργος Παπαδόπουλος") == ["Γιώργος Παπαδόπουλος"])
    #expect(cleaner.names(in: "de Andrei Popescu, 5 martie 2019") == ["Andrei Popescu"])
    #expect(cleaner.names(in: "De Luca") == ["De Luca"])
    #expect(cleaner.names(in: "Jane Doe jane.doe@example.com") == ["Jane Doe"])
    #expect(cleaner.names(in: "jane.doe@example.com").isEmpty)
    #expect(AuthorCleaner.cjkCredit("记者观察") == nil)
    #expect(AuthorCleaner.cjkCredit("记者 张伟 李娜 王芳 赵强 孙丽 周杰 陈明 报道") == nil)
  }

  @Test func splitsNordicTurkishAndOtherLists() {
    #expect(cleaner.name("Kari Holm og Per Dahl") == ["Kari Holm", "Per Dahl"])
    #expect(cleaner.names(in: "Av Anna Berg och Erik Lund") == ["Anna Berg", "Erik Lund"])
    #expect(cleaner.names(in: "Ayşe Kaya ve Mehmet Demir") == ["Ayşe Kaya", "Mehmet Demir"])
  }

  @Test func agenciesAndDesksAreCreditsNotBylineNames() {
    #expect(cleaner.names(in: "Jonas Weber, dpa") == ["Jonas Weber"])
    #expect(cleaner.names(in: "Redaktion").isEmpty)
    #expect(cleaner.names(in: "Quelle: sid").isEmpty)
    // As the only credit (an explicit field or the last resort) they stay.
    let credits = AuthorCleaner(publisherNames: [], keepsDesks: true)
    #expect(credits.name("BR24 Redaktion") == ["BR24 Redaktion"])
    #expect(credits.names(in: "Quelle: dpa") == ["dpa"])
    #expect(credits.isOrganisation("Online-Redaktion"))
    #expect(!credits.isOrganisation("Lena Hofer"))
  }

  @Test func splitsBylinesInOtherLanguages() {
    #expect(cleaner.names(in: "Par Claire Dubois et Marc Petit") == ["Claire Dubois", "Marc Petit"])
    #expect(cleaner.names(in: "Por Lucía Gómez y Diego Ruiz") == ["Lucía Gómez", "Diego Ruiz"])
    #expect(cleaner.names(in: "Door Sanne de Jong en Bram Visser") == ["Sanne de Jong", "Bram Visser"])
  }

  @Test func jobTitleBetweenNamesIsNotAPerson() {
    #expect(
      cleaner.names(in: "By Rosa Lind, Foreign Correspondent, Jan de Boer and Kofi Mensah | Harbour Wire")
        == ["Rosa Lind", "Jan de Boer", "Kofi Mensah"])
    #expect(cleaner.names(in: "Anna Vogt, Redakteurin") == ["Anna Vogt"])
    #expect(cleaner.names(in: "Claire Dubois, envoyée spéciale") == ["Claire Dubois"])
    // A surname that merely contains a role word is still a name.
    #expect(cleaner.names(in: "By Mara Editorson") == ["Mara Editorson"])
  }

  @Test func roleAfterCJKNameIsDropped() {
    #expect(cleaner.names(in: "佐藤一郎 記者") == ["佐藤一郎"])
    #expect(cleaner.names(in: "佐藤一郎記者") == ["佐藤一郎"])
    #expect(cleaner.names(in: "鈴木次郎 編集委員") == ["鈴木次郎"])
    #expect(cleaner.names(in: "高橋三郎特派員") == ["高橋三郎"])
    #expect(cleaner.names(in: "김민수 기자") == ["김민수"])
    #expect(cleaner.names(in: "佐藤一郎") == ["佐藤一郎"])
    #expect(cleaner.names(in: "記者").isEmpty)
  }

  /// An aside in brackets after a name (where the person works, an agency)
  /// goes; a one-word handle and brackets inside a name stay.
  @Test func asideInBracketsAfterTheName() {
    #expect(cleaner.name("Élodie Marchand(Lyon, correspondante régionale)") == ["Élodie Marchand"])
    #expect(cleaner.names(in: "By Dora Vance (Reuters)") == ["Dora Vance"])
    #expect(cleaner.names(in: "Von Jochen Weber (Redaktion Wirtschaft)") == ["Jochen Weber"])
    #expect(cleaner.name("藍天 (skyblue)") == ["藍天 (skyblue)"])
    #expect(cleaner.name("Bruna (Maria Lopes) Castro") == ["Bruna (Maria Lopes) Castro"])
  }

  /// One name written twice by markup for two screen sizes is one author.
  @Test func nameWrittenTwiceInARow() {
    #expect(cleaner.names(in: "by Lia OrtizLia Ortiz") == ["Lia Ortiz"])
    #expect(cleaner.name("Emeka StroudEmeka Stroud") == ["Emeka Stroud"])
    #expect(cleaner.names(in: "By Ana Ana") == ["Ana Ana"])
  }

  /// " By " inside a line starts the credit (an avatar's caption, then the
  /// byline); the kind of piece before "von"/"by" and a full name goes, and
  /// a name with "von" in it stays whole.
  @Test func creditStartsAtByAndAfterThePieceKind() {
    #expect(cleaner.names(in: "Dora Vance By Dora Vance") == ["Dora Vance"])
    #expect(cleaner.names(in: "Kommentar von Jochen Weber") == ["Jochen Weber"])
    #expect(cleaner.names(in: "Analysis by Emeka Stroud") == ["Emeka Stroud"])
    #expect(cleaner.name("Kommentar von Tina Roth") == ["Tina Roth"])
    #expect(AuthorCleaner.withoutPieceKind("Wernher von Braun") == "Wernher von Braun")
    #expect(AuthorCleaner.withoutPieceKind("Maria di Lorenzo Conti") == "Maria di Lorenzo Conti")
    #expect(AuthorCleaner.withoutPieceKind("Kommentar von der Redaktion") == "Kommentar von der Redaktion")
  }

  @Test func pictureCreditInAnAuthorFieldNamesNoAuthor() {
    #expect(cleaner.name("Foto: Lars Brandt").isEmpty)
    #expect(cleaner.name("Illustration by Teodor Vance").isEmpty)
    #expect(cleaner.name("Lars Brandt") == ["Lars Brandt"])
  }

  @Test func paperAfterTheNameIsNoAuthor() {
    #expect(cleaner.names(in: "Maeve Halloran, The Lakeshore Ledger") == ["Maeve Halloran"])
    #expect(cleaner.names(in: "Lena Hartl, Der Standard") == ["Lena Hartl"])
    #expect(cleaner.names(in: "Maeve Halloran, Theo Brandt") == ["Maeve Halloran", "Theo Brandt"])
  }

  @Test func japaneseRoleAfterTheNameSaysWhoWrote() {
    #expect(cleaner.names(in: "Ada Kimura 著、佐藤 一郎 訳") == ["Ada Kimura"])
    #expect(cleaner.names(in: "山本 春香 文、田中 二郎 写真") == ["山本 春香"])
    #expect(cleaner.names(in: "鈴木 三郎 監修") == [])
    // After an ideographic space, as Japanese pages set it.
    #expect(cleaner.names(in: "Ada Kimura\u{3000}著、佐藤 一郎\u{3000}訳") == ["Ada Kimura"])
    // An author field (microdata, meta) reads the same way.
    #expect(cleaner.name("Ada Kimura\u{3000}著、佐藤 一郎\u{3000}監訳") == ["Ada Kimura"])
  }

  @Test func sectionSetApartBeforeFullNamesIsNoAuthor() {
    #expect(cleaner.names(in: "Wirtschaft · Hanna Keller, Tobias Brandt") == ["Hanna Keller", "Tobias Brandt"])
    #expect(cleaner.names(in: "Kultur | Hanna Keller") == ["Hanna Keller"])
    // Only before full names: a one-word name beside another one stays.
    #expect(cleaner.names(in: "Prince · Morrison") == ["Prince", "Morrison"])
    // Nor is a name in capitals or lower case (an agency, a login) a section.
    #expect(cleaner.names(in: "hkeller | Hanna Keller").contains("Hanna Keller"))
  }

  /// A second credit on the same line with no mark before it ends the
  /// writer's name; where the writer is, after a comma, is no second name.
  @Test func creditOrPlaceAfterTheNameOnTheSameLine() {
    #expect(cleaner.names(in: "Text: Anna Svensson Foto: Erik Berg") == ["Anna Svensson"])
    #expect(cleaner.names(in: "By Jane Doe Photos by John Smith") == ["Jane Doe"])
    #expect(cleaner.names(in: "Por Ana Souza, do Rio") == ["Ana Souza"])
    #expect(cleaner.names(in: "By Jane Doe, in Washington") == ["Jane Doe"])
    // A second writer after the comma stays; so does a lower-case particle
    // that starts the only name.
    #expect(cleaner.names(in: "Por Ana Souza, João Lima") == ["Ana Souza", "João Lima"])
    #expect(cleaner.names(in: "Anna Schmidt") == ["Anna Schmidt"])
    #expect(AuthorCleaner.cutAtCredit("Foto: Erik Berg") == "Foto: Erik Berg")
  }

  /// More labels that lead into the writer's name, another credit after a
  /// semicolon, and a bio sentence cut to the name it is about.
  @Test func reportingLabelsAndBioSentences() {
    #expect(cleaner.names(in: "Reporting by Jane Doe; Editing by John Smith") == ["Jane Doe"])
    #expect(cleaner.names(in: "Propos recueillis par Jean Dupont") == ["Jean Dupont"])
    #expect(cleaner.names(in: "Autorka: Anna Nowak") == ["Anna Nowak"])
    #expect(cleaner.names(in: "Autrice: Giulia Verdi") == ["Giulia Verdi"])
    #expect(cleaner.names(in: "Lena Marsh is a travel writer who lives by the sea.") == ["Lena Marsh"])
    #expect(cleaner.names(in: "Anna Schmidt ist Redakteurin im Ressort Politik") == ["Anna Schmidt"])
    // One word before the verb is no full name: nothing is cut.
    #expect(AuthorCleaner.cutAtBio("Jane is a reporter") == "Jane is a reporter")
  }

  /// A lead word after the date leads into the name: the name after it is
  /// kept, not cut off with the date.
  @Test func nameAfterTheDateAndItsLeadWord() {
    #expect(cleaner.names(in: "Posted on May 15, 2013 by Jane Doe") == ["Jane Doe"])
    #expect(cleaner.names(in: "le 15 mai 2013 à 10h00 par Jean Dupont") == ["Jean Dupont"])
    #expect(cleaner.names(in: "Opublikowano 15.05.2013 przez Jan Kowalski") == ["Jan Kowalski"])
    // A lead word before a lower-case word leads into no name.
    #expect(AuthorCleaner.cutAtDate("By Jane Doe 15 May 2013 by the harbour") == "By Jane Doe")
  }

  /// A Chinese credit line names the editor in charge after the writer,
  /// set apart by an ideographic space (read as a space), its label with
  /// a full-width colon.
  @Test func editorAfterTheWriterOnACJKCreditLine() {
    #expect(cleaner.names(in: "作者：张三\u{3000}责任编辑：李四") == ["张三"])
    #expect(AuthorCleaner.cutAtCredit("作者：张三 编辑：李四") == "作者：张三")
  }

  /// A label's other gender ("Autor/a:", "Autor*in:") is part of the
  /// label; Indonesian agencies label the reporter "Pewarta:".
  @Test func genderEndingsAndReporterLabels() {
    #expect(cleaner.names(in: "Autor/a: Lucía Fernández") == ["Lucía Fernández"])
    #expect(cleaner.names(in: "Autor*in: Max Muster") == ["Max Muster"])
    #expect(cleaner.names(in: "Pewarta: Rina Kusuma | Editor: Agus Salim") == ["Rina Kusuma"])
    #expect(Byline.readsAsByLine("Autor/a: Lucía Fernández"))
    // An ending not before a colon is no label's ("Nowak/a" in a list).
    #expect(AuthorCleaner.withoutGenderEndings("Autor: Jan Nowak/a kol.") == "Autor: Jan Nowak/a kol.")
  }

  /// CMS lines around a name: Drupal's "Submitted by … on …", a day told
  /// relative to the reader's after "от"/"from" ("Вчера", "Today"), and a
  /// forum's breadcrumb mark after the name.
  @Test func cmsLinesAroundTheName() {
    #expect(cleaner.names(in: "Submitted by Jane Doe on Wed, 05/15/2013 - 11:51") == ["Jane Doe"])
    #expect(cleaner.names(in: "Ольга Кравец от Вчера, 11:51") == ["Ольга Кравец"])
    #expect(cleaner.names(in: "Jane Doe, Today at 9:05") == ["Jane Doe"])
    #expect(cleaner.names(in: "Gareth Lewis »") == ["Gareth Lewis"])
  }

  /// "Per", "Ni", "Nga", "Na" lead a byline in one language and are names
  /// (or other words) in the rest: a label only on a page in that language.
  @Test func leadsOfOneLanguageOnly() {
    func names(_ byline: String, _ language: String?) -> [String] {
      AuthorCleaner(publisherNames: [], language: language).names(in: byline)
    }
    #expect(names("Per Jordi Puig i Marta Soler", "ca") == ["Jordi Puig", "Marta Soler"])
    #expect(names("per Jordi Puig", "ca-ES") == ["Jordi Puig"])
    #expect(names("Per Olsson", "sv") == ["Per Olsson"])
    #expect(names("Per Olsson", nil) == ["Per Olsson"])
    #expect(names("Ni Maria Santos", "fil") == ["Maria Santos"])
    #expect(names("Nga Arben Hoxha", "sq") == ["Arben Hoxha"])
    #expect(names("Nga Nguyen", "en") == ["Nga Nguyen"])
    #expect(names("Na Juma Hamisi", "sw") == ["Juma Hamisi"])
  }

  /// Leads without a colon in more languages: "writes" (hr, sr, bs, sl),
  /// "written by" (fi), "by" (af, is).
  @Test func leadsWithoutAColon() {
    #expect(cleaner.names(in: "Piše Ivan Horvat") == ["Ivan Horvat"])
    #expect(cleaner.names(in: "Пише Марко Петровић") == ["Марко Петровић"])
    #expect(cleaner.names(in: "Kirjoittanut Matti Virtanen") == ["Matti Virtanen"])
    #expect(cleaner.names(in: "Deur Pieter Botha") == ["Pieter Botha"])
    #expect(cleaner.names(in: "Eftir Jón Jónsson") == ["Jón Jónsson"])
  }
}

/// A line under the headline that starts with a lead word and a name is the
/// byline, with no class to say so: the leads of one language count only
/// on a page in that language, the colonless leads of more languages on any.
@Suite("Byline leads")
struct BylineLeadTests {
  static func authors(_ line: String, lang: String) throws -> [String] {
    let html = """
      <html lang="\(lang)"><head><title>Riverside library reopens</title></head><body><article>
      <h1>Riverside library reopens</h1><p>\(line)</p>
      <p>\(prose("the library"))</p><p>\(prose("the reading room"))</p></article></body></html>
      """
    return try extract(html).authors
  }

  @Test func aLanguagesOwnLeadOnAPageInThatLanguage() throws {
    #expect(try Self.authors("Per Laia Ferrer", lang: "ca") == ["Laia Ferrer"])
    #expect(try Self.authors(#"Ni <a href="/may-akda/maria-santos">Maria Santos</a>"#, lang: "tl") == ["Maria Santos"])
    #expect(try Self.authors("Na Juma Hamisi", lang: "sw") == ["Juma Hamisi"])
    // Elsewhere "Per Laia Ferrer" is a name, and no lead makes the line a byline.
    #expect(try Self.authors("Per Laia Ferrer", lang: "en") == [])
  }

  /// A classless signature line of spans: the byline is the inner span
  /// that reads "Por …", not the line with the place and date after it.
  @Test func theInnermostSpanThatReadsAsTheByline() throws {
    let line = "<span>Por Lucía Ortega Ruiz</span> <span>Sevilla</span> <span>5 de marzo de 2015 - 18:32 h.</span>"
    #expect(try Self.authors(line, lang: "es") == ["Lucía Ortega Ruiz"])
  }

  @Test func colonlessLeadsOfMoreLanguages() throws {
    #expect(try Self.authors("Piše Ivan Horvat", lang: "hr") == ["Ivan Horvat"])
    #expect(try Self.authors("Piše: Ivan Horvat", lang: "hr") == ["Ivan Horvat"])
    #expect(try Self.authors("Kirjoittanut Matti Virtanen", lang: "fi") == ["Matti Virtanen"])
    #expect(try Self.authors("Eftir Jón Jónsson", lang: "is") == ["Jón Jónsson"])
  }
}
