import DossierModel

/// What the filter panel offers that does not change while a dossier is browsed: each
/// kind's types with their counts, the dossier's years, and its most linked entities.
/// Counted once, when the browser starts (a few milliseconds for a million entities),
/// so that the panel opens within a frame.
public struct FilterFacets: Sendable {
  /// Per kind, its types (lowercased, as the lists group them) with how many entities
  /// have each, most first.
  public let types: [EntityKind: [(type: String, count: Int)]]
  /// The first and last years of the timeline's dated events, if it has any.
  public let years: ClosedRange<Int>?
  /// The entities with the most links, most first.
  public let mostLinked: [Int]

  /// How many of the most linked entities are offered.
  static let linkedChoices = 10

  /// Counts the facets of `dossier`, whose lists are `lists`.
  init(dossier: Dossier, lists: ListContent) {
    let typeNames = dossier.entityTypes
    let typeNumbers = dossier.typeNumbers
    var types: [EntityKind: [(type: String, count: Int)]] = [:]
    for pane in ListPane.allCases {
      let byNumber = (lists.rows[pane] ?? []).typeCounts(typeNumbers, typeCount: typeNames.count)
      var counts: [String: Int] = [:]
      for (number, count) in byNumber.enumerated() where count > 0 {
        counts[typeNames[number].lowercased(), default: 0] += count
      }
      types[pane.kind] = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
        (type: $0.key, count: $0.value)
      }
    }
    self.types = types
    years = Self.yearRange(dossier)
    mostLinked = dossier.mostLinked(limit: Self.linkedChoices)
  }

  /// The first and last years of the timeline's dated events.
  private static func yearRange(_ dossier: Dossier) -> ClosedRange<Int>? {
    let timeline = dossier.timeline
    guard let first = timeline.first, let low = dossier.entities.date(at: first).date?.year
    else { return nil }
    let dated = timeline.partitionPoint(where: { dossier.entities.date(at: $0).date == nil })
    guard let high = dossier.entities.date(at: timeline[dated - 1]).date?.year else { return nil }
    return low...max(low, high)
  }
}
