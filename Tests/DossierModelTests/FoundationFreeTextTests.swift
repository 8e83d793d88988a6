import Foundation
import Testing

@testable import DossierModel

/// The text functions that replace Foundation's in the program (which links only
/// FoundationEssentials) against Foundation itself, which the tests may use.
@Suite struct FoundationFreeTextTests {
  @Test func everyScalarDecomposesAsFoundationDecomposesIt() {
    var decomposing = 0
    var differing: [String] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
      let ours = CanonicalDecomposition.of(scalar)
      if ours != [scalar] { decomposing += 1 }
      if ours != expected, differing.count < 10 { differing.append(String(value, radix: 16)) }
    }
    #expect(differing.isEmpty, "differ: \(differing)")
    #expect(decomposing > 13_000, "Hangul syllables and the table are both used")
  }

  @Test func trimmingRemovesWhatFoundationRemoves() {
    let whitespace = (UInt32(0)...0x3000).compactMap(Unicode.Scalar.init).filter {
      $0.properties.isWhitespace || $0.properties.generalCategory == .spaceSeparator
    }
    let edges = whitespace.map { String($0) } + ["\u{200B}", "x", "", "\u{FEFF}"]
    for left in edges {
      for right in edges {
        let text = left + "a b\u{2028}c" + right
        #expect(
          text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines),
          "\(text.unicodeScalars.map(\.value))")
        #expect(
          text.trimmingWhitespace(keepingLineBreaks: true)
            == text.trimmingCharacters(in: .whitespaces),
          "\(text.unicodeScalars.map(\.value))")
      }
    }
    #expect(" \t\n".trimmingWhitespace().isEmpty)
  }
}
