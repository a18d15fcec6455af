/// A small language detector: writing system first (kana → ja, hangul → ko,
/// Han → zh, Arabic, Hebrew, Cyrillic, Greek, Thai, Devanagari), then the
/// frequency of each language's commonest function words for Latin-script
/// text.
enum LanguageDetector {
  struct Guess: Equatable {
    var code: String
    /// Decided by the writing system (strong) rather than by word counts.
    var isScriptBased: Bool
  }

  /// The language of `text`; with `scriptOnly`, only what the writing
  /// system decides (nil for Latin-script text), which is much cheaper.
  static func detect(_ text: String, scriptOnly: Bool = false) -> Guess? {
    var counts: [Script: Int] = [:]
    var letters = 0
    let limit = scriptOnly ? maximumScriptScalars : maximumScalars
    for scalar in text.unicodeScalars.prefix(limit) {
      // ASCII: a letter or not, and never one of the scripts counted here
      // (the Unicode property lookup dominated detection).
      if scalar.isASCII {
        if (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A { letters += 1 }
        continue
      }
      guard scalar.properties.isAlphabetic else { continue }
      letters += 1
      if let script = Script(scalar) { counts[script, default: 0] += 1 }
    }
    guard letters >= minimumLetters else { return nil }
    let share = { (script: Script) in Double(counts[script] ?? 0) / Double(letters) }
    // Japanese mixes kana with Han; a little kana is enough to tell it from Chinese.
    if share(.kana) >= minimumKanaShare { return Guess(code: "ja", isScriptBased: true) }
    if share(.hangul) >= minimumScriptShare { return Guess(code: "ko", isScriptBased: true) }
    if share(.han) >= minimumScriptShare { return Guess(code: "zh", isScriptBased: true) }
    if share(.arabic) >= minimumScriptShare {
      let persian = text.unicodeScalars.contains { "پچژگ".unicodeScalars.contains($0) }
      return Guess(code: persian ? "fa" : "ar", isScriptBased: true)
    }
    if share(.hebrew) >= minimumScriptShare { return Guess(code: "he", isScriptBased: true) }
    if share(.greek) >= minimumScriptShare { return Guess(code: "el", isScriptBased: true) }
    if share(.thai) >= minimumScriptShare { return Guess(code: "th", isScriptBased: true) }
    if share(.devanagari) >= minimumScriptShare { return Guess(code: "hi", isScriptBased: true) }
    if share(.cyrillic) >= minimumScriptShare {
      if scriptOnly { return Guess(code: "ru", isScriptBased: true) }
      if let code = bestByStopwords(text, among: cyrillicIndex) { return Guess(code: code, isScriptBased: true) }
      return Guess(code: "ru", isScriptBased: true)
    }
    if scriptOnly { return nil }
    return bestByStopwords(text, among: latinIndex).map { Guess(code: $0, isScriptBased: false) }
  }

  /// Enough letters to say anything (a short title is too little).
  static let minimumLetters = 20
  /// The writing system's share settles within a few paragraphs.
  static let maximumScriptScalars = 3_000
  /// Reading more than this many characters does not change the answer.
  static let maximumScalars = 20_000
  /// Share of letters in a script for the script to decide: 40 % leaves room
  /// for Latin brand names and URLs inside CJK or Arabic text.
  static let minimumScriptShare = 0.4
  /// Japanese text is roughly 30-40 % kana; 5 % already excludes Chinese,
  /// which has none.
  static let minimumKanaShare = 0.05
  /// Fewer function-word hits than this is no evidence (a list of names).
  static let minimumStopwordHits = 3

  /// The language of Latin-script `text` when it plainly is not `declared`:
  /// the declared language's function words are nearly absent while another
  /// language's are frequent. Nil when the text agrees, is too short, or
  /// `declared` has no word list here to check it by.
  static func contradiction(of declared: String, in text: String) -> String? {
    guard let declaredNumber = latinIndex.codes.firstIndex(of: declared) else { return nil }
    var counts = [Int](repeating: 0, count: latinIndex.codes.count)
    var words = 0
    var agrees = false
    forEachWord(text) { word, isASCII, moreAtMost in
      words += 1
      if let numbers = latinIndex.languages(of: word, isASCII: isASCII) {
        for number in numbers { counts[number] += 1 }
      }
      // The declared language's hits only grow and the word count can reach
      // at most `words + moreAtMost`: once the hits are the contradicted
      // share of that, the test below fails whatever follows. Text in its
      // declared language gets there within a few hundred words.
      if Double(counts[declaredNumber]) >= Double(words + moreAtMost) * maximumContradictedShare {
        agrees = true
        return false
      }
      return true
    }
    guard !agrees, words >= minimumWordsToContradict else { return nil }
    let declaredHits = counts[declaredNumber]
    guard Double(declaredHits) < Double(words) * maximumContradictedShare,
      let best = counts.indices.max(by: { counts[$0] < counts[$1] || counts[$0] == counts[$1] && $0 > $1 }),
      best != declaredNumber, counts[best] >= minimumContradictingHits, counts[best] >= declaredHits * 3
    else { return nil }
    // The other language must be unmistakable: twice the hits of any third
    // one. Lorem ipsum hits French and Danish lists alike ("et", "est").
    let runnerUp = counts.indices.filter { $0 != best }.map { counts[$0] }.max() ?? 0
    guard counts[best] >= runnerUp * 2 else { return nil }
    return latinIndex.codes[best]
  }

  /// Fewer words than this is too little text to overrule a declaration.
  static let minimumWordsToContradict = 80
  /// In running text of any listed language its function words are a fifth
  /// to a third of all words; under 3 % the text is in another language.
  static let maximumContradictedShare = 0.03
  /// The other language needs this many hits, and three times the declared
  /// language's: a stray quote or a list of names is no evidence.
  static let minimumContradictingHits = 12

  /// Each stopword with the languages whose list holds it, so a word of
  /// the text is hashed once rather than once per language.
  struct StopwordIndex {
    /// The languages, each once.
    let codes: [String]
    /// Each stopword with the numbers (into `codes`) of the lists holding it.
    let languages: [String: [Int]]

    /// The all-ASCII stopwords, looked up by their bytes.
    let ascii: ASCIIWordTable

    init(_ lists: [(String, Set<String>)]) {
      var codes: [String] = []
      var languages: [String: [Int]] = [:]
      for (code, list) in lists {
        if !codes.contains(code) { codes.append(code) }
        let number = codes.firstIndex(of: code)!
        for word in list { languages[word, default: []].append(number) }
      }
      self.codes = codes
      self.languages = languages
      ascii = ASCIIWordTable(languages.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } })
    }

    /// The languages whose list holds `word` (UTF-8 bytes, `isASCII` when
    /// all of them are): an ASCII word is equal only to the ASCII stopword
    /// of the same bytes (no other stopword is canonically equivalent to
    /// ASCII text, see `FastPathTests`), so it skips the String and its hash.
    func languages(of word: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> [Int]? {
      isASCII ? ascii.value(of: word) : languages[String(decoding: word, as: UTF8.self)]
    }
  }

  /// An open-addressing table from ASCII words to language numbers, hashed
  /// with FNV-1a over the bytes.
  struct ASCIIWordTable {
    private let keys: [[UInt8]]
    private let values: [[Int]]
    /// Per slot: the entry number, or -1 when empty.
    private let slots: [Int32]
    private let mask: Int
    /// No key is longer: a longer word is not looked up.
    private let maximumLength: Int

    init(_ entries: [String: [Int]]) {
      let sorted = entries.sorted { $0.key < $1.key }
      keys = sorted.map { Array($0.key.utf8) }
      values = sorted.map(\.value)
      maximumLength = keys.map(\.count).max() ?? 0
      // At most a quarter full: probes stay short.
      var size = 16
      while size < keys.count * 4 { size *= 2 }
      mask = size - 1
      var slots = [Int32](repeating: -1, count: size)
      for (number, key) in keys.enumerated() {
        var slot = key.withUnsafeBufferPointer { Self.hash($0) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number)
      }
      self.slots = slots
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return Int(truncatingIfNeeded: hash)
    }

    func value(of word: UnsafeBufferPointer<UInt8>) -> [Int]? {
      guard word.count <= maximumLength else { return nil }
      var slot = Self.hash(word) & mask
      while true {
        let number = Int(slots[slot])
        if number < 0 { return nil }
        if keys[number].elementsEqual(word) { return values[number] }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Stopword hits per language of `index` (by number) and the number of
  /// words, as `words(text)` reads them.
  static func stopwordHits(_ text: String, among index: StopwordIndex) -> (counts: [Int], words: Int) {
    var counts = [Int](repeating: 0, count: index.codes.count)
    var words = 0
    forEachWord(text) { word, isASCII, _ in
      words += 1
      if let numbers = index.languages(of: word, isASCII: isASCII) {
        for number in numbers { counts[number] += 1 }
      }
      return true
    }
    return (counts, words)
  }

  static let latinIndex = StopwordIndex(latinStopwords)
  static let cyrillicIndex = StopwordIndex(cyrillicStopwords)

  static func bestByStopwords(_ text: String, among index: StopwordIndex) -> String? {
    // Counted by language number: no hashing of a language code per hit.
    let counts = stopwordHits(text, among: index).counts
    // The most hits; on a tie the code that sorts first.
    var best: (code: String, hits: Int)?
    for (number, code) in index.codes.enumerated() where counts[number] > 0 {
      if let current = best, counts[number] < current.hits || (counts[number] == current.hits && code > current.code) {
        continue
      }
      best = (code, counts[number])
    }
    guard let best, best.hits >= minimumStopwordHits else { return nil }
    return best.code
  }

  /// The lower-cased words of the first `maximumScalars` characters:
  /// letters, `'` and `’` (read as `'`).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    forEachWord(text) { word, _, _ in
      words.append(String(decoding: word, as: UTF8.self))
      return true
    }
    return words
  }

  /// Calls `body` with each word of `words(text)` in order, as UTF-8 bytes,
  /// and whether they are all ASCII. Characters are read one grapheme at a
  /// time only where that matters: an ASCII byte followed by another (other
  /// than CR LF) is a character on its own. A word is handed over as a
  /// slice of the lower-cased text (a letter character's UTF-8 is the
  /// text's own bytes); only one holding `’`, read as `'`, is copied.
  /// Appending every letter to a buffer cost fifty instructions a byte.
  /// `body` also gets the most words that can still follow (each needs a
  /// character and a separator) and returns false to stop.
  static func forEachWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool, Int) -> Bool) {
    let lowered = text.fastLowercased()
    let utf8 = lowered.utf8
    let bytes = Array(utf8)
    // The word being read: `bytes[start..<i]` while `copy` is nil.
    var start = 0
    var inWord = false
    var isASCII = true
    var copy: [UInt8]?
    bytes.withUnsafeBufferPointer { bytes in
      let count = bytes.count
      var characters = 0
      var i = 0
      var stopped = false
      func endWord(at end: Int) {
        guard inWord else { return }
        // After `end`, a separator then words with separators between: at
        // most half the bytes left (rounded up) can start a word.
        let moreAtMost = (count - end + 1) / 2
        let goOn: Bool
        if let copy {
          goOn = copy.withUnsafeBufferPointer { body($0, isASCII, moreAtMost) }
        } else {
          goOn = body(UnsafeBufferPointer(rebasing: bytes[start..<end]), isASCII, moreAtMost)
        }
        if !goOn { stopped = true }
        inWord = false
        isASCII = true
        copy = nil
      }
      while i < count, characters < maximumScalars, !stopped {
        characters += 1
        let byte = bytes[i]
        if byte < 0x80, i + 1 == count || (bytes[i + 1] < 0x80 && !(byte == 0x0D && bytes[i + 1] == 0x0A)) {
          if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "'") {
            if !inWord {
              inWord = true
              start = i
            } else if copy != nil {
              copy!.append(byte)
            }
          } else {
            endWord(at: i)
          }
          i += 1
          continue
        }
        // One whole character from here (offsets into UTF-8 are O(1) on a native string).
        let index = utf8.index(utf8.startIndex, offsetBy: i)
        let next = utf8.distance(from: utf8.startIndex, to: lowered.index(after: index))
        let character = lowered[index]
        if character == "’" {
          if !inWord {
            inWord = true
            copy = []
          } else if copy == nil {
            copy = Array(bytes[start..<i])
          }
          copy!.append(UInt8(ascii: "'"))
        } else if character.isLetter || character == "'" {
          if bytes[i..<next].contains(where: { $0 >= 0x80 }) { isASCII = false }
          if !inWord {
            inWord = true
            start = i
          } else if copy != nil {
            copy!.append(contentsOf: bytes[i..<next])
          }
        } else {
          endWord(at: i)
        }
        i = next
      }
      endWord(at: i)
    }
  }

  enum Script: Hashable {
    case kana, han, hangul, arabic, hebrew, cyrillic, greek, thai, devanagari

    init?(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: self = .kana
      case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
      case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: self = .hangul
      case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
      case 0x0590...0x05FF: self = .hebrew
      case 0x0400...0x052F: self = .cyrillic
      case 0x0370...0x03FF, 0x1F00...0x1FFF: self = .greek
      case 0x0E00...0x0E7F: self = .thai
      case 0x0900...0x097F: self = .devanagari
      default: return nil
      }
    }
  }

  /// The commonest function words of each language (from general frequency
  /// lists), chosen to overlap little between the languages.
  static let latinStopwords: [(String, Set<String>)] = [
    (
      "en",
      [
        "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "she", "on", "are", "as", "his",
        "they", "be", "at", "this", "have", "from", "or", "had", "by", "but", "not", "what", "were", "which", "their",
        "has", "would", "there", "been", "who", "will", "said", "its", "an", "we", "you", "i",
      ]
    ),
    (
      "de",
      [
        "der", "die", "und", "den", "das", "ist", "nicht", "ein", "eine", "zu", "mit", "sich", "des", "auf", "für",
        "im", "dem", "von", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei",
        "einer", "um", "noch", "wie", "einen", "über", "so", "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur",
        "bis", "mehr", "durch", "man", "sind", "wir", "ich",
      ]
    ),
    (
      "fr",
      [
        "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans", "pour", "pas", "au",
        "sur", "par", "plus", "ne", "se", "ce", "il", "sont", "aux", "avec", "mais", "ou", "son", "sa", "ses", "cette",
        "nous", "vous", "été", "être", "leur", "a", "à", "elle", "comme", "on", "y", "l'", "d'", "qu'",
      ]
    ),
    (
      "es",
      [
        "el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una", "con", "no", "para", "es",
        "al", "lo", "como", "más", "pero", "sus", "le", "ha", "este", "esta", "sobre", "entre", "cuando", "muy", "sin",
        "también", "fue", "hay", "desde", "todo", "ya", "son", "dos", "está", "su", "o", "ni",
      ]
    ),
    (
      "it",
      [
        "il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "in", "non", "sono", "è", "le", "gli", "dei",
        "delle", "con", "da", "si", "nel", "nella", "alla", "al", "anche", "come", "ma", "più", "questo", "questa",
        "ha", "lo", "dal", "dalla", "sul", "sulla", "degli", "essere", "ci", "tra", "fra",
      ]
    ),
    (
      "pt",
      [
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "no", "na", "nos", "nas", "um", "uma",
        "para", "com", "não", "por", "mais", "se", "como", "mas", "ao", "à", "ele", "ela", "foi", "são", "está",
        "também", "seu", "sua", "pelo", "pela", "já", "entre", "quando", "muito", "ou", "há",
      ]
    ),
    (
      "nl",
      [
        "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "met", "niet", "die", "aan",
        "er", "maar", "om", "ook", "als", "bij", "dan", "nog", "wordt", "worden", "naar", "uit", "of", "door", "over",
        "kan", "werd", "tot", "zich", "heeft", "hebben", "wel", "geen", "deze", "ze", "wat", "ik", "je",
      ]
    ),
    (
      "sv",
      [
        "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett",
        "var", "jag", "de", "sig", "men", "så", "från", "när", "vid", "kan", "också", "efter", "hade", "eller", "måste",
        "vara", "där",
      ]
    ),
    (
      "da",
      [
        "og", "at", "det", "er", "en", "til", "på", "af", "med", "for", "den", "ikke", "har", "som", "de", "et", "fra",
        "var", "jeg", "han", "hun", "vi", "men", "om", "så", "kan", "også", "efter", "blev", "skal", "være", "havde",
        "eller", "når", "hvor",
      ]
    ),
    (
      "no",
      [
        "og", "i", "det", "er", "en", "til", "på", "av", "som", "for", "med", "ikke", "har", "de", "et", "fra", "var",
        "jeg", "han", "hun", "vi", "men", "om", "så", "kan", "også", "etter", "ble", "skal", "være", "hadde", "eller",
        "når", "hvor", "dette", "blir",
      ]
    ),
    (
      "pl",
      [
        "i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "ale", "po", "co", "tak", "za", "od",
        "przez", "dla", "czy", "jego", "tym", "może", "już", "oraz", "które", "który", "która", "są", "był", "była",
      ]
    ),
    (
      "cs",
      [
        "a", "se", "na", "je", "že", "v", "s", "z", "do", "to", "o", "jako", "ale", "za", "by", "pro", "jsou", "tak",
        "které", "který", "která", "byl", "byla", "jeho", "také", "až", "podle", "nebo", "už", "při", "jsem",
      ]
    ),
    (
      "tr",
      [
        "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "en", "olan", "ama", "sonra",
        "kadar", "her", "var", "ne", "o", "mi", "değil", "ise", "olduğu", "şey", "ya", "veya",
      ]
    ),
    (
      "id",
      [
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke",
        "karena", "ada", "bisa", "atau", "oleh", "sebagai", "mereka", "telah", "sudah", "kami", "kita", "saya", "lebih",
        "menjadi",
      ]
    ),
    (
      // Malay shares its commonest words with Indonesian; the words after
      // "lebih" are the Malay forms (Indonesian "karena", "bisa", "saja").
      "ms",
      [
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke",
        "ada", "atau", "oleh", "sebagai", "mereka", "telah", "kami", "kita", "saya", "lebih", "kerana", "boleh",
        "sahaja", "iaitu", "ialah", "beliau", "selepas", "semasa",
      ]
    ),
    (
      "zu",
      [
        "ukuthi", "futhi", "kodwa", "ngoba", "uma", "kanye", "noma", "kakhulu", "lokhu", "lapho", "kusho", "wathi",
        "manje", "nokho", "ngakho", "khona", "ngesikhathi", "kanti", "nje", "abantu", "yena", "bathi",
      ]
    ),
    (
      "xh",
      [
        "ukuba", "kwaye", "kodwa", "ngoko", "xa", "okanye", "kakhulu", "ukuze", "uthe", "kwakhona", "ngexesha",
        "kuba", "kunye", "apha", "ngoku", "ke", "nje", "abantu", "yena", "ngenxa", "wathi",
      ]
    ),
    (
      // Greenlandic builds words from suffixes: few free function words.
      "kl",
      [
        "aamma", "aammalu", "aammali", "kisianni", "kisiannili", "imaluunniit", "taamaattumik", "taanna", "tamanna",
        "una", "tassa", "taava", "suli", "massakkut", "ilaatigut", "qanoq", "sooq", "kingorna", "aatsaat",
      ]
    ),
    (
      "fi",
      [
        "ja", "on", "ei", "se", "että", "oli", "ovat", "mutta", "kun", "myös", "hän", "ne", "tai", "jos", "niin",
        "kuin", "sen", "joka", "mitä", "vain", "nyt", "olla", "ole", "sitä", "ovat", "jo",
      ]
    ),
    (
      "ro",
      [
        "și", "de", "la", "în", "cu", "nu", "pe", "că", "o", "un", "este", "din", "mai", "care", "pentru", "sunt", "a",
        "au", "fost", "sau", "dar", "acest", "această", "ca", "se",
      ]
    ),
    (
      "hu",
      [
        "a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "volt", "már", "csak", "még", "ez", "azt",
        "mint", "ki", "el", "fel", "pedig", "vagy", "lesz", "kell", "után",
      ]
    ),
  ]

  static let cyrillicStopwords: [(String, Set<String>)] = [
    (
      "ru",
      [
        "и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "она", "но", "к", "его", "для", "от", "о",
        "же", "так", "было", "который", "также", "уже", "или", "был", "была", "были",
      ]
    ),
    (
      "uk",
      [
        "і", "в", "не", "на", "що", "з", "до", "це", "як", "із", "він", "вона", "але", "його", "для", "від", "про",
        "також", "вже", "або", "був", "була", "були", "та", "який", "якщо", "ще",
      ]
    ),
    (
      "bg",
      [
        "и", "в", "не", "на", "че", "с", "по", "това", "като", "от", "той", "тя", "но", "към", "за", "се", "да", "са",
        "е", "бил", "била", "които", "който", "още", "при",
      ]
    ),
  ]
}
