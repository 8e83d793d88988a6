/// How a word index is written to and read from a snapshot; reading checks every offset and
/// number so that a search over a damaged index cannot go out of bounds.
extension SnapshotWriter {
  mutating func write(_ index: WordIndex) {
    write(index.vocabulary.lowercase)
    write(index.vocabulary.lowercaseStarts)
    write(index.vocabulary.cased)
    write(index.vocabulary.casedStarts)
    write(index.postingStarts)
    write(index.postingEntities)
    write(index.postingFlags)
    write(index.nameStarts)
    write(index.nameWords)
  }
}

extension SnapshotReader {
  mutating func readWordIndex(entityCount: Int) throws(SnapshotError) -> WordIndex {
    let lowercase = try readArray(of: UInt8.self)
    let lowercaseStarts = try readArray(of: UInt32.self)
    let cased = try readArray(of: UInt8.self)
    let casedStarts = try readArray(of: UInt32.self)
    let postingStarts = try readArray(of: UInt32.self)
    let postingEntities = try readArray(of: UInt32.self)
    let postingFlags = try readArray(of: UInt8.self)
    let nameStarts = try readArray(of: UInt32.self)
    let nameWords = try readArray(of: UInt32.self)
    let wordCount = lowercaseStarts.count - 1
    guard wordCount >= 0,
      Self.areOffsets(lowercaseStarts, into: lowercase.count),
      casedStarts.count == lowercaseStarts.count, Self.areOffsets(casedStarts, into: cased.count),
      postingStarts.count == lowercaseStarts.count,
      Self.areOffsets(postingStarts, into: postingEntities.count),
      postingFlags.count == postingEntities.count,
      postingEntities.allSatisfy({ Int($0) < entityCount }),
      postingFlags.allSatisfy({ $0 & 7 <= UInt8(SearchField.quote.rawValue) }),
      nameStarts.isEmpty || nameStarts.count == entityCount + 1,
      nameStarts.isEmpty || Self.areOffsets(nameStarts, into: nameWords.count),
      nameWords.allSatisfy({ $0 == WordIndex.nameSeparator || Int($0) < wordCount })
    else { throw SnapshotError("a search index does not fit together") }
    return WordIndex(
      vocabulary: WordVocabulary(
        lowercase: lowercase, lowercaseStarts: lowercaseStarts, cased: cased,
        casedStarts: casedStarts),
      postingStarts: postingStarts, postingEntities: postingEntities, postingFlags: postingFlags,
      nameStarts: nameStarts, nameWords: nameWords)
  }

  /// Whether `starts` begins at 0, never decreases and ends at `count`.
  private static func areOffsets(_ starts: [UInt32], into count: Int) -> Bool {
    guard starts.first == 0, Int(starts.last ?? 1) == count else { return false }
    var previous: UInt32 = 0
    for start in starts {
      guard start >= previous else { return false }
      previous = start
    }
    return true
  }
}
