import CCrypto

/// SHA-256 (FIPS 180-4), for page and content fingerprints.
///
/// Foundation on Linux has no digest API and the package may not add
/// swift-crypto, so this asks OpenSSL's libcrypto (Debian `libssl-dev`),
/// whose assembly uses the CPU's SHA instructions: the 72.6 MB of corpus
/// pages hash in 0.04 s, where the portable Swift it replaced took 0.30 s
/// (a tenth of an import). Checked against the standard test vectors in
/// `SHA256Tests`.
package enum SHA256 {
  /// The digest of `bytes` as 64 lowercase hex digits.
  package static func hex(_ bytes: [UInt8]) -> String {
    var digest = [UInt8](repeating: 0, count: 32)
    var length: UInt32 = 0
    let status = bytes.withUnsafeBytes { input in
      digest.withUnsafeMutableBufferPointer { output in
        EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil)
      }
    }
    // EVP_Digest fails only when OpenSSL cannot allocate its context: not a
    // state any caller could recover from, and a wrong fingerprint would
    // merge different pages.
    precondition(status == 1 && length == 32, "OpenSSL could not compute a SHA-256 digest")
    return hexDigits(digest)
  }

  private static func hexDigits(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
