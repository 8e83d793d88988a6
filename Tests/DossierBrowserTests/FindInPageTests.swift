import DossierModel
import Testing

@testable import DossierBrowser

/// `/` in the detail and in the source view finds in the text shown, as in less.
@Suite("Find in page")
struct FindInPageTests {
  /// The detail of the first event, with the focus on it.
  private func detail(rows: Int = 30, columns: Int = 100) -> BrowserState {
    press(browser(rows: rows, columns: columns), .enter)
  }

  /// The source view at the first event's quote.
  private func source(rows: Int = 30) throws -> BrowserState {
    var state = detail(rows: rows)
    while let item = state.selectedDetailItem {
      if case .evidence = item { break }
      let next = press(state, .down)
      try #require(next.navigation.detailCursor != state.navigation.detailCursor)
      state = next
    }
    let reading = press(state, .character("s"))
    try #require(reading.navigation.source != nil)
    return reading
  }

  /// The screen cells in a style, as (row, column).
  private func styled(_ style: CellStyle, in canvas: Canvas) -> [Int] {
    cells(with: style, in: canvas).map(\.row)
  }

  @Test func slashInTheDetailFindsInItsTextNotInTheDossier() {
    let finding = type(press(detail(), .character("/")), "kaz")
    #expect(finding.findPrompt?.text == "kaz")
    #expect(finding.prompt == nil, "not the entity search")
    let lines = finding.pageLines.map(\.plainText)
    let expected = lines.reduce(0) { count, line in
      count + line.lowercased().ranges(of: "kaz").count
    }
    #expect(expected > 1)
    #expect(finding.navigation.find?.matchCount == expected)
    let canvas = render(finding)
    let foundText = cells(with: .found, in: canvas) + cells(with: .currentFound, in: canvas)
    #expect(foundText.count.isMultiple(of: 3))
    #expect(statusBar(canvas).hasPrefix("/kaz▏"))
    #expect(statusBar(canvas).contains("\(expected) matches"))
  }

  @Test func nWalksTheMatchesAndWraps() throws {
    let kept = press(type(press(detail(), .character("/")), "kaz"), .enter)
    let count = try #require(kept.navigation.find?.matchCount)
    #expect(kept.message == "Match 1 of \(count) · n/N next/previous")
    var state = kept
    for index in 1..<count {
      state = press(state, .character("n"))
      #expect(state.message == "Match \(index + 1) of \(count)")
      #expect(state.navigation.find?.current == index)
    }
    state = press(state, .character("n"))
    #expect(state.message == "Match 1 of \(count) (wrapped to the first)")
    #expect(
      press(state, .character("N")).message == "Match \(count) of \(count) (wrapped to the last)")
    #expect(state.history.entries == kept.history.entries, "finding adds no history")
  }

  @Test func theCurrentMatchIsShownApart() throws {
    let state = press(type(press(try source(), .character("/")), "par"), .enter, .character("n"))
    let canvas = render(state)
    let current = cells(with: .currentFound, in: canvas)
    #expect(current.count == 3, "the current match, once")
    #expect(current.map { canvas[$0.row, $0.column].text }.joined().lowercased() == "par")
    #expect(!cells(with: .found, in: canvas).isEmpty, "the others are marked too")
  }

  @Test func aFindWithNoMatchSaysSoAndLeavesNothingBehind() {
    let start = detail()
    let finding = type(press(start, .character("/")), "zzzq")
    #expect(finding.navigation.find?.matchCount == 0)
    #expect(statusBar(render(finding)).contains("0 matches"))
    let done = press(finding, .enter)
    #expect(done.message == "Pattern not found")
    #expect(done.navigation.find?.matchCount == 0, "kept, so that n says it again")
    var moved = done.navigation
    moved.find = nil
    #expect(moved == start.navigation, "nothing moved")
  }

  @Test func escapeGoesBackToWhereTheFindBegan() {
    let start = detail()
    let cancelled = press(type(press(start, .character("/")), "partner"), .escape)
    #expect(cancelled.mode == .browsing)
    #expect(cancelled.navigation == start.navigation)
  }

  @Test func escapeInTheDetailClearsTheHighlights() {
    let kept = press(type(press(detail(), .character("/")), "kaz"), .enter)
    let cleared = press(kept, .escape)
    #expect(cleared.navigation.find == nil)
    #expect(cells(with: .found, in: render(cleared)).isEmpty)
    #expect(cells(with: .currentFound, in: render(cleared)).isEmpty)
  }

  @Test func theSourceViewScrollsToTheMatch() throws {
    let reading = try source(rows: 14)
    let top = press(reading, .character("g"))
    let found = press(type(press(top, .character("/")), "Editor-In-Chief"), .enter)
    let scroll = try #require(found.navigation.source?.scroll)
    #expect(scroll > 0)
    let canvas = render(found)
    #expect(canvas.lines.contains { $0.contains("Editor-In-Chief") })
    #expect(found.navigation.source?.quote == reading.navigation.source?.quote)
    #expect(press(found, .escape).navigation.find == nil, "Esc clears the find first")
    #expect(press(found, .escape, .escape).navigation.source == nil, "then closes")
  }

  @Test func oSearchesTheEntitiesFromTheDetailAndTheSource() throws {
    #expect(press(detail(), .character("o")).prompt != nil)
    #expect(press(try source(), .character("o")).prompt != nil)
    #expect(press(browser(), .character("/")).prompt != nil, "in a list, / searches entities")
  }

  @Test func movingToAnotherEntityEndsTheFind() {
    let kept = press(type(press(detail(), .character("/")), "kaz"), .enter)
    let moved = press(kept, .tab, .character("j"))
    #expect(moved.navigation.find == nil)
  }

  @Test(arguments: [
    ("Kazakhstan's Key", "kazakhstan", 1), ("Ålesund alesund", "alesund", 2),
    ("aaaa", "aa", 2), ("abcabd", "abd", 1), ("xXx", "X", 1), ("xXx", "x", 3),
  ])
  func theMatcherFoldsLikeTheSearch(line: String, query: String, count: Int) {
    let ranges = PageMatcher(query).ranges(in: StyledText(line, style: .normal))
    #expect(ranges.count == count)
    for range in ranges { #expect(range.count == query.count) }
  }
}

/// What the trial by a new user found in the find.
@Suite("Find in page, again")
struct FindAgainTests {
  @Test func nAfterAFindWithoutMatchesSaysSoAgain() {
    let searched = press(type(press(browser(), .character("/")), "tokayev"), .enter)
    #expect(searched.results != nil)
    let missed = press(type(press(searched, .character("/")), "zzzq"), .enter)
    #expect(missed.message == "Pattern not found")
    let again = press(missed, .character("n"))
    #expect(again.message == "Pattern not found")
    #expect(
      again.navigation.detailEntity == missed.navigation.detailEntity, "no search result opened")
  }

  @Test func nFromTheScreenWhenTheCurrentMatchIsOffIt() throws {
    var detail = press(browser(rows: 14, columns: 80), .enter)
    while detail.selectedDetailItem.map({ if case .evidence = $0 { false } else { true } }) ?? false
    {
      detail = press(detail, .down)
    }
    let found = press(type(press(detail, .character("s"), .character("/")), "the"), .enter)
    let matches = found.pageMatches(of: "the")
    try #require(matches.count > 3)
    let bottom = press(found, .character("G"))
    let top = try #require(bottom.navigation.source?.scroll)
    let next = press(bottom, .character("n"))
    let expected = try #require(matches.firstIndex { $0.line >= top })
    #expect(next.navigation.find?.current == expected)
  }

  @Test func aLongQueryShowsItsEnd() {
    let long = String(repeating: "abcdefghij ", count: 10) + "END"
    let typed = type(press(browser(rows: 24, columns: 80), .character("/")), long)
    let bar = statusBar(render(typed))
    #expect(bar.hasPrefix("/…"))
    #expect(bar.contains("END▏"))
  }

  @Test func aClickOnAResultHighlightsItAndASecondOpensIt() throws {
    let typed = type(press(browser(rows: 24, columns: 80), .character("/")), "kazakhstan")
    let frame = typed.resultsFrame
    let second = update(typed, .mouse(MouseEvent(.click, row: frame.row + 2, column: 3))).state
    #expect(second.prompt?.selected == 1)
    let opened = update(second, .mouse(MouseEvent(.click, row: frame.row + 2, column: 3))).state
    #expect(opened.prompt == nil)
    #expect(opened.navigation.detailEntity == typed.prompt?.hits[1].entityIndex)
  }
}
