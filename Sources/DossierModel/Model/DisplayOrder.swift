/// The order entities are listed in: events by date (undated last; earliest day first, then
/// the more precise date), actors and projects by name; ties by folded name, then by id.
///
/// Each entity gets integer sort keys — its date packed in order, and the first 24 bytes
/// of its folded name — so that sorting a million entities compares integers, and looks
/// at whole names or ids only when those are equal.
struct DisplayOrder {
  /// Events in timeline order.
  let timeline: [Int]
  /// Actors by name.
  let actors: [Int]
  /// Projects by name.
  let projects: [Int]

  /// An entity's sort key: its date, then its folded name's first 24 bytes as three
  /// integers (the rest of the name and the id are read only on a tie).
  private struct Item {
    let date: Int64
    let name: (UInt64, UInt64, UInt64)
    let index: Int32

    func precedesOnKey(_ other: Item) -> Bool? {
      if date != other.date { return date < other.date }
      if name.0 != other.name.0 { return name.0 < other.name.0 }
      if name.1 != other.name.1 { return name.1 < other.name.1 }
      if name.2 != other.name.2 { return name.2 < other.name.2 }
      return nil
    }
  }

  init(_ entities: EntityRecords) {
    var writer = FoldedTextWriter()
    var kindCounts = [0, 0, 0]
    for index in 0..<entities.count { kindCounts[Int(entities.kind(at: index).number)] += 1 }
    var byKind: [[Item]] = kindCounts.map { count in
      var items: [Item] = []
      items.reserveCapacity(count)
      return items
    }
    for index in 0..<entities.count {
      writer.clear()
      writer.append(utf8: entities.leadingBytes(at: index, skipping: 1), upTo: Self.nameKeyLength)
      let kind = entities.kind(at: index)
      let item = Item(
        date: kind == .event ? Self.dateKey(entities.date(at: index).date) : 0,
        name: Self.nameKey(writer.bytes), index: Int32(index))
      byKind[Int(kind.number)].append(item)
    }
    var tie = TieBreak(entities: entities)
    var sorted: [[Int]] = []
    for kind in byKind.indices {
      var items = byKind[kind]
      byKind[kind] = []
      items.sort { left, right in
        left.precedesOnKey(right) ?? tie.precedes(Int(left.index), Int(right.index))
      }
      sorted.append(items.map { Int($0.index) })
    }
    (timeline, actors, projects) = (sorted[0], sorted[1], sorted[2])
  }

  /// Orders entities whose sort keys are equal: by whole folded name, then by id. The
  /// names are folded again here rather than kept for every entity, as ties are few.
  private struct TieBreak {
    let entities: EntityRecords
    var leftName = FoldedTextWriter()
    var rightName = FoldedTextWriter()

    init(entities: EntityRecords) {
      self.entities = entities
    }

    mutating func precedes(_ left: Int, _ right: Int) -> Bool {
      leftName.clear()
      leftName.append(utf8: entities.leadingBytes(at: left, skipping: 1))
      rightName.clear()
      rightName.append(utf8: entities.leadingBytes(at: right, skipping: 1))
      if leftName.bytes != rightName.bytes {
        return leftName.bytes.lexicographicallyPrecedes(rightName.bytes)
      }
      return String(decoding: entities.leadingBytes(at: left, skipping: 0), as: UTF8.self)
        < String(decoding: entities.leadingBytes(at: right, skipping: 0), as: UTF8.self)
    }
  }

  /// A date as an integer in `PartialDate` order; undated after every date.
  private static func dateKey(_ date: PartialDate?) -> Int64 {
    guard let date else { return Int64.max }
    let precision = Int64(PartialDate.Precision.day.rawValue - date.precision.rawValue)
    return (Int64(date.year) + (1 << 40)) << 12 | Int64(date.month ?? 1) << 7
      | Int64(date.day ?? 1) << 2 | precision
  }

  /// How many bytes of a folded name its sort key holds.
  private static let nameKeyLength = 24

  /// The first 24 bytes of a folded name (zero-padded) as three big-endian integers, so
  /// that the integers compare as the bytes do.
  private static func nameKey(_ folded: [UInt8]) -> (UInt64, UInt64, UInt64) {
    func word(_ start: Int) -> UInt64 {
      var key: UInt64 = 0
      for position in start..<start + 8 {
        key = key << 8 | UInt64(position < folded.count ? folded[position] : 0)
      }
      return key
    }
    return (word(0), word(8), word(16))
  }
}
