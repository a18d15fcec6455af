import CZlib

/// Inflates a gzip stream as it is read: concatenated members (how WARC.gz
/// files are written, one member per record) are read one after another.
/// Memory stays at one input chunk plus one output chunk.
final class GzipSource: ByteSource {
  private static let outputChunk = 256 << 10
  private let input: ByteStream
  /// Heap-allocated: zlib keeps a pointer back to its stream, so it must not move.
  private let stream: UnsafeMutablePointer<z_stream>
  private var pending: [UInt8] = []
  private var inMember = false
  private var finished = false

  init(_ input: ByteStream) {
    self.input = input
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
  }

  deinit {
    if inMember { inflateEnd(stream) }
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  func nextChunk() throws(InputError) -> [UInt8] {
    while !finished {
      if !inMember {
        // A new member starts only with the gzip magic; anything else after
        // a complete member (zero padding, junk) ends the stream.
        let magic = try input.peek(2)
        guard magic.count == 2, magic.first == 0x1F, magic.last == 0x8B else {
          finished = true
          break
        }
        guard newsgrab_inflate_init2(stream, 15 + 16) == Z_OK else { throw .corrupt("zlib could not start") }
        inMember = true
      }
      if pending.isEmpty {
        pending = try input.read(FileSource.chunkSize)
        if pending.isEmpty { throw .corrupt("truncated compressed data") }
      }
      var output = [UInt8](repeating: 0, count: Self.outputChunk)
      var status: Int32 = Z_OK
      var consumed = 0
      let produced: Int = pending.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
          stream.pointee.next_in = inBuffer.baseAddress
          stream.pointee.avail_in = uInt(inBuffer.count)
          stream.pointee.next_out = outBuffer.baseAddress
          stream.pointee.avail_out = uInt(outBuffer.count)
          status = inflate(stream, Z_NO_FLUSH)
          consumed = inBuffer.count - Int(stream.pointee.avail_in)
          return outBuffer.count - Int(stream.pointee.avail_out)
        }
      }
      pending.removeSubrange(0..<consumed)
      switch status {
      case Z_STREAM_END:
        inflateEnd(stream)
        inMember = false
        // Bytes read past this member belong to the next one.
        if !pending.isEmpty { try pushBack() }
      case Z_OK, Z_BUF_ERROR:
        break
      case Z_NEED_DICT, Z_DATA_ERROR:
        throw .corrupt("corrupt compressed data")
      case Z_MEM_ERROR:
        throw .corrupt("out of memory while decompressing")
      default:
        throw .corrupt("corrupt compressed data")
      }
      output.removeSubrange(produced...)
      if !output.isEmpty { return output }
      if status == Z_BUF_ERROR && consumed == 0 && !pending.isEmpty {
        throw .corrupt("corrupt compressed data")
      }
    }
    return []
  }

  /// After a member ends, starts the next one when the unread input begins
  /// with the gzip magic; otherwise the stream is over.
  private func pushBack() throws(InputError) {
    var head = Array(pending.prefix(2))
    if head.count < 2 { head += try input.peek(2 - head.count) }
    guard head == [0x1F, 0x8B] else {
      finished = true
      pending = []
      return
    }
    guard newsgrab_inflate_init2(stream, 15 + 16) == Z_OK else { throw .corrupt("zlib could not start") }
    inMember = true
  }
}
