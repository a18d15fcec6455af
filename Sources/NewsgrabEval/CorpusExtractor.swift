import Dispatch
import Foundation
import NewsgrabExtraction
import NewsgrabInput

/// Runs newsgrab's own extractor over every page of a corpus, in process.
package struct CorpusExtractor: Sendable {
  package var reader: InputReader
  package var extractor: ArticleExtractor
  /// Pages extracted at once (the machine has 2 cores).
  package var workers: Int

  package init(reader: InputReader = InputReader(), extractor: ArticleExtractor = ArticleExtractor(), workers: Int = 2)
  {
    self.reader = reader
    self.extractor = extractor
    self.workers = max(1, workers)
  }

  /// Predictions keyed by page id, pages dealt round-robin to `workers` threads.
  package func extractAll(_ corpus: Corpus) -> [String: Prediction] {
    let records = corpus.records
    let workers = min(self.workers, max(1, records.count))
    let chunks = ChunkResults(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      chunks.store(
        worker,
        stride(from: worker, to: records.count, by: workers).map { index in
          let record = records[index]
          return (record.id, extract(record, path: corpus.pagePath(record)))
        })
    }
    var predictions: [String: Prediction] = [:]
    for chunk in chunks.all {
      for (id, prediction) in chunk { predictions[id] = prediction }
    }
    return predictions
  }

  /// Reads the page as `parse` would, with the truth URL as the page URL.
  package func extract(_ record: TruthRecord, path: String) -> Prediction {
    var first: Result<InputPage, InputError>?
    reader.readPages(file: path) { result in
      if first == nil { first = result }
    }
    do {
      guard let first else { return .failed("no page found") }
      var page = try first.get()
      if let url = record.url { page.url = url }
      return .article(try extractor.extract(page))
    } catch {
      return .failed(String(describing: error))
    }
  }
}

/// Each worker's results in its own slot, written once under a lock.
private final class ChunkResults: @unchecked Sendable {
  private var chunks: [[(String, Prediction)]]
  private let lock = NSLock()

  init(count: Int) { chunks = Array(repeating: [], count: count) }

  func store(_ worker: Int, _ chunk: [(String, Prediction)]) {
    lock.lock()
    chunks[worker] = chunk
    lock.unlock()
  }

  var all: [[(String, Prediction)]] {
    lock.lock()
    defer { lock.unlock() }
    return chunks
  }
}
