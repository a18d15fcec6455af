/// Decides a page's character encoding the way a careful browser would, and
/// never trusts a declaration the bytes contradict.
///
/// Order: byte-order mark; then a declared charset (transport hint, then
/// `<meta charset>` / `http-equiv` / XML declaration) checked against the
/// bytes; then sniffing. Legacy labels map to what browsers really decode
/// (`iso-8859-1` and `ascii` are windows-1252, `gb2312` is GBK, …).
package struct Charset: Hashable, Sendable, CustomStringConvertible {
  /// The canonical (iconv) name, e.g. "UTF-8", "WINDOWS-1252", "SHIFT_JIS".
  package let name: String

  package static let utf8 = Charset(name: "UTF-8")
  package static let utf16LE = Charset(name: "UTF-16LE")
  package static let utf16BE = Charset(name: "UTF-16BE")
  package static let windows1252 = Charset(name: "WINDOWS-1252")

  package var description: String { name }
  package var isUTF8: Bool { self == .utf8 }

  /// Maps a WHATWG-style label to the decoder browsers use; nil when unknown.
  package init?(label raw: String) {
    let label = raw.trimmingASCIIWhitespaceAndQuotes().lowercased()
    guard !label.isEmpty else { return nil }
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": name = "UTF-8"
    case "utf-16", "utf-16le", "unicode", "ucs-2": name = "UTF-16LE"
    case "utf-16be": name = "UTF-16BE"
    case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252",
      "windows-1252", "x-cp1252", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100":
      name = "WINDOWS-1252"
    case "gb2312", "gbk", "x-gbk", "cp936", "windows-936", "chinese", "csgb2312", "euc-cn": name = "GBK"
    case "gb18030": name = "GB18030"
    case "big5", "big5-hkscs", "x-x-big5", "cn-big5": name = "BIG5-HKSCS"
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932", "csshiftjis":
      name = "CP932"
    case "euc-jp", "x-euc-jp", "eucjp": name = "EUC-JP"
    case "iso-2022-jp": name = "ISO-2022-JP"
    case "euc-kr", "ks_c_5601-1987", "korean", "windows-949", "cp949": name = "CP949"
    case "koi8-r", "koi8", "cskoi8r": name = "KOI8-R"
    case "koi8-u": name = "KOI8-U"
    case "tis-620", "windows-874", "iso-8859-11": name = "WINDOWS-874"
    default:
      if label.hasPrefix("windows-125"), label.count == 12 {
        name = label.uppercased()
      } else if label.hasPrefix("cp125"), label.count == 6 {
        name = "WINDOWS-" + label.dropFirst(2)
      } else if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") || label.hasPrefix("iso_8859-") {
        let number = label.split(whereSeparator: { $0 == "-" || $0 == "_" }).last.map(String.init) ?? ""
        guard let value = Int(number), (2...16).contains(value) else { return nil }
        // Browsers decode iso-8859-9 as windows-1254 (a superset).
        name = value == 9 ? "WINDOWS-1254" : "ISO-8859-\(value)"
      } else {
        return nil
      }
    }
  }

  init(name: String) { self.name = name }
}

/// How the encoding was decided, for provenance and debugging.
package enum CharsetSource: String, Sendable {
  case byteOrderMark = "bom"
  case hint
  case declaration
  case sniffed
}

extension String {
  func trimmingASCIIWhitespaceAndQuotes() -> String {
    var scalars = Substring(self)
    while let first = scalars.first,
      first == " " || first == "\"" || first == "'" || first == "\t" || first == "\n" || first == "\r"
    {
      scalars = scalars.dropFirst()
    }
    while let last = scalars.last,
      last == " " || last == "\"" || last == "'" || last == "\t" || last == "\n" || last == "\r" || last == ";"
    {
      scalars = scalars.dropLast()
    }
    return String(scalars)
  }
}

/// Scores how plausible a decoding of legacy bytes is, by how many of its
/// non-ASCII characters are ones that language really uses often: a wrong
/// double-byte decoding yields rare ideographs, kana in Chinese or stray
/// Greek; a wrong single-byte one yields capitals and symbols in the middle
/// of words.
enum CharsetEvidence {
  /// What each candidate is expected to hold.
  enum Script { case japanese, chinese, korean, cyrillic, greek, western }

  /// Candidates tried when high bytes come in runs (not isolated accents),
  /// in the order that wins ties.
  static let candidates: [(Charset, Script)] = [
    (Charset(name: "CP932"), .japanese), (Charset(name: "EUC-JP"), .japanese),
    (Charset(name: "GBK"), .chinese), (Charset(name: "BIG5-HKSCS"), .chinese),
    (Charset(name: "CP949"), .korean), (Charset(name: "WINDOWS-1251"), .cyrillic),
    (Charset(name: "KOI8-R"), .cyrillic), (Charset(name: "WINDOWS-1253"), .greek),
    (.windows1252, .western),
  ]

  /// The ~700 most frequent Han characters of Chinese (simplified and
  /// traditional forms) and Japanese, from general frequency lists; real
  /// text has most of its ideographs here, a wrong decoding only a few.
  static let commonHan: Set<Unicode.Scalar> = Set(
    """
    的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦
    這個們來為國說時會對發過後裡經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計區隊決質術領確傳師觀識帶導爭運飛風聯組濟車親極辦議證轉準單影羅愛擊備連調團們價黨華級請際約復線視消須寫稱雙類據邊張該規萬覺權設記壓畫讀買養執亂幫歲優藝陣顧換聞歐鄉選軍費號盡語隨響勢參眾構護興驗責營夠嚴織害鬥紀舉殺蘇紅錢網熱倒屬職樂剛獨創錯價
    円気読語話見電会国発関対経権党選実変調報数済総統領続県区駅様広応売買側状際営団務構認検証査必歳郎氏込与並
    """.unicodeScalars.filter { $0.value > 0x7F })

  /// Frequent lower-case letters of Russian, Ukrainian and Bulgarian text.
  private static let commonCyrillic = Set("оеаинтсрвлкмдпуяызьбгчйхжшюцщэфёіїє".unicodeScalars)
  private static let commonGreek = Set("αεοιτνσςρηυκπμλάόίέήύώ".unicodeScalars)
  private static let commonWestern = Set(
    "éèàùâêîôûëïüçäöåøæßñíóúáãõœìòÉÈÀÇÄÖÜÅØÆÑÍÓÚÁ’‘“”–—…€«»°·©®™•¡¿ºª".unicodeScalars)

  /// Plausibility of `text` (decoded as `script`) in 0…1: the weighted
  /// share of its non-ASCII characters that the script uses often.
  static func score(_ text: [UInt8], errors: Int, script: Script) -> Double {
    var total = errors
    var good = 0.0
    var run = 0
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      guard scalar.value > 0x7F else {
        run = 0
        continue
      }
      run += 1
      total += 1
      let value = scalar.value
      switch script {
      case .japanese, .chinese, .korean:
        if commonHan.contains(scalar) {
          good += 1
        } else if (0x3000...0x303F).contains(value) || (0xFF01...0xFF5E).contains(value) {
          good += 1  // CJK punctuation and full-width forms
        } else if (0x3041...0x30FF).contains(value) {
          good += script == .japanese ? 1 : 0  // kana: common only in Japanese
        } else if (0xAC00...0xD7A3).contains(value) {
          good += script == .korean ? 1 : 0
        } else if (0x4E00...0x9FFF).contains(value) {
          good += 0.15  // a rarer ideograph
        }
      case .cyrillic:
        if commonCyrillic.contains(scalar) { good += 1 } else if (0x0400...0x04FF).contains(value) { good += 0.3 }
      case .greek:
        if commonGreek.contains(scalar) { good += 1 } else if (0x0370...0x03FF).contains(value) { good += 0.3 }
      case .western:
        // Accented letters stand alone or in pairs in Western words; a run
        // of three or more is another script read wrongly.
        guard run <= 2 else { continue }
        if commonWestern.contains(scalar) { good += 1 } else if (0xC0...0xFF).contains(value) { good += 0.3 }
      }
    }
    return total == 0 ? 0 : good / Double(total)
  }

  /// Share of high bytes that stand next to another high byte: near 0 for
  /// accented Western text, near 1 for CJK, Cyrillic and Greek.
  static func runShare(_ bytes: [UInt8]) -> (high: Int, share: Double) {
    var high = 0
    var inRun = 0
    for (index, byte) in bytes.enumerated() where byte >= 0x80 {
      high += 1
      let before = index > 0 && bytes[index - 1] >= 0x80
      let after = index + 1 < bytes.count && bytes[index + 1] >= 0x80
      if before || after { inRun += 1 }
    }
    return (high, high == 0 ? 0 : Double(inRun) / Double(high))
  }
}
