import DossierModel
import Testing

@testable import DossierBrowser

/// A long paste into a prompt: the session hands the characters waiting together to
/// `update` as one `.typed` event, searched once; the prompt shows its end, where the
/// typing is, at the cost of the row's width, not the query's length (a 10,000-character
/// paste took 21–49 s).
@Suite("A long paste into a prompt")
struct LongPasteTests {
  private let pasted = String(repeating: "belt and road ", count: 700) + "END"

  @Test func aPasteIntoTheSearchPromptIsSearchedOnceAndShowsItsEnd() {
    let state = update(press(browser(rows: 24, columns: 80), .character("/")), .typed(pasted))
      .state
    #expect(state.prompt?.text == pasted)
    #expect(state.prompt?.resultsQuery == pasted, "searched")
    let bar = statusBar(render(state))
    #expect(bar.hasPrefix("/…"), "\(bar)")
    #expect(bar.contains("road END▏"), "\(bar)")
  }

  @Test func aPasteIntoTheFindPromptShowsItsEnd() {
    let start = press(browser(rows: 24, columns: 80), .enter, .character("/"))
    let state = update(start, .typed(pasted)).state
    let bar = statusBar(render(state))
    #expect(bar.hasPrefix("/…") && bar.contains("road END▏"), "\(bar)")
    #expect(update(start, .typed("kaz")).state.navigation.find?.query == "kaz")
  }

  @Test func typedTextOutsideAPromptIsKeys() {
    let start = browser(rows: 24, columns: 80)
    #expect(!start.takesAsText(.character("j")))
    #expect(update(start, .typed("jj")).state.navigation == press(start, .down, .down).navigation)
  }

  @Test func aCharacterBoundAtThePromptIsNotTakenAsText() {
    let prompt = press(browser(rows: 24, columns: 80), .character("/"))
    #expect(prompt.takesAsText(.character("x")))
    #expect(!prompt.takesAsText(.tab))
  }

  @Test func theTailIsNeutralisedAndFitsItsColumns() {
    let text = String(repeating: "x", count: 100_000) + "\u{1B}[2J中文"
    let tail = tailTruncated(text, toColumns: 12)
    #expect(tail.hasPrefix("…"))
    #expect(!tail.contains("\u{1B}"))
    #expect(DisplayWidth.of(tail) <= 12)
    #expect(tail.hasSuffix("中文"))
    #expect(tailTruncated("short", toColumns: 12) == "short")
    #expect(tailTruncated("exactly12chr", toColumns: 12) == "exactly12chr")
    #expect(tailTruncated("thirteen-char", toColumns: 12) == "…irteen-char")
  }
}
