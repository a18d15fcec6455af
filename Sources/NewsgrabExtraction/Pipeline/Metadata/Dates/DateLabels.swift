import Foundation

/// The words that say what a date in a byline is: "Updated 5 May 2019",
/// "Aktualisiert am 05.05.2019", "Mis à jour le 5 mai 2019" mark the last
/// change; "Publié le", "Publicado el", "Opublikowano" the publication.
enum DateLabels {
  /// `otherDay`: a day that is neither the publication nor an update (an
  /// expiry, the reader's "today" in a masthead).
  enum Kind { case published, updated, otherDay, none }

  /// Lower-case labels of a modification, in the languages of `MonthNames`.
  static let updated = [
    "updated", "update:", "last modified", "modified", "edited", "aktualisiert", "aktualisierung", "stand:",
    "mis à jour", "mise à jour", "actualizado", "actualización", "atualizado", "atualização", "aggiornato",
    "aggiornamento", "bijgewerkt", "zaktualizowano", "aktualizacja", "обновлено", "обновлён", "оновлено", "güncellendi",
    "güncelleme", "uppdaterad", "oppdatert", "opdateret", "päivitetty", "aktualizováno", "aktualizované",
    "actualizat", "frissítve", "frissítés", "diperbarui", "dikemaskini", "cập nhật", "ενημερώθηκε", "ενημέρωση",
    "更新", "수정", "به‌روزرسانی", "بروزرسانی", "تحديث",
    // Croatian, Serbian and Slovene, the Baltic languages, Hebrew, Hindi,
    // Bengali, Catalan, Swahili, Thai.
    "ažurirano", "ажурирано", "posodobljeno", "atnaujinta", "atjaunots", "atjaunināts", "uuendatud", "עודכן",
    "अपडेट", "अपडेटेड", "আপডেট", "actualitzat", "imesasishwa", "อัปเดต",
  ]

  /// Lower-case labels of the publication.
  static let published = [
    "published", "posted", "veröffentlicht", "erschienen", "publié", "publicado", "publicada", "pubblicato",
    "gepubliceerd", "geplaatst", "opublikowano", "опубликовано", "опубліковано", "yayınlanma", "yayınlandı",
    "publicerad", "publisert", "publiceret", "udgivet", "julkaistu", "publikováno", "publicat", "közzétéve",
    "megjelent", "diterbitkan", "dipublikasikan", "đăng", "δημοσιεύθηκε", "δημοσίευση", "发布", "發布", "発行",
    "公開", "입력", "게시", "등록", "انتشار", "نشر",
    "objavljeno", "објављено", "paskelbta", "publicēts", "avaldatud", "פורסם", "प्रकाशित", "প্রকাশ",
    "imechapishwa", "เผยแพร่",
  ]

  /// Lower-case labels of the day something stops being available ("Verfügbar
  /// bis 06.05.2024" under a video): neither the publication nor an update.
  static let expiry = [
    "available until", "available till", "expires", "expiry", "verfügbar bis", "gültig bis", "abrufbar bis",
    "disponible jusqu", "disponible hasta", "disponibile fino", "disponível até", "beschikbaar tot",
    "tillgänglig till", "tilgængelig til", "tilgjengelig til", "dostępne do", "k dispozici do",
  ]

  /// Lower-case labels of the reader's day, which a masthead shows beside
  /// the logo ("Today: Monday, 13 March 2023", "आज: सोमवार, १३ मार्च २०२३"):
  /// the day the page was made, not the story's.
  static let today = [
    "today:", "today is", "heute:", "heute ist", "aujourd'hui :", "aujourd'hui:", "hoy:", "hoy es", "oggi:",
    "vandaag:", "idag:", "i dag:", "dziś:", "dzisiaj:", "bugün:", "сегодня:", "сьогодні:", "hari ini:", "आज:",
    "আজ:", "今日：", "今天：", "오늘:", "hôm nay:", "วันนี้:",
  ]

  /// What the nearest label before a date says it is: the label written
  /// last in `lead` (the text since the previous date) wins.
  static func kind(of lead: String) -> Kind {
    guard !lead.isEmpty else { return .none }
    let lower = lead.lowercased()
    let asciiText = lower.utf8.allSatisfy { $0 < 0x80 }
    // Bridged once: Foundation's search bridged the text anew for every label.
    let bridged = asciiText ? nil : lower as NSString
    // Where each kind's last label starts: a byte offset in all-ASCII text,
    // a UTF-16 offset in any other (one unit for all labels of a text).
    func last(_ labels: [Label]) -> Int? {
      labels.compactMap { label in
        // Foundation's search (a thousand instructions or more a label) runs
        // only where it can find something: an ASCII label only in text
        // holding its bytes (no other character is canonically equivalent
        // to a letter, a space or a colon), any other only in text that is
        // not all ASCII (see `Label`).
        if label.isASCII {
          // In all-ASCII text every byte is a character: the bytes say where.
          if asciiText { return lower.lastByteOffset(of: label.text) }
          guard lower.hasSubstring(label.text) else { return nil }
        } else if asciiText {
          return nil
        } else if !label.forms.contains(where: lower.hasSubstring) {
          // Neither the label's composed nor its decomposed bytes: Foundation's
          // search would find it only in text mixing the two forms.
          return nil
        }
        guard let bridged else { return nil }
        let range = bridged.range(of: label.text, options: .backwards)
        return range.location == NSNotFound ? nil : range.location
      }.max()
    }
    let found: [(Kind, Int)] = [
      (.updated, last(updatedLabels)), (.published, last(publishedLabels)), (.otherDay, last(otherDayLabels)),
    ].compactMap { kind, index in index.map { (kind, $0) } }
    return found.max { $0.1 < $1.1 }?.0 ?? .none
  }

  /// A label and whether it is all ASCII. A label that is not has a
  /// character whose canonical decomposition is not ASCII either (checked
  /// in `FastPathTests`), so no all-ASCII text can hold it.
  struct Label {
    let text: String
    let isASCII: Bool
    /// The label composed and decomposed (one form when they agree).
    let forms: [String]

    init(_ text: String) {
      self.text = text
      isASCII = text.utf8.allSatisfy { $0 < 0x80 }
      forms = text.canonicalForms
    }
  }

  static let updatedLabels = updated.map(Label.init)
  static let publishedLabels = published.map(Label.init)
  static let otherDayLabels = (expiry + today).map(Label.init)
}
