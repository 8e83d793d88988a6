import DossierModel
import Testing

@testable import DossierBrowser

@Suite("Resize")
struct ResizeTests {
  @Test func keepsTheSelectedEntity() {
    let start = press(browser(), .character("G"), .tab, .character("j"), .character("j"))
    let actor = start.selectedEntity(in: .actors)
    let event = start.selectedEntity(in: .timeline)
    var state = start
    for (rows, columns) in [(24, 80), (12, 40), (6, 20), (60, 200), (40, 120)] {
      state = resize(state, rows: rows, columns: columns)
      #expect(state.selectedEntity(in: .actors) == actor)
      #expect(state.selectedEntity(in: .timeline) == event)
      #expect(state.navigation.detailEntity == actor)
    }
  }

  @Test func narrowStillShowsTheListAndItsSelection() {
    let state = resize(press(browser(), .character("G")), rows: 12, columns: 40)
    let canvas = render(state)
    let name = selectedName(state, .timeline)!
    let row = rows(containing: String(name.prefix(20)), in: canvas)
    #expect(row.count == 1)
    #expect(canvas[row[0], 0].style == .selection)
    #expect(canvas.line(0).hasPrefix(" 1 Timeline "))
  }

  @Test func tooSmallShowsANotice() {
    for (rows, columns) in [(7, 100), (40, 29), (6, 20), (1, 1)] {
      let canvas = render(resize(browser(), rows: rows, columns: columns))
      if rows >= 3 {
        #expect(canvas.lines.contains { $0.contains("Terminal too small") }, "\(columns)×\(rows)")
      }
    }
    let canvas = render(resize(browser(), rows: 0, columns: 0))
    #expect(canvas.lines.isEmpty)
  }

  @Test func growingBackRestoresTheScreen() {
    let state = browser()
    let back = resize(resize(state, rows: 6, columns: 20), rows: 40, columns: 120)
    #expect(render(back) == render(state))
  }
}
