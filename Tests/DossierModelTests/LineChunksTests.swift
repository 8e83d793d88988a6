import Testing

@testable import DossierModel

/// Lines cut into chunks: every chunk begins a line, the chunks cover the bytes in order,
/// their first lines are numbered as one count from the start would number them, and one
/// chunk begins at the first line after the middle.
@Suite struct LineChunksTests {
  private static let texts = [
    "a\nbb\nccc\n\ndddd\neeeee\nf\ngg\nhhh\n",
    "a\nbb\nccc\n\ndddd\neeeee\nf\ngg\nhhh",
    "one long first line, longer than the rest together\nb\nc\n",
    "\n\n\n\n\n\n\n\n\n\n",
    "x\n" + String(repeating: "long line ", count: 50) + "\ny\nz",
  ]

  @Test(arguments: texts, [1, 2, 3, 7, 100])
  func chunksBeginLinesAndNumberThemAsOneCountWould(text: String, count: Int) throws {
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { buffer in
      let chunks = try #require(LineChunks(buffer, count: count))
      let lineStarts = Self.lineStarts(bytes)
      #expect(chunks.lineCount == lineStarts.count)
      #expect(LineChunks.lineCount(of: buffer) == lineStarts.count)
      var covered = 0
      var lines = 0
      for index in 0..<chunks.count {
        let range = chunks.range(of: index)
        #expect(range.lowerBound == covered)
        #expect(!range.isEmpty)
        let line = try #require(lineStarts.firstIndex(of: range.lowerBound))
        #expect(chunks.firstLine(of: index) == line + 1)
        #expect(chunks.lineCount(of: index) == lineStarts.filter(range.contains).count)
        #expect(chunks.lineCount(from: index) == lineStarts.count - line)
        lines += chunks.lineCount(of: index)
        covered = range.upperBound
      }
      #expect(covered == bytes.count)
      #expect(lines == lineStarts.count)
      let middle = chunks.range(of: chunks.middle).lowerBound
      #expect(middle == lineStarts.first { $0 >= bytes.count / 2 })
      #expect(chunks.count <= max(count, 2) + 1)
    }
  }

  @Test(arguments: ["", "one line", "one line\n", "b\na line longer than the rest"])
  func bytesWithNoLineAfterTheMiddleAreNotCut(text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(LineChunks(buffer, count: 4) == nil)
    }
  }

  /// Where each line begins, counted naively: the first byte and each byte after a line
  /// feed that is not the end.
  private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    guard !bytes.isEmpty else { return [] }
    return [0] + bytes.indices.filter { bytes[$0] == 0x0A && $0 + 1 < bytes.count }.map { $0 + 1 }
  }
}
