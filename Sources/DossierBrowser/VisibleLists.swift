import DossierModel

/// The rows the lists show under a filter, and the way from an entity to its row.
public struct VisibleLists: Sendable {
  /// The filter the rows are for.
  public let filter: ListFilter
  /// Each list's rows: the entities the filter keeps, under the headings that still have
  /// one.
  public let rows: [ListPane: ListRows]
  /// Per list, each visible row's row in the unfiltered list, ascending (none unfiltered).
  private let fullRows: [ListPane: [Int32]]
  private let full: ListContent
  private let test: FilterTest?

  /// The rows of `full` that `filter` keeps.
  init(full: ListContent, filter: ListFilter, dossier: Dossier) {
    self.full = full
    self.filter = filter
    guard !filter.isEmpty else {
      test = nil
      rows = full.rows
      fullRows = [:]
      return
    }
    let test = FilterTest(filter, dossier: dossier)
    self.test = test
    var rows: [ListPane: ListRows] = [:]
    var fullRows: [ListPane: [Int32]] = [:]
    for pane in ListPane.allCases {
      let (kept, origins) = (full.rows[pane] ?? []).filtered(keeping: test.test(of: pane))
      rows[pane] = kept
      fullRows[pane] = origins
    }
    self.rows = rows
    self.fullRows = fullRows
  }

  /// How many entities of each list `filter` keeps, without building their rows.
  static func counts(full: ListContent, filter: ListFilter, dossier: Dossier) -> [ListPane: Int] {
    let test = filter.isEmpty ? nil : FilterTest(filter, dossier: dossier)
    var counts: [ListPane: Int] = [:]
    for pane in ListPane.allCases {
      let rows = full.rows[pane] ?? []
      counts[pane] = test.map { rows.count(keeping: $0.test(of: pane)) } ?? rows.entityCount
    }
    return counts
  }

  /// The row of the entity at `index` in its kind's list; nil when the filter hides it.
  func row(of index: Int) -> Int? {
    let row = full.row(of: index)
    guard test != nil else { return row }
    let kept = fullRows[full.pane(of: index)] ?? []
    let position = kept.partitionPoint(where: { $0 >= row })
    return position < kept.count && kept[position] == row ? position : nil
  }

  /// Whether the filter keeps the entity at `index`.
  func keeps(_ index: Int) -> Bool { keeper?(index) ?? true }

  /// The filter's test of one entity by its index, for searches; nil without a filter.
  public var keeper: (@Sendable (Int) -> Bool)? {
    guard let test else { return nil }
    let full = self.full
    let tests = Dictionary(uniqueKeysWithValues: ListPane.allCases.map { ($0, test.test(of: $0)) })
    return { index in
      let pane = full.pane(of: index)
      let position = test.yearsBound ? test.dossier.listPosition(of: index) : 0
      return tests[pane]!.keeps(index, position)
    }
  }
}

/// A filter made ready to test entity after entity.
private struct FilterTest: Sendable {
  let dossier: Dossier
  /// The timeline positions of the events within the filter's years (the timeline is in
  /// date order, so they are one run), or nil when no year is set.
  private let positions: Range<Int>?
  /// Per kind with a type facet: for each type number, whether it is kept.
  private let keptTypes: [EntityKind: [Bool]]
  /// For each entity, whether it is linked to the filter's entity (nil: no such facet).
  private let linked: [Bool]?
  private let typeNumbers: [UInt32]

  init(_ filter: ListFilter, dossier: Dossier) {
    self.dossier = dossier
    typeNumbers = dossier.typeNumbers
    var keptTypes: [EntityKind: [Bool]] = [:]
    for (kind, kept) in filter.types where !kept.isEmpty {
      keptTypes[kind] = dossier.entityTypes.map { kept.contains($0.lowercased()) }
    }
    self.keptTypes = keptTypes
    linked = filter.linkedTo.map { center in
      var marks = [Bool](repeating: false, count: dossier.entities.count)
      dossier.forEachNeighbour(of: center) { marks[$0] = true }
      return marks
    }
    positions =
      filter.fromYear == nil && filter.toYear == nil
      ? nil : Self.positions(from: filter.fromYear, to: filter.toYear, dossier.timeline, dossier)
  }

  /// True when a year is set: the test needs each event's place in the timeline.
  var yearsBound: Bool { positions != nil }

  /// The timeline positions of the dated events from `from` to `to`, found by halving.
  private static func positions(from: Int?, to: Int?, _ timeline: [Int], _ dossier: Dossier)
    -> Range<Int>
  {
    let year = { (index: Int) in dossier.entities.date(at: index).date?.year }
    let low = timeline.partitionPoint(where: { index in
      year(index).map { $0 >= (from ?? .min) } ?? true
    })
    let high = timeline.partitionPoint(where: { index in
      year(index).map { $0 > (to ?? .max) } ?? true
    })
    return low..<max(low, high)
  }

  /// The test of one list's entities.
  func test(of pane: ListPane) -> ListTest {
    ListTest(
      linked: linked, keptTypes: keptTypes[pane.kind], typeNumbers: typeNumbers,
      positions: pane == .timeline ? positions : nil)
  }
}

/// A filter's test of the entities of one list, by an entity's index and its number in
/// the list: plain values, so that a pass over a million rows calls nothing.
struct ListTest: Sendable {
  /// For each entity, whether it is linked to the filter's entity (nil: any).
  let linked: [Bool]?
  /// For each type number, whether it is kept (nil: all).
  let keptTypes: [Bool]?
  let typeNumbers: [UInt32]
  /// The numbers in the list of the events within the years (nil: all).
  let positions: Range<Int>?

  @inline(__always)
  func keeps(_ index: Int, _ number: Int) -> Bool {
    if let linked, !linked[index] { return false }
    if let keptTypes, !keptTypes[Int(typeNumbers[index])] { return false }
    if let positions, !positions.contains(number) { return false }
    return true
  }
}
