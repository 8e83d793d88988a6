import DossierModel
import Testing

@testable import DossierBrowser

@Suite("Source view")
struct SourceViewTests {
  /// The first event's detail with its quote selected.
  private func atEvidence(rows: Int = 40, columns: Int = 120) throws -> BrowserState {
    var state = press(browser(rows: rows, columns: columns), .enter)
    let count = try #require(state.detailContent).items.count
    for _ in 0..<count {
      if case .evidence = state.selectedDetailItem { return state }
      state = press(state, .character("j"))
    }
    Issue.record("no evidence item in the detail")
    return state
  }

  @Test(arguments: [Key.enter, .character("s")])
  func opensTheSourceWithTheQuoteHighlighted(key: Key) throws {
    let before = try atEvidence()
    guard case .evidence(let evidence) = before.selectedDetailItem else { return }
    let state = press(before, key)
    let reading = try #require(state.navigation.source)
    #expect(reading.quote == evidence.quote)
    #expect(state.history.entries.count == before.history.entries.count + 1)
    let canvas = render(state)
    let highlighted = cells(with: .highlight, in: canvas)
    let visible = highlighted.map { canvas[$0.row, $0.column].text }.joined()
    let expected = evidence.quote.filter { $0 != " " }
    #expect(visible.filter { $0 != " " } == expected, "the whole quote is on screen")
    #expect(statusBar(canvas).contains("Source: Kazakhstan’s Key Role in BRI"))
  }

  @Test func backReturnsToTheDetail() throws {
    let before = try atEvidence()
    let back = press(before, .enter, .backspace)
    #expect(back.navigation == before.navigation)
    #expect(back.navigation.source == nil)
    #expect(render(back) == render(before))
  }

  @Test(arguments: [Key.character("q"), .escape])
  func qAndEscapeCloseTheSourceLikeLess(key: Key) throws {
    let before = try atEvidence()
    let reading = press(before, .enter)
    let closed = press(reading, key)
    #expect(effects(of: key, in: reading).isEmpty, "q leaves the source, not the program")
    #expect(closed.navigation == before.navigation)
    #expect(
      effects(of: .character("q"), in: closed) == [.quit], "q quits once the source is closed")
  }

  @Test func sOnAListExplainsWhatToDo() {
    let state = press(browser(), .character("s"))
    #expect(state.message == "Select a quote in the detail view (Enter, then ↓) to open its source")
    #expect(state.navigation.source == nil)
  }

  @Test func jScrollsTheSource() throws {
    let reading = press(try atEvidence(rows: 12, columns: 40), .enter)
    let scroll = try #require(reading.navigation.source).scroll
    let down = press(reading, .character("j"))
    #expect(down.navigation.source?.scroll == scroll + 1)
  }

  @Test func bottomThenUpScrollsBackAtOnce() throws {
    let reading = press(try atEvidence(rows: 12, columns: 40), .enter)
    let bottom = press(reading, .character("G"), .character("G"), .character("G"))
    let scroll = try #require(bottom.navigation.source).scroll
    let up = press(bottom, .character("k"))
    #expect(up.navigation.source?.scroll == scroll - 1)
    #expect(render(up) != render(bottom), "k after G moves the text")
  }
}
