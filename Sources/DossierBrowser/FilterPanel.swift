import DossierModel

/// The filter being chosen: a draft of the filter and the facets it is chosen from, each
/// value with its count in the whole dossier, and what the draft keeps of each list.
public struct FilterPanel: Sendable, Equatable {
  /// One line of the panel the cursor can rest on.
  public enum Item: Sendable, Equatable {
    /// A subtype of a kind, with how many entities have it.
    case type(EntityKind, String, count: Int)
    /// The first year of events kept.
    case fromYear
    /// The last year of events kept.
    case toYear
    /// An entity to be linked to, with how many links it has.
    case linked(entity: Int, count: Int)
  }

  /// The filter as chosen so far.
  public internal(set) var draft: ListFilter
  /// The facet values, in the order shown.
  public let items: [Item]
  /// The item the cursor is on.
  public internal(set) var cursor = 0
  /// The years of the dossier's dated events, if it has any.
  public let years: ClosedRange<Int>?
  /// What the draft keeps of each list: entity counts.
  public internal(set) var kept: [ListPane: Int]

  /// A panel for `filter` over the dossier's `facets`; `selected` (the entity the user
  /// was on) is offered first to be linked to.
  init(
    filter: ListFilter, facets: FilterFacets, dossier: Dossier, lists: ListContent,
    selected: Int?
  ) {
    draft = filter
    var items: [Item] = []
    for kind in EntityKind.allCases {
      items += (facets.types[kind] ?? []).map { .type(kind, $0.type, count: $0.count) }
    }
    years = facets.years
    if years != nil { items += [.fromYear, .toYear] }
    var offered = Set<Int>()
    for entity in [selected, filter.linkedTo].compactMap({ $0 }) + facets.mostLinked
    where dossier.linkCount(of: entity) > 0 && offered.insert(entity).inserted {
      items.append(.linked(entity: entity, count: dossier.linkCount(of: entity)))
    }
    self.items = items
    kept = VisibleLists.counts(full: lists, filter: filter, dossier: dossier)
  }

  /// Whether the draft keeps an item's value.
  public func isChosen(_ item: Item) -> Bool {
    switch item {
    case .type(let kind, let type, _): draft.types[kind]?.contains(type) ?? false
    case .fromYear: draft.fromYear != nil
    case .toYear: draft.toYear != nil
    case .linked(let entity, _): draft.linkedTo == entity
    }
  }

  /// Chooses the value under the cursor, or gives it up: types add up, one entity at a
  /// time can be linked to, a year is set to the first (or last) year or unset.
  mutating func toggle() {
    guard items.indices.contains(cursor) else { return }
    switch items[cursor] {
    case .type(let kind, let type, _):
      var kept = draft.types[kind] ?? []
      if kept.remove(type) == nil { kept.insert(type) }
      draft.types[kind] = kept.isEmpty ? nil : kept
    case .fromYear: draft.fromYear = draft.fromYear == nil ? years?.lowerBound : nil
    case .toYear: draft.toYear = draft.toYear == nil ? years?.upperBound : nil
    case .linked(let entity, _): draft.linkedTo = draft.linkedTo == entity ? nil : entity
    }
  }

  /// Moves the year under the cursor by `step`, within the dossier's years and never past
  /// the other bound.
  mutating func changeYear(by step: Int) {
    guard let years, items.indices.contains(cursor) else { return }
    switch items[cursor] {
    case .fromYear:
      let year = (draft.fromYear ?? (step > 0 ? years.lowerBound - 1 : years.lowerBound)) + step
      draft.fromYear = min(max(year, years.lowerBound), draft.toYear ?? years.upperBound)
    case .toYear:
      let year = (draft.toYear ?? (step < 0 ? years.upperBound + 1 : years.upperBound)) + step
      draft.toYear = max(min(year, years.upperBound), draft.fromYear ?? years.lowerBound)
    default: break
    }
  }

  /// Moves the cursor by `step` items, within the list.
  mutating func move(by step: Int) {
    cursor = max(0, min(items.count - 1, cursor.addingClamped(step)))
  }
}
