import FoundationEssentials
import Glibc

/// The distinct folded words of one group of fields, sorted by their lowercase form (then
/// by the form with capitals), so that the words beginning with a prefix, in either form,
/// lie in one run.
///
/// Each word is kept twice: folded with its capitals (for smart-case queries) and
/// lowercased.
struct WordVocabulary: Sendable {
  /// The lowercase forms, one after another; word `i` is
  /// `lowercase[lowercaseStarts[i]..<lowercaseStarts[i + 1]]`.
  let lowercase: Column<UInt8>
  let lowercaseStarts: Column<UInt32>
  /// The forms with capitals, laid out the same way.
  let cased: Column<UInt8>
  let casedStarts: Column<UInt32>

  /// How many words there are.
  var count: Int { lowercaseStarts.count - 1 }

  /// The words whose lowercase form begins with `prefix`: a run, those equal to it first.
  func range(startingWith prefix: [UInt8]) -> Range<Int> {
    let lower = firstIndex { compare($0, prefix, prefixOnly: false) >= 0 }
    let upper = firstIndex { compare($0, prefix, prefixOnly: true) > 0 }
    return lower..<max(lower, upper)
  }

  /// The words whose lowercase form is `word`.
  func range(equalTo word: [UInt8]) -> Range<Int> {
    let lower = firstIndex { compare($0, word, prefixOnly: false) >= 0 }
    let upper = firstIndex { compare($0, word, prefixOnly: false) > 0 }
    return lower..<upper
  }

  /// How word `index` compares with `query` when matched in the form the query asks for:
  /// exact, a longer word beginning with it, or neither (nil).
  func quality(of index: Int, against query: [UInt8], caseSensitive: Bool) -> MatchQuality? {
    let bytes = caseSensitive ? cased : lowercase
    let span = span(of: index, caseSensitive: caseSensitive)
    let start = span.lowerBound
    let length = span.count
    guard length >= query.count else { return nil }
    for offset in 0..<query.count where bytes[start + offset] != query[offset] { return nil }
    return length == query.count ? .exact : .prefix
  }

  /// The words holding `needle` anywhere (at their start too), in the form asked for;
  /// ascending.
  func words(containing needle: [UInt8], caseSensitive: Bool) -> [Int] {
    let (bytes, starts) = caseSensitive ? (cased, casedStarts) : (lowercase, lowercaseStarts)
    var found: [Int] = []
    do {
      let haystack = bytes.buffer
      needle.withUnsafeBufferPointer { needle in
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress,
          !needle.isEmpty
        else { return }
        var position = 0
        while let offset = Self.find(
          needleBase, needle.count, in: base, haystack.count, from: position)
        {
          let word = Self.word(containing: offset, starts)
          if offset + needle.count <= Int(starts[word + 1]) {
            found.append(word)
            position = max(offset + 1, Int(starts[word + 1]))
          } else {
            position = offset + 1
          }
        }
      }
    }
    return found
  }

  /// The offset of the first occurrence of the needle at or after `start`.
  private static func find(
    _ needle: UnsafePointer<UInt8>, _ needleCount: Int, in base: UnsafePointer<UInt8>,
    _ count: Int, from start: Int
  ) -> Int? {
    var position = start
    while position + needleCount <= count {
      guard
        let first = memchr(base + position, Int32(needle[0]), count - needleCount + 1 - position)
      else { return nil }
      let offset = UnsafeRawPointer(first) - UnsafeRawPointer(base)
      if memcmp(base + offset, needle, needleCount) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }

  /// Whether `needle` occurs in word `index` past its first byte.
  func containsInside(_ index: Int, _ needle: [UInt8], caseSensitive: Bool) -> Bool {
    let bytes = caseSensitive ? cased : lowercase
    let span = span(of: index, caseSensitive: caseSensitive)
    let start = span.lowerBound + 1
    let end = span.upperBound
    guard end - start >= needle.count else { return false }
    for position in start...(end - needle.count) {
      var offset = 0
      while offset < needle.count, bytes[position + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
    }
    return false
  }

  /// Where word `index` lies in the bytes of the form asked for; empty for a number out of
  /// range, and kept within the bytes even if the offsets were damaged.
  private func span(of index: Int, caseSensitive: Bool) -> Range<Int> {
    let (bytes, starts) = caseSensitive ? (cased, casedStarts) : (lowercase, lowercaseStarts)
    guard index >= 0, index + 1 < starts.count else { return 0..<0 }
    let start = min(Int(starts[index]), bytes.count)
    return start..<min(max(Int(starts[index + 1]), start), bytes.count)
  }

  /// The word whose bytes hold `offset`.
  private static func word(containing offset: Int, _ starts: Column<UInt32>) -> Int {
    var low = 0
    var high = starts.count - 2
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The first word for which `isAtOrPast` holds (it holds for every later word), or
  /// `count`.
  private func firstIndex(where isAtOrPast: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isAtOrPast(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// Compares word `index`'s lowercase form (only its first `query.count` bytes when
  /// `prefixOnly`) with `query`, bytewise: negative, zero or positive.
  private func compare(_ index: Int, _ query: [UInt8], prefixOnly: Bool) -> Int {
    let span = span(of: index, caseSensitive: false)
    let start = span.lowerBound
    var length = span.count
    if prefixOnly { length = min(length, query.count) }
    for offset in 0..<min(length, query.count) {
      let byte = lowercase[start + offset]
      if byte != query[offset] { return Int(byte) - Int(query[offset]) }
    }
    return length - query.count
  }
}
