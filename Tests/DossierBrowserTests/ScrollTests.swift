import DossierModel
import Testing

@testable import DossierBrowser

/// Lists and the detail view scroll only as far as they must, and say when there is more.
@Suite("Scrolling")
struct ScrollTests {
  @Test func openingAnEntityOnASmallScreenShowsItsTop() {
    let state = press(browser(rows: 12, columns: 40), .enter)
    #expect(state.navigation.focus == .detail)
    #expect(state.navigation.detailScroll == 0)
    let canvas = render(state)
    #expect(canvas.line(1).contains("Xi Jinping’s state visit"), "the name is the first line")
  }

  @Test func movingToTheFirstItemAndUpReachesTheTop() {
    let moved = press(browser(rows: 12, columns: 40), .enter, .character("j"), .character("j"))
    #expect(moved.navigation.detailScroll > 0, "moving among links scrolls down")
    let top = press(moved, .character("k"), .character("k"), .character("k"))
    #expect(top.navigation.detailCursor == 0)
    #expect(top.navigation.detailScroll == 0)
  }

  @Test func aListNeverLeavesBlankRowsBelowAfterAResize() {
    let scrolled = press(browser(rows: 12, columns: 40), .character("G"))
    #expect(scrolled.navigation.listScroll[.timeline]! > 0)
    let tall = resize(scrolled, rows: 40, columns: 130)
    let rows = tall.lists.rows[.timeline]!.count
    let height = tall.layout.height(of: .timeline)
    #expect(tall.navigation.listScroll[.timeline] == max(0, rows - height))
    #expect(selectedName(tall, .timeline) == selectedName(scrolled, .timeline))
  }

  @Test func wideLayoutGivesShortListsOnlyWhatTheyNeed() {
    let state = browser(rows: 60, columns: 130)
    for pane in ListPane.allCases {
      #expect(
        state.layout.height(of: pane) >= state.lists.rows[pane]!.count, "\(pane) fits whole")
    }
  }

  @Test func moreBelowIsMarked() {
    let canvas = render(browser(rows: 12, columns: 40))
    #expect(canvas.line(10).hasSuffix("▼"))
    #expect(!canvas.lines[1...10].contains { $0.hasSuffix("▲") })
  }

  @Test func downInThePromptGivesBackWhatWasTyped() {
    var state = press(browser(), .character("/"))
    state = type(state, "eagle")
    state = press(state, .enter, .character("o"))
    state = type(state, "hyd")
    state = press(state, .up)
    #expect(state.prompt?.text == "eagle")
    state = press(state, .down)
    #expect(state.prompt?.text == "hyd", "the draft comes back")
    state = press(state, .down)
    #expect(state.prompt?.text == "hyd", "down with nothing recalled changes nothing")
  }
}
