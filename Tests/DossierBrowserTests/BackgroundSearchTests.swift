import DossierModel
import Testing

@testable import DossierBrowser

/// With background searches, typing only records the query; results arrive as events and
/// stale ones are dropped.
@Suite("Background search")
struct BackgroundSearchTests {
  private func prompt() -> BrowserState {
    let state = BrowserState(
      dossier: bundled, rows: 40, columns: 120, searchesInBackground: true)
    return press(state, .character("/"))
  }

  private func hits(_ query: String) -> [SearchHit] {
    bundled.searchIndex.search(
      SearchQuery(query), kinds: Set(EntityKind.allCases), limit: BrowserState.resultLimit)
  }

  @Test func typingLeavesTheSearchToTheRunner() {
    let state = type(prompt(), "hyd")
    #expect(state.pendingSearch == "hyd")
    #expect(state.prompt?.hits.isEmpty == true)
    #expect(render(state).lines.contains { $0.contains("Searching…") })
  }

  @Test func resultsForTheShownQueryAreApplied() {
    let typed = type(prompt(), "hydro")
    let done = update(typed, .searchCompleted(query: "hydro", hits: hits("hydro"))).state
    #expect(done.pendingSearch == nil)
    #expect(done.prompt?.hits == hits("hydro"))
    #expect(detailName(done) == "Turgusun hydropower plant")
  }

  @Test func staleResultsAreDropped() {
    let typed = type(prompt(), "hydro")
    let stale = update(typed, .searchCompleted(query: "hyd", hits: hits("hyd"))).state
    #expect(stale.prompt?.hits.isEmpty == true)
    #expect(stale.pendingSearch == "hydro", "the runner still has to search the newest text")
  }

  @Test func eachChangeOfTheQueryAsksTheSessionToSearchIt() {
    var state = prompt()
    var asked: [[Effect]] = []
    for character in "hyd" {
      let (next, effects) = update(state, .key(.character(character)))
      asked.append(effects)
      state = next
    }
    #expect(asked == [[.search("h")], [.search("hy")], [.search("hyd")]])
    #expect(effects(of: .tab, in: state).isEmpty, "choosing a result changes no query")
  }

  @Test func resultsArrivingAskForNothing() {
    let typed = type(prompt(), "hydro")
    #expect(update(typed, .searchCompleted(query: "hydro", hits: hits("hydro"))).effects == [])
  }

  @Test func aQueryNoLongerWantedIsStopped() {
    let typed = type(prompt(), "hydro")
    #expect(effects(of: .escape, in: typed) == [.cancelSearch])
    let answered = update(typed, .searchCompleted(query: "hydro", hits: hits("hydro"))).state
    let longer = type(answered, "p")
    #expect(effects(of: .backspace, in: longer) == [.cancelSearch], "back to the answered query")
  }

  @Test func enterBeforeTheResultsSearchesAtOnce() {
    let opened = press(type(prompt(), "golden eagle"), .enter)
    #expect(opened.mode == .browsing)
    #expect(detailName(opened) == "Xi Jinping awarded the Order of the Golden Eagle")
  }

  @Test func loadingScreenShowsProgressAndHowToQuit() {
    let canvas = renderLoading(
      rows: 12, columns: 60, fileName: "big.json", fraction: 0.5, phase: .reading)
    let screen = canvas.lines.joined(separator: "\n")
    #expect(screen.contains("Loading big.json"))
    #expect(screen.contains("50%"))
    #expect(screen.contains("q quits"))
    let bar = canvas.lines.first { $0.contains("[") }!
    #expect(bar.filter { $0 == "█" }.count == 25, "half of a 50-column bar")
  }
}
