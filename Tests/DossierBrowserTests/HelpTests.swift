import DossierModel
import Testing

@testable import DossierBrowser

@Suite("Help")
struct HelpTests {
  @Test(arguments: [Key.character("?"), .function(1)])
  func showsEveryActionAndKey(key: Key) {
    let state = press(browser(), key)
    #expect(state.mode == .help)
    let screen = render(state).lines.joined(separator: "\n")
    for action in Action.allCases {
      #expect(screen.contains(action.summary), "\(action)")
      for key in Keymap.standard.keys(for: action) {
        #expect(screen.contains(key.label), "\(key)")
      }
    }
    #expect(screen.contains("any other key closes it"))
  }

  @Test(arguments: [Key.character("x"), .escape, .enter, .character("q"), .character("?")])
  func anyKeyCloses(key: Key) {
    let open = press(browser(), .character("?"))
    let closed = press(open, key)
    #expect(closed.mode == .browsing)
    #expect(effects(of: key, in: open).isEmpty, "the closing key does nothing else")
    #expect(closed.navigation == open.navigation)
    #expect(render(closed) == render(browser()))
  }

  @Test func smallTerminalScrollsToTheRest() {
    let open = press(browser(rows: 24, columns: 80), .character("?"))
    let lastLine = HelpContent.lines(Keymap.standard).last!
    let first = render(open).lines
    #expect(first.contains { $0.contains("▼") }, "marks that there is more below")
    #expect(!first.contains { $0.contains(lastLine) })
    let scrolled = press(open, .pageDown, .pageDown)
    #expect(scrolled.mode == .help, "paging keys scroll instead of closing")
    let end = render(scrolled).lines
    #expect(end.contains { $0.contains(lastLine) })
    #expect(end.contains { $0.contains("▲") }, "marks that there is more above")
  }

  @Test func aKeyThatDoesNothingPointsToTheHelp() {
    let state = press(browser(rows: 24, columns: 80), .character("Z"))
    #expect(state.message == "Nothing on that key · ? lists the keys")
    #expect(statusBar(render(state)).contains("? lists the keys"), "whole at 80 columns")
    #expect(state.navigation == browser(rows: 24, columns: 80).navigation)
    #expect(press(state, .character("j")).message == nil, "the next key clears it")
  }
}
