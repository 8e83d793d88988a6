import Testing

@testable import DossierModel

/// Occurrences are kept in chunks with two-byte word numbers while they fit; every number
/// and flag must read back as written, across chunks and after a chunk widens.
@Suite struct WordOccurrencesTests {
  @Test func numbersAndFlagsReadBackAcrossChunksAndWidening() {
    var occurrences = WordOccurrences()
    let count = (1 << 20) + 5000
    func number(_ position: Int) -> UInt32 {
      position == 1000 || position == (1 << 20) + 10
        ? 70_000 + UInt32(position) : UInt32(position % 50_000)
    }
    for position in 0..<count {
      occurrences.append(number(position), flags: UInt8(position % 7))
    }
    occurrences[flagsAt: 999] |= 0x40
    #expect(occurrences.count == count)
    for position in [0, 999, 1000, 1001, (1 << 20) - 1, 1 << 20, (1 << 20) + 10, count - 1] {
      #expect(occurrences.word(at: position) == number(position))
      let flags = UInt8(position % 7) | (position == 999 ? 0x40 : 0)
      #expect(occurrences[flagsAt: position] == flags)
    }
    occurrences.release(before: (1 << 20) + 1)
    #expect(occurrences.word(at: count - 1) == number(count - 1))
    #expect(occurrences[flagsAt: (1 << 20) + 10] == UInt8(((1 << 20) + 10) % 7))
  }
}
