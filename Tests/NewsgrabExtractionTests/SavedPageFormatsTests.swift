import Foundation
import NewsgrabInput
import NewsgrabTestSupport
import Testing

@testable import NewsgrabExtraction

#if canImport(Glibc)
  import Glibc
#endif

/// Every way people save a page gives the same article as the plain UTF-8
/// page: each format is generated in code around one invented article and
/// compared field by field.
@Suite struct SavedPageFormatsTests {
  let extractor = ArticleExtractor()

  func plainArticle() throws -> Article {
    let page = InputPage(name: "plain.html", bytes: SavedPageBuilder.article, url: SavedPageBuilder.articleURL)
    return try extractor.extract(page)
  }

  func articles(_ bytes: [UInt8], name: String) throws -> [Article] {
    var articles: [Article] = []
    var failures: [InputError] = []
    InputReader().readPages(bytes: bytes, name: name, url: nil) { result in
      switch result {
      case .success(let page):
        if let article = try? extractor.extract(page) { articles.append(article) }
      case .failure(let error): failures.append(error)
      }
    }
    #expect(failures.isEmpty, "\(failures)")
    return articles
  }

  /// The fields a reader sees; images compared by URL.
  func expectSame(_ article: Article, as plain: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(article.headline == plain.headline, sourceLocation: sourceLocation)
    #expect(article.description == plain.description, sourceLocation: sourceLocation)
    #expect(article.authors == plain.authors, sourceLocation: sourceLocation)
    #expect(article.publishedAt == plain.publishedAt, sourceLocation: sourceLocation)
    #expect(article.language == plain.language, sourceLocation: sourceLocation)
    #expect(article.source == plain.source, sourceLocation: sourceLocation)
    #expect(article.url == plain.url, sourceLocation: sourceLocation)
    #expect(article.body == plain.body, sourceLocation: sourceLocation)
    #expect(article.wordCount == plain.wordCount, sourceLocation: sourceLocation)
    #expect(article.leadImage?.url == plain.leadImage?.url, sourceLocation: sourceLocation)
  }

  @Test func plainArticleIsReadable() throws {
    let plain = try plainArticle()
    #expect(plain.headline == "Harbour ferry returns after winter repairs")
    #expect(plain.body.contains("Captain José Ferreira"))
  }

  @Test func gzip() throws {
    let found = try articles(Zlib.gzip(SavedPageBuilder.article), name: "story.html.gz")
    try #require(found.count == 1)
    expectSame(found[0], as: try plainArticle())
  }

  @Test func warcWithChunkedGzipRecord() throws {
    let article = SavedPageBuilder.article
    let second = Array(
      String(decoding: article, as: UTF8.self).replacingOccurrences(of: "harbour-ferry-returns", with: "second-story")
        .utf8)
    let crawl =
      WARCWriter.response(uri: SavedPageBuilder.articleURL, body: article, id: 1)
      + WARCWriter.response(
        uri: SavedPageBuilder.articleURL, body: WARCWriter.chunked(Zlib.gzip(article)),
        headers: ["Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
        id: 2)
      + WARCWriter.response(uri: "https://www.lakeside-courier.example/news/2026/03/second-story", body: second, id: 3)
    for gzipped in [false, true] {
      let bytes = gzipped ? Zlib.gzip(crawl) : crawl
      let found = try articles(bytes, name: gzipped ? "crawl.warc.gz" : "crawl.warc")
      try #require(found.count == 3)
      let plain = try plainArticle()
      expectSame(found[0], as: plain)
      expectSame(found[1], as: plain)
      #expect(found[2].url == "https://www.lakeside-courier.example/news/2026/03/second-story")
    }
  }

  @Test func mhtmlWithQuotedPrintableHTMLAndBase64Image() throws {
    let found = try articles(SavedPageBuilder.mhtml(html: SavedPageBuilder.article), name: "story.mhtml")
    try #require(found.count == 1)
    expectSame(found[0], as: try plainArticle())
    // The image is a part of the file: recorded as embedded, not fetched.
    let image = try #require(found[0].images.first)
    #expect(image.url == SavedPageBuilder.imageURL)
    #expect(image.embedded == EmbeddedMedia(mediaType: "image/jpeg", byteCount: SavedPageBuilder.jpeg.count))
  }

  @Test func singleFileDataURIsAreRecordedNotCopied() throws {
    let found = try articles(SavedPageBuilder.singleFile(html: SavedPageBuilder.article), name: "story.html")
    try #require(found.count == 1)
    expectSame(found[0], as: try plainArticle())
    let image = try #require(found[0].images.first)
    #expect(image.embedded == EmbeddedMedia(mediaType: "image/jpeg", byteCount: SavedPageBuilder.jpeg.count))
    let json = String(decoding: try JSONEncoder().encode(found[0]), as: UTF8.self)
    #expect(!json.contains(";base64,"))
  }

  @Test func savePageAsFolder() throws {
    let directory = try SavedPageBuilder.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try SavedPageBuilder.savePageAs(html: SavedPageBuilder.article, in: directory)
    var found: [Article] = []
    InputReader().readPages(file: path) { result in
      if let page = try? result.get(), let article = try? extractor.extract(page) { found.append(article) }
    }
    try #require(found.count == 1)
    expectSame(found[0], as: try plainArticle())
    let image = try #require(found[0].images.first)
    // The original URL (known from og:image and JSON-LD) and the local copy.
    #expect(image.url == SavedPageBuilder.imageURL)
    #expect(image.localPath == "Harbour ferry returns_files/ferry-dock.jpg")
  }

  // MARK: Charsets

  /// `text` encoded with iconv (the test's own encoder, not the decoder's).
  static func encode(_ text: String, as charset: String) -> [UInt8]? {
    let converter = iconv_open(charset, "UTF-8")
    guard converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    var left = 0
    let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        left = outLeft
        return status != -1
      }
    }
    output.removeLast(left)
    return ok ? output : nil
  }

  /// A page in the test's language; `declared` goes into `<meta charset>`.
  /// (The texts use only characters every listed charset can encode.)
  static func page(_ text: Sample, declared: String?) -> String {
    let meta = declared.map { "<meta charset=\"\($0)\">" } ?? ""
    let paragraphs = text.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
    return """
      <!DOCTYPE html><html lang="\(text.language)"><head>\(meta)<title>\(text.headline)</title>
      <meta name="description" content="\(text.paragraphs[0])"></head>
      <body><article><h1>\(text.headline)</h1>\n\(paragraphs)</article></body></html>
      """
  }

  struct Sample: Sendable, CustomStringConvertible {
    var language: String
    var charsets: [String]
    var headline: String
    var paragraphs: [String]
    var description: String { language }
  }

  static let samples: [Sample] = [
    Sample(
      language: "fr", charsets: ["WINDOWS-1252", "ISO-8859-15"], headline: "Le bac du port reprend du service",
      paragraphs: [
        "Le bac du port a effectué vendredi matin sa première traversée de la saison, après quatre mois de réparations en cale sèche à Nørre Vig.",
        "« Il glisse maintenant », a déclaré le capitaine. Les habitués du café l'ont remarqué avant lui : les tasses ne tremblent plus.",
        "La commune a payé 1,2 million pour les travaux, soit environ 15 % de plus que prévu, à cause de la rouille sous le pont.",
      ]),
    Sample(
      language: "ja", charsets: ["SHIFT_JIS", "EUC-JP"], headline: "港の渡し船、冬の修理を終えて運航再開",
      paragraphs: [
        "港の渡し船は金曜日の朝、乾ドックでの四か月にわたる修理を終え、今季最初の運航を行った。船体は塗り直され、より静かなプロペラが取り付けられた。",
        "船長によると、横断にかかった時間は十一分で、昨年より二分短くなった。「とても滑らかに進むようになった」と船長は話した。",
        "市は修理費として百二十万ユーロを支払った。車両甲板の下のさびが調査よりひどかったため、予定より多くかかった。",
      ]),
    Sample(
      language: "zh-CN", charsets: ["GB2312", "GBK"], headline: "港口渡轮完成冬季维修后恢复运营",
      paragraphs: [
        "港口渡轮周五上午完成了为期四个月的干船坞维修，进行了本季第一次航行。船体重新刷漆，并安装了更安静的螺旋桨。",
        "船长说，这次横渡用了十一分钟，比去年少了两分钟。他说：“现在它像在滑行。”",
        "市政府为维修支付了一百二十万欧元，比计划多出约百分之十五，因为车辆甲板下的锈蚀比调查显示的更严重。",
      ]),
    Sample(
      language: "zh-TW", charsets: ["BIG5"], headline: "港口渡輪完成冬季維修後恢復營運",
      paragraphs: [
        "港口渡輪週五上午完成了為期四個月的乾船塢維修，進行了本季第一次航行。船體重新刷漆，並安裝了更安靜的螺旋槳。",
        "船長說，這次橫渡用了十一分鐘，比去年少了兩分鐘。他說：「現在它像在滑行。」",
        "市政府為維修支付了一百二十萬歐元，比計劃多出約百分之十五，因為車輛甲板下的鏽蝕比調查顯示的更嚴重。",
      ]),
    Sample(
      language: "ru", charsets: ["KOI8-R", "WINDOWS-1251"], headline: "Паром в гавани вернулся после зимнего ремонта",
      paragraphs: [
        "Паром в гавани в пятницу утром совершил первый рейс сезона после четырёх месяцев ремонта в сухом доке.",
        "По словам капитана, переправа заняла одиннадцать минут, на две меньше, чем в прошлом году. \"Теперь он скользит\", - сказал он.",
        "Муниципалитет заплатил за ремонт миллион двести тысяч евро, примерно на пятнадцать процентов больше, чем планировалось.",
      ]),
    Sample(
      language: "ko", charsets: ["EUC-KR"], headline: "항구 여객선, 겨울 수리 마치고 운항 재개",
      paragraphs: [
        "항구 여객선이 금요일 아침 네 달간의 건선거 수리를 마치고 이번 시즌 첫 운항을 했다.",
        "선장은 횡단에 십일 분이 걸려 작년보다 이 분 빨라졌다고 말했다. 그는 \"이제 미끄러지듯 간다\"고 말했다.",
        "시는 수리비로 백이십만 유로를 지불했는데, 이는 계획보다 약 십오 퍼센트 많은 금액이다.",
      ]),
    Sample(
      language: "pl", charsets: ["ISO-8859-2"], headline: "Prom portowy wraca po zimowym remoncie",
      paragraphs: [
        "Prom portowy odbył w piątek rano pierwszy rejs w sezonie, po czterech miesiącach remontu w suchym doku.",
        "Kapitan powiedział, że przeprawa trwała jedenaście minut, o dwie mniej niż w zeszłym roku. \"Teraz sunie\" - powiedział.",
        "Gmina zapłaciła za remont 1,2 mln euro, około 15 proc. więcej niż planowano, bo rdza pod pokładem była gorsza.",
      ]),
  ]

  /// Declared honestly, undeclared, and declared with a lie (a Western
  /// label, and UTF-8): every one reads like the UTF-8 page.
  @Test(arguments: samples)
  func legacyCharsetsDecodeLikeUTF8(_ sample: Sample) throws {
    let reference = try extractor.extract(bytes: Array(Self.page(sample, declared: "utf-8").utf8))
    #expect(reference.headline == sample.headline)
    for charset in sample.charsets {
      // ISO-8859-2 cannot be told from windows-1252 without a declaration.
      let declarations: [String?] =
        charset == "ISO-8859-2" ? [charset.lowercased()] : [charset.lowercased(), nil, "iso-8859-1", "utf-8"]
      for declared in declarations {
        let label = declared ?? "none"
        let bytes = try #require(Self.encode(Self.page(sample, declared: declared), as: charset), "\(charset)")
        let article = try extractor.extract(bytes: bytes)
        #expect(article.headline == reference.headline, "\(charset) declared \(label)")
        #expect(article.body == reference.body, "\(charset) declared \(label)")
        #expect(article.description == reference.description, "\(charset) declared \(label)")
      }
    }
  }

  @Test func utf8DeclaredAsLegacyIsReadAsUTF8() throws {
    let html = Self.page(Self.samples[2], declared: "utf-8")
    let reference = try extractor.extract(bytes: Array(html.utf8))
    for lie in ["gb2312", "shift_jis", "iso-8859-1", "windows-1252"] {
      let lying = html.replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"\(lie)\"")
      let article = try extractor.extract(bytes: Array(lying.utf8))
      #expect(article.headline == reference.headline, "\(lie)")
      #expect(article.body == reference.body, "\(lie)")
    }
  }

  @Test func noMojibakeInAnyField() throws {
    // A UTF-8 page with one windows-1252 curly quote pasted in, and a
    // windows-1252 page declared as UTF-8.
    let headline = Array("Caf\u{E9}".utf8) + [0x92] + Array("s reopen".utf8)
    let bytes =
      Array("<html><head><meta charset=utf-8><title>".utf8) + headline
      + Array("</title></head><body><article><h1>".utf8)
      + headline
      + Array("</h1><p>The café’s terrace — finally open after a long winter.</p></article></body></html>".utf8)
    let article = try extractor.extract(bytes: bytes)
    #expect(article.headline == "Café’s reopen")
    let western = Self.encode(Self.page(Self.samples[0], declared: "utf-8"), as: "WINDOWS-1252")!
    let fields = try extractor.extract(bytes: western)
    for text in [fields.headline ?? "", fields.body, fields.description ?? ""] {
      #expect(!text.contains("Ã") && !text.contains("â€") && !text.contains("\u{FFFD}"))
    }
  }
}
