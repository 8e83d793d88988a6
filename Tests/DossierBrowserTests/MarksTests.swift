import DossierModel
import Testing

@testable import DossierBrowser

/// `m` marks, `'` lists the marks to jump to one, `H` lists the history.
@Suite("Marks and jumps")
struct MarksTests {
  private func id(_ state: BrowserState) -> String {
    bundled.entities.id(at: state.selectedEntity(in: .timeline)!)
  }

  @Test func mMarksTheSelectedEntityAndAsksToKeepIt() {
    let start = browser()
    let marked = press(start, .character("m"))
    #expect(marked.marks == [id(start)])
    #expect(effects(of: .character("m"), in: start) == [.saveMarks([id(start)])])
    #expect(marked.message?.hasPrefix("Marked ") == true)
    #expect(marked.message?.hasSuffix("' lists the marks") == true)
    let unmarked = press(marked, .character("m"))
    #expect(unmarked.marks.isEmpty)
    #expect(effects(of: .character("m"), in: marked) == [.saveMarks([])])
  }

  @Test func aMarkedEntityHasAStarInItsList() throws {
    let marked = press(browser(), .character("m"))
    let canvas = render(marked)
    let frame = try #require(marked.layout.listFrames[.timeline])
    let row =
      frame.row + marked.selectedRow(in: .timeline)!
      - (marked.navigation.listScroll[.timeline] ?? 0)
    #expect(canvas.line(row).hasPrefix(" *"))
    #expect(!render(press(marked, .character("j"))).line(row + 1).hasPrefix(" *"))
  }

  @Test func theMarksListJumpsToAMarkAsANewPlace() throws {
    let first = browser()
    let marked = press(first, .character("m"), .character("j"), .character("j"), .character("m"))
    #expect(marked.marks.count == 2)
    let listing = press(marked, .character("'"))
    #expect(listing.picker == Picker(kind: .marks, cursor: 1), "on the newest mark")
    let screen = render(listing).lines
    #expect(screen[1].hasPrefix(" Marks (2), oldest first"))
    #expect(screen[2].contains(id(first)))
    let jumped = press(listing, .up, .enter)
    #expect(jumped.navigation.detailEntity == first.selectedEntity(in: .timeline))
    #expect(jumped.history.entries.count == marked.history.entries.count + 1)
    #expect(jumped.mode == .browsing)
  }

  @Test func dInTheMarksListRemovesAMark() {
    let marked = press(browser(), .character("m"), .character("j"), .character("m"))
    let listing = press(marked, .character("'"))
    let removed = press(listing, .character("d"))
    #expect(removed.marks == [marked.marks[0]])
    #expect(effects(of: .character("d"), in: listing) == [.saveMarks([marked.marks[0]])])
    let none = press(removed, .character("d"))
    #expect(none.marks.isEmpty)
    #expect(none.mode == .browsing)
    #expect(none.message == "No marks left")
  }

  @Test func withoutMarksTheListSaysHowToMark() {
    let state = press(browser(), .character("'"))
    #expect(state.mode == .browsing)
    #expect(state.message == "No marks yet: m marks the current entity")
  }

  @Test func marksFromTheLastRunAreBackAndUnknownIdsLeftOut() {
    let state = BrowserState(
      dossier: bundled, rows: 40, columns: 120, marks: ["kazakhstan", "no-such-entity"])
    #expect(state.markedEntities == [bundled.entityIndex(id: "kazakhstan")!])
    #expect(press(state, .character("'")).picker?.cursor == 0)
  }

  @Test func theHistoryListShowsEveryPlaceAndJumpsWithoutLosingAny() throws {
    let visited = press(browser(), .enter, .down, .enter, .character("3"))
    let listing = press(visited, .character("H"))
    let picker = try #require(listing.picker)
    #expect(picker == Picker(kind: .history, cursor: visited.history.index))
    let screen = render(listing).lines
    #expect(screen[1].hasPrefix(" History (\(visited.history.entries.count) places)"))
    #expect(screen[2 + visited.history.index].hasPrefix(" ▶ "))
    let jumped = press(listing, .character("g"), .enter)
    #expect(jumped.history.index == 0)
    #expect(jumped.history.entries.count == visited.history.entries.count, "nothing dropped")
    #expect(
      press(jumped, .character("H"), .character("G"), .enter).navigation == visited.navigation)
  }
}
