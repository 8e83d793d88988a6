import DossierModel
import Testing

@testable import DossierBrowser

/// Styles that carry meaning: selection, focus, search matches.
@Suite("Styles")
struct StyleTests {
  /// Screen row of a list's cursor in the wide layout.
  private func cursorRow(_ state: BrowserState, _ pane: ListPane) -> Int {
    let frame = state.layout.listFrames[pane]!
    return frame.row + (state.selectedRow(in: pane) ?? 0)
      - (state.navigation.listScroll[pane] ?? 0)
  }

  @Test func selectedRowIsSelectionWhenFocusedAndInactiveOtherwise() {
    let state = browser()
    let canvas = render(state)
    let width = state.layout.listFrames[.timeline]!.width
    for column in 0..<width {
      #expect(canvas[cursorRow(state, .timeline), column].style == .selection)
      #expect(canvas[cursorRow(state, .actors), column].style == .inactiveSelection)
      #expect(canvas[cursorRow(state, .projects), column].style == .inactiveSelection)
    }
    #expect(canvas.line(cursorRow(state, .actors)).hasPrefix("  Fatima Tuz Zehra"))
    #expect(cells(with: .selection, in: canvas).allSatisfy { $0.row == 3 && $0.column < width })

    let tabbed = press(state, .tab)
    let after = render(tabbed)
    #expect(after[cursorRow(tabbed, .timeline), 0].style == .inactiveSelection)
    #expect(after[cursorRow(tabbed, .actors), 0].style == .selection)
  }

  @Test func focusedPaneTitleIsActiveTab() {
    let state = browser()
    let titleRow = { (pane: ListPane) in state.layout.listFrames[pane]!.row - 1 }
    let canvas = render(state)
    #expect(text(with: .activeTab, row: titleRow(.timeline), in: canvas) == " 1 Timeline (11)")
    #expect(canvas[titleRow(.actors), 1].style == .titleBar)
    #expect(canvas[titleRow(.projects), 1].style == .titleBar)
    let actors = render(press(state, .tab))
    #expect(text(with: .activeTab, row: titleRow(.actors), in: actors) == " 2 Actors (8)")
    #expect(actors[titleRow(.timeline), 1].style == .titleBar)
  }

  @Test func activeTabInTheTabStrip() {
    let medium = browser(rows: 24, columns: 80)
    #expect(text(with: .activeTab, row: 0, in: render(medium)) == " 1 Timeline ")
    let projects = press(medium, .character("3"))
    #expect(text(with: .activeTab, row: 0, in: render(projects)) == " 3 Projects ")
  }

  @Test func detailSelectionWhenTheDetailHasFocus() {
    let state = press(browser(), .enter)
    let canvas = render(state)
    let selected = cells(with: .selection, in: canvas)
    #expect(!selected.isEmpty)
    let rows = Set(selected.map(\.row))
    #expect(rows == [13], "the first link, Silk Road Economic Belt")
    #expect(canvas.line(13).contains("Silk Road Economic Belt"))
    #expect(canvas[3, 0].style == .inactiveSelection, "the list row is no longer focused")
  }

  @Test func searchMatchesAreHighlighted() {
    let typing = type(press(browser(), .character("/")), "hydro")
    let canvas = render(typing)
    // The detail's title "Turgusun hydropower plant" at row 1.
    #expect(text(with: .highlight, row: 1, in: canvas) == "hydro")
    // The quote mentions it too.
    let detailColumn = typing.layout.detailFrame!.column
    let quoteRows = (2..<canvas.rows).filter { row in
      (detailColumn..<canvas.columns).map { canvas[row, $0].text }.joined()
        .contains("Turgusun hydropower")
    }
    #expect(!quoteRows.isEmpty)
    for row in quoteRows {
      let highlighted = (detailColumn..<canvas.columns).filter {
        canvas[row, $0].style == .highlight
      }
      #expect(highlighted.map { canvas[row, $0].text }.joined() == "hydro")
    }

    // After Enter, the last query stays highlighted in unselected list rows.
    let done = press(type(press(browser(), .character("/")), "tokayev"), .enter)
    let list = render(done)
    let highlighted = Set(cells(with: .highlight, in: list).map(\.row))
    let tokayevRows = rows(containing: "Tokayev", in: list)
    #expect(highlighted.count >= 3)
    #expect(highlighted.isSubset(of: Set(tokayevRows)))
  }
}
