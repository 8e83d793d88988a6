import DossierModel
import Testing

@testable import DossierBrowser

/// Whole-screen snapshots of the opening screen at each layout, compared line by line.
@Suite("Screens")
struct ScreenTests {
  @Test func wide120x40() {
    let canvas = render(browser(rows: 40, columns: 120))
    #expect(canvas.lines.count == 40)
    #expect(browser(rows: 40, columns: 120).layout.mode == .wide)
    expectLines(
      canvas,
      [
        0:
          " China–Kazakhstan relations and the Belt and Road Initiative                                                            ",
        1:
          " 1 Timeline (11)                                │ Xi Jinping’s state visit to Kazakhstan and proposal of the Silk Road  ",
        2:
          " 2013                                           │ Economic Belt                                                         ",
        3:
          "  2013   Xi Jinping’s state visit to Kazakhstan…│ event · state visit · state-visit-2013                                ",
        4:
          " 2019                                           │ Date: 2013                                                            ",
        5:
          "  2019   China–Kazakhstan permanent comprehensi…│ Also known as: Proposal of the Silk Road Economic Belt                ",
        15:
          " 2 Actors (8)                                   │   Kazakhstan                                                          ",
        16:
          " People                                         │ → participants (2)                                                    ",
        17:
          "  Fatima Tuz Zehra                              │   Kazakhstan (host)                                                   ",
        28:
          " 3 Projects (6)                                 │                                                                       ",
        29:
          " Hydropower plants                              │                                                                       ",
        30:
          "  Turgusun hydropower plant                     │                                                                       ",
        39:
          " Timeline                                                              Enter open · ← back · / search · ? help · q quit ",
      ])
  }

  @Test func medium80x24() {
    let state = browser(rows: 24, columns: 80)
    #expect(state.layout.mode == .medium)
    expectLines(
      render(state),
      [
        0: " 1 Timeline  2 Actors  3 Projects   China–Kazakhstan relations and the Belt and…",
        1: " 2013                               │ Xi Jinping’s state visit to Kazakhstan    ",
        2: "  2013   Xi Jinping’s state visit t…│ and proposal of the Silk Road Economic    ",
        3: " 2019                               │ Belt                                      ",
        4: "  2019   China–Kazakhstan permanent…│ event · state visit · state-visit-2013    ",
        23: " Timeline                                   ← back · / search · ? help · q quit ",
      ])
  }

  @Test func medium80x24ShowsTheActorsTab() {
    let state = press(browser(rows: 24, columns: 80), .character("2"))
    expectLines(
      render(state),
      [
        0: " 1 Timeline  2 Actors  3 Projects   China–Kazakhstan relations and the Belt and…",
        1: " People                             │ Fatima Tuz Zehra                          ",
        2: "  Fatima Tuz Zehra                  │ actor · person · fatima-tuz-zehra         ",
        3: "  Kassym-Jomart Tokayev             │                                           ",
        4: "  Xi Jinping                        │ Editor-in-chief of The Gulf Observer and  ",
        23: " Actors                                     ← back · / search · ? help · q quit ",
      ])
  }

  @Test func narrow40x12() {
    let state = browser(rows: 12, columns: 40)
    #expect(state.layout.mode == .narrow)
    expectLines(
      render(state),
      [
        0: " 1 Timeline  2 Actors  3 Projects   Chi…",
        1: " 2013                                   ",
        2: "  2013   Xi Jinping’s state visit to Ka…",
        3: " 2019                                   ",
        4: "  2019   China–Kazakhstan permanent com…",
        5: " 2022                                   ",
        6: "  ~2022  Tokayev praises Xi as a genuin…",
        7: "  2022   Xi Jinping awarded the Order o…",
        8: " 2023                                   ",
        9: "  2023   Record China–Kazakhstan bilate…",
        10: "  2023   Tokayev’s birthday celebration▼",
        11: " Timeline      ← back · ? help · q quit ",
      ])
  }

  @Test func tooSmall20x6() {
    let state = browser(rows: 6, columns: 20)
    #expect(state.layout.mode == .tooSmall)
    let canvas = render(state)
    expectLines(
      canvas,
      [
        0: "                    ",
        1: " Terminal too small ",
        2: "need 30×8, have 20×6",
        3: "   enlarge, or q    ",
        4: "                    ",
        5: "                    ",
      ])
    #expect(canvas[1, 1].style == .bold)
  }

  @Test func everyRowIsExactlyTheCanvasWidth() {
    for (rows, columns) in [(40, 120), (24, 80), (12, 40), (6, 20), (8, 30), (1, 1)] {
      let canvas = render(browser(rows: rows, columns: columns))
      #expect(canvas.lines.count == rows)
      for line in canvas.lines {
        #expect(DisplayWidth.of(line) == columns, "\(columns)×\(rows): \(line)")
      }
    }
  }

  @Test func breadcrumbAfterOpeningAnEntity() {
    let canvas = render(press(browser(), .enter))
    #expect(
      statusBar(canvas)
        == " Timeline › Xi Jinping’s state visit to Kazakhstan and proposal of t…  Enter open · ← back · o search · ? help · q quit "
    )
  }
}
