import DossierModel

/// Finds a query in the lines of the text shown, as the find in page needs: folded as the
/// entity search folds (diacritics always, case unless the query has an uppercase
/// letter), in time linear in the line and the query (Knuth–Morris–Pratt).
struct PageMatcher {
  private let matcher: SequenceMatcher<Character>
  private let caseSensitive: Bool

  /// A matcher for `query`.
  init(_ query: String) {
    caseSensitive = TextFolding.containsUppercase(query)
    matcher = SequenceMatcher(Array(TextFolding.fold(query, caseSensitive: caseSensitive)))
  }

  /// True when the query has nothing to find.
  var isEmpty: Bool { matcher.count == 0 }

  /// The character ranges of `line` that match, in order, not overlapping.
  func ranges(in line: StyledText) -> [Range<Int>] {
    guard !isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    var matcher = matcher
    /// The original character each folded character came from.
    var origin: [Int] = []
    for (index, character) in line.characters.enumerated() {
      for folded in fold(character) {
        origin.append(index)
        guard matcher.feed(folded) else { continue }
        ranges.append(origin[origin.count - matcher.count]..<(index + 1))
        matcher.reset()
      }
    }
    return ranges
  }

  private func fold(_ character: Character) -> String {
    if let ascii = character.asciiValue {
      let lowered = !caseSensitive && ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii
      return String(UnicodeScalar(lowered))
    }
    return TextFolding.fold(String(character), caseSensitive: caseSensitive)
  }
}
