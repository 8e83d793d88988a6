import DossierModel
import Testing

@testable import DossierBrowser

/// `f` narrows the lists by type, years and linked entity; the filter is a place in history.
@Suite("Filters")
struct FilterTests {
  /// The entities a list shows, in order.
  private func shown(_ state: BrowserState, _ pane: ListPane) -> [Int] {
    (state.visibleLists.rows[pane] ?? []).compactMap(\.entityIndex)
  }

  /// The panel with the cursor moved onto the first item that `matches`.
  private func panel(
    _ state: BrowserState, at matches: (FilterPanel.Item) -> Bool
  ) throws -> BrowserState {
    var open = press(state, .character("f"))
    let panel = try #require(open.filterPanel)
    let found = panel.items.firstIndex(where: matches)
    let target = try #require(found)
    for _ in 0..<target { open = press(open, .down) }
    #expect(open.filterPanel?.cursor == target)
    return open
  }

  @Test func thePanelCountsEveryTypeOfEveryKind() throws {
    let state = press(browser(), .character("f"))
    let panel = try #require(state.filterPanel)
    let dossier = state.dossier
    for kind in EntityKind.allCases {
      var expected: [String: Int] = [:]
      for index in dossier.indices(of: kind) {
        expected[dossier.entities[index].type.lowercased(), default: 0] += 1
      }
      var listed: [String: Int] = [:]
      for case .type(kind, let type, let count) in panel.items { listed[type] = count }
      #expect(listed == expected, "\(kind)")
    }
    #expect(panel.kept[.timeline] == dossier.count(of: .event))
  }

  @Test func aTypeNarrowsItsListAndIsAPlaceInHistory() throws {
    let start = browser()
    var state = try panel(start) {
      if case .type(.event, "statement", _) = $0 { true } else { false }
    }
    state = press(state, .character(" "))
    #expect(state.filterPanel?.kept[.timeline] == 3, "the panel counts what the draft keeps")
    let filtered = press(state, .enter)
    let events = shown(filtered, .timeline)
    #expect(events.count == 3)
    #expect(events.allSatisfy { filtered.dossier.entities[$0].type == "statement" })
    #expect(shown(filtered, .actors) == shown(start, .actors), "other kinds keep every type")
    #expect(filtered.history.entries.count == start.history.entries.count + 1)
    #expect(filtered.message == "Filter: 3 events · 8 actors · 6 projects")
    #expect(render(filtered).line(0).contains("Filter: event: statement  (F clears)"))
    let back = press(filtered, .backspace)
    #expect(back.navigation.filter.isEmpty)
    #expect(shown(back, .timeline) == shown(start, .timeline))
    let forward = press(back, .character("]"))
    #expect(shown(forward, .timeline) == events, "forward restores the filter")
  }

  @Test func yearsKeepTheEventsOfTheirRange() throws {
    var state = try panel(browser()) { $0 == .fromYear }
    state = press(state, .character(" "), .right, .right, .right, .right, .right, .right)
    #expect(state.filterPanel?.draft.fromYear == 2019)
    state = press(state, .down, .character(" "))
    #expect(state.filterPanel?.draft.toYear == 2023)
    state = press(state, .left)
    let filtered = press(state, .enter)
    let years = shown(filtered, .timeline).map { filtered.dossier.entities[$0].date?.year }
    #expect(!years.isEmpty)
    #expect(years.allSatisfy { $0.map { (2019...2022).contains($0) } ?? false }, "\(years)")
    let all = shown(browser(), .timeline).filter { index in
      bundled.entities[index].date.map { (2019...2022).contains($0.year) } ?? false
    }
    #expect(shown(filtered, .timeline) == all)
  }

  @Test func theFromYearNeverPassesTheToYear() throws {
    var state = try panel(browser()) { $0 == .toYear }
    state = press(state, .character(" "), .up, .character(" "))
    for _ in 0..<30 { state = press(state, .right) }
    let draft = try #require(state.filterPanel?.draft)
    #expect(draft.fromYear == draft.toYear)
  }

  @Test func linkedToKeepsTheNeighboursOfAnEntity() throws {
    let kazakhstan = try #require(bundled.entityIndex(id: "kazakhstan"))
    var state = try panel(browser()) {
      if case .linked(kazakhstan, _) = $0 { true } else { false }
    }
    state = press(state, .character(" "), .enter)
    var neighbours = Set<Int>()
    bundled.forEachNeighbour(of: kazakhstan) { neighbours.insert($0) }
    let visible = ListPane.allCases.flatMap { shown(state, $0) }
    #expect(Set(visible) == neighbours)
    #expect(render(state).line(0).contains("linked to Kazakhstan"))
  }

  @Test func theSelectedEntityIsOfferedFirstToBeLinkedTo() throws {
    let state = press(browser(), .character("2"), .character("j"), .character("f"))
    let selected = try #require(state.navigation.detailEntity)
    let firstLinked = state.filterPanel?.items.first {
      if case .linked = $0 { true } else { false }
    }
    #expect(firstLinked == .linked(entity: selected, count: bundled.linkCount(of: selected)))
  }

  @Test func aSearchCombinesWithTheFilter() throws {
    var state = try panel(browser()) {
      if case .type(.actor, "person", _) = $0 { true } else { false }
    }
    state = press(state, .character(" "), .enter)
    let searching = type(press(state, .character("/")), "xi")
    let hits = try #require(searching.prompt?.hits)
    let unfiltered = try #require(type(press(browser(), .character("/")), "xi").prompt?.hits)
    #expect(hits.count < unfiltered.count)
    #expect(
      hits
        == unfiltered.filter { hit in
          bundled.entities.kind(at: hit.entityIndex) != .actor
            || bundled.entities[hit.entityIndex].type == "person"
        })
  }

  @Test func escapeLeavesTheFilterAsItWas() throws {
    let start = browser()
    let cancelled = press(start, .character("f"), .character(" "), .escape)
    #expect(cancelled.navigation == start.navigation)
    #expect(cancelled.mode == .browsing)
  }

  @Test func shiftFClearsTheFilter() throws {
    #expect(press(browser(), .character("F")).message == "No filter to clear: f chooses one")
    let filtered = press(browser(), .character("f"), .character(" "), .enter)
    #expect(!filtered.navigation.filter.isEmpty)
    let cleared = press(filtered, .character("F"))
    #expect(cleared.navigation.filter.isEmpty)
    #expect(cleared.message == "Filter cleared")
    #expect(shown(cleared, .timeline) == shown(browser(), .timeline))
  }

  @Test func aSelectionTheFilterKeepsStaysAndOneItHidesMovesToTheFirst() throws {
    let start = press(browser(), .character("G"))
    let last = try #require(start.selectedEntity(in: .timeline))
    let type = bundled.entities[last].type
    var state = try panel(start) { if case .type(.event, type, _) = $0 { true } else { false } }
    state = press(state, .character(" "), .enter)
    #expect(state.selectedEntity(in: .timeline) == last)
    var hiding = try panel(start) {
      if case .type(.event, let other, _) = $0 { other != type } else { false }
    }
    hiding = press(hiding, .character(" "), .enter)
    let first = shown(hiding, .timeline).first
    #expect(hiding.selectedEntity(in: .timeline) == first)
    #expect(hiding.navigation.detailEntity == first, "the detail follows the list in focus")
  }

  @Test func aListTheFilterEmptiesSaysSo() throws {
    let state = try panel(browser(rows: 40, columns: 120)) {
      if case .linked = $0 { true } else { false }
    }
    let projectsAndEvents = press(state, .character(" "), .enter)
    let emptied = ListPane.allCases.filter { shown(projectsAndEvents, $0).isEmpty }
    for pane in emptied {
      let frame = try #require(projectsAndEvents.layout.listFrames[pane])
      #expect(render(projectsAndEvents).line(frame.row).contains("(none in the filter)"))
    }
    for pane in ListPane.allCases {
      let frame = try #require(projectsAndEvents.layout.listFrames[pane])
      let count = shown(projectsAndEvents, pane).count
      #expect(render(projectsAndEvents).line(frame.row - 1).contains("(\(count) of "))
    }
  }

  @Test func thePanelAt80x24() {
    let state = press(browser(rows: 24, columns: 80), .character("f"))
    let canvas = render(state)
    expectLines(
      canvas,
      [
        1: padded(" Filter · keeps 11 events · 8 actors · 6 projects", 80),
        2: padded("", 80),
        3: padded(" Type of event", 80),
        4: padded("   [ ] statement  3", 80),
        5: padded("   [ ] agreement  1", 80),
        23: padded(" Timeline", 40) + "Space choose · Enter apply · Esc cancel ",
      ])
    #expect(cells(with: .selection, in: canvas).allSatisfy { $0.row == 4 }, "the cursor's line")
  }
}
