import Foundation
import NewsgrabInput

extension InputReader {
  /// Every result of reading `bytes`, in order.
  func results(_ bytes: [UInt8], name: String = "test.html") -> [Result<InputPage, InputError>] {
    var results: [Result<InputPage, InputError>] = []
    readPages(bytes: bytes, name: name, url: nil) { results.append($0) }
    return results
  }

  func results(file: String) -> [Result<InputPage, InputError>] {
    var results: [Result<InputPage, InputError>] = []
    readPages(file: file) { results.append($0) }
    return results
  }
}

extension Result {
  var page: Success? { try? get() }
  var error: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

enum TestFiles {
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgrab-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func page(_ body: String, charset: String = "utf-8") -> [UInt8] {
    Array(
      "<!DOCTYPE html><html><head><meta charset=\"\(charset)\"><title>T</title></head><body><p>\(body)</p></body></html>"
        .utf8)
  }
}
