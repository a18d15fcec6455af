import Testing

@testable import NewsgrabExtraction

@Suite("Date parsing")
struct DateParserTests {
  @Test func keepsExtendedISOAsFound() {
    #expect(DateParser.iso("2016-12-09T10:00:00-05:00") == "2016-12-09T10:00:00-05:00")
    #expect(DateParser.iso(" 2016-12-09 ") == "2016-12-09")
  }

  @Test func expandsBasicISOAndUnixTime() {
    #expect(DateParser.iso("20180619T055000+0900") == "2018-06-19T05:50:00+09:00")
    #expect(DateParser.iso("1481277600") == "2016-12-09T10:00:00Z")
  }

  @Test(arguments: [
    ("December 13, 2016", "2016-12-13"),
    ("Dec. 13th 2016", "2016-12-13"),
    ("13 December 2016", "2016-12-13"),
    ("13. Dezember 2016", "2016-12-13"),
    ("7 de mayo de 2019", "2019-05-07"),
    ("2019年3月15日公表", "2019-03-15"),
    ("19.07.2022", "2022-07-19"),
    ("Tue, 13 Dec 2016 22:33:06 +0000", "2016-12-13T22:33:06+00:00"),
    ("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00"),
    ("on 9 June 2018 at 10:05 PM EDT.", "2018-06-09T22:05:00-04:00"),
  ])
  func readsHumanDates(text: String, expected: String) {
    #expect(DateParser.iso(text) == expected)
  }

  @Test func rejectsNonDates() {
    #expect(DateParser.iso("Breaking news") == nil)
    #expect(DateParser.human("Room 12, 3 people") == nil)
    #expect(DateParser.iso("2016-13-45") == nil)
  }

  @Test func comparesInstantsAcrossOffsets() throws {
    let utc = try #require(DateParser.instant("2016-12-23T00:47:31Z"))
    let local = try #require(DateParser.instant("2016-12-22T18:47:31-06:00"))
    #expect(utc.seconds == local.seconds)
    #expect(local.offset == -6 * 3600)
  }

  /// Slashed dates are month first unless the first number cannot be a
  /// month; then it is the day, and the second number the month (the
  /// second number used to overwrite the day: 13/04/2016 read as 4 April).
  @Test func slashedDatesWithTheDayFirst() {
    #expect(DateParser.human("13/04/2016") == "2016-04-13")
    #expect(DateParser.human("Published 31/12/2019, 10:30") == "2019-12-31T10:30:00")
    #expect(DateParser.human("04/13/2016") == "2016-04-13")
    #expect(DateParser.human("12/25/2016") == "2016-12-25")
    #expect(DateParser.human("31/31/2016") == nil)
  }

  @Test func fourDigitPrefilterKeepsEveryYearForm() {
    // Full-width, Arabic-Indic and Persian digits are read as ASCII ones,
    // and a control character between digits is dropped before the test,
    // as before the patterns.
    #expect(DateParser.human("１３ December ２０１６") == "2016-12-13")
    #expect(DateParser.human("13 December 20\u{1}16") == "2016-12-13")
    #expect(DateParser.human("3/4/2016") == "2016-03-04")
    #expect(DateParser.human("Posted 5 hours ago by Jane") == nil)
    #expect(DateParser.hasFourDigitRun("x2016"))
    #expect(DateParser.hasFourDigitRun("1234"))
    #expect(!DateParser.hasFourDigitRun("12 34 567"))
    #expect(!DateParser.hasFourDigitRun("２０１６"))
    // The byte prefilter never rules out text whose collapsed form holds a year.
    for text in [
      "2016", " 20\u{1}16 ", "20\u{85}16", "20\u{7F}1\u{2}6", "May 3, 2016", "x2016y", "12 34 5678", "２０１６", "۱۳۹۹",
      "٢٠١٩",
    ] {
      #expect(DateParser.mayHoldYear(Array(text.utf8)), "\(text.debugDescription)")
    }
    for text in ["20 16", "20\u{A0}16", "12.34.56", "201", ""] {
      #expect(!DateParser.hasFourDigitRun(text.collapsingWhitespace()))
      #expect(!DateParser.mayHoldYear(Array(text.utf8)), "\(text.debugDescription)")
    }
  }

  @Test func shapeSkipsOnlyPatternsThatCannotMatch() {
    // Every form still found when its pattern is the only one that reads it.
    #expect(DateParser.human("Stand: 2019 年 3 月 15 日") == "2019-03-15")
    #expect(DateParser.human("updated 2016-12-09") == "2016-12-09")
    #expect(DateParser.human("2016/12/09") == "2016-12-09")
    #expect(DateParser.human("2016.12.09") == "2016-12-09")
    #expect(DateParser.human("19. 07. 2022") == "2022-07-19")
    #expect(DateParser.human("12/25/2016") == "2016-12-25")
    #expect(DateParser.human("13 März 2016") == "2016-03-13")
    // What each pattern needs, read from the bytes.
    let digits = DateParser.Shape("12 04 2016")
    for needs in [DateParser.Needs.kanjiYear, .dash, .slashOrDot, .dot, .slash, .letter] {
      #expect(!digits.meets(needs), "\(needs)")
    }
    #expect(DateParser.Shape("2019年").meets(.kanjiYear))
    #expect(DateParser.Shape("2019月年x").meets(.kanjiYear))
    #expect(!DateParser.Shape("平").meets(.kanjiYear))
    #expect(DateParser.Shape("1-2").meets(.dash))
    #expect(DateParser.Shape("1/2").meets(.slashOrDot) && DateParser.Shape("1/2").meets(.slash))
    #expect(DateParser.Shape("1.2").meets(.slashOrDot) && DateParser.Shape("1.2").meets(.dot))
    #expect(!DateParser.Shape("1.2").meets(.slash))
    // Any non-ASCII character may fold to a month's letter ("ſ" matches "s").
    #expect(DateParser.Shape("ſ 3 2016").meets(.letter))
    #expect(DateParser.Shape("Z").meets(.letter) && DateParser.Shape("a").meets(.letter))
  }
}
