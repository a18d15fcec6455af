/// Month names as the web writes them, in the languages most common on
/// news pages: nominative and the genitive/declined forms dates use
/// ("5 marca", "5. března", "5 березня", "5 Μαρτίου"), and abbreviations.
///
/// Each list holds the twelve months in order; a name already taken by an
/// earlier list keeps its first number (every shared spelling means the
/// same month in every language listed here).
enum MonthNames {
  static let lists: [[String]] = [
    // English
    [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december",
    ],
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    // German
    [
      "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
      "dezember",
    ],
    ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
    // French
    [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
      "décembre",
    ],
    ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
    [
      "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
      "decembre",
    ],
    // Spanish
    [
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
      "diciembre",
    ],
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    // Italian
    [
      "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
      "novembre", "dicembre",
    ],
    ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    // Portuguese
    [
      "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
      "dezembro",
    ],
    ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    // Catalan
    [
      "gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
      "desembre",
    ],
    // Dutch
    [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
      "december",
    ],
    ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    // Polish: nominative, genitive ("5 marca 2019"), abbreviations
    [
      "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
      "listopad", "grudzień",
    ],
    [
      "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
      "listopada", "grudnia",
    ],
    ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    // Czech: nominative and genitive ("5. března 2019")
    [
      "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad",
      "prosinec",
    ],
    [
      "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
      "prosince",
    ],
    // Slovak genitive
    [
      "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
      "novembra", "decembra",
    ],
    // Russian: nominative, genitive ("5 марта 2019"), abbreviations
    [
      "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
      "декабрь",
    ],
    [
      "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
      "декабря",
    ],
    ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
    // Ukrainian: nominative and genitive ("5 березня 2019")
    [
      "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень",
      "листопад", "грудень",
    ],
    [
      "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
      "листопада", "грудня",
    ],
    // Ukrainian abbreviations, then the longer cuts sites also use ("22 верес 2021", "2015-кві-12")
    ["січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"],
    ["січ", "лют", "берез", "кві", "трав", "чер", "лип", "сер", "верес", "жовт", "листоп", "груд"],
    // Belarusian: nominative and genitive ("5 жніўня 2015")
    [
      "студзень", "люты", "сакавік", "красавік", "май", "чэрвень", "ліпень", "жнівень", "верасень", "кастрычнік",
      "лістапад", "снежань",
    ],
    [
      "студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка",
      "лістапада", "снежня",
    ],
    // Turkish, with and without its dotless i and cedillas
    ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
    ["ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik"],
    // Swedish
    [
      "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
      "december",
    ],
    // Norwegian (bokmål) and Danish
    [
      "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
      "desember",
    ],
    [
      "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
      "december",
    ],
    ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    // Finnish: nominative and partitive ("5. maaliskuuta 2019")
    [
      "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
      "lokakuu", "marraskuu", "joulukuu",
    ],
    [
      "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
      "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
    ],
    // Romanian
    [
      "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
      "noiembrie", "decembrie",
    ],
    ["ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "noi", "dec"],
    // Hungarian ("2019. március 5.") and its abbreviations
    [
      "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
      "november", "december",
    ],
    ["jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov", "dec"],
    // Indonesian and Malay
    [
      "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
      "desember",
    ],
    [
      "januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november",
      "disember",
    ],
    // Indonesian spellings with p for f, and its abbreviations ("6 Nop 2019", "17 Agt 2020")
    [
      "januari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "nopember",
      "desember",
    ],
    ["jan", "peb", "mar", "apr", "mei", "jun", "jul", "agt", "sep", "okt", "nop", "des"],
    // Greek: nominative and genitive ("5 Μαρτίου 2019")
    [
      "ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος",
      "οκτώβριος", "νοέμβριος", "δεκέμβριος",
    ],
    [
      "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου",
      "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
    ],
    // Arabic (Egypt and the Gulf use the Gregorian names) and Persian's Gregorian names
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    // Egypt's June and July, with a final heh or teh marbuta ("5 يونيه 2020")
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونية", "يولية", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    // Arabic of the Levant and Iraq ("15 أيار 2013"), then as often typed without the hamza
    [
      "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
      "كانون الأول",
    ],
    [
      "كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "آب", "ايلول", "تشرين الاول", "تشرين الثاني",
      "كانون الاول",
    ],
    // Arabic of the Maghreb (Algeria, Tunisia: names from French), then Morocco's
    ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    // Bengali ("১৫ মে ২০১৩"), then the spellings with a long final vowel
    [
      "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ],
    [
      "জানুয়ারী", "ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ],
    // Hebrew, alone and with the "in" prefix dates write ("5 במרץ 2019")
    ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"],
    [
      "בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר",
      "בדצמבר",
    ],
    // … and with "to" ("20 לאפריל 2012")
    [
      "לינואר", "לפברואר", "למרץ", "לאפריל", "למאי", "ליוני", "ליולי", "לאוגוסט", "לספטמבר", "לאוקטובר", "לנובמבר",
      "לדצמבר",
    ],
    // Lithuanian: nominative and genitive ("2019 m. kovo 5 d.")
    [
      "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis", "spalis",
      "lapkritis", "gruodis",
    ],
    [
      "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
      "lapkričio", "gruodžio",
    ],
    // Latvian: nominative and locative ("2019. gada 5. martā")
    [
      "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris",
      "novembris", "decembris",
    ],
    [
      "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
      "novembrī", "decembrī",
    ],
    // Estonian ("5. märts 2019")
    [
      "jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
      "november", "detsember",
    ],
    // Slovenian: nominative and genitive ("5. marca 2019")
    [
      "januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november",
      "december",
    ],
    [
      "januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
      "novembra", "decembra",
    ],
    // Serbian, Bosnian and Montenegrin, Latin and Cyrillic: nominative and genitive
    [
      "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar", "novembar",
      "decembar",
    ],
    [
      "januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
      "novembra", "decembra",
    ],
    [
      "јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар",
      "децембар",
    ],
    [
      "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
      "новембра", "децембра",
    ],
    // Bulgarian and Macedonian
    [
      "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
      "декември",
    ],
    [
      "јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври", "ноември",
      "декември",
    ],
    ["ян", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"],
    // Albanian
    [
      "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
      "dhjetor",
    ],
    // Icelandic
    [
      "janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember",
      "desember",
    ],
    // Swahili (Tanzania, Kenya)
    [
      "januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba", "novemba",
      "desemba",
    ],
    // Afrikaans
    [
      "januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september", "oktober",
      "november", "desember",
    ],
    // Filipino
    [
      "enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre",
      "disyembre",
    ],
    // Hindi, both spellings of the nasal
    ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"],
    // Urdu
    ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
    // Thai (its years are the Buddhist era's: see `thai`), and its dotted
    // abbreviations ("15 พ.ค. 2556"), kept without the last dot as every
    // name here is.
    [
      "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
      "พฤศจิกายน", "ธันวาคม",
    ],
    thaiAbbreviations,
    thaiShortNames,
  ]

  static let thaiAbbreviations = [
    "ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค",
  ]

  /// Thai names without their "-คม"/"-ยน"/"-พันธ์" endings ("11 กุมภา 2563").
  static let thaiShortNames = [
    "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
  ]

  /// Croatian months, nominative and genitive ("5. ožujka 2019"), but for
  /// October: "listopad(a)" is November in Polish, listed first, and a
  /// name means one month here whatever the page's language.
  static let croatian: [String: Int] = [
    "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3, "travanj": 4, "travnja": 4,
    "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7, "srpnja": 7, "kolovoz": 8, "kolovoza": 8,
    "rujan": 9, "rujna": 9, "studeni": 11, "studenoga": 11, "studenog": 11, "prosinac": 12, "prosinca": 12,
  ]

  /// Other spellings seen on pages: Austrian "Jänner", "Feber", "Sept.", "setiembre", "mrz", French "fév.".
  static let variants: [String: Int] = [
    "sept": 9, "jänner": 1, "feber": 2, "setiembre": 9, "mrz": 3, "إبريل": 4, "fév": 2,
  ]

  /// Gregorian month names, lower-case, without trailing dots.
  static let gregorian: [String: Int] = {
    var names = variants.merging(croatian) { first, _ in first }
    for list in lists {
      precondition(list.count == 12, "a month list holds twelve names")
      for (i, name) in list.enumerated() where names[name] == nil { names[name] = i + 1 }
    }
    // Keys are spelled as `DateParser.prepared` spells the text they are looked for in.
    return Dictionary(names.map { (DateParser.foldedLetters($0.key), $0.value) }) { first, _ in first }
  }()

  /// The Thai month names: a year after one of them above 2400 is the
  /// Buddhist era's ("5 มีนาคม 2562" is 2019), 543 years ahead.
  static let thai: Set<String> = Set(
    [
      "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
      "พฤศจิกายน", "ธันวาคม",
    ] + thaiAbbreviations + thaiShortNames)

  /// The Solar Hijri (Persian) months: a date written with one of these is
  /// in that calendar and must be converted, never read as Gregorian.
  static let jalali: [String: Int] = {
    let list = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
    var names: [String: Int] = [:]
    for (i, name) in list.enumerated() { names[DateParser.foldedLetters(name)] = i + 1 }
    return names
  }()
}
