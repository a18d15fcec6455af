import Foundation

enum URLHost {
  static func of(_ link: String) -> String? {
    URLComponents(string: link)?.host?.lowercased()
  }
}
