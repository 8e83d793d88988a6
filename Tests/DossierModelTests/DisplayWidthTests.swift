import Testing

@testable import DossierModel

/// Widths by the table ncurses and terminals use, and characters drawn so that every
/// terminal places them alike.
@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "wide scripts the old table missed take two columns",
    arguments: ["\u{17000}", "\u{18800}", "\u{1B000}", "\u{1B150}", "中", "가", "Ａ", "🌍"])
  func wide(_ text: String) {
    #expect(
      DisplayWidth.of(text) == 2, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  @Test func narrowMarksAndJoiners() {
    #expect(DisplayWidth.of("a") == 1)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("\u{200B}") == 0)
    #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2, "Hangul jamo: the leading one")
  }

  @Test func anEmojiSequenceJoinedByZWJShowsItsFirstEmoji() {
    let family: Character = "👨‍👩‍👧‍👦"
    #expect(DisplayWidth.drawn(family) == "👨")
    #expect(DisplayWidth.of(family) == 2)
    #expect(DisplayWidth.of("quit 👨‍👩‍👧‍👦 quit") == 12)
  }

  @Test func selectorsAndModifiersAreLeftOut() {
    #expect(DisplayWidth.drawn("❤️") == "❤")
    #expect(DisplayWidth.of("❤️") == 1)
    #expect(DisplayWidth.drawn("👍🏽") == "👍")
    #expect(DisplayWidth.of("👍🏽") == 2)
    #expect(DisplayWidth.drawn("🏽") == "🏽", "a modifier alone is an emoji")
  }

  @Test func flagsAndOtherJoinersStay() {
    #expect(DisplayWidth.drawn("🇰🇿") == "🇰🇿")
    #expect(DisplayWidth.of("🇰🇿") == 2)
    let halfForm: Character = "क्\u{200D}ष"
    #expect(DisplayWidth.drawn(halfForm).unicodeScalars.count == 3, "a ZWJ in a script is dropped")
  }
}
