import DossierModel
import Testing

@testable import DossierBrowser

/// The rows of a list that hold entities.
private func entityRows(_ state: BrowserState, _ pane: ListPane) -> [Int] {
  let rows = state.lists.rows[pane] ?? []
  return rows.indices.filter { rows[$0].entityIndex != nil }
}

@Suite("Navigation")
struct NavigationTests {
  @Test func startsOnTheFirstEventOfTheTimeline() {
    let state = browser()
    let entities = entityRows(state, .timeline)
    #expect(state.navigation.focus == .list(.timeline))
    #expect(state.selectedRow(in: .timeline) == entities.first)
    #expect(state.lists.rows[.timeline]?.first?.entityIndex == nil, "a year heading comes first")
    #expect(state.navigation.detailEntity == state.selectedEntity(in: .timeline))
    #expect(state.history.entries.count == 1)
  }

  @Test func jAndKMoveBetweenEntitiesSkippingHeadings() {
    let start = browser()
    let entities = entityRows(start, .timeline)
    var state = start
    for step in 1..<entities.count {
      state = press(state, .character("j"))
      #expect(state.selectedRow(in: .timeline) == entities[step])
      #expect(state.navigation.detailEntity == state.selectedEntity(in: .timeline))
    }
    #expect(press(state, .character("j")).selectedRow(in: .timeline) == entities.last)
    for step in (0..<(entities.count - 1)).reversed() {
      state = press(state, .character("k"))
      #expect(state.selectedRow(in: .timeline) == entities[step])
    }
    #expect(press(state, .up).selectedRow(in: .timeline) == entities.first)
    let heading = zip(entities, entities.dropFirst()).contains { $1 - $0 > 1 }
    #expect(heading, "the timeline has a heading between two events to skip")
  }

  @Test func gAndShiftGGoToTheEnds() {
    let state = browser()
    let entities = entityRows(state, .timeline)
    let bottom = press(state, .character("G"))
    #expect(bottom.selectedRow(in: .timeline) == entities.last)
    #expect(press(bottom, .character("g")).selectedRow(in: .timeline) == entities.first)
    #expect(press(state, .end).selectedRow(in: .timeline) == entities.last)
    #expect(press(bottom, .home).selectedRow(in: .timeline) == entities.first)
  }

  @Test func pageDownMovesByAPageOfEntities() {
    let state = browser()
    let entities = entityRows(state, .timeline)
    let page = max(1, state.layout.height(of: .timeline) - 1)
    let down = press(state, .pageDown)
    #expect(down.selectedRow(in: .timeline) == entities[min(entities.count - 1, page)])
    #expect(press(down, .pageUp).selectedRow(in: .timeline) == entities.first)
    let cursor = down.selectedRow(in: .timeline) ?? 0
    let scroll = down.navigation.listScroll[.timeline] ?? 0
    #expect(scroll <= cursor && cursor < scroll + down.layout.height(of: .timeline))
  }

  @Test func tabCyclesThePanes() {
    var state = browser()
    let order: [Pane] = [.list(.actors), .list(.projects), .detail, .list(.timeline)]
    for pane in order {
      state = press(state, .tab)
      #expect(state.navigation.focus == pane)
    }
    #expect(press(state, .backTab).navigation.focus == .detail)
    let medium = press(browser(rows: 24, columns: 80), .tab)
    #expect(medium.navigation.focus == .detail)
    #expect(press(medium, .tab).navigation.focus == .list(.timeline))
  }

  @Test func numbersSwitchLists() {
    let state = browser(rows: 24, columns: 80)
    for (key, pane) in [("2", ListPane.actors), ("3", .projects), ("1", .timeline)] {
      let next = press(state, .character(Character(key)))
      #expect(next.navigation.activeList == pane)
      #expect(next.navigation.focus == .list(pane))
      #expect(next.navigation.detailEntity == next.selectedEntity(in: pane))
      #expect(next.layout.listFrames.keys.sorted { $0.rawValue < $1.rawValue } == [pane])
    }
  }

  @Test func enterFocusesTheDetailAsAHistoryEntry() {
    let state = press(browser(), .enter)
    #expect(state.navigation.focus == .detail)
    #expect(state.history.entries.count == 2)
    #expect(state.history.index == 1)
    #expect(state.navigation.detailEntity == state.selectedEntity(in: .timeline))
  }

  @Test func jInTheDetailMovesAmongItemsAndEnterFollowsALink() throws {
    let inDetail = press(browser(), .enter)
    let content = try #require(inDetail.detailContent)
    #expect(!content.items.isEmpty)
    guard case .link(let first) = inDetail.selectedDetailItem else {
      Issue.record("the first item of the first event should be a link")
      return
    }
    let moved = press(inDetail, .character("j"))
    #expect(moved.navigation.detailCursor == 1)
    #expect(press(moved, .character("k")).navigation.detailCursor == 0)

    let followed = press(inDetail, .enter)
    let target = try #require(followed.dossier.entityIndex(id: first.entity.id))
    let pane = ListPane(kind: first.entity.kind)
    #expect(followed.navigation.detailEntity == target)
    #expect(followed.navigation.focus == .detail)
    #expect(followed.navigation.activeList == pane)
    #expect(followed.selectedEntity(in: pane) == target)
    #expect(followed.history.entries.count == 3)
    #expect(render(followed).lines.contains { $0.contains(first.entity.name) })
  }

  @Test func backAndForwardRestoreEverything() throws {
    // Start: scroll the timeline down a little and open an event.
    let listed = press(browser(), .character("j"), .character("j"), .character("j"))
    let opened = press(listed, .enter, .character("j"))
    guard case .link(let link) = opened.selectedDetailItem else {
      Issue.record("expected a link as the second detail item")
      return
    }
    let followed = press(opened, .enter)
    #expect(followed.navigation.detailEntity == followed.dossier.entityIndex(id: link.entity.id))
    let hints = "Enter open · ← back · o search · ? help · q quit "
    #expect(
      statusBar(render(followed))
        == padded(" Timeline › Xi Jinping awar… › Kazakhstan", 71) + hints)

    let back1 = press(followed, .backspace)
    #expect(back1.navigation == opened.navigation)
    #expect(back1.history.index == 1)
    #expect(
      statusBar(render(back1))
        == padded(" Timeline › Xi Jinping awarded the Order of the Golden Eagle", 71) + hints)

    let back2 = press(back1, .left)
    #expect(back2.navigation == listed.navigation)
    #expect(back2.navigation.focus == .list(.timeline))
    #expect(back2.history.index == 0)
    #expect(
      statusBar(render(back2)) == padded(" Timeline", 71)
        + hints.replacing("o search", with: "/ search"))
    #expect(press(back2, .character("[")).message == "Already at the start of history")

    let forward = press(back2, .character("]"))
    #expect(forward.navigation == opened.navigation)
    #expect(
      statusBar(render(forward))
        == padded(" Timeline › Xi Jinping awarded the Order of the Golden Eagle", 71) + hints)
    #expect(forward.history.index == 1)
    #expect(forward.history.entries.count == 3)
    let again = press(forward, .character("]"))
    #expect(again.navigation == followed.navigation)
    #expect(press(again, .character("]")).message == "Already at the newest place in history")
  }

  @Test func backRestoresScrollPositions() {
    let scrolled = press(browser(rows: 12, columns: 40), .character("G"))
    let scroll = scrolled.navigation.listScroll[.timeline] ?? 0
    #expect(scroll > 0)
    let away = press(scrolled, .enter, .character("j"), .enter, .character("g"))
    let back = press(away, .backspace, .backspace)
    #expect(back.navigation.listScroll[.timeline] == scroll)
    #expect(back.navigation.selection == scrolled.navigation.selection)
  }
}

@Suite("Opening at an entity")
struct OpenAtEntityTests {
  @Test func anOpenEventGoesToTheEntityAsANewPlace() {
    let start = browser()
    let opened = update(start, .open(entityID: "kazakhstan")).state
    #expect(opened.navigation.detailEntity == bundled.entityIndex(id: "kazakhstan"))
    #expect(opened.navigation.activeList == .actors)
    #expect(opened.history.entries.count == 2)
    #expect(press(opened, .backspace).navigation == start.navigation)
  }

  @Test func anUnknownIdSaysSo() {
    let state = update(browser(), .open(entityID: "nowhere")).state
    #expect(state.message == "No entity with id \"nowhere\"")
    #expect(state.navigation == browser().navigation)
  }
}
