import Dispatch
import Foundation
import NewsgrabExtraction
import NewsgrabHTML
import NewsgrabInput

// newsgrab-bench: parse throughput against libxml2's own floors, in one run.
// Usage: newsgrab-bench [--rounds N] [--json FILE] [PAGE_DIR...]
//        newsgrab-bench extract PAGE... (one extraction per page, for callgrind)
//        newsgrab-bench pages [--top N] PAGE... (the pages whose extraction costs most beyond the tokenizer)
//        newsgrab-bench search --db PATH-OR-URL --queries FILE [--json FILE] [--all-copies] [--passes N]
// Prints a table; every figure is the median of N rounds over the same bytes.

struct Options {
  var rounds = 5
  var json: String?
  var directories: [String] = []

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--rounds": rounds = max(1, Int(iterator.next() ?? "") ?? rounds)
      case "--json": json = iterator.next()
      default: directories.append(argument)
      }
    }
  }
}

/// Every HTML page below the directories (corpus `pages/` or fixture folders).
func loadPages(_ directories: [String]) -> [[UInt8]] {
  var pages: [[UInt8]] = []
  let reader = InputReader()
  let list = reader.files(in: directories)
  for file in list.files {
    reader.readPages(file: file) { result in
      if case .success(let page) = result, page.format == .html { pages.append(page.bytes) }
    }
  }
  return pages
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}

/// Seconds for one pass of `work` over all pages, split across `jobs` threads.
func timePass(pages: [[UInt8]], jobs: Int, _ work: @Sendable ([UInt8]) -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  if jobs == 1 {
    for page in pages { work(page) }
  } else {
    // Pages are dealt out round-robin to `jobs` workers.
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
      var i = worker
      while i < pages.count {
        work(pages[i])
        i += jobs
      }
    }
  }
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct Row: Codable {
  var name: String
  var jobs: Int
  var seconds: Double
  var pagesPerSecond: Double
  var megabytesPerSecond: Double
}

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "search" {
  do {
    try SearchBench.run(Array(CommandLine.arguments.dropFirst(2)))
  } catch {
    FileHandle.standardError.write(Data("newsgrab-bench: \(error)\n".utf8))
    exit(1)
  }
  exit(0)
}

// `extract PAGE...`: each page decoded, parsed and extracted once, nothing
// printed; a fixed workload for `valgrind --tool=callgrind` (the async CLI
// cannot run under valgrind 3.19: its main thread parks in dispatch_main,
// and valgrind dies on that thread's sigsuspend).
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "extract" {
  let extractor = ArticleExtractor()
  for page in loadPages(Array(CommandLine.arguments.dropFirst(2))) { _ = try? extractor.extract(bytes: page) }
  exit(0)
}

// `pages [--top N] PAGE...`: per page, the median of 3 runs of libxml2's
// tokenizer and of newsgrab's parse+extract, in milliseconds; prints the N
// pages (default 20) whose extraction costs most beyond the tokenizer, so a
// slow rule on one layout shows apart from the cost spread over all pages.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "pages" {
  var arguments = Array(CommandLine.arguments.dropFirst(2))
  var top = 20
  if arguments.first == "--top", arguments.count > 1 {
    top = Int(arguments[1]) ?? top
    arguments.removeFirst(2)
  }
  let reader = InputReader()
  var costs: [(name: String, tokenize: Double, extract: Double)] = []
  let extractor = ArticleExtractor()
  func milliseconds(_ work: () -> Void) -> Double {
    median(
      (0..<3).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
      })
  }
  for file in reader.files(in: arguments).files {
    reader.readPages(file: file) { result in
      guard case .success(let page) = result, page.format == .html else { return }
      let utf8 = PageDecoder.decode(page.bytes).utf8
      let tokenize = milliseconds { _ = LibXML2Baseline.tokenize(utf8: utf8) }
      let extract = milliseconds { _ = try? extractor.extract(bytes: page.bytes) }
      costs.append((page.name, tokenize, extract))
    }
  }
  let total = costs.reduce((0.0, 0.0)) { ($0.0 + $1.tokenize, $0.1 + $1.extract) }
  print(
    String(
      format: "%d pages: tokenizer %.0f ms, parse+extract %.0f ms (%.2fx tokenizer)", costs.count, total.0, total.1,
      total.0 / max(total.1, 1e-9)))
  print("extract-tokenize ms  tokenize ms  extract ms  page")
  for cost in costs.sorted(by: { $0.extract - $0.tokenize > $1.extract - $1.tokenize }).prefix(top) {
    print(
      String(format: "%19.2f %12.2f %11.2f  ", cost.extract - cost.tokenize, cost.tokenize, cost.extract) + cost.name)
  }
  exit(0)
}

let options = Options(CommandLine.arguments)
var directories = options.directories
if directories.isEmpty {
  let corpora = "../shared/corpora"
  directories = FileManager.default.fileExists(atPath: corpora) ? [corpora] : ["fixtures/pages"]
}
let pages = loadPages(directories)
guard !pages.isEmpty else {
  FileHandle.standardError.write(Data("newsgrab-bench: no pages found in \(directories.joined(separator: " "))\n".utf8))
  exit(1)
}
let utf8Pages = pages.map { PageDecoder.decode($0).utf8 }
let totalBytes = Double(pages.reduce(0) { $0 + $1.count })

func measure(_ name: String, pages input: [[UInt8]], jobs: Int, _ work: @escaping @Sendable ([UInt8]) -> Void) -> Row {
  _ = timePass(pages: input, jobs: jobs, work)  // warm-up
  let seconds = median((0..<options.rounds).map { _ in timePass(pages: input, jobs: jobs, work) })
  return Row(
    name: name, jobs: jobs, seconds: seconds, pagesPerSecond: Double(input.count) / seconds,
    megabytesPerSecond: totalBytes / seconds / 1_048_576)
}

let extractor = ArticleExtractor()
var rows: [Row] = []
rows.append(
  measure("libxml2 tokenizer (empty SAX)", pages: utf8Pages, jobs: 1) { _ = LibXML2Baseline.tokenize(utf8: $0) })
rows.append(
  measure("libxml2 htmlReadMemory+xmlFreeDoc", pages: utf8Pages, jobs: 1) { _ = LibXML2Baseline.buildTree(utf8: $0) })
// What newsgrab hands libxml2: the same pages without the script and style
// text the tree drops, long attribute values as placeholders (see
// `TokenizerInput`). Not a floor: it shows how much of the floor's work
// parsing no longer pays for.
let preparedPages = utf8Pages.map { page in
  var page = page
  _ = TokenizerInput.prepareHidingValues(&page)
  return page
}
rows.append(
  measure("libxml2 tokenizer on newsgrab's input", pages: preparedPages, jobs: 1) {
    _ = LibXML2Baseline.tokenize(utf8: $0)
  })
rows.append(measure("newsgrab tree only (decode+SAX arena)", pages: pages, jobs: 1) { _ = try? HTMLDocument.parse($0) })
let singleRow = rows.count
rows.append(measure("newsgrab parse+extract", pages: pages, jobs: 1) { _ = try? extractor.extract(bytes: $0) })
rows.append(measure("newsgrab parse+extract", pages: pages, jobs: 2) { _ = try? extractor.extract(bytes: $0) })

let tokenizer = rows[0].pagesPerSecond
let tree = rows[1].pagesPerSecond
let single = rows[singleRow].pagesPerSecond
let double = rows[singleRow + 1].pagesPerSecond
print("pages: \(pages.count), \(String(format: "%.1f", totalBytes / 1_048_576)) MB, median of \(options.rounds) rounds")
func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
func number(_ value: Double, _ decimals: Int, _ width: Int) -> String {
  let text = String(format: "%.\(decimals)f", value)
  return String(repeating: " ", count: max(0, width - text.count)) + text
}
print(pad("measurement", 40) + " jobs    pages/s     MB/s  x tokenizer  x libxml2 tree")
for row in rows {
  print(
    pad(row.name, 40) + number(Double(row.jobs), 0, 5) + number(row.pagesPerSecond, 1, 11)
      + number(row.megabytesPerSecond, 1, 9) + number(row.pagesPerSecond / tokenizer, 2, 13)
      + number(row.pagesPerSecond / tree, 2, 16))
}
print(String(format: "parallel speed-up (2 jobs / 1 job): %.2fx", double / single))

if let json = options.json {
  struct Report: Codable {
    var pages: Int
    var bytes: Int
    var rounds: Int
    var rows: [Row]
    var parallelSpeedup: Double
  }
  let report = Report(
    pages: pages.count, bytes: Int(totalBytes), rounds: options.rounds, rows: rows,
    parallelSpeedup: double / single)
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  try encoder.encode(report).write(to: URL(fileURLWithPath: json))
}
