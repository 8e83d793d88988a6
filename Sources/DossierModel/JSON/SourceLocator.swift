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
    locations(ofAscending: [offset])[0]
  }

  /// The lines and columns of `offsets`, given in ascending order: each column is counted
  /// on from the one before it on the same line, so many offsets on one long line cost
  /// one pass over it, not one each.
  public func locations(ofAscending offsets: [Int]) -> [(line: Int, column: Int)] {
    var located: [(line: Int, column: Int)] = []
    located.reserveCapacity(offsets.count)
    var line = -1
    var counted = 0
    var column = 1
    for offset in offsets {
      let clamped = max(0, min(offset, bytes.count))
      let lineOfOffset = self.line(of: clamped)
      if lineOfOffset != line || clamped < counted {
        line = lineOfOffset
        counted = lineStarts[line]
        column = 1
      }
      for byte in bytes[counted..<clamped] where byte & 0xC0 != 0x80 { column += 1 }
      counted = clamped
      located.append((line + 1, column))
    }
    return located
  }

  /// The 0-based line holding `offset`.
  private func line(of offset: Int) -> Int {
    lineStarts.partitionPoint { $0 > offset } - 1
  }
}
