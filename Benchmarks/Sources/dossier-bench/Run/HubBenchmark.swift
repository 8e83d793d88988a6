import CursesTerminal
import DossierBrowser
import DossierModel

/// Opening the entity with the most backlinks and drawing its detail view.
struct HubTiming {
  var name = ""
  var backlinks = 0
  /// `dossier.linkGroups(of:)` for the hub alone.
  var linkGroups = Samples(.milliseconds)
  /// Enter on the link to the hub in a timeline event's detail view, then `render`: the
  /// hub's detail built for the first time (no search preview built it) and drawn.
  var openFromTimeline = Samples(.milliseconds)
  /// The event whose link to the hub was followed.
  var timelineEvent = ""
  /// Why the hub could not be opened from the timeline, if it could not.
  var timelineSkipped: String?
  /// Enter on the hub in the search prompt, then `render`: the detail view as a canvas.
  var openRendered = Samples(.milliseconds)
  /// The same, then drawn through the terminal adapter over the previous screen.
  var openDrawn = Samples(.milliseconds)
  /// Why it could not be measured, if it could not.
  var skipped: String?
}

enum HubBenchmark {
  static func measure(_ dossier: Dossier, terminal: CursesTerminal, repetitions: Int)
    -> HubTiming
  {
    var timing = HubTiming()
    guard let hub = mostLinkedEntity(dossier) else {
      timing.skipped = "skipped: the dossier has no links"
      return timing
    }
    let entity = dossier.entities[hub]
    timing.name = entity.name
    timing.backlinks =
      dossier.linkGroups(of: entity.id).filter { $0.direction == .incoming }
      .reduce(0) { $0 + $1.count }
    let start = BrowserState(dossier: dossier, rows: 60, columns: 200)
    measureOpenFromTimeline(hub, from: start, repetitions: repetitions, into: &timing)
    guard let ready = selectInSearch(hub, from: start) else {
      timing.skipped = "skipped: the hub is not among the first 500 results for its own name"
      return timing
    }
    let startCanvas = render(start)
    for _ in 0..<repetitions {
      timing.linkGroups.append(elapsed { _ = dossier.linkGroups(of: entity.id) })
      timing.openRendered.append(elapsed { _ = render(update(ready, .key(.enter)).state) })
      terminal.draw(startCanvas)
      timing.openDrawn.append(elapsed { terminal.draw(render(update(ready, .key(.enter)).state)) })
    }
    return timing
  }

  /// Times Enter on the link to the hub in the detail of an event picked in the timeline.
  private static func measureOpenFromTimeline(
    _ hub: Int, from start: BrowserState, repetitions: Int, into timing: inout HubTiming
  ) {
    guard let (atLink, event) = TimelineRoute.selectLink(to: hub, from: start),
      update(atLink, .key(.enter)).state.navigation.detailEntity == hub
    else {
      timing.timelineSkipped =
        "skipped: no event within \(TimelineRoute.keyLimit) keys of the timeline's start "
        + "links to the hub"
      return
    }
    timing.timelineEvent = start.dossier.entities[event].name
    for _ in 0..<repetitions {
      timing.openFromTimeline.append(elapsed { _ = render(update(atLink, .key(.enter)).state) })
    }
  }

  /// The entity most links point to, the smallest id on a tie (counted once over the
  /// links, not timed).
  static func mostLinkedEntity(_ dossier: Dossier) -> Int? {
    var counts: [String: Int] = [:]
    for link in dossier.links { counts[link.to, default: 0] += 1 }
    guard let (id, _) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
      return nil
    }
    return dossier.entityIndex(id: id)
  }

  /// Opens the search prompt, types the entity's name (lowercase, as people type) until it
  /// is among the results, and moves the selection onto it: the state in which Enter opens
  /// it.
  private static func selectInSearch(_ entity: Int, from start: BrowserState) -> BrowserState? {
    var state = update(start, .key(.character("/"))).state
    for character in start.dossier.entities[entity].name.lowercased() {
      state = SearchBenchmark.settled(update(state, .key(.character(character))).state)
      guard let hits = state.prompt?.hits,
        let position = hits.firstIndex(where: { $0.entityIndex == entity })
      else { continue }
      for _ in 0..<position { state = update(state, .key(.tab)).state }
      return state.navigation.detailEntity == entity ? state : nil
    }
    return nil
  }
}
