import DossierModel

/// Finds a query in the lines of the text shown, as the find in page needs: folded as the
/// entity search folds (diacritics always, case unless the query has an uppercase
/// letter), in time linear in the line and the query (Knuth–Morris–Pratt).
struct PageMatcher {
  private let needle: [Character]
  private let caseSensitive: Bool
  /// For each prefix of the needle, the length of its longest proper border.
  private let borders: [Int]

  /// A matcher for `query`.
  init(_ query: String) {
    caseSensitive = TextFolding.containsUppercase(query)
    needle = Array(TextFolding.fold(query, caseSensitive: caseSensitive))
    var borders = [Int](repeating: 0, count: needle.count)
    var length = 0
    for position in needle.indices.dropFirst() {
      while length > 0, needle[position] != needle[length] { length = borders[length - 1] }
      if needle[position] == needle[length] { length += 1 }
      borders[position] = length
    }
    self.borders = borders
  }

  /// True when the query has nothing to find.
  var isEmpty: Bool { needle.isEmpty }

  /// The character ranges of `line` that match, in order, not overlapping.
  func ranges(in line: StyledText) -> [Range<Int>] {
    guard !needle.isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    var matched = 0
    /// The original character each folded character came from.
    var origin: [Int] = []
    for (index, character) in line.characters.enumerated() {
      for folded in fold(character) {
        origin.append(index)
        while matched > 0, folded != needle[matched] { matched = borders[matched - 1] }
        guard folded == needle[matched] else { continue }
        matched += 1
        if matched == needle.count {
          ranges.append(origin[origin.count - needle.count]..<(index + 1))
          matched = 0
        }
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
