import Foundation

/// The folded words of one group of fields (names, aliases and name-like property values,
/// or summaries, other searchable property values and quotes) of every entity, in one byte buffer, with a table of which entities have a word
/// beginning with each pair of bytes.
///
/// An entity's slice holds, for each field, a marker byte (its `SearchField` raw value
/// plus one) followed by the field's folded words, each ending in a space.
struct FieldIndex: Sendable {
  /// The folded text of all entities, slice after slice.
  let text: [UInt8]
  /// Entity `i`'s slice is `sliceStarts[i]..<sliceStarts[i + 1]`.
  let sliceStarts: [Int]
  /// Bucket `b`'s entities are `postings[bucketStarts[b]..<bucketStarts[b + 1]]`.
  private let bucketStarts: [Int]
  /// Entity indices, ascending within each bucket.
  private let postings: [UInt32]

  private static let bucketCount = 1 << 16

  /// Names, aliases and name-like property values; with `preservingCase`, folded but with
  /// their capitals, for smart-case searches.
  static func names(of entities: [Entity], preservingCase: Bool = false) -> FieldIndex {
    FieldIndex(entities: entities, preservingCase: preservingCase, fields: \.nameSearchFields)
  }

  /// Summaries, other searchable property values and quotes; with `preservingCase`,
  /// folded but with their capitals.
  static func bodies(of entities: [Entity], preservingCase: Bool = false) -> FieldIndex {
    FieldIndex(entities: entities, preservingCase: preservingCase, fields: \.bodySearchFields)
  }

  /// Folds the chosen fields of every entity.
  init(
    entities: [Entity], preservingCase: Bool = false, fields: (Entity) -> [(SearchField, String)]
  ) {
    var writer = FoldedTextWriter(
      reservingCapacity: entities.count * 64, preservingCase: preservingCase)
    var starts = [Int]()
    starts.reserveCapacity(entities.count + 1)
    for entity in entities {
      starts.append(writer.bytes.count)
      for (field, value) in fields(entity) {
        writer.mark(UInt8(field.rawValue + 1))
        writer.append(value)
      }
    }
    starts.append(writer.bytes.count)
    text = writer.bytes
    sliceStarts = starts
    (bucketStarts, postings) = Self.buildPostings(text: text, sliceStarts: starts)
  }

  /// The bucket of a word: its first two bytes (the second 0 for one-byte words).
  static func bucket(first: UInt8, second: UInt8?) -> Int {
    Int(first) << 8 | Int(second ?? 0)
  }

  /// Counting sort of (bucket, entity) pairs, each pair once per entity.
  private static func buildPostings(text: [UInt8], sliceStarts: [Int]) -> ([Int], [UInt32]) {
    var counts = [Int](repeating: 0, count: bucketCount + 1)
    var lastEntityInBucket = [Int32](repeating: -1, count: bucketCount)
    text.withUnsafeBufferPointer { bytes in
      forEachWordStart(bytes, sliceStarts) { entity, bucket in
        if lastEntityInBucket[bucket] != Int32(entity) {
          lastEntityInBucket[bucket] = Int32(entity)
          counts[bucket + 1] += 1
        }
      }
    }
    for bucket in 0..<bucketCount { counts[bucket + 1] += counts[bucket] }
    var postings = [UInt32](repeating: 0, count: counts[bucketCount])
    var next = counts
    lastEntityInBucket = [Int32](repeating: -1, count: bucketCount)
    text.withUnsafeBufferPointer { bytes in
      forEachWordStart(bytes, sliceStarts) { entity, bucket in
        if lastEntityInBucket[bucket] != Int32(entity) {
          lastEntityInBucket[bucket] = Int32(entity)
          postings[next[bucket]] = UInt32(entity)
          next[bucket] += 1
        }
      }
    }
    return (counts, postings)
  }

  private static func forEachWordStart(
    _ bytes: UnsafeBufferPointer<UInt8>, _ sliceStarts: [Int], _ body: (Int, Int) -> Void
  ) {
    for entity in 0..<(sliceStarts.count - 1) {
      var position = sliceStarts[entity]
      let end = sliceStarts[entity + 1]
      var atWordStart = true
      while position < end {
        let byte = bytes[position]
        if byte <= 0x20 {
          atWordStart = true
        } else if atWordStart {
          atWordStart = false
          let second = position + 1 < end && bytes[position + 1] > 0x20 ? bytes[position + 1] : nil
          body(entity, bucket(first: byte, second: second))
        }
        position += 1
      }
    }
  }

  /// The entities having a word that starts with `prefix` (at least one byte), possibly
  /// with others that only share its first two bytes; ascending, without repeats when
  /// `prefix` has two bytes or more.
  func candidates(startingWith prefix: [UInt8]) -> [ArraySlice<UInt32>] {
    if prefix.count >= 2 {
      let bucket = Self.bucket(first: prefix[0], second: prefix[1])
      return [postings[bucketStarts[bucket]..<bucketStarts[bucket + 1]]]
    }
    let first = Self.bucket(first: prefix[0], second: 0)
    return (first..<(first + 256)).map { postings[bucketStarts[$0]..<bucketStarts[$0 + 1]] }
  }

  /// For each query word, the best field and quality it matches in the entity's slice,
  /// merged into `best` (which keeps the better of the two); and, over the name and alias
  /// fields, the best `NameMatch`, merged into `nameMatch`. With `insideWords`, a query
  /// word also matches inside a longer word (quality `.inside`).
  func match(
    _ words: [[UInt8]], entity: Int,
    into best: inout [(field: SearchField, quality: MatchQuality)?],
    nameMatch: inout NameMatch, insideWords: Bool = false
  ) {
    text.withUnsafeBufferPointer { bytes in
      var position = sliceStarts[entity]
      let end = sliceStarts[entity + 1]
      var field = SearchField.name
      var section = NameSectionMatcher(queryWordCount: words.count)
      while position < end {
        let byte = bytes[position]
        if byte < 0x20 {
          if field <= .alias { nameMatch = min(nameMatch, section.result) }
          field = SearchField(rawValue: Int(byte) - 1) ?? .quote
          section = NameSectionMatcher(queryWordCount: words.count)
          position += 1
          continue
        }
        if byte == 0x20 {
          position += 1
          continue
        }
        var wordEnd = position
        while wordEnd < end, bytes[wordEnd] > 0x20 { wordEnd += 1 }
        let length = wordEnd - position
        let wanted = field <= .alias ? section.wanted : nil
        var wantedQuality: MatchQuality?
        for (index, word) in words.enumerated() {
          let isLast = index == words.count - 1
          let quality: MatchQuality
          if (length == word.count || (isLast && length > word.count))
            && Self.startsWith(bytes, at: position, word)
          {
            quality = length == word.count ? .exact : .prefix
            if index == wanted { wantedQuality = quality }
          } else if insideWords, length > word.count,
            Self.contains(bytes, from: position + 1, to: wordEnd, word)
          {
            quality = .inside
          } else {
            continue
          }
          if let current = best[index], (current.field, current.quality) <= (field, quality) {
            continue
          }
          best[index] = (field, quality)
        }
        if field <= .alias { section.next(wantedQuality) }
        position = wordEnd
      }
      if field <= .alias { nameMatch = min(nameMatch, section.result) }
    }
  }

  /// Whether `word` occurs in `bytes[start..<end]`.
  private static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ word: [UInt8]
  ) -> Bool {
    var position = start
    while position + word.count <= end {
      if bytes[position] == word[0], startsWith(bytes, at: position, word) { return true }
      position += 1
    }
    return false
  }

  /// The entities with `word` anywhere in their text, inside words too; ascending.
  func entities(containing word: [UInt8]) -> [Int] {
    var found: [Int] = []
    text.withUnsafeBufferPointer { bytes in
      word.withUnsafeBufferPointer { needle in
        var position = 0
        while let hit = Self.find(needle, in: bytes, from: position) {
          var low = 0
          var high = sliceStarts.count - 2
          while low < high {
            let middle = (low + high + 1) / 2
            if sliceStarts[middle] <= hit { low = middle } else { high = middle - 1 }
          }
          found.append(low)
          position = sliceStarts[low + 1]
        }
      }
    }
    return found
  }

  /// The offset of the first occurrence of `needle` at or after `start`.
  private static func find(
    _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, let needleBase = needle.baseAddress else { return nil }
    var position = start
    while position + needle.count <= bytes.count {
      guard
        let first = memchr(
          base + position, Int32(needle[0]), bytes.count - needle.count + 1 - position)
      else { return nil }
      let offset = UnsafeRawPointer(first) - UnsafeRawPointer(base)
      if memcmp(base + offset, needleBase, needle.count) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }

  private static func startsWith(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, _ word: [UInt8]
  ) -> Bool {
    for (offset, byte) in word.enumerated() where bytes[position + offset] != byte {
      return false
    }
    return true
  }
}
