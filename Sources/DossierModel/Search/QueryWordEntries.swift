/// The vocabulary words one query word matches in one group of fields, as runs of word
/// numbers with the quality of the match.
struct QueryWordEntries {
  /// Runs of word numbers, each with how its words match.
  private(set) var runs: [(words: Range<Int>, quality: MatchQuality)] = []

  /// The words `word` matches: whole, or (when it is the query's last word) as a prefix;
  /// with `insideWords`, also words holding it past their first letter.
  init(
    _ word: QueryWord, in vocabulary: WordVocabulary, caseSensitive: Bool, insideWords: Bool
  ) {
    let candidates =
      word.isLast
      ? vocabulary.range(startingWith: word.lowercase) : vocabulary.range(equalTo: word.lowercase)
    if caseSensitive {
      for index in candidates {
        guard
          let quality = vocabulary.quality(of: index, against: word.form, caseSensitive: true),
          quality == .exact || word.isLast
        else { continue }
        append(index, quality)
      }
    } else {
      let exact = vocabulary.range(equalTo: word.lowercase)
      if !exact.isEmpty { runs.append((exact, .exact)) }
      if word.isLast, exact.upperBound < candidates.upperBound {
        runs.append((max(exact.upperBound, candidates.lowerBound)..<candidates.upperBound, .prefix))
      }
    }
    guard insideWords else { return }
    for index in vocabulary.words(containing: word.form, caseSensitive: caseSensitive) {
      let quality = vocabulary.quality(of: index, against: word.form, caseSensitive: caseSensitive)
      if quality == .exact || (word.isLast && quality == .prefix) { continue }
      if vocabulary.containsInside(index, word.form, caseSensitive: caseSensitive) {
        append(index, .inside)
      }
    }
  }

  /// How many postings the runs hold in `index`.
  func postingCount(in index: WordIndex) -> Int {
    runs.reduce(0) { total, run in
      total + Int(index.postingStarts[run.words.upperBound])
        - Int(index.postingStarts[run.words.lowerBound])
    }
  }

  private mutating func append(_ index: Int, _ quality: MatchQuality) {
    if let last = runs.last, last.quality == quality, last.words.upperBound == index {
      runs[runs.count - 1].words = last.words.lowerBound..<(index + 1)
    } else {
      runs.append((index..<(index + 1), quality))
    }
  }
}

/// One word of a query, ready for the vocabulary.
struct QueryWord {
  /// The word folded as the query asks (with capitals for a smart-case query).
  let form: [UInt8]
  /// The word lowercased, for finding its run in the vocabulary.
  let lowercase: [UInt8]
  /// True for the query's last word, which may match as a prefix.
  let isLast: Bool
}
