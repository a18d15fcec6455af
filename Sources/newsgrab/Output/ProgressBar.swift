import Foundation

/// A one-line progress bar on standard error: count, rate, ETA and the
/// current file. Drawn only when standard error is a terminal; redrawn at
/// most `redrawInterval` apart; safe to advance from several threads.
final class ProgressBar: @unchecked Sendable {
  /// Ten redraws a second look smooth without costing measurable time.
  static let redrawInterval: TimeInterval = 0.1
  static let barWidth = 24

  private let lock = NSLock()
  private let total: Int
  private let label: String
  private let enabled: Bool
  private let start = Date()
  private var done = 0
  private var lastDraw = Date.distantPast

  init(total: Int, label: String, enabled: Bool) {
    self.total = total
    self.label = label
    self.enabled = enabled && total > 0
  }

  func advance(current: String) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= Self.redrawInterval || done == total else { return }
    lastDraw = now
    draw(current: current, now: now)
  }

  /// Clears the line so the summary starts clean.
  func finish() {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }

  private func draw(current: String, now: Date) {
    let elapsed = max(now.timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let fraction = Double(done) / Double(total)
    let filled = Int(fraction * Double(Self.barWidth))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.barWidth - filled)
    let remaining = rate > 0 ? Int(Double(total - done) / rate) : 0
    var line = String(
      format: "%@ %@ %d/%d %3d%% %.1f/s ETA %d:%02d ", label, bar, done, total, Int(fraction * 100), rate,
      remaining / 60, remaining % 60)
    let width = Terminal.width ?? 80
    let room = width - line.count - 1
    if room > 8 {
      let name = TextRenderer.oneLine(current)
      line += name.count > room ? "…" + name.suffix(room - 1) : name
    }
    FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
  }
}
