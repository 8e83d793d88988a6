import Testing

@testable import DossierModel

/// Records' bytes: appended, joined across the halves of a file, handed to a column.
@Suite struct ByteArenaTests {
  private func pattern(_ count: Int, seed: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &+ $0 >> 12) }
  }

  @Test func joiningMovesEveryByteOfALargeArenaAndEmptiesIt() {
    let first = ByteArena()
    let second = ByteArena()
    let head = pattern(1000, seed: 1)
    let tail = pattern(10 << 20 | 123, seed: 2)
    head.withUnsafeBytes { first.append($0) }
    tail.withUnsafeBytes { second.append($0) }
    first.appendEmptying(second)
    #expect(second.count == 0)
    #expect(Array(first.bytes) == head + tail)
    let column = first.takeColumn()
    #expect(first.count == 0)
    #expect(Array(column) == head + tail)
  }

  @Test func joiningAnEmptyArenaChangesNothing() {
    let first = ByteArena()
    first.append(7)
    first.appendEmptying(ByteArena())
    #expect(Array(first.bytes) == [7])
  }
}
