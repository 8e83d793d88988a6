import Testing

@testable import DossierModel

@Suite struct SafeTextTests {
  @Test(arguments: ["", "Plain text.", "Zhanatás – 风电 😀", "quote \"x\" and \\u{1B}"])
  func plainTextIsUnchanged(_ text: String) {
    #expect(SafeText.neutralized(text) == text)
  }

  @Test func escapeSequencesAreShownNotSent() {
    #expect(SafeText.neutralized("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
    #expect(SafeText.neutralized("\u{1B}]0;title\u{7}") == "\\u{1B}]0;title\\u{7}")
  }

  @Test func c0C1AndDeleteAreShown() {
    #expect(SafeText.neutralized("a\u{0}b") == "a\\u{0}b")
    #expect(SafeText.neutralized("bell\u{7}") == "bell\\u{7}")
    #expect(SafeText.neutralized("back\u{8}space") == "back\\u{8}space")
    #expect(SafeText.neutralized("x\u{7F}y") == "x\\u{7F}y")
    #expect(SafeText.neutralized("\u{9B}31m") == "\\u{9B}31m")
    #expect(SafeText.neutralized("\u{80}\u{9F}") == "\\u{80}\\u{9F}")
    // Just outside the ranges.
    #expect(SafeText.neutralized("\u{A0}~") == "\u{A0}~")
  }

  @Test func bidiControlsAreShown() {
    #expect(SafeText.neutralized("abc\u{202E}fed") == "abc\\u{202E}fed")
    for value: UInt32 in [
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
      0x061C,
    ] {
      let scalar = Unicode.Scalar(value)!
      let expected = "\\u{" + String(value, radix: 16, uppercase: true) + "}"
      #expect(SafeText.neutralized("a" + String(scalar) + "b") == "a" + expected + "b")
      #expect(SafeText.needsNeutralizing(scalar))
    }
    // Ordinary right-to-left text is not a control.
    #expect(SafeText.neutralized("שלום") == "שלום")
  }

  @Test func lineBreaksAndTabsBecomeSpaces() {
    #expect(SafeText.neutralized("one\ntwo\tthree") == "one two three")
    #expect(SafeText.neutralized("one\rtwo") == "one two")
    #expect(SafeText.neutralized("\n\u{1B}\t") == " \\u{1B} ")
    #expect(!SafeText.neutralized("a\nb\u{85}c").contains("\n"))
  }

  @Test func resultIsAlwaysSafe() {
    var random = SeededGenerator(seed: 99)
    for _ in 0..<500 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0..<20, using: &random) {
        let value = UInt32.random(in: 0...0x20FF, using: &random)
        if let scalar = Unicode.Scalar(value) { text.append(scalar) }
      }
      let safe = SafeText.neutralized(String(text))
      #expect(!safe.unicodeScalars.contains(where: SafeText.needsNeutralizing))
    }
  }

  @Test func visibleNotation() {
    #expect(SafeText.visibleNotation(of: "\u{1B}") == "\\u{1B}")
    #expect(SafeText.visibleNotation(of: "\u{202E}") == "\\u{202E}")
    #expect(!SafeText.needsNeutralizing("a"))
    #expect(!SafeText.needsNeutralizing("é"))
  }
}
