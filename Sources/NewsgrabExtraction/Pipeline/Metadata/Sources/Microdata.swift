import NewsgrabHTML

/// Phase 1c: schema.org microdata (`itemprop`) outside `<meta>` tags.
package struct Microdata: Sendable {
  /// Values by property name, in page order.
  package var values: [String: [String]] = [:]

  package func first(_ key: String) -> String? { values[key]?.first }

  static func read(_ page: Page) -> Microdata {
    var data = Microdata()
    // A page without any itemprop attribute has no microdata: no walk.
    guard let itemprop = page.document.nameNumber("itemprop") else { return data }
    for node in page.body.descendants where node.isElement {
      guard let property = node.attribute(number: itemprop) else { continue }
      let value: String?
      switch node.tag {
      case .meta: value = node.attribute("content")
      case .time: value = node.attribute("datetime") ?? node.textContent
      case .a, .link: value = node.attribute("href").flatMap { _ in node.textContent }
      case .img: value = node.attribute("src")
      default:
        // An itemscope (e.g. author Person) is read through its `name`.
        if node.hasAttribute("itemscope") {
          value = node.descendants.first { $0.attribute(number: itemprop) == "name" }.map {
            $0.attribute("content") ?? $0.textContent
          }
        } else {
          value = node.attribute("content") ?? node.textContent
        }
      }
      guard let value = value?.collapsingWhitespace(), !value.isEmpty else { continue }
      for key in property.split(separator: " ") {
        data.values[String(key), default: []].append(value)
      }
    }
    return data
  }
}
