import Testing

@testable import DossierModel

/// Replacing some records of a builder keeps every other record as it was, in order, and
/// leaving some links out keeps the rest, however large the records (two threads copy them,
/// and give the old records back a few megabytes at a time as they are copied).
@Suite struct RecordsRewriteTests {
  private func entity(_ index: Int) -> Entity {
    Entity(
      id: "e\(index)", kind: index % 3 == 0 ? .event : .actor, name: "Entity \(index)",
      type: "company", summary: String(repeating: "s", count: index % 97),
      aliases: index % 5 == 0 ? ["alias \(index)"] : [],
      date: index % 3 == 0 ? try? PartialDate(year: 2000 + index % 20) : nil,
      properties: [Property(key: "n", label: "Number", values: ["\(index)"])])
  }

  /// Names shorter and longer than the old ones, and empty.
  private func newName(_ index: Int) -> String {
    index % 3 == 0 ? "" : "Renamed \(index)" + String(repeating: "x", count: index % 11)
  }

  @Test(arguments: [0, 1, 10, 60_000], [1, 7])
  func renamedEntitiesChangeOnlyTheirNames(count: Int, every step: Int) {
    var builder = EntityRecordsBuilder((0..<count).map(entity))
    let renamed = Array(stride(from: 0, to: count, by: step)) + (count > 0 ? [count - 1] : [])
    let positions = Array(Set(renamed)).sorted()
    let replacements = builder.withRecords { records in
      var replacements = RecordsBuilder()
      for position in positions {
        replacements.append {
          EntityRecordsBuilder.writeRenamed(
            records.record(at: position), name: newName(position), into: &$0)
        }
      }
      return replacements
    }
    builder.replaceRecords(at: positions, with: replacements)
    let table = EntityTable(records: builder.take())
    #expect(table.count == count)
    let renamedSet = Set(positions)
    for index in 0..<count {
      let original = entity(index)
      let expected = Entity(
        id: original.id, kind: original.kind,
        name: renamedSet.contains(index) ? newName(index) : original.name,
        type: original.type, summary: original.summary, aliases: original.aliases,
        date: original.date, properties: original.properties)
      #expect(table[index] == expected)
    }
  }

  @Test func theRecordsAreLargerThanWhatIsGivenBackAtOnce() {
    let bytes = EntityRecordsBuilder((0..<60_000).map(entity)).withRecords { $0.bytes.count }
    #expect(bytes > 4 << 20)
  }

  @Test(arguments: [[], [0], [4], [0, 1, 2, 3, 4], [1, 3]])
  func linksLeftOutAreTheOnlyOnesMissing(leftOut: [Int]) {
    let links = (0..<5).map { Link(from: "a\($0)", to: "b\($0)", relation: "r\($0)") }
    var kept = LinkRecordsBuilder(links).leavingOut(leftOut)
    let table = LinkTable(records: kept.take())
    #expect(Array(table) == links.indices.filter { !leftOut.contains($0) }.map { links[$0] })
  }
}
