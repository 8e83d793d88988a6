import DossierModel
import Testing

@testable import DossierBrowser

@Suite("Search")
struct SearchTests {
  @Test func resultsUpdateWithEveryKeystroke() {
    var state = press(browser(), .character("/"))
    #expect(state.prompt != nil)
    #expect(render(state).line(1).hasPrefix(" Type to search"))
    var counts: [Int] = []
    for character in "hydro" {
      state = type(state, String(character))
      counts.append(state.prompt?.hits.count ?? -1)
      let canvas = render(state)
      #expect(statusBar(canvas).hasPrefix("/" + (state.prompt?.text ?? "") + "▏"))
    }
    #expect(counts.last == 2)
    #expect(counts.first! >= counts.last!, "more letters, fewer results: \(counts)")
    let canvas = render(state)
    #expect(canvas.line(1).hasPrefix(" 2 results "))
    #expect(canvas.line(2).hasPrefix(" P Turgusun hydropower plant "))
    #expect(detailName(state) == "Turgusun hydropower plant", "the top hit is previewed")
    #expect(state.history.entries.count == 1, "previews are not history")
  }

  @Test func enterOpensTheResult() {
    let state = press(type(press(browser(), .character("/")), "hydro"), .enter)
    #expect(state.mode == .browsing)
    #expect(detailName(state) == "Turgusun hydropower plant")
    #expect(selectedName(state, .projects) == "Turgusun hydropower plant")
    #expect(state.navigation.focus == .detail)
    #expect(state.history.entries.count == 2)
    #expect(state.message == "Result 1 of 2 · n/N for next/previous")
    #expect(statusBar(render(state)).hasPrefix(" Result 1 of 2 · n/N for next/previous"))
  }

  @Test func nAndShiftNWalkTheResults() throws {
    let opened = press(type(press(browser(), .character("/")), "tokayev"), .enter)
    let results = try #require(opened.results)
    #expect(results.hits.count >= 3)
    let names = results.hits.map { opened.dossier.entities[$0.entityIndex].name }
    let second = press(opened, .character("n"))
    #expect(detailName(second) == names[1])
    #expect(second.message == "Result 2 of \(names.count)")
    #expect(second.history.entries.count == 3)
    let third = press(second, .character("n"))
    #expect(detailName(third) == names[2])
    #expect(detailName(press(third, .character("N"))) == names[1])
    let wrapped = press(opened, .character("N"))
    #expect(detailName(wrapped) == names.last)
    #expect(wrapped.message == "Result \(names.count) of \(names.count) (wrapped to the last)")
    let atLast = press(opened, .character("N"))
    #expect(
      press(atLast, .character("n")).message == "Result 1 of \(names.count) (wrapped to the first)")
    #expect(press(browser(), .character("n")).message == "No search results: press / to search")
  }

  @Test func escapeRestoresWhereTheSearchBegan() {
    let start = press(browser(), .character("2"), .character("j"), .character("j"))
    let typing = type(press(start, .character("/")), "hydro")
    #expect(typing.navigation != start.navigation)
    let cancelled = press(typing, .escape)
    #expect(cancelled.mode == .browsing)
    #expect(cancelled.prompt == nil)
    #expect(cancelled.navigation == start.navigation)
    #expect(cancelled.history == start.history)
  }

  @Test func upRecallsThePreviousQuery() {
    let first = press(type(press(browser(), .character("/")), "hydro"), .enter)
    let second = press(type(press(first, .character("o")), "tokayev"), .enter)
    #expect(second.queryHistory == ["hydro", "tokayev"])
    let recalled = press(second, .character("o"), .up)
    #expect(recalled.prompt?.text == "tokayev")
    #expect(press(recalled, .up).prompt?.text == "hydro")
    #expect(press(recalled, .up, .down).prompt?.text == "tokayev")
    #expect(press(recalled, .up).prompt?.hits.count == 2, "recalling re-runs the search")
  }

  @Test func noMatches() {
    let typing = type(press(browser(), .character("/")), "zzqx")
    #expect(typing.prompt?.hits.isEmpty == true)
    #expect(render(typing).line(1).hasPrefix(" 0 results "))
    let done = press(typing, .enter)
    #expect(done.message == "No matches for \"zzqx\"")
    #expect(statusBar(render(done)).hasPrefix(" No matches for \"zzqx\""))
    #expect(done.navigation == browser().navigation)
    #expect(done.results == nil)
  }
}
