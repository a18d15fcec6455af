import Foundation
import NewsgrabArchive
import NewsgrabExtraction
import NewsgrabInput

/// Runs `work` on every element of `inputs` with `jobs` threads, returning
/// the results in input order (the writer stores them in a stable order).
enum Parallel {
  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], jobs: Int, _ work: @Sendable (Input) -> Output
  ) -> [Output] {
    let slots = Slots<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, inputs.count))) { _ in
      while let index = slots.claim() {
        slots.store(work(inputs[index]), at: index)
      }
    }
    return slots.values
  }

  /// Shared state of one `map`: the next index to claim and the results.
  private final class Slots<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var results: [Output?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func claim() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < results.count else { return nil }
      next += 1
      return next - 1
    }

    func store(_ value: Output, at index: Int) {
      lock.lock()
      results[index] = value
      lock.unlock()
    }

    var values: [Output] { results.map { $0! } }
  }

  /// All cores.
  static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Maps `inputs` in batches of `size` with `jobs` threads, handing each
  /// batch's results (in order) to `consume` on the calling thread while the
  /// next batch is already being worked on; stops early when `consume`
  /// returns false. (Import and reindex store one batch while the next is
  /// extracted, so the single writer never leaves the cores idle.)
  static func batches<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], size: Int, jobs: Int, _ work: @escaping @Sendable (Input) -> Output,
    consume: ([Output]) -> Bool
  ) {
    let chunks = stride(from: 0, to: inputs.count, by: max(1, size)).map {
      Array(inputs[$0..<min($0 + max(1, size), inputs.count)])
    }
    guard let first = chunks.first else { return }
    var current = map(first, jobs: jobs, work)
    for index in chunks.indices {
      let next = Box<[Output]>()
      let group = DispatchGroup()
      if index + 1 < chunks.count {
        let chunk = chunks[index + 1]
        DispatchQueue.global().async(group: group) { next.value = map(chunk, jobs: jobs, work) }
      }
      let goOn = consume(current)
      group.wait()
      guard goOn, let following = next.value else { return }
      current = following
    }
  }

  /// A value handed from a worker to the thread that waits for it.
  private final class Box<Value>: @unchecked Sendable {
    var value: Value?
  }
}

/// What reading and extracting one page gave.
enum PageResult: Sendable {
  case extracted(ImportItem)
  /// The same bytes are already in the archive: nothing to extract.
  case alreadyStored
  case failed(file: String, reason: String)
}

/// Reads one file's pages and extracts each (skipping pages already stored).
struct FileExtraction: Sendable {
  let reader: InputReader
  let extractor = ArticleExtractor()
  let storedHashes: Set<String>

  func run(_ file: String) -> [PageResult] {
    var results: [PageResult] = []
    reader.readPages(file: file) { result in
      switch result {
      case .failure(let error):
        results.append(.failed(file: file, reason: error.description))
      case .success(let page):
        let hash = SHA256.hex(page.bytes)
        if storedHashes.contains(hash) {
          results.append(.alreadyStored)
          return
        }
        do {
          let article = try extractor.extract(page)
          results.append(.extracted(ImportItem(page: page, article: article, pageHash: hash)))
        } catch {
          results.append(.failed(file: page.name, reason: Diagnostics.reason(error)))
        }
      }
    }
    return results
  }
}
