#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A forward-only supply of bytes: a file, a buffer in memory, or a
/// decompressor in front of either. Containers are read through this so a
/// multi-gigabyte WARC never has to fit in memory.
protocol ByteSource: AnyObject {
  /// The next run of bytes; empty at the end.
  func nextChunk() throws(InputError) -> [UInt8]
}

/// Reads a file descriptor in fixed-size chunks.
final class FileSource: ByteSource {
  /// Large enough that a read is one system call per quarter megabyte.
  static let chunkSize = 256 << 10
  private let descriptor: Int32
  private var ownsDescriptor = true

  /// Opens `path` for reading; a missing file, a directory or a permission
  /// problem is reported as the `InputError` a person would expect.
  init(path: String) throws(InputError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable(Self.describe(errno))
    }
    if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw errno == ENOENT ? .notFound : .unreadable(Self.describe(errno))
    }
    descriptor = fd
  }

  /// Reads an already open descriptor (standard input), left open after.
  init(descriptor: Int32) {
    self.descriptor = descriptor
    ownsDescriptor = false
  }

  deinit { if ownsDescriptor { close(descriptor) } }

  /// The size the file has now (it may still change while it is read).
  var size: Int {
    var info = stat()
    return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
  }

  func nextChunk() throws(InputError) -> [UInt8] {
    while true {
      // Read into uninitialised memory: zeroing a quarter megabyte per chunk
      // cost more than the read.
      var count = 0
      var code: Int32 = 0
      let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { buffer, initialized in
        count = read(descriptor, buffer.baseAddress, Self.chunkSize)
        if count < 0 { code = errno }
        initialized = max(count, 0)
      }
      if count >= 0 { return chunk }
      if code == EINTR { continue }
      throw .unreadable(Self.describe(code))
    }
  }

  static func describe(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case EISDIR: "is a directory"
    case ELOOP: "symbolic link loop"
    case EIO: "input/output error"
    case ENAMETOOLONG: "file name too long"
    default: String(cString: strerror(code)).lowercased()
    }
  }
}

/// Bytes already in memory (standard input, tests, the fuzzer).
final class MemorySource: ByteSource {
  private var bytes: [UInt8]?

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func nextChunk() throws(InputError) -> [UInt8] {
    defer { bytes = nil }
    return bytes ?? []
  }
}

/// A buffered reader over a `ByteSource` with the few operations the
/// container formats need: peek, lines, counted reads and skips.
final class ByteStream {
  private let source: ByteSource
  private var buffer: [UInt8] = []
  private var position = 0
  private var exhausted = false
  /// Bytes consumed so far (for messages that point into the file).
  private(set) var offset = 0

  init(_ source: ByteSource) { self.source = source }

  /// Whether another chunk was added to the buffer.
  private func fill() throws(InputError) -> Bool {
    guard !exhausted else { return false }
    let chunk = try source.nextChunk()
    if chunk.isEmpty {
      exhausted = true
      return false
    }
    if position > 0 && position >= buffer.count / 2 {
      buffer.removeSubrange(0..<position)
      position = 0
    }
    if buffer.isEmpty {
      buffer = chunk
    } else {
      buffer.append(contentsOf: chunk)
    }
    return true
  }

  private var available: Int { buffer.count - position }

  /// Up to `count` bytes ahead, without consuming them.
  func peek(_ count: Int) throws(InputError) -> ArraySlice<UInt8> {
    while available < count, try fill() {}
    return buffer[position..<(position + min(count, available))]
  }

  var atEnd: Bool {
    get throws(InputError) { try peek(1).isEmpty }
  }

  /// The next line without its LF (and CR); nil at the end. A line longer
  /// than `limit` is an error: no format read here has one.
  func readLine(limit: Int) throws(InputError) -> [UInt8]? {
    var searched = 0
    while true {
      if let newline = buffer[(position + searched)...].firstIndex(of: 0x0A) {
        var line = Array(buffer[position..<newline])
        consume(newline + 1 - position)
        if line.last == 0x0D { line.removeLast() }
        return line
      }
      searched = available
      if searched > limit { throw .corrupt("a line longer than \(InputError.megabytes(limit))") }
      if try !fill() {
        guard available > 0 else { return nil }
        let line = Array(buffer[position...])
        consume(available)
        return line
      }
    }
  }

  /// Exactly `count` bytes, or fewer at the end of the input.
  func read(_ count: Int) throws(InputError) -> [UInt8] {
    while available < count, try fill() {}
    let taken = min(count, available)
    let bytes = Array(buffer[position..<(position + taken)])
    consume(taken)
    return bytes
  }

  /// Skips `count` bytes without keeping them; returns how many were skipped.
  @discardableResult
  func skip(_ count: Int) throws(InputError) -> Int {
    var left = count
    while left > 0 {
      if available == 0, try !fill() { break }
      let step = min(left, available)
      consume(step)
      left -= step
    }
    return count - left
  }

  /// Discards bytes until `pattern` is next; false (and everything
  /// discarded) when it never comes.
  func skip(toNext pattern: [UInt8]) throws(InputError) -> Bool {
    let window = max(pattern.count, 1 << 16)
    while true {
      let ahead = try peek(window)
      if ahead.count < pattern.count {
        try skip(ahead.count)
        return false
      }
      var i = ahead.startIndex
      let last = ahead.endIndex - pattern.count
      while i <= last {
        if ahead[i] == pattern[0] && ahead[i..<(i + pattern.count)].elementsEqual(pattern) {
          try skip(i - ahead.startIndex)
          return true
        }
        i += 1
      }
      try skip(ahead.count - pattern.count + 1)
    }
  }

  /// Everything that is left, refusing more than `limit` bytes: nil when the
  /// rest is larger (the caller reports the limit).
  func readToEnd(limit: Int) throws(InputError) -> [UInt8]? {
    while available <= limit, try fill() {}
    guard available <= limit else { return nil }
    if position == 0 {
      // The whole buffer is the rest: hand it over instead of copying it.
      let bytes = buffer
      offset += bytes.count
      buffer = []
      return bytes
    }
    return try read(available)
  }

  private func consume(_ count: Int) {
    position += count
    offset += count
    if position == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      position = 0
    }
  }
}
