import DossierBrowser
import DossierModel

/// How a person reaches an entity from the timeline without searching: select an event
/// that links to it, Enter to read the event, ↓ to the link. Enter on the link then opens
/// the entity, whose detail view no search preview has built.
enum TimelineRoute {
  /// The most keys pressed to reach the event, or the link in its detail, before giving up.
  static let keyLimit = 5_000

  /// From `start`, the state with the link to `entity` selected in the detail view of the
  /// first event in the timeline that links to it, and that event; nil when none is within
  /// `keyLimit` keys.
  static func selectLink(to entity: Int, from start: BrowserState)
    -> (state: BrowserState, event: Int)?
  {
    let dossier = start.dossier
    let linkingEvents = Set(
      dossier.linkGroups(of: dossier.entities[entity].id)
        .filter { $0.direction == .incoming }.flatMap(\.items)
        .filter { $0.entity.kind == .event }.compactMap { dossier.entityIndex(id: $0.entity.id) }
    )
    var state = update(start, .key(.character("1"))).state
    for _ in 0..<keyLimit {
      guard let event = state.selectedEntity(in: .timeline) else { return nil }
      if linkingEvents.contains(event) {
        return selectLink(to: entity, inDetailOf: state).map { ($0, event) }
      }
      state = update(state, .key(.down)).state
      guard state.selectedEntity(in: .timeline) != event else { return nil }
    }
    return nil
  }

  /// Enter on the selected event, then ↓ until the link to `entity` is selected.
  private static func selectLink(to entity: Int, inDetailOf listState: BrowserState)
    -> BrowserState?
  {
    let id = listState.dossier.entities[entity].id
    var state = update(listState, .key(.enter)).state
    for _ in 0..<keyLimit {
      if case .link(let linked) = state.selectedDetailItem, linked.entity.id == id {
        return state
      }
      let cursor = state.navigation.detailCursor
      state = update(state, .key(.down)).state
      guard state.navigation.detailCursor != cursor else { return nil }
    }
    return nil
  }
}
