import Foundation

/// A corpus folder of `../shared/corpora`: `truth.jsonl` plus `pages/`.
package struct Corpus: Sendable {
  /// The folder's name (`readability`).
  package var name: String
  package var directory: String
  package var records: [TruthRecord]

  package init(name: String, directory: String, records: [TruthRecord]) {
    self.name = name
    self.directory = directory
    self.records = records
  }

  /// Reads `directory/truth.jsonl`; a line that is not a truth record stops
  /// the load with its line number (a half-read corpus would score wrongly).
  package static func load(_ directory: String) throws(EvalError) -> Corpus {
    let trimmed = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let truthPath = (trimmed as NSString).appendingPathComponent("truth.jsonl")
    guard FileManager.default.fileExists(atPath: truthPath) else {
      throw .notACorpus("no truth.jsonl")
    }
    guard let data = FileManager.default.contents(atPath: truthPath) else {
      throw .unreadable("truth.jsonl")
    }
    var records: [TruthRecord] = []
    var seen: Set<String> = []
    let decoder = JSONDecoder()
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let record: TruthRecord
      do {
        record = try decoder.decode(TruthRecord.self, from: Data(line))
      } catch {
        throw .badLine(line: index + 1, reason: "not a truth record (\(JSONErrorText.describe(error)))")
      }
      guard seen.insert(record.id.lowercased()).inserted else {
        throw .badLine(line: index + 1, reason: "duplicate id \(record.id)")
      }
      records.append(record)
    }
    let name = (trimmed as NSString).lastPathComponent
    return Corpus(name: name, directory: trimmed, records: records)
  }

  /// Where a record's page is stored.
  package func pagePath(_ record: TruthRecord) -> String {
    (directory as NSString).appendingPathComponent(record.html ?? "pages/\(record.id).html")
  }
}

/// Short human text for a JSON decoding error.
enum JSONErrorText {
  static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.keyNotFound(_, let context), DecodingError.dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    default:
      return "invalid JSON"
    }
  }
}
