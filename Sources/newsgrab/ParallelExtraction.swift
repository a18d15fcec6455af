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

  /// Streams items from `produce` in batches of `size`: each full batch is
  /// worked on by `jobs` threads while the calling thread hands the previous
  /// batch's results (in order) to `consume` and goes on producing the next.
  /// At most three batches are alive at once (one filling, one being worked
  /// on, one being consumed), so memory stays flat however many items a
  /// source yields (a multi-GB WARC is one file with many pages). Stops early
  /// when `consume` returns false.
  static func stream<Input: Sendable, Output: Sendable>(
    size: Int, jobs: Int, _ work: @escaping @Sendable (Input) -> Output,
    produce: (_ emit: (Input) -> Void) -> Void, consume: ([Output]) -> Bool
  ) {
    withoutActuallyEscaping(consume) { consume in
      stream(size: size, jobs: jobs, work, produce: produce, escapingConsume: consume)
    }
  }

  private static func stream<Input: Sendable, Output: Sendable>(
    size: Int, jobs: Int, _ work: @escaping @Sendable (Input) -> Output,
    produce: (_ emit: (Input) -> Void) -> Void, escapingConsume consume: @escaping ([Output]) -> Bool
  ) {
    var pending: [Input] = []
    var inFlight: (group: DispatchGroup, box: Box<[Output]>)?
    var stopped = false

    /// Waits for the batch being worked on and returns its results.
    func collect() -> [Output]? {
      guard let running = inFlight else { return nil }
      running.group.wait()
      inFlight = nil
      return running.box.value
    }
    // The workers start on the next batch before the previous one is
    // consumed: storing a batch (compressing pages, writing SQLite) then
    // overlaps extraction instead of leaving the workers idle.
    func launch() {
      let finished = collect()
      if !stopped, !pending.isEmpty {
        let batch = pending
        pending = []
        let box = Box<[Output]>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { box.value = map(batch, jobs: jobs, work) }
        inFlight = (group, box)
      }
      if !stopped, let finished, !consume(finished) { stopped = true }
    }

    produce { item in
      guard !stopped else { return }
      pending.append(item)
      if pending.count >= max(1, size) { launch() }
    }
    launch()
    // The last batch (launched just above, or still running when consume stopped).
    if let last = collect(), !stopped, !consume(last) { stopped = true }
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

/// Extracts one page read from a file (skipping pages already stored).
struct FileExtraction: Sendable {
  let extractor = ArticleExtractor()
  let storedHashes: Set<String>

  func run(_ read: Result<InputPage, InputError>, file: String) -> PageResult {
    switch read {
    case .failure(let error):
      return .failed(file: file, reason: error.description)
    case .success(let page):
      let hash = SHA256.hex(page.bytes)
      if storedHashes.contains(hash) { return .alreadyStored }
      do {
        let article = try extractor.extract(page)
        return .extracted(ImportItem(page: page, article: article, pageHash: hash))
      } catch {
        return .failed(file: page.name, reason: Diagnostics.reason(error))
      }
    }
  }
}
