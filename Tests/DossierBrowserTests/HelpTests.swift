import DossierModel
import Testing

@testable import DossierBrowser

@Suite("Help")
struct HelpTests {
  @Test(arguments: [Key.character("?"), .function(1)])
  func opensOnItsKeys(key: Key) {
    let state = press(browser(), key)
    #expect(state.helpScroll == 0)
    #expect(render(state).lines.joined().contains("any other key closes it"))
  }

  /// Every binding of every context, found as one line of the help (keys, then what they
  /// do) under that context's heading, or under the heading shared by lists and detail.
  @Test func listsEveryKeyOfEveryContext() {
    let lines = HelpContent.lines(.standard, width: 200)
    func section(_ title: String) -> ArraySlice<String> {
      guard let start = lines.firstIndex(of: title) else { return [] }
      let rest = lines[(start + 1)...]
      return rest.prefix { !$0.isEmpty }
    }
    let shared = section("In a list and in the detail")
    #expect(!shared.isEmpty)
    var listed = 0
    for context in KeyContext.allCases {
      for binding in Keymap.standard.bindings[context] ?? [] {
        let keys = binding.keys.map(\.label).joined(separator: " ")
        let summary = binding.action.summary(in: context)
        let found = (section(context.title) + shared).contains { line in
          line.hasPrefix("  " + keys + " ") && line.hasSuffix("  " + summary)
        }
        #expect(found, "\(context): \(keys) \(summary)")
        listed += 1
      }
    }
    #expect(listed > 60, "every context has its keys")
  }

  @Test func everyActionIsBoundSomewhere() {
    for action in Action.allCases {
      let bound = KeyContext.allCases.contains {
        !Keymap.standard.keys(for: action, in: $0).isEmpty
      }
      #expect(bound, "\(action)")
    }
  }

  /// At 40 columns every line fits inside the box, no description is cut, and nothing of
  /// the panes shows beside the box.
  @Test func aNarrowHelpWrapsInsteadOfCutting() {
    let open = press(browser(rows: 12, columns: 40), .character("?"))
    let wide = HelpContent.lines(.standard, width: 200).joined(separator: " ")
    let narrow = HelpContent.lines(.standard, width: 36)
    #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 36 })
    let words = { (text: String) in text.split(separator: " ").filter { !$0.isEmpty } }
    #expect(words(narrow.joined(separator: " ")) == words(wide), "the same words in order")
    let screen = render(open).lines
    for row in 1..<11 {
      #expect(
        screen[row].hasPrefix("┌") || screen[row].hasPrefix("│") || screen[row].hasPrefix("└"))
      #expect(
        screen[row].hasSuffix("┐") || screen[row].hasSuffix("│") || screen[row].hasSuffix("┘")
          || screen[row].hasSuffix("▼") || screen[row].hasSuffix("▲"), "row \(row)")
    }
  }

  @Test func theHelpScrollsToItsEndAndNoFurther() {
    let open = press(browser(rows: 24, columns: 80), .character("?"))
    let end = press(open, .end)
    #expect(end.helpScroll == HelpContent.lineCount(.standard, width: 76) - (24 - 4))
    #expect(press(end, .end).helpScroll == end.helpScroll)
    #expect(press(end, .home).helpScroll == 0)
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
    let lastLine = HelpContent.lines(Keymap.standard, width: 76).last!
    let first = render(open).lines
    #expect(first.contains { $0.contains("▼") }, "marks that there is more below")
    #expect(!first.contains { $0.contains(lastLine) })
    let paged = press(open, .pageDown)
    #expect(paged.helpScroll == 20, "paging keys scroll a page (24 rows less 4) instead of closing")
    let scrolled = press(paged, .end)
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

/// At 80 columns no message and no header is cut in the middle of a word.
@Suite("Whole words at 80 columns")
struct WholeWordsTests {
  @Test func aLongMessageTakesTheWholeBar() {
    let state = press(browser(rows: 24, columns: 80), .character("s"))
    let message = "Select a quote in the detail view (Enter, then ↓) to open its source"
    #expect(state.message == message)
    #expect(statusBar(render(state)) == padded(" " + message, 80))
  }

  @Test func aMessageLongerThanTheBarIsCutAtAWord() {
    #expect(wordTruncated("one two three", toColumns: 9) == "one two…")
    #expect(wordTruncated("one two", toColumns: 9) == "one two")
    #expect(wordTruncated("abcdefghijkl", toColumns: 5) == "abcd…")
  }

  @Test func theResultsHeaderDropsWhatDoesNotFit() {
    let empty = press(browser(rows: 24, columns: 80), .character("/"))
    #expect(render(empty).line(1).hasPrefix(" Type to search "))
    #expect(!render(empty).line(1).contains("summ"))
    let typed = type(empty, "kazakhstan")
    let header = render(typed).line(1)
    #expect(header.hasPrefix(" \(typed.prompt!.hits.count) results "))
    #expect(!header.contains("P pr"))
  }

  @Test func theResultsHeaderIsNotInTheSelectionsColour() {
    let typed = type(press(browser(), .character("/")), "kazakhstan")
    let canvas = render(typed)
    let selectedRows = Set(cells(with: .selection, in: canvas).map(\.row))
    #expect(selectedRows.count == 1, "one row looks selected: \(selectedRows)")
    #expect(!cells(with: .activeTab, in: canvas).contains { $0.row == 1 })
  }

  @Test func noMatchesLeavesNoEntityInTheDetail() {
    let typed = type(press(browser(), .character("/")), "zzzzqqq")
    let canvas = render(typed)
    let frame = typed.layout.detailFrame!
    #expect(canvas.line(frame.row).contains("Nothing matches: no entity to show"))
    #expect(
      !canvas.lines.joined().contains(bundled.entities.name(at: browser().navigation.detailEntity!))
    )
  }
}
