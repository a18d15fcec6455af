import Foundation
import Testing

@testable import NewsgrabExtraction

/// Dates as pages in many languages write them: month names (nominative
/// and declined), day-first numbers, CJK, other scripts' digits, the Solar
/// Hijri calendar; and text that only looks like a date.
@Suite("Date languages")
struct DateLanguagesTests {
  /// One written date per month table, each in its own language's form.
  @Test(arguments: [
    ("5 March 2019", "2019-03-05"),  // en
    ("5. März 2019", "2019-03-05"),  // de
    ("Publié le 1er mars 2019", "2019-03-01"),  // fr
    ("le 3 févr. 2019", "2019-02-03"),  // fr abbreviation
    ("Publicado el 5 de marzo de 2019", "2019-03-05"),  // es
    ("5 de março de 2019", "2019-03-05"),  // pt
    ("5 marzo 2019", "2019-03-05"),  // it
    ("5 maart 2019", "2019-03-05"),  // nl
    ("Opublikowano: 5 marca 2019", "2019-03-05"),  // pl genitive
    ("5 października 2019", "2019-10-05"),  // pl genitive
    ("5. března 2019", "2019-03-05"),  // cs genitive
    ("5 марта 2019 г.", "2019-03-05"),  // ru genitive
    ("12 сентября 2018", "2018-09-12"),  // ru genitive
    ("5 березня 2019", "2019-03-05"),  // uk genitive
    ("5 Kasım 2019", "2019-11-05"),  // tr
    ("5 mars 2019", "2019-03-05"),  // sv, no, fr
    ("5. marts 2019", "2019-03-05"),  // da
    ("5. maaliskuuta 2019", "2019-03-05"),  // fi partitive
    ("5 martie 2019", "2019-03-05"),  // ro
    ("2019. március 5.", "2019-03-05"),  // hu, year first
    ("5 Maret 2019", "2019-03-05"),  // id
    ("5 Ogos 2019", "2019-08-05"),  // ms
    ("ngày 5 tháng 3 năm 2019", "2019-03-05"),  // vi
    ("5 Μαρτίου 2019", "2019-03-05"),  // el genitive
    ("5 d'abril de 2019", "2019-04-05"),  // ca
    ("٥ مارس ٢٠١٩", "2019-03-05"),  // ar, Arabic-Indic digits
    ("2020年4月17日", "2020-04-17"),  // zh, ja
    ("２０２０年４月１７日", "2020-04-17"),  // ja, full-width digits
    ("2020년 3월 4일", "2020-03-04"),  // ko
    ("입력 2020.03.04 10:00", "2020-03-04T10:00:00"),  // ko, dotted
    ("2020/04/17", "2020-04-17"),
    ("5 במרץ 2019", "2019-03-05"),  // he, with the "in" prefix
    ("5. ožujka 2019.", "2019-03-05"),  // hr genitive
    ("14. studenoga 2019.", "2019-11-14"),  // hr genitive
    ("2019 m. kovo 5 d.", "2019-03-05"),  // lt, year first
    ("2021 m. gruodžio 24 d.", "2021-12-24"),  // lt genitive
    ("2019. gada 5. martā", "2019-03-05"),  // lv, year, day, month
    ("5. märts 2019", "2019-03-05"),  // et
    ("12. avgusta 2019", "2019-08-12"),  // sl genitive
    ("5. septembar 2019.", "2019-09-05"),  // sr, bs
    ("05. јануара 2019.", "2019-01-05"),  // sr Cyrillic genitive
    ("5 октомври 2019", "2019-10-05"),  // bg, mk
    ("5 nëntor 2019", "2019-11-05"),  // sq
    ("5. nóvember 2019", "2019-11-05"),  // is
    ("5 Desemba 2019", "2019-12-05"),  // sw
    ("5 Junie 2019", "2019-06-05"),  // af
    ("Hunyo 5, 2019", "2019-06-05"),  // fil, month first
    ("5 सितंबर 2019", "2019-09-05"),  // hi
    ("5 ستمبر 2019", "2019-09-05"),  // ur
    ("5 มีนาคม 2562", "2019-03-05"),  // th, Buddhist era
    ("5 มีนาคม 2019", "2019-03-05"),  // th, Gregorian year as written
    ("15 พ.ค. 2556 11:51 น.", "2013-05-15T11:51:00"),  // th, dotted abbreviation
    ("2 ธ.ค. พ.ศ. 2556", "2013-12-02"),  // th, the era named before its year
  ])
  func readsMonthNamesAndScripts(text: String, expected: String) {
    #expect(DateParser.human(text) == expected)
  }

  /// An offset written after the zone's name is the offset, not UTC
  /// ("GMT+7" on a Vietnamese page); a zero one is UTC.
  @Test(arguments: [
    ("Thứ ba, 5/3/2019 14:05 GMT+7", "2019-03-05T14:05:00+07:00"),
    ("5 March 2019 14:05 UTC+05:30", "2019-03-05T14:05:00+05:30"),
    ("5 March 2019 14:05 GMT-3", "2019-03-05T14:05:00-03:00"),
    ("Tue Dec 13 2016 18:06:00 GMT+0000 (UTC)", "2016-12-13T18:06:00Z"),
    ("5 March 2019 14:05 GMT", "2019-03-05T14:05:00Z"),
  ])
  func offsetAfterTheZoneName(text: String, expected: String) {
    #expect(DateParser.human(text, dayFirst: true) == expected)
  }

  /// The time after a date, joined by the word for "at" of the date's
  /// language, after a period that ends the date, or with "p.m." written
  /// before it; a time joined by any other word is not the date's.
  @Test(arguments: [
    ("martedì 5 marzo 2019 ore 14:05", "2019-03-05T14:05:00"),
    ("5 de março de 2019 às 14:05", "2019-03-05T14:05:00"),
    ("5 marca 2019 o godz. 14:05", "2019-03-05T14:05:00"),
    ("5 марта 2019 г., 14:05", "2019-03-05T14:05:00"),
    ("5. ožujka 2019. u 14:05", "2019-03-05T14:05:00"),
    ("2019. március 5. 14:05", "2019-03-05T14:05:00"),
    ("2019 m. kovo 5 d. 14:05", "2019-03-05T14:05:00"),
    ("5 Mart 2019 saat 14:05", "2019-03-05T14:05:00"),
    ("2019.03.05 오후 2:05", "2019-03-05T14:05:00"),
    ("2019.03.05 오전 12:30", "2019-03-05T00:30:00"),
    ("2019年3月5日 下午2:05", "2019-03-05T14:05:00"),
    ("2019年3月5日 14時05分", "2019-03-05T14:05:00"),
    ("5 March 2019, updated 14:05", "2019-03-05"),
    ("5 marzo 2019 dopo 14:05", "2019-03-05"),
  ])
  func timeJoinedInTheDatesLanguage(text: String, expected: String) {
    #expect(DateParser.human(text, dayFirst: true) == expected)
  }

  @Test func everyMonthTableHoldsTwelveNamesInOrder() {
    for list in MonthNames.lists {
      #expect(list.count == 12)
      for (i, name) in list.enumerated() {
        #expect(DateParser.monthNumber(name) == i + 1, "\(name)")
      }
    }
  }

  /// The month alternation is a trie: every name matches whole, and nothing else does.
  @Test func monthTrieMatchesExactlyTheNames() throws {
    let names = Array(MonthNames.gregorian.keys) + Array(MonthNames.jalali.keys)
    let whole = try NSRegularExpression(
      pattern: "^(?:" + DateParser.triePattern(names.map { $0[...] }) + ")$", options: [.caseInsensitive])
    func matches(_ text: String) -> Bool {
      whole.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }
    for name in names + ["MÄRZ", "Marca"] {
      #expect(matches(name), "\(name)")
    }
    for other in ["marc", "ma", "septembe", "monday", ""] {
      #expect(!matches(other), "\(other)")
    }
    #expect(DateParser.triePattern(["mar", "mars", "may"]) == "ma(?:r(?:s)?|y)")
  }

  /// "03/05/2013" is 3 May on a page written outside the United States.
  @Test func ambiguousNumbersFollowThePagesConvention() {
    #expect(DateParser.human("03/05/2013", dayFirst: true) == "2013-05-03")
    #expect(DateParser.human("03/05/2013", dayFirst: false) == "2013-03-05")
    #expect(DateParser.human("03-05-2013", dayFirst: true) == "2013-05-03")
    // A number that cannot be a month settles it either way.
    #expect(DateParser.human("12/25/2016", dayFirst: true) == "2016-12-25")
    #expect(DateParser.human("25/12/2016", dayFirst: false) == "2016-12-25")
    #expect(Dates.readsDayFirst("de-DE"))
    #expect(Dates.readsDayFirst("en-GB"))
    #expect(Dates.readsDayFirst("fr"))
    #expect(!Dates.readsDayFirst("en-US"))
    #expect(!Dates.readsDayFirst("en"))
    #expect(!Dates.readsDayFirst(nil))
  }

  @Test func twoDigitYearsWithTwoDigitDayAndMonth() {
    #expect(DateParser.human("Von Anna Vogt am 03.05.13, 11:51 Uhr", dayFirst: true) == "2013-05-03T11:51:00")
    #expect(DateParser.human("03/05/13", dayFirst: true) == "2013-05-03")
    #expect(DateParser.human("Stand 24.12.98") == "1998-12-24")
    #expect(DateParser.hasShortYearShape("am 03.05.13"))
    #expect(!DateParser.hasShortYearShape("12.34.56"))
    #expect(DateParser.mayHoldYear(Array("03.05.13".utf8)))
  }

  @Test func bylinesWithTime() {
    #expect(DateParser.human("Von Anna Vogt am 03.05.2013, 11:51 Uhr", dayFirst: true) == "2013-05-03T11:51:00")
  }

  /// Dots follow the page's convention as slashes do: an American page
  /// writes "11.03.17" for November 3; a number above 12 decides either way.
  @Test func dottedDatesFollowThePagesConvention() {
    #expect(DateParser.human("11.03.17", dayFirst: false) == "2017-11-03")
    #expect(DateParser.human("11.03.17", dayFirst: true) == "2017-03-11")
    #expect(DateParser.human("03.05.2013", dayFirst: false) == "2013-03-05")
    #expect(DateParser.human("03.05.2013", dayFirst: true) == "2013-05-03")
    #expect(DateParser.human("24.12.2016", dayFirst: false) == "2016-12-24")
  }

  /// Persian pages write the Solar Hijri calendar: converted, never read as a Gregorian year.
  /// A Japanese era's year ("令和5年" is 2023, "平成元年" 1989): no
  /// four-digit year stands in the text.
  @Test func japaneseEraYears() {
    #expect(DateParser.human("令和5年5月15日") == "2023-05-15")
    #expect(DateParser.human("更新日：平成25年5月15日") == "2013-05-15")
    #expect(DateParser.human("令和 元年 5月1日") == "2019-05-01")
    #expect(DateParser.human("5年5月15日") == nil)
    #expect(DateParser.mayHoldYear(Array("令和5年5月15日".utf8)))
    #expect(!DateParser.mayHoldYear(Array("5年5月15日".utf8)))
  }

  @Test func solarHijriDatesAreConverted() {
    #expect(DateParser.human("۲۹ فروردین ۱۳۹۹") == "2020-04-17")
    #expect(DateParser.human("1 فروردین 1400") == "2021-03-21")
    #expect(DateParser.human("تاریخ انتشار: ۱۳۹۹/۰۱/۰۱") == "2020-03-20")
    #expect(DateParser.human("تاریخ انتشار: 1403/01/01") == "2024-03-20")
    // The same words with no letter Arabic lacks: an Arabic page's 1403 is no Solar Hijri year.
    #expect(DateParser.human("انتشار: 1403/01/01") == nil)
    // 1403 is a leap year, 1402 is not: Esfand 30 exists only in the first.
    #expect(DateParser.human("۳۰ اسفند ۱۴۰۳") == "2025-03-20")
    #expect(DateParser.human("۳۰ اسفند ۱۴۰۲") == nil)
    // Without a Persian sign the year 1399 is no date at all.
    #expect(DateParser.human("1399/01/29") == nil)
    #expect(DateParser.gregorian(fromJalali: 1399, 13, 1) == nil)
  }

  /// Text that holds numbers but no date.
  @Test(arguments: [
    "Call 030 1234 5678 or +49 30 2019 4411", "Now only € 1.299,00 ($2,019.99)", "Add 1/2 cup of flour",
    "Update to iOS 13.1.2 today", "Room 2019, 3 people", "Version 10.15.7 (build 2019)", "Score 12.34.56",
    "ISBN 978-3-16-148410-0",
  ])
  func numbersThatAreNoDate(text: String) {
    #expect(DateParser.human(text) == nil)
  }

  /// A dateline under the headline longer than a short line is one when it
  /// tells both days, each labelled: the publication is its first, though
  /// the update stands alone in a span of its own; a masthead's "today"
  /// and a sidebar's dates are no story's.
  @Test func datelineTellingBothDays() throws {
    func published(_ line: String, masthead: String = "") throws -> String? {
      try extract(
        """
        <html lang="id"><body><div class="top">\(masthead)</div><article><h1>Harga cabai turun menjelang panen</h1>
        <div class="waktu">\(line)</div><p>\(prose("the market"))</p><p>\(prose("the harvest"))</p></article>
        <div class="terkini"><h3>Terkini</h3><p>Cuaca panas berlanjut <span>Kamis, 6 Juni 2024</span></p>
        <p>Jalan ditutup <span>Kamis, 6 Juni 2024</span></p></div></body></html>
        """
      ).publishedAt.map { String($0.prefix(10)) }
    }
    #expect(
      try published("Senin, 3 Juni 2024 - 08:15 WIB <span>Diperbarui: Selasa, 4 Juni 2024 - 07:05 WIB</span>")
        == "2024-06-03")
    #expect(try published("Yayınlanma: 03.06.2024 - 08:15 | Güncelleme: 04.06.2024 - 10:40") == "2024-06-03")
    // A long line with one date is a sentence, not a dateline.
    #expect(
      try published(
        "Pasar induk kota ramai dikunjungi pembeli sejak pagi hari pada Senin, 3 Juni 2024, kata para pedagang di sana")
        != "2024-06-03")
  }

  /// A masthead's "today" beside the logo is the day the page was made:
  /// on a page whose only other date is the story's, that one wins though
  /// the masthead's comes first.
  @Test(arguments: ["Today: Wednesday, 5 June 2024", "आज: बुधवार, 5 जून 2024", "Hari ini: Rabu, 5 Juni 2024"])
  func mastheadTodayIsNoStorysDate(masthead: String) throws {
    let article = try extract(
      """
      <html><body><div class="top"><span>\(masthead)</span></div><div class="story">
      <p>\(prose("the market"))</p><p>\(prose("the harvest"))</p><p class="x">3 June 2024</p></div></body></html>
      """, url: "https://news.example/story.html")
    #expect(article.publishedAt?.hasPrefix("2024-06-03") == true, "\(article.publishedAt ?? "none")")
  }

  @Test func everyDateInReadingOrderWithItsLabel() {
    let found = DateParser.all(in: "Publié le 3 mars 2019 à 10h00 · Mis à jour le 4 mars 2019 à 12h30")
    #expect(found.map(\.iso) == ["2019-03-03T10:00:00", "2019-03-04T12:30:00"])
    #expect(found.map { DateLabels.kind(of: $0.lead) } == [.published, .updated])
    #expect(DateLabels.kind(of: "Aktualisiert am ") == .updated)
    #expect(DateLabels.kind(of: "Actualizado: ") == .updated)
    #expect(DateLabels.kind(of: "Zaktualizowano ") == .updated)
    #expect(DateLabels.kind(of: "更新：") == .updated)
    #expect(DateLabels.kind(of: "Veröffentlicht am ") == .published)
    // A label written with its accents decomposed, as some Vietnamese pages are.
    #expect(DateLabels.kind(of: "Cập nhật: ".decomposedStringWithCanonicalMapping) == .updated)
    #expect(DateLabels.kind(of: "Cập nhật: ".precomposedStringWithCanonicalMapping) == .updated)
    // And in the languages of probe set 15.
    for label in ["Ažurirano: ", "Atnaujinta: ", "עודכן: ", "अपडेटेड: ", "আপডেট: ", "Actualitzat: "] {
      #expect(DateLabels.kind(of: label) == .updated, "\(label)")
    }
    for label in ["Objavljeno: ", "Publicēts: ", "פורסם: ", "प्रकाशित: ", "প্রকাশ: ", "Imechapishwa: "] {
      #expect(DateLabels.kind(of: label) == .published, "\(label)")
    }
    #expect(DateLabels.kind(of: "von Anna Vogt, ") == .none)
    // Both labels before one date: the nearer one tells.
    #expect(DateLabels.kind(of: "Publié le 3 mars, mis à jour le ") == .updated)
    #expect(DateLabels.kind(of: "Updated earlier; published ") == .published)
  }

  /// The Levant and Iraq name the months in Syriac-derived words, two of
  /// them in two words, often typed without the hamza.
  @Test func levantineMonthNames() {
    #expect(DateParser.human("15 أيار 2013") == "2013-05-15")
    #expect(DateParser.human("15 ايار 2013") == "2013-05-15")
    #expect(DateParser.human("3 كانون الثاني 2020") == "2020-01-03")
    #expect(DateParser.human("3 كانون الأول 2020") == "2020-12-03")
    #expect(DateParser.human("1 تشرين الاول 2019") == "2019-10-01")
  }

  /// Bengali month names and digits, and Devanagari digits.
  @Test func bengaliAndDevanagariDates() {
    #expect(DateParser.human("১৫ মে ২০১৩") == "2013-05-15")
    #expect(DateParser.human("প্রকাশিত: ৩ জানুয়ারি ২০২০") == "2020-01-03")
    #expect(DateParser.human("৩ জানুয়ারী ২০২০") == "2020-01-03")
    #expect(DateParser.human("१५ मई २०१३") == "2013-05-15")
    #expect(DateParser.mayHoldYear(Array("১৫ মে ২০১৩".utf8)))
    #expect(DateParser.mayHoldYear(Array("१५ मई २०१३".utf8)))
    #expect(!DateParser.mayHoldYear(Array("১৫ মে".utf8)))
  }

  /// Korean pages write the year first with a space after each dot.
  @Test func koreanSpacedDots() {
    #expect(DateParser.human("입력 2013. 5. 15. 오전 11:51") == "2013-05-15T11:51:00")
    #expect(DateParser.human("2013.05.15") == "2013-05-15")
    #expect(DateParser.human("in 2013. 5 of them came back") == nil)
  }

  /// Month names of the Maghreb (from French) and of Morocco.
  @Test func maghrebMonthNames() {
    #expect(DateParser.human("الثلاثاء 9 جويلية 2019") == "2019-07-09")
    #expect(DateParser.human("15 ماي 2013") == "2013-05-15")
    #expect(DateParser.human("2 أوت 2020") == "2020-08-02")
    #expect(DateParser.human("20 غشت 2020") == "2020-08-20")
    #expect(DateParser.human("5 دجنبر 2018") == "2018-12-05")
  }

  /// Arabic and Persian type the same month with each other's kaf and yeh
  /// (and Egypt ends June and July with heh or teh marbuta); Bengali's
  /// "য়" comes composed or decomposed. Every spelling is the one month.
  @Test(arguments: [
    ("1 اكتبر 2020", "2020-10-01"),  // Persian name, Arabic kaf
    ("۱ اکتبر ۲۰۲۰", "2020-10-01"),  // Persian name as Persian writes it
    ("10 تشرین الأول 2020", "2020-10-10"),  // Levantine name, Persian yeh
    ("15 یولیو 2019", "2019-07-15"),  // Arabic name, Persian yeh
    ("5 كانون الثانى 2020", "2020-01-05"),  // alef maksura for the final yeh
    ("5 يونيه 2020", "2020-06-05"),
    ("8 يولية 2020", "2020-07-08"),
    ("6 يناير، 2015", "2015-01-06"),  // the Arabic comma
    ("19 ফেব্রু\u{09DF}ারী 2013", "2013-02-19"),  // composed য়
    ("19 ফেব্রু\u{09AF}\u{09BC}ারী 2013", "2013-02-19"),  // decomposed
    ("8ই মে 2002", "2002-05-08"),  // Bengali ordinal ending
  ])
  func oneMonthWhateverTheSpelling(text: String, expected: String) {
    #expect(DateParser.human(text) == expected)
  }

  /// A Solar Hijri month typed with the Arabic yeh is still that calendar's.
  @Test func solarHijriMonthWithArabicYeh() {
    #expect(DateParser.human("۵ فروردين ۱۴۰۳") == DateParser.human("۵ فروردین ۱۴۰۳"))
    #expect(DateParser.human("۵ فروردين ۱۴۰۳") == "2024-03-24")
  }

  /// Abbreviations, cuts and older spellings sites write, and the joins
  /// between day, month and year beyond a space.
  @Test(arguments: [
    ("25 ян 2016", "2016-01-25"),  // bg
    ("22 верес 2021 о 07:37", "2021-09-22T07:37:00"),  // uk, cut name
    ("10 листоп 2017", "2017-11-10"),  // uk
    ("3 трав 2018", "2018-05-03"),  // uk abbreviation
    ("5 жніўня 2015 года", "2015-08-05"),  // be genitive
    ("Чацвер 6 студзеня 2022", "2022-01-06"),  // be genitive
    ("ons 15 des 2021", "2021-12-15"),  // nb abbreviation
    ("12-Iun-2013", "2013-06-12"),  // ro abbreviation, dashes
    ("05-Mar-2014", "2014-03-05"),  // dashes
    ("17.Şubat.2014, 17:51", "2014-02-17T17:51:00"),  // dots around the name
    ("2015-кві-12", "2015-04-12"),  // year first, dashes
    ("6 Nopember 2019", "2019-11-06"),  // id, p for f
    ("6 Pebruari 2019", "2019-02-06"),
    ("17 Agt 2020", "2020-08-17"),  // id abbreviation
    ("fév 15, 2013", "2013-02-15"),  // fr, month first
    ("den 24:e december 2020", "2020-12-24"),  // sv ordinal
    ("1:a januari 2021", "2021-01-01"),
    ("20 לאפריל 2012", "2012-04-20"),  // he, with the "to" prefix
    ("11 กุมภา 2563", "2020-02-11"),  // th short name, Buddhist era
    ("1 เดือนตุลาคม 2548", "2005-10-01"),  // th, with the word "month"
    ("21 thg 09 năm 2025", "2025-09-21"),  // vi cut "tháng"
    ("21tháng 09 năm 2025", "2025-09-21"),
    ("2016年6月29", "2016-06-29"),  // zh without the day's 日
    ("Tue Jan 5 10:00:00,2021", "2021-01-05T10:00:00"),  // a comma before the year
  ])
  func cutsAndJoins(text: String, expected: String) {
    #expect(DateParser.human(text) == expected)
  }

  /// The joins stay narrow: a digit after "日"'s place is no day, and a
  /// name between numbers with other separators is no date.
  @Test(arguments: ["2016年6月291", "12+Mar+2014", "2015_кві_12"])
  func joinsThatMakeNoDate(text: String) {
    #expect(DateParser.human(text) == nil)
  }
}
