/// A word-level diff of two texts (Myers' O(ND) algorithm), for the
/// reader's version history. Paragraph breaks are kept as their own token.
package enum WordDiff {
  package enum Kind: String, Hashable, Sendable {
    case same
    case added
    case removed
  }

  /// A run of tokens of one kind, in reading order.
  package struct Segment: Hashable, Sendable {
    package var kind: Kind
    /// The words, joined by single spaces; `paragraphBreak` between paragraphs.
    package var text: String
  }

  /// The token that stands for a paragraph break.
  package static let paragraphBreak = "\n\n"

  /// Edits beyond which the two versions are shown as one removed and one
  /// added run instead of word by word: a rewrite that large (a thousand
  /// words changed, several screens) reads better whole, and Myers' time
  /// and trace memory grow with the square of the edit count (≈ 8 MB here).
  static let maximumEdits = 1_000

  package static func diff(_ old: String, _ new: String) -> [Segment] {
    diff(tokens: tokens(old), tokens(new))
  }

  /// Words and paragraph breaks, in order.
  static func tokens(_ text: String) -> [Substring] {
    var tokens: [Substring] = []
    for (index, paragraph) in text.components(separatedBy: paragraphBreak).enumerated() {
      let words = paragraph.split(whereSeparator: { $0.isWhitespace })
      guard !words.isEmpty else { continue }
      if index > 0, !tokens.isEmpty { tokens.append(Substring(paragraphBreak)) }
      tokens.append(contentsOf: words)
    }
    return tokens
  }

  static func diff(tokens a: [Substring], _ b: [Substring]) -> [Segment] {
    // Common head and tail first: versions of an article mostly differ in a
    // few places, and this keeps Myers' search to the changed middle.
    var head = 0
    while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let middleA = Array(a[head..<(a.count - tail)])
    let middleB = Array(b[head..<(b.count - tail)])
    var builder = SegmentBuilder()
    builder.append(.same, a[0..<head])
    if let script = myers(middleA, middleB) {
      for (kind, token) in script { builder.append(kind, [token][...]) }
    } else {
      builder.append(.removed, middleA[...])
      builder.append(.added, middleB[...])
    }
    builder.append(.same, a[(a.count - tail)...])
    return builder.segments
  }

  /// The shortest edit script from `a` to `b`, token by token; nil past `maximumEdits`.
  private static func myers(_ a: [Substring], _ b: [Substring]) -> [(Kind, Substring)]? {
    let n = a.count
    let m = b.count
    let limit = min(n + m, maximumEdits)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    // The furthest x on each diagonal k before step d, for k in -d-1...d+1
    // (only those are read back): trace[d][k + d + 1].
    var trace: [[Int]] = []
    var found = false
    outer: for d in 0...limit {
      trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n, y >= m {
          found = true
          break outer
        }
      }
    }
    guard found else { return nil }
    // Walk the trace back from the end, collecting the edits in reverse.
    var script: [(Kind, Substring)] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let before = trace[d]
      func furthest(_ k: Int) -> Int { before[k + d + 1] }
      let k = x - y
      let previousK = (k == -d || (k != d && furthest(k - 1) < furthest(k + 1))) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : furthest(previousK)
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        x -= 1
        y -= 1
        script.append((.same, a[x]))
      }
      guard d > 0 else { break }
      if x == previousX {
        y -= 1
        script.append((.added, b[y]))
      } else {
        x -= 1
        script.append((.removed, a[x]))
      }
    }
    return script.reversed()
  }

  /// Joins consecutive tokens of one kind into segments.
  private struct SegmentBuilder {
    var segments: [Segment] = []

    mutating func append(_ kind: Kind, _ tokens: ArraySlice<Substring>) {
      for token in tokens {
        let word = String(token)
        if var last = segments.last, last.kind == kind {
          let joiner = last.text.hasSuffix(WordDiff.paragraphBreak) || word == WordDiff.paragraphBreak ? "" : " "
          last.text += joiner + word
          segments[segments.count - 1] = last
        } else {
          segments.append(Segment(kind: kind, text: word))
        }
      }
    }
  }
}
