import Testing

@testable import DossierModel

/// The id table against a dictionary: the same answers for ids of every length (sharing
/// their first eight bytes, empty, non-ASCII) through many rounds of growth.
@Suite struct IDTableTests {
  private func ids(count: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    let stems = ["", "e", "entity-00", "entity-000000000", "ü", "中国-", "a.b:c_d"]
    return (0..<count).map { _ in
      let stem = stems.randomElement(using: &generator)!
      return stem + String(Int.random(in: 0..<(count / 2), using: &generator))
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func answersLikeADictionary(seed: UInt64) {
    let ids = ids(count: 20_000, seed: seed)
    var table = IDTable()
    var reference: [String: Int] = [:]
    for (index, id) in ids.enumerated() {
      let stored = table.insert(id, value: index)
      #expect(stored.inserted == (reference[id] == nil))
      if reference[id] == nil { reference[id] = index }
      #expect(stored.value == reference[id])
    }
    #expect(table.count == reference.count)
    for id in ids + ["missing", "entity-000000000-1", ""] {
      #expect(table[id] == reference[id])
    }
    var seen: Set<String> = []
    #expect(table.ids == ids.filter { seen.insert($0).inserted })
  }

  @Test(arguments: [0, 1, 31, 32, 33, 1_000])
  func manyLookUpsAtOnceAnswerAsOneAtATime(count: Int) {
    var table = IDTable()
    for id in ids(count: 5_000, seed: 9) { table.insert(id, value: 0) }
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    for id in ids(count: count + 2, seed: 10).prefix(count) {
      let start = bytes.count
      bytes += id.utf8
      ranges.append(start..<bytes.count)
    }
    var answers: [(Int, Int?)] = []
    let expected = bytes.withUnsafeBufferPointer { all in
      table.forEachEntry(count: count, of: { UnsafeBufferPointer(rebasing: all[ranges[$0]]) }) {
        answers.append(($0, $1))
      }
      return ranges.map { table.entry(of: UnsafeBufferPointer(rebasing: all[$0])) }
    }
    #expect(answers.map(\.0) == Array(0..<count))
    #expect(answers.map(\.1) == expected)
    #expect(count < 1_000 || expected.contains(nil) && expected.contains { $0 != nil })
  }

  @Test func entriesCountInTheOrderAddedAndValuesCanBeMapped() {
    var table = IDTable(capacity: 2)
    for id in ["c", "a", "b", "a"] { table.insert(id, value: 10) }
    #expect(table.entry(of: "c") == 0)
    #expect(table.entry(of: "b") == 2)
    #expect(table.entry(of: "d") == nil)
    table.mapValues { entry, value in value + entry }
    #expect(table["a"] == 11)
    #expect(table["b"] == 12)
  }
}
