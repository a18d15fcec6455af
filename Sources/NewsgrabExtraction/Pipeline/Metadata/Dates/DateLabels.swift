import Foundation

/// The words that say what a date in a byline is: "Updated 5 May 2019",
/// "Aktualisiert am 05.05.2019", "Mis à jour le 5 mai 2019" mark the last
/// change; "Publié le", "Publicado el", "Opublikowano" the publication.
enum DateLabels {
  enum Kind { case published, updated, none }

  /// Lower-case labels of a modification, in the languages of `MonthNames`.
  static let updated = [
    "updated", "update:", "last modified", "modified", "edited", "aktualisiert", "aktualisierung", "stand:",
    "mis à jour", "mise à jour", "actualizado", "actualización", "atualizado", "atualização", "aggiornato",
    "aggiornamento", "bijgewerkt", "zaktualizowano", "aktualizacja", "обновлено", "обновлён", "оновлено", "güncellendi",
    "güncelleme", "uppdaterad", "oppdatert", "opdateret", "päivitetty", "aktualizováno", "aktualizované",
    "actualizat", "frissítve", "frissítés", "diperbarui", "dikemaskini", "cập nhật", "ενημερώθηκε", "ενημέρωση",
    "更新", "수정", "به‌روزرسانی", "بروزرسانی", "تحديث",
  ]

  /// Lower-case labels of the publication.
  static let published = [
    "published", "posted", "veröffentlicht", "erschienen", "publié", "publicado", "publicada", "pubblicato",
    "gepubliceerd", "geplaatst", "opublikowano", "опубликовано", "опубліковано", "yayınlanma", "yayınlandı",
    "publicerad", "publisert", "publiceret", "udgivet", "julkaistu", "publikováno", "publicat", "közzétéve",
    "megjelent", "diterbitkan", "dipublikasikan", "đăng", "δημοσιεύθηκε", "δημοσίευση", "发布", "發布", "発行",
    "公開", "입력", "게시", "등록", "انتشار", "نشر",
  ]

  /// What the nearest label before a date says it is: the label written
  /// last in `lead` (the text since the previous date) wins.
  static func kind(of lead: String) -> Kind {
    guard !lead.isEmpty else { return .none }
    let lower = lead.lowercased()
    func last(_ labels: [String]) -> String.Index? {
      labels.compactMap { lower.range(of: $0, options: .backwards)?.lowerBound }.max()
    }
    switch (last(updated), last(published)) {
    case (nil, nil): return .none
    case (.some, nil): return .updated
    case (nil, .some): return .published
    case (let u?, let p?): return u > p ? .updated : .published
    }
  }
}
