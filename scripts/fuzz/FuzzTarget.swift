// libFuzzer entry point over newsgrab's parse path: the container readers
// (gzip, WARC, MHTML, saved-page comments, data: URIs), the charset
// decoder, the HTML tree builder and the extraction pipeline.
// Built and run by scripts/fuzz.sh; not part of the Swift package.
import NewsgrabExtraction
import NewsgrabInput

/// The first byte picks the name the input is read under, so the
/// name-dependent paths (seed-layout text, ".gz" names) are fuzzed too.
private let names = ["page.html", "page.txt", "page.warc.gz", "page.mhtml", "-", "story.md"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let name = names[Int(data[0]) % names.count]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let reader = InputReader(maxSize: 4 << 20)
  let extractor = ArticleExtractor()
  reader.readPages(bytes: bytes, name: name, url: nil) { result in
    guard case .success(let page) = result else { return }
    _ = try? extractor.extract(page)
  }
  return 0
}
