import CZlib

/// zlib streams: gzip files and the archive's compressed page store.
package enum Zlib {
  /// Window bits: 15 for zlib format; +16 gzip only; +32 detect either.
  private static let zlibFormat: Int32 = 15
  private static let gzipFormat: Int32 = 15 + 16
  private static let autoDetect: Int32 = 15 + 32

  /// Compresses `bytes` in zlib format.
  package static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    deflate(bytes, level: level, windowBits: zlibFormat)
  }

  /// Compresses `bytes` as one gzip member (a `.gz` file, a WARC.gz record).
  package static func gzip(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
    deflate(bytes, level: level, windowBits: gzipFormat)
  }

  private static func deflate(_ bytes: [UInt8], level: Int32, windowBits: Int32) -> [UInt8] {
    var stream = z_stream()
    guard newsgrab_deflate_init2(&stream, level, windowBits) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
    var input = bytes
    let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        let status = CZlib.deflate(&stream, Z_FINISH)
        return status == Z_STREAM_END ? Int(stream.total_out) : -1
      }
    }
    guard produced >= 0 else { return [] }
    output.removeSubrange(produced...)
    return output
  }

  /// Inflates zlib or gzip data (concatenated gzip members included), refusing
  /// to produce more than `limit` bytes (a decompression bomb is an error,
  /// not an out-of-memory kill).
  package static func decompress(_ bytes: [UInt8], limit: Int) throws(InputError) -> [UInt8] {
    var output: [UInt8] = []
    var offset = 0
    while offset < bytes.count {
      let (member, consumed) = try inflateMember(bytes, from: offset, limit: limit - output.count)
      output.append(contentsOf: member)
      offset += consumed
      // Trailing zero padding after the last gzip member is allowed.
      if offset < bytes.count, bytes[offset...].allSatisfy({ $0 == 0 }) { break }
      if offset < bytes.count, !(bytes.count - offset >= 2 && bytes[offset] == 0x1F && bytes[offset + 1] == 0x8B) {
        break
      }
    }
    return output
  }

  private static func inflateMember(_ bytes: [UInt8], from offset: Int, limit: Int) throws(InputError) -> (
    [UInt8], Int
  ) {
    var stream = z_stream()
    guard newsgrab_inflate_init2(&stream, autoDetect) == Z_OK else {
      throw .corrupt("zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    var status: Int32 = Z_OK
    var consumed = 0
    var failure: InputError?
    bytes.withUnsafeBufferPointer { inBuffer in
      stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress! + offset)
      stream.avail_in = uInt(inBuffer.count - offset)
      repeat {
        let produced: Int = buffer.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(chunk)
          status = inflate(&stream, Z_NO_FLUSH)
          return chunk - Int(stream.avail_out)
        }
        if status != Z_OK && status != Z_STREAM_END && !(status == Z_BUF_ERROR && produced > 0) {
          failure = status == Z_BUF_ERROR ? .corrupt("truncated compressed data") : .corrupt("corrupt compressed data")
          return
        }
        if output.count + produced > limit {
          failure = .tooLarge(size: output.count + produced, limit: limit)
          return
        }
        output.append(contentsOf: buffer[0..<produced])
        if status == Z_OK && stream.avail_in == 0 && produced == 0 {
          failure = .corrupt("truncated compressed data")
          return
        }
      } while status != Z_STREAM_END
      consumed = inBuffer.count - offset - Int(stream.avail_in)
    }
    if let failure { throw failure }
    return (output, consumed)
  }

  /// Whether `bytes` start with the gzip magic number.
  package static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }
}
