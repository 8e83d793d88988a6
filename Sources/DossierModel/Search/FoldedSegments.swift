/// What each text segment with non-ASCII bytes folded to, as the numbers of its folded
/// words: folding a segment depends on its bytes alone, and segments repeat (names,
/// places, common words), so each distinct one needs folding only once.
///
/// It keeps at most `byteLimit` bytes of segments; once full, `numbers(of:)` finds only
/// the segments kept, and `remember` keeps no more.
struct FoldedSegments {
  /// How many bytes of segments are kept at most (text without ASCII separators, such as
  /// long runs of CJK, would otherwise be kept whole).
  static let byteLimit = 16 << 20

  private var segments = WordInterner()
  /// Segment `i`'s word numbers are `words[wordStarts[i]..<wordStarts[i + 1]]`.
  private var wordStarts: [UInt32] = [0]
  private var words: [UInt32] = []

  /// Where the word numbers of `segment` lie (read them with `word(at:)`), if it is kept.
  func numbers(of segment: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    segments.number(of: segment).map { Int(wordStarts[Int($0)])..<Int(wordStarts[Int($0) + 1]) }
  }

  /// The word number at `position` (in a range `numbers(of:)` gave).
  func word(at position: Int) -> UInt32 { words[position] }

  /// Keeps `segment`'s word numbers, when there is room and it is not kept yet.
  mutating func remember(
    _ segment: UnsafeBufferPointer<UInt8>, numbers: UnsafeBufferPointer<UInt32>
  ) {
    guard segments.bytes.count + segment.count <= Self.byteLimit,
      Int(segments.intern(segment)) == wordStarts.count - 1
    else { return }
    words.append(contentsOf: numbers)
    wordStarts.append(UInt32(words.count))
  }
}
