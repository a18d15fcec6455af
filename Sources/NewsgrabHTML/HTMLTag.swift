/// The element names extraction cares about, interned as small numbers.
///
/// Every document interns these names first, in this order, so a node's name
/// number doubles as its `HTMLTag` raw value; any other name is `.other`.
package enum HTMLTag: UInt16, CaseIterable, Sendable {
  case a, abbr, address, article, aside, audio, b, base, blockquote, body, br, button, caption,
    cite, code, dd, del, details, dialog, div, dl, dt, em, embed, fieldset, figcaption, figure,
    footer, form, h1, h2, h3, h4, h5, h6, head, header, hr, html, i, iframe, img, input, ins,
    label, li, link, main, mark, menu, meta, nav, noscript, object, ol, option, p, picture, pre,
    q, s, script, section, select, small, source, span, strong, style, sub, summary, sup, svg,
    table, tbody, td, template, textarea, tfoot, th, thead, time, title, tr, u, ul, video, wbr
  case other

  /// The lower-case element name, as libxml2 reports it (looked up: the
  /// reflection behind `String(describing:)` cost thousands of instructions).
  package var name: String { Self.names[Int(rawValue)] }

  /// Every case's name in raw-value order.
  private static let names: [String] = allCases.map { String(describing: $0) }

  /// Names of all known tags in raw-value order (excluding `.other`).
  static let knownNames: [String] = allCases.filter { $0 != .other }.map(\.name)

  /// Elements that start a new block of text when rendered.
  package var isBlock: Bool {
    switch self {
    case .address, .article, .aside, .blockquote, .body, .caption, .dd, .details, .dialog, .div,
      .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6,
      .header, .hr, .html, .li, .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table,
      .tbody, .td, .tfoot, .th, .thead, .tr, .ul, .br:
      return true
    default:
      return false
    }
  }

  /// Headings `h1`…`h6`.
  package var isHeading: Bool { self.rawValue >= HTMLTag.h1.rawValue && self.rawValue <= HTMLTag.h6.rawValue }
}
