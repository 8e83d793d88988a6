import DossierModel
import Testing

@testable import DossierBrowser

/// Whole screens, every row, of the views this round added, at 80×24 and 40×12.
@Suite("Whole screens")
struct WholeScreenTests {
  /// Every row of `state`'s screen, trailing spaces dropped.
  private func rows(_ state: BrowserState) -> [String] {
    render(state).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }

  @Test func theFilterPanelAt80x24() {
    let state = press(browser(rows: 24, columns: 80), .character("f"))
    #expect(
      rows(state) == [
        " 1 Timeline  2 Actors  3 Projects   China–Kazakhstan relations and the Belt and…",
        " Filter · keeps 11 events · 8 actors · 6 projects",
        "",
        " Type of event",
        "   [ ] statement  3",
        "   [ ] agreement  1",
        "   [ ] award  1",
        "   [ ] celebration  1",
        "   [ ] education  1",
        "   [ ] forum  1",
        "   [ ] state visit  1",
        "   [ ] trade record  1",
        "   [ ] visit  1",
        "",
        " Type of actor",
        "   [ ] person  3",
        "   [ ] country  2",
        "   [ ] city  1",
        "   [ ] province  1",
        "   [ ] publication  1",
        "",
        " Type of project",
        "   [ ] initiative  2                                                           ▼",
        " Timeline                               Space choose · Enter apply · Esc cancel",
      ])
  }

  @Test func theMarksListAt80x24() {
    let state = press(
      browser(rows: 24, columns: 80), .character("m"), .character("j"), .character("m"),
      .character("'"))
    #expect(
      rows(state) == [
        " 1 Timeline  2 Actors  3 Projects   China–Kazakhstan relations and the Belt and…",
        " Marks (2), oldest first",
        " E  Xi Jinping’s state visit to Kazakhstan and proposal of…  · state-visit-2013",
        " E  China–Kazakhstan permanent comprehensive str…  · strategic-partnership-2019",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Timeline                                       Enter go · d unmark · Esc close",
      ])
  }

  @Test func theHistoryListAt40x12() {
    let state = press(browser(rows: 12, columns: 40), .enter, .down, .enter, .character("H"))
    #expect(
      rows(state) == [
        " 1 Timeline  2 Actors  3 Projects   Chi…",
        " History (3 places), oldest first",
        "   1  Timeline: Xi Jinping’s state vis…",
        "   2  Xi Jinping’s state visit to Kaza…",
        " ▶ 3  Kazakhstan",
        "",
        "",
        "",
        "",
        "",
        "",
        " … › Kazakhstan    Enter go · Esc close",
      ])
  }

  @Test func aFindAt80x24() {
    let state = type(press(browser(rows: 24, columns: 80), .enter, .character("/")), "kaz")
    #expect(
      rows(state) == [
        " 1 Timeline  2 Actors  3 Projects   China–Kazakhstan relations and the Belt and…",
        " 2013                               │ Xi Jinping’s state visit to Kazakhstan",
        "  2013   Xi Jinping’s state visit t…│ and proposal of the Silk Road Economic",
        " 2019                               │ Belt",
        "  2019   China–Kazakhstan permanent…│ event · state visit · state-visit-2013",
        " 2022                               │ Date: 2013",
        "  ~2022  Tokayev praises Xi as a ge…│ Also known as: Proposal of the Silk Road",
        "  2022   Xi Jinping awarded the Ord…│ Economic Belt",
        " 2023                               │",
        "  2023   Record China–Kazakhstan bi…│ Xi Jinping made a state visit to",
        "  2023   Tokayev’s birthday celebra…│ Kazakhstan in 2013. The visit marked the",
        "  ~2023  Tokayev’s participation in…│ proposal of the Silk Road Economic Belt,",
        " Undated                            │ an integral part of the Belt and Road",
        "         Commitment to a China–Kaza…│ Initiative.",
        "         Tokayev’s assurance that C…│",
        "         Tokayev’s education in Bei…│ Links (4)",
        "         Xi Jinping’s first interna…│ → involves (1)",
        "                                    │   Silk Road Economic Belt",
        "                                    │ → located in (1)",
        "                                    │   Kazakhstan",
        "                                    │ → participants (2)",
        "                                    │   Kazakhstan (host)",
        "                                    │   Xi Jinping (visitor)                   ▼",
        "/kaz▏                                       6 matches · Enter keep · Esc cancel",
      ])
  }

  @Test func aFilteredListAt40x12() {
    let state = press(browser(rows: 12, columns: 40), .character("f"), .character(" "), .enter)
    #expect(
      rows(state) == [
        " 1 Timeline  2  3   Filter: event:…",
        " 2022",
        "  ~2022  Tokayev praises Xi as a genuin…",
        " Undated",
        "         Commitment to a China–Kazakhst…",
        "         Tokayev’s assurance that China…",
        "",
        "",
        "",
        "",
        "",
        " Filter: 3 events · 8 actors · 6…",
      ])
  }

  @Test func theProblemsAt40x12() {
    let state = update(
      browser(rows: 12, columns: 40),
      .loadFailed(["d.json:230:15: unexpected character 'Q': expected a value"])
    ).state
    #expect(
      rows(state) == [
        " 1 Timeline  2 Actors  3 Projects   Chi…",
        "┌──────────────────────────────────────┐",
        "│ The file no longer loads: the        │",
        "│ dossier shown is the one before.     │",
        "│                                      │",
        "│ d.json:230:15: unexpected character  │",
        "│ 'Q': expected a value                │",
        "│                                      │",
        "│                                      │",
        "│                                      │",
        "└──────────────────────────────────────┘",
        " Timeline          ↓ scroll · Esc close",
      ])
  }
}
