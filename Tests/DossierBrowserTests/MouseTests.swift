import DossierModel
import Testing

@testable import DossierBrowser

/// Clicks and the wheel, as the terminal reports them.
@Suite("Mouse")
struct MouseTests {
  private func click(_ state: BrowserState, row: Int, column: Int) -> BrowserState {
    update(state, .mouse(MouseEvent(.click, row: row, column: column))).state
  }

  private func wheel(_ state: BrowserState, down: Bool, row: Int, column: Int) -> BrowserState {
    update(state, .mouse(MouseEvent(down ? .wheelDown : .wheelUp, row: row, column: column))).state
  }

  @Test(arguments: [
    ("0;12;5M", MouseEvent(.click, row: 4, column: 11)),
    ("64;1;1M", MouseEvent(.wheelUp, row: 0, column: 0)),
    ("65;300;90M", MouseEvent(.wheelDown, row: 89, column: 299)),
    ("16;3;3M", MouseEvent(.click, row: 2, column: 2)),
  ])
  func readsSGRReports(body: String, event: MouseEvent) {
    #expect(MouseEvent(sgrBody: body) == event)
  }

  @Test(arguments: ["0;12;5m", "2;12;5M", "35;1;1M", "0;0;5M", "0;12M", "x;1;1M", "0;1;1"])
  func ignoresReleasesOtherButtonsAndNoise(body: String) {
    #expect(MouseEvent(sgrBody: body) == nil)
  }

  @Test func aClickOnATabShowsItsList() {
    let state = browser(rows: 24, columns: 80)
    let actors = state.tabSpans.first { $0.pane == .actors }!
    let clicked = click(state, row: 0, column: actors.columns.lowerBound + 1)
    #expect(clicked.navigation.activeList == .actors)
    #expect(clicked.navigation.focus == .list(.actors))
  }

  @Test func aClickSelectsARowAndASecondOpensIt() throws {
    let state = browser(rows: 24, columns: 80)
    let frame = try #require(state.layout.listFrames[.timeline])
    let rows = state.visibleLists.rows[.timeline]!
    let target = rows.indices.filter { rows[$0].entityIndex != nil }[2]
    let selected = click(state, row: frame.row + target, column: 5)
    #expect(selected.selectedRow(in: .timeline) == target)
    #expect(selected.navigation.detailEntity == rows[target].entityIndex)
    #expect(selected.history.entries.count == 1, "selecting is not a new place")
    let opened = click(selected, row: frame.row + target, column: 5)
    #expect(opened.navigation.focus == .detail)
    #expect(opened.history.entries.count == 2)
    let heading = rows.indices.first { rows[$0].entityIndex == nil }!
    #expect(click(state, row: frame.row + heading, column: 5).navigation == state.navigation)
  }

  @Test func aClickOnALinkFollowsIt() throws {
    let state = browser(rows: 30, columns: 100)
    let frame = try #require(state.layout.detailFrame)
    let content = try #require(state.detailContent)
    let linkItem = try #require(
      content.items.firstIndex { if case .link = $0 { true } else { false } })
    guard case .link(let linked) = content.items[linkItem] else { return }
    let line = content.itemLines[linkItem]
    let followed = click(state, row: frame.row + line, column: frame.column + 4)
    #expect(followed.navigation.detailEntity == bundled.entityIndex(id: linked.entity.id))
  }

  @Test func theWheelScrollsThePaneUnderThePointer() throws {
    let state = browser(rows: 12, columns: 80)
    let detail = try #require(state.layout.detailFrame)
    let scrolled = wheel(state, down: true, row: detail.row + 1, column: detail.column + 2)
    #expect(scrolled.navigation.detailScroll == BrowserState.wheelStep)
    #expect(scrolled.navigation.focus == state.navigation.focus, "the wheel moves no focus")
    #expect(
      wheel(scrolled, down: false, row: detail.row, column: detail.column + 2).navigation
        .detailScroll == 0)
    let list = try #require(state.layout.listFrames[.timeline])
    let listed = wheel(state, down: true, row: list.row + 1, column: 3)
    let rows = state.visibleLists.rows[.timeline]!
    let entities = rows.indices.filter { rows[$0].entityIndex != nil }
    #expect(listed.selectedRow(in: .timeline) == entities[BrowserState.wheelStep])
  }

  @Test func theStatusBarsHintsAreButtons() throws {
    let state = browser(rows: 24, columns: 80)
    let help = try #require(state.hintSpans.first { $0.action == .help })
    let opened = click(state, row: 23, column: help.columns.lowerBound)
    #expect(opened.helpScroll == 0)
    #expect(click(opened, row: 5, column: 5).helpScroll == nil, "a click closes the help")
    let moved = press(state, .enter)
    let back = try #require(moved.hintSpans.first { $0.action == .back })
    #expect(
      click(moved, row: 23, column: back.columns.upperBound - 1).navigation == state.navigation)
  }

  @Test func inTheFilterPanelAClickMovesTheCursorAndASecondChooses() throws {
    let panel = press(browser(rows: 24, columns: 80), .character("f"))
    let onSecond = click(panel, row: 5, column: 4)
    #expect(onSecond.filterPanel?.cursor == 1)
    let chosen = click(onSecond, row: 5, column: 4)
    let item = try #require(chosen.filterPanel?.items[1])
    #expect(chosen.filterPanel?.isChosen(item) == true)
  }
}
