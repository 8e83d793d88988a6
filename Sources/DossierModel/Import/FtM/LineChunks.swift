import Glibc

/// A stream of lines cut into chunks of about equal size, each beginning a line, with the
/// number of its first line: the work that two threads share when they read JSON lines
/// (see `ChunkClaims`). One chunk begins at the first line after the middle, where the
/// second thread's region begins; two threads count the lines, one half each.
struct LineChunks {
  /// Where each chunk begins; each ends where the next begins, the last at `end`.
  private var starts: [Int] = [0]
  /// The number (from 1) of each chunk's first line.
  private var firstLines: [Int] = [1]
  /// The end of the bytes.
  let end: Int
  /// How many lines the bytes hold.
  private(set) var lineCount = 0
  /// The chunk that begins at the first line after the middle.
  private(set) var middle = 0

  /// The bytes cut into about `count` chunks, or nil when no line begins after the
  /// middle (a stream of one line, say): there is nothing to share.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) {
    end = bytes.count
    let split = Self.lineStart(atOrAfter: bytes.count / 2, in: bytes)
    guard split > 0, split < bytes.count else { return nil }
    let targets = (1..<max(count, 2)).map { bytes.count / max(count, 2) * $0 }
    let halves = UncheckedLines(bytes: bytes)
    let end = end
    let counted = ParallelPair(
      { Self.scan(halves.bytes, 0..<split, targets: targets) },
      { Self.scan(halves.bytes, split..<end, targets: targets) })
    for (start, line) in counted.first.boundaries {
      starts.append(start)
      firstLines.append(line)
    }
    middle = starts.count
    starts.append(split)
    firstLines.append(counted.first.lines + 1)
    for (start, line) in counted.second.boundaries {
      starts.append(start)
      firstLines.append(counted.first.lines + line)
    }
    lineCount = counted.first.lines + counted.second.lines
  }

  /// How many chunks there are.
  var count: Int { starts.count }

  /// The bytes of chunk `index`.
  func range(of index: Int) -> Range<Int> {
    starts[index]..<(index + 1 < starts.count ? starts[index + 1] : end)
  }

  /// The number (from 1) of the first line of chunk `index`.
  func firstLine(of index: Int) -> Int { firstLines[index] }

  /// How many lines chunks `index` and after hold.
  func lineCount(from index: Int) -> Int { lineCount - firstLines[index] + 1 }

  /// How many lines chunk `index` holds.
  func lineCount(of index: Int) -> Int {
    (index + 1 < firstLines.count ? firstLines[index + 1] : lineCount + 1) - firstLines[index]
  }

  /// How many lines `bytes` hold (a final line feed ends the last line).
  static func lineCount(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    scan(bytes, 0..<bytes.count, targets: []).lines
  }

  /// The lines of `range`, which begins a line: how many, and, for each target offset after
  /// the first line's start, the first line that begins at or after it, with its number
  /// counted from 1 in the range (a line that answers several targets is given once).
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, targets: [Int]
  ) -> (lines: Int, boundaries: [(start: Int, line: Int)]) {
    var boundaries: [(start: Int, line: Int)] = []
    var nextTarget = targets.firstIndex { $0 > range.lowerBound } ?? targets.count
    var lines = 0
    var start = range.lowerBound
    while start < range.upperBound {
      lines += 1
      if nextTarget < targets.count, targets[nextTarget] <= start {
        boundaries.append((start, lines))
        while nextTarget < targets.count, targets[nextTarget] <= start { nextTarget += 1 }
      }
      start = lineStart(atOrAfter: start + 1, in: bytes, before: range.upperBound)
    }
    return (lines, boundaries)
  }

  /// The first offset at or after `offset` that begins a line, or `end` when none does
  /// before it.
  private static func lineStart(
    atOrAfter offset: Int, in bytes: UnsafeBufferPointer<UInt8>, before end: Int? = nil
  ) -> Int {
    let end = end ?? bytes.count
    guard offset > 0 else { return 0 }
    let from = offset - 1
    guard let base = bytes.baseAddress, from < end,
      let found = memchr(base + from, 0x0A, end - from)
    else { return end }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
  }
}

/// The bytes, which both threads read and neither writes.
private struct UncheckedLines: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
}
