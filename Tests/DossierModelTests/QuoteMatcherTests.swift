import Testing

@testable import DossierModel

/// Quotes are found in a source's text with every run of white space (Unicode's
/// White_Space, ASCII or not) read as one space, checked against a plain implementation.
@Suite struct QuoteMatcherTests {
  /// Scalars to build texts from: letters, ASCII and other white space, and look-alikes
  /// that are not white space (U+001F, U+200B).
  private let alphabet: [Unicode.Scalar] = [
    "a", "b", "é", "日", " ", "\t", "\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{2003}",
    "\u{3000}", "\u{1F}", "\u{200B}",
  ]

  private func plainNormalized(_ text: String) -> [UInt8] {
    var words: [String] = []
    var word = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.unicodeScalars.append(scalar)
      }
    }
    if !word.isEmpty { words.append(word) }
    return Array(words.joined(separator: " ").utf8)
  }

  private func plainContains(_ text: String, _ quote: String) -> Bool {
    let needle = plainNormalized(quote)
    let haystack = plainNormalized(text)
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  private func randomText(_ length: Int, _ generator: inout SeededGenerator) -> String {
    var text = ""
    for _ in 0..<length { text.unicodeScalars.append(alphabet.randomElement(using: &generator)!) }
    return text
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func findsWhatAPlainImplementationFinds(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<300 {
      let text = randomText(Int.random(in: 0..<40, using: &generator), &generator)
      let matcher = QuoteMatcher(text: text)
      for _ in 0..<5 {
        let quote = randomText(Int.random(in: 1..<5, using: &generator), &generator)
        #expect(
          matcher.contains(quote) == plainContains(text, quote),
          "\(text.debugDescription) ∋ \(quote.debugDescription)")
      }
    }
  }

  @Test func aQuoteSpanningALineBreakAndANoBreakSpaceIsFound() {
    let matcher = QuoteMatcher(text: "Kazakhstan\u{A0}and\nChina  signed")
    #expect(matcher.contains("Kazakhstan and China signed"))
    #expect(!matcher.contains("Kazakhstan and China  agreed"))
  }
}
