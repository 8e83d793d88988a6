/// A keyword query as typed: every word must match a word of the entity; the last word
/// may match as a prefix. Case-insensitive unless the query has a capital (smart case);
/// always diacritic-insensitive.
public struct SearchQuery: Sendable, Hashable {
  /// The query as typed.
  public let text: String
  /// The query's words, folded, each once but for the last (which may match as a prefix):
  /// a word said twice asks nothing more, and a pasted text repeats many.
  public let words: [String]
  /// True when the query has a capital letter.
  public let isCaseSensitive: Bool

  /// Parses a query.
  public init(_ text: String) {
    self.text = text
    isCaseSensitive = TextFolding.containsUppercase(text)
    let all = TextFolding.words(in: text, caseSensitive: isCaseSensitive).map(\.folded)
    var seen: Set<String> = []
    words = all.dropLast().filter { seen.insert($0).inserted } + all.suffix(1)
  }

  /// True when the query has no words and so matches nothing.
  public var isEmpty: Bool { words.isEmpty }

  /// How a folded word of a text matches the query word at `position`, if it does.
  func match(_ candidate: String, wordAt position: Int) -> MatchQuality? {
    let word = words[position]
    if candidate == word { return .exact }
    if position == words.count - 1, candidate.hasPrefix(word) { return .prefix }
    return nil
  }

  /// The ranges of `text` matched by any word of the query, for highlighting:
  /// whole words for exact matches, the matched beginning for a prefix match, the matched
  /// part for a word of three letters or more found inside a longer word.
  public func highlightRanges(in text: String) -> [Range<String.Index>] {
    guard !isEmpty else { return [] }
    return TextFolding.words(in: text, caseSensitive: isCaseSensitive, trackPositions: true)
      .compactMap { word in
        var best: Range<String.Index>?
        for position in words.indices {
          switch match(word.folded, wordAt: position) {
          case .exact: return word.range
          case .prefix:
            best = word.prefixRange(foldedLength: words[position].unicodeScalars.count)
          case .inside, nil: continue
          }
        }
        return best ?? insideRange(in: word)
      }
  }

  /// Where a query word long enough lies inside `word`, past its first letter (in time
  /// linear in the word and the query word).
  private func insideRange(in word: TextFolding.Word) -> Range<String.Index>? {
    for queryWord in words where queryWord.utf8.count >= SearchIndex.shortestInsideWord {
      var matcher = SequenceMatcher(Array(queryWord.unicodeScalars))
      for (offset, scalar) in word.folded.unicodeScalars.dropFirst().enumerated()
      where matcher.feed(scalar) {
        return word.innerRange(foldedStart: offset + 2 - matcher.count, length: matcher.count)
      }
    }
    return nil
  }
}

/// Whether a word matched in full or only by its beginning.
enum MatchQuality: Int, Comparable {
  case exact
  case prefix
  /// Found inside a longer word, not at its start: `power` in "hydropower".
  case inside

  static func < (lhs: MatchQuality, rhs: MatchQuality) -> Bool { lhs.rawValue < rhs.rawValue }
}
