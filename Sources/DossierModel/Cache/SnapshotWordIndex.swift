/// How a word index is written to and read from a snapshot: nine columns, read in place.
/// Reading checks every offset and number, so that a search over a damaged index cannot go
/// out of bounds.
extension SnapshotFile {
  mutating func writeColumns(of index: WordIndex) {
    writeColumn(index.vocabulary.lowercase)
    writeColumn(index.vocabulary.lowercaseStarts)
    writeColumn(index.vocabulary.cased)
    writeColumn(index.vocabulary.casedStarts)
    writeColumn(index.postingStarts)
    writeColumn(index.postingEntities)
    writeColumn(index.postingFlags)
    writeColumn(index.nameStarts)
    writeColumn(index.nameWords)
  }
}

extension SnapshotColumns {
  mutating func nextWordIndex(entityCount: Int, hasNames: Bool) throws(SnapshotError)
    -> WordIndex
  {
    let lowercase = try next(UInt8.self)
    let lowercaseStarts = try next(UInt32.self)
    let cased = try next(UInt8.self)
    let casedStarts = try next(UInt32.self)
    let postingStarts = try next(UInt32.self)
    let postingEntities = try next(UInt32.self)
    let postingFlags = try next(UInt8.self)
    let nameStarts = try next(UInt32.self)
    let nameWords = try next(UInt32.self)
    let wordCount = lowercaseStarts.count - 1
    guard wordCount >= 0,
      Self.areOffsets(lowercaseStarts, into: lowercase.count),
      casedStarts.count == lowercaseStarts.count, Self.areOffsets(casedStarts, into: cased.count),
      postingStarts.count == lowercaseStarts.count,
      Self.areOffsets(postingStarts, into: postingEntities.count),
      postingFlags.count == postingEntities.count,
      nameStarts.count == (hasNames ? entityCount + 1 : 0),
      !hasNames || Self.areOffsets(nameStarts, into: nameWords.count)
    else { throw SnapshotError("a search index does not fit together") }
    return WordIndex(
      vocabulary: WordVocabulary(
        lowercase: lowercase, lowercaseStarts: lowercaseStarts, cased: cased,
        casedStarts: casedStarts),
      postingStarts: postingStarts, postingEntities: postingEntities, postingFlags: postingFlags,
      nameStarts: nameStarts, nameWords: nameWords)
  }

  /// Whether `starts` begins at 0 and ends at `count` (the checksum vouches for the rest).
  private static func areOffsets(_ starts: Column<UInt32>, into count: Int) -> Bool {
    starts.first == 0 && Int(starts.last ?? 1) == count
  }
}
