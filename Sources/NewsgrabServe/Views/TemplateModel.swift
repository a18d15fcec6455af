import Foundation
import Mustache

/// A view the templates read fields of by name.
///
/// swift-mustache finds a name in a plain struct through `Mirror`, reading
/// every field to keep the one whose label matches, and a name that belongs
/// to an enclosing section is first looked for, that way, in each object
/// inside it. That was two thirds of a reader page's time (perf, 100,000-
/// article bench archive). A `TemplateModel` knows each field's position
/// (found once per type) and reads only that field; a name it does not
/// have costs one dictionary lookup. What a name yields is unchanged: the
/// field's value, an optional unwrapped (nil when empty).
protocol TemplateModel: MustacheParent {}

extension TemplateModel {
  func child(named name: String) -> Any? {
    guard let position = TemplateFields.position(of: name, in: self) else { return nil }
    let children = Mirror(reflecting: self).children
    return TemplateFields.unwrapped(children[children.index(children.startIndex, offsetBy: position)].value)
  }
}

/// Each model type's field positions by label, filled on first use.
enum TemplateFields {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var positions: [ObjectIdentifier: [String: Int]] = [:]

  static func position(of name: String, in model: Any) -> Int? {
    let type = ObjectIdentifier(Swift.type(of: model))
    if let known = lock.withLock({ positions[type] }) { return known[name] }
    var table: [String: Int] = [:]
    for (position, child) in Mirror(reflecting: model).children.enumerated() {
      if let label = child.label, table[label] == nil { table[label] = position }
    }
    lock.withLock { positions[type] = table }
    return table[name]
  }

  /// An optional's value, nil when it has none; anything else as it is.
  static func unwrapped(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
  }
}

// Every model the templates read.
extension SearchView: TemplateModel {}
extension SearchView.Option: TemplateModel {}
extension SearchView.SnippetPart: TemplateModel {}
extension SearchView.Result: TemplateModel {}
extension SearchView.Facet: TemplateModel {}
extension SearchView.Facets: TemplateModel {}
extension ReaderView: TemplateModel {}
extension ReaderView.Figure: TemplateModel {}
extension ReaderView.Teaser: TemplateModel {}
extension ReaderView.FieldSource: TemplateModel {}
extension ReaderView.Version: TemplateModel {}
extension ReaderView.Copy: TemplateModel {}
extension ReaderView.Option: TemplateModel {}
extension ReaderView.DiffPart: TemplateModel {}
extension ReaderView.Diff: TemplateModel {}
extension StatsView: TemplateModel {}
extension StatsView.Row: TemplateModel {}
extension StatsView.Entry: TemplateModel {}
extension MonthChart: TemplateModel {}
extension MonthChart.Bar: TemplateModel {}
extension MonthChart.YearLabel: TemplateModel {}
extension OriginalView: TemplateModel {}
extension ErrorView: TemplateModel {}
