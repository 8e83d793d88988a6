/// Converts byte offsets in a text into 1-based line and column numbers.
///
/// Columns count Unicode characters (scalars), as editors do, not bytes.
public struct SourceLocator: Sendable {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  /// Indexes the line starts of `bytes` once.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      starts.append(index + 1)
    }
    lineStarts = starts
  }

  /// The line and column of `offset` (clamped to the text).
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    let lineStart = lineStarts[low]
    let column = bytes[lineStart..<clamped].reduce(1) { count, byte in
      byte & 0xC0 == 0x80 ? count : count + 1
    }
    return (low + 1, column)
  }
}
