import Dispatch
import Foundation
import NewsgrabArchive

/// `newsgrab-bench search --db PATH --queries FILE [--json FILE] [--slowest N]`: latency of
/// realistic queries (first results page, snippets included) on an archive.
enum SearchBench {
  struct Query: Decodable {
    var query: String
    var source: String?
    var since: String?
  }

  struct Report: Codable {
    var queries: Int
    var articles: Int
    var p50Milliseconds: Double
    var p95Milliseconds: Double
    var p99Milliseconds: Double
    var maxMilliseconds: Double
  }

  static func run(_ arguments: [String]) throws {
    var db: String?
    var queriesPath: String?
    var json: String?
    var slowest = 0
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--db": db = iterator.next()
      case "--queries": queriesPath = iterator.next()
      case "--json": json = iterator.next()
      case "--slowest": slowest = Int(iterator.next() ?? "") ?? 0
      default: break
      }
    }
    guard let db, let queriesPath else {
      FileHandle.standardError.write(Data("usage: newsgrab-bench search --db PATH --queries FILE [--json FILE]\n".utf8))
      exit(2)
    }
    let archive = try Archive(path: db, mode: .readOnly)
    let decoder = JSONDecoder()
    let queries = try String(contentsOfFile: queriesPath, encoding: .utf8).split(separator: "\n")
      .map { try decoder.decode(Query.self, from: Data($0.utf8)) }
    let articles = try archive.stats().articles

    func once(_ query: Query) throws -> Double {
      let start = DispatchTime.now().uptimeNanoseconds
      let page = try archive.search(
        SearchQuery(query.query), filter: ArticleFilter(source: query.source, since: query.since, limit: 10))
      _ = page.items.count
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
    // One warm-up pass (the page cache), then every query timed.
    for query in queries { _ = try? once(query) }
    var samples: [Double] = []
    var timed: [(Double, Query)] = []
    for query in queries {
      do {
        let milliseconds = try once(query)
        samples.append(milliseconds)
        timed.append((milliseconds, query))
      } catch {
        FileHandle.standardError.write(Data("newsgrab-bench: query \(query.query): \(error)\n".utf8))
      }
    }
    samples.sort()
    for (milliseconds, query) in timed.sorted(by: { $0.0 > $1.0 }).prefix(slowest) {
      print(
        String(format: "%8.2f ms  ", milliseconds) + query.query
          + (query.source.map { "  --source \($0)" } ?? "") + (query.since.map { " --since \($0)" } ?? ""))
    }
    func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
    let report = Report(
      queries: samples.count, articles: articles, p50Milliseconds: percentile(0.50),
      p95Milliseconds: percentile(0.95), p99Milliseconds: percentile(0.99), maxMilliseconds: samples.last ?? 0)
    print(
      String(
        format: "search: %d queries on %d articles: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
        report.queries, report.articles, report.p50Milliseconds, report.p95Milliseconds, report.p99Milliseconds,
        report.maxMilliseconds))
    if let json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(report).write(to: URL(fileURLWithPath: json))
    }
  }
}
