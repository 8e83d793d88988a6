import DossierModel
import Testing

@testable import DossierBrowser

/// Checks the invariants that must hold after any event.
private func checkInvariants(_ state: BrowserState, step: Int) {
  for pane in ListPane.allCases {
    let rows = state.visibleLists.rows[pane] ?? []
    guard !rows.isEmpty, let cursor = state.selectedRow(in: pane) else { continue }
    #expect(rows.indices.contains(cursor), "step \(step): \(pane) cursor \(cursor)")
    if rows.indices.contains(cursor) {
      #expect(rows[cursor].entityIndex != nil, "step \(step): \(pane) cursor on a heading")
    }
    #expect((state.navigation.listScroll[pane] ?? 0) >= 0)
  }
  #expect(state.history.entries.indices.contains(state.history.index), "step \(step)")
  if let content = state.detailContent, !content.items.isEmpty {
    #expect(content.items.indices.contains(state.navigation.detailCursor), "step \(step)")
  }
  if let entity = state.navigation.detailEntity {
    #expect(state.dossier.entities.indices.contains(entity))
  }
  if let prompt = state.prompt, !prompt.hits.isEmpty {
    #expect(prompt.hits.indices.contains(prompt.selected))
  }
}

private let extraKeys: [Key] = [
  .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end,
  .pageUp, .pageDown, .character("/"), .character("x"), .character("a"), .character("o"),
  .character("h"), .character("y"), .character("d"), .character("r"), .character("X"),
  .character("é"), .character("習"), .control("u"), .control("w"), .control("c"),
  .control("n"), .control("p"), .function(1), .function(5),
]

@Suite("Fuzz")
struct FuzzTests {
  @Test(arguments: [UInt64(1), 42, 2024])
  func randomKeysAndResizes(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let keys =
      KeyContext.allCases.flatMap { Keymap.standard.bindings[$0] ?? [] }.flatMap(\.keys)
      .filter { $0 != .character("q") }
      + extraKeys
    var state = browser()
    for step in 0..<1500 {
      if Int.random(in: 0..<20, using: &generator) == 0 {
        state =
          update(
            state,
            .resize(
              rows: Int.random(in: 1...60, using: &generator),
              columns: Int.random(in: 1...200, using: &generator))
          ).state
      } else {
        state = update(state, .key(keys.randomElement(using: &generator)!)).state
      }
      let canvas = render(state)
      #expect(canvas.rows == state.rows && canvas.columns == state.columns)
      checkInvariants(state, step: step)
    }
  }

  @Test func quitFinishes() {
    #expect(effects(of: .character("q"), in: browser()) == [.quit])
    #expect(effects(of: .character("q"), in: press(browser(), .character("/"))) == [])
  }

  @Test func ctrlLAsksForAFullRedrawAndChangesNothingElse() {
    let state = browser()
    let (next, effects) = update(state, .key(.control("l")))
    #expect(effects == [.redraw])
    #expect(next.navigation == state.navigation)
    #expect(render(next) == render(state))
  }
}
