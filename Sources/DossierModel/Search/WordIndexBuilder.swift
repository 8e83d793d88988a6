/// Builds a `WordIndex` entity by entity: folds each field, numbers its words as they come,
/// and at the end sorts the vocabulary and groups the postings by word (a counting sort).
struct WordIndexBuilder {
  private let keepsNames: Bool
  private var writer = FoldedTextWriter(preservingCase: true)
  private var interner = WordInterner()
  /// The segments folded so far, with their words' numbers in `interner`.
  private var foldedSegments = FoldedSegments()
  /// The numbers of the segment being folded.
  private var segmentNumbers: [UInt32] = []
  /// Per entity, its distinct words (by first-seen number) and their flags.
  private var occurrences = WordOccurrences()
  private var entityStarts: [UInt32] = [0]
  /// For each word number, where it was last recorded in `occurrenceWords`.
  private var lastOccurrence: [UInt32] = []
  private var nameStarts: [UInt32] = [0]
  private var nameWords: [UInt32] = []

  /// A builder for about `entityCount` entities; `keepsNames` keeps the word order of
  /// names and aliases.
  init(keepsNames: Bool, entityCount: Int) {
    self.keepsNames = keepsNames
    entityStarts.reserveCapacity(entityCount + 1)
    if keepsNames { nameStarts.reserveCapacity(entityCount + 1) }
  }

  /// How many entities were ended (`endEntity`).
  var entityCount: Int { entityStarts.count - 1 }

  /// Adds a field of the current entity, as UTF-8.
  ///
  /// The text is taken a segment at a time, segments being separated by ASCII bytes that
  /// are not letters or digits (folding starts afresh after each): a segment of ASCII
  /// letters and digits is one word as it stands (case is kept), so it is numbered without
  /// a copy; any other segment is folded first, and its folded words numbered in turn.
  mutating func add(_ field: SearchField, utf8 text: UnsafeBufferPointer<UInt8>) {
    var words = FieldWords(
      field: field, isName: field <= .alias, entityStart: Int(entityStarts[entityStarts.count - 1]))
    if keepsNames && words.isName { nameWords.append(WordIndex.nameSeparator) }
    Self.byteKinds.withUnsafeBufferPointer { kinds in
      var position = 0
      while position < text.count {
        guard kinds[Int(text[position])] != ByteKind.separator else {
          position += 1
          continue
        }
        let start = position
        var segmentKinds = ByteKind.separator
        while position < text.count {
          let kind = kinds[Int(text[position])]
          if kind == ByteKind.separator { break }
          segmentKinds |= kind
          position += 1
        }
        let segment = UnsafeBufferPointer(rebasing: text[start..<position])
        if segmentKinds == ByteKind.asciiWord {
          add(word: segment, &words)
        } else {
          addFolded(segment, &words)
        }
      }
    }
    if words.isName && words.count == 1 {
      occurrences[flagsAt: words.firstOccurrence] |= WordPosting.isWholeName
    }
  }

  /// Adds each folded word of a segment with non-ASCII bytes, folding it unless it was
  /// folded before.
  private mutating func addFolded(_ segment: UnsafeBufferPointer<UInt8>, _ words: inout FieldWords)
  {
    if let known = foldedSegments.numbers(of: segment) {
      for position in known { add(number: foldedSegments.word(at: position), &words) }
      return
    }
    writer.clear()
    writer.append(utf8: segment)
    let folded = writer.bytes
    segmentNumbers.removeAll(keepingCapacity: true)
    folded.withUnsafeBufferPointer { folded in
      var start = 0
      for position in 0..<folded.count where folded[position] == 0x20 {
        let number = interner.intern(UnsafeBufferPointer(rebasing: folded[start..<position]))
        segmentNumbers.append(number)
        add(number: number, &words)
        start = position + 1
      }
    }
    segmentNumbers.withUnsafeBufferPointer { foldedSegments.remember(segment, numbers: $0) }
  }

  /// Numbers one folded word of the current field and records it for the current entity.
  private mutating func add(word: UnsafeBufferPointer<UInt8>, _ words: inout FieldWords) {
    add(number: interner.intern(word), &words)
  }

  /// Records word `number` for the current entity, as a word of the current field.
  private mutating func add(number: UInt32, _ words: inout FieldWords) {
    var flags = UInt8(words.field.rawValue)
    if words.isName && words.count == 0 { flags |= WordPosting.beginsName }
    let occurrence = record(number, flags, entityStart: words.entityStart)
    if words.count == 0 { words.firstOccurrence = occurrence }
    if keepsNames && words.isName { nameWords.append(number) }
    words.count += 1
  }

  /// Ends the current entity: the fields added next are the next entity's.
  mutating func endEntity() {
    entityStarts.append(UInt32(occurrences.count))
    if keepsNames { nameStarts.append(UInt32(nameWords.count)) }
  }

  /// Appends the entities `later` holds after the ones ended here, its words numbered anew
  /// in this builder's vocabulary; the index built is the one adding them here would build.
  /// Neither builder may keep names, whose word order this does not carry over.
  mutating func append(_ later: WordIndexBuilder) {
    guard !keepsNames, !later.keepsNames else { return }
    var renumbered = [UInt32](repeating: 0, count: later.interner.count)
    later.interner.bytes.withUnsafeBufferPointer { bytes in
      for number in renumbered.indices {
        let word = UnsafeBufferPointer(
          rebasing: bytes[
            Int(later.interner.starts[number])..<Int(later.interner.starts[number + 1])])
        renumbered[number] = interner.intern(word)
      }
    }
    lastOccurrence.append(
      contentsOf: repeatElement(UInt32.max, count: interner.count - lastOccurrence.count))
    let base = UInt32(occurrences.count)
    for position in 0..<later.occurrences.count {
      occurrences.append(
        renumbered[Int(later.occurrences.word(at: position))],
        flags: later.occurrences[flagsAt: position])
    }
    entityStarts += later.entityStarts.dropFirst().lazy.map { $0 + base }
  }

  /// Records word `number` for the current entity (once per entity, merging flags);
  /// returns where it is recorded.
  private mutating func record(_ number: UInt32, _ flags: UInt8, entityStart: Int) -> Int {
    if Int(number) == lastOccurrence.count { lastOccurrence.append(UInt32.max) }
    let last = lastOccurrence[Int(number)]
    if last != UInt32.max, Int(last) >= entityStart {
      occurrences[flagsAt: Int(last)] = WordPosting.merged(occurrences[flagsAt: Int(last)], flags)
      return Int(last)
    }
    lastOccurrence[Int(number)] = UInt32(occurrences.count)
    occurrences.append(number, flags: flags)
    return occurrences.count - 1
  }

  /// The index: the vocabulary sorted, postings grouped by word, entities ascending. The
  /// builder lets go of its occurrences as the postings are written; the postings' pages
  /// are touched only as they are written, so the two are not held in full at once.
  mutating func build() -> WordIndex {
    let wordCount = interner.count
    let lowercased = (0..<wordCount).map { lowercase(word: $0) }
    let order = (0..<wordCount).sorted { left, right in
      let byLowercase = lowercased[left].lexicographicallyPrecedes(lowercased[right])
      if byLowercase || lowercased[right].lexicographicallyPrecedes(lowercased[left]) {
        return byLowercase
      }
      return casedBytes(left).lexicographicallyPrecedes(casedBytes(right))
    }
    var sortedNumber = [UInt32](repeating: 0, count: wordCount)
    for (position, number) in order.enumerated() { sortedNumber[number] = UInt32(position) }

    var postingStarts = [UInt32](repeating: 0, count: wordCount + 1)
    for occurrence in 0..<occurrences.count {
      postingStarts[Int(sortedNumber[Int(occurrences.word(at: occurrence))]) + 1] += 1
    }
    for word in 0..<wordCount { postingStarts[word + 1] += postingStarts[word] }
    var next = postingStarts
    let postingCount = occurrences.count
    var flags: Column<UInt8>?
    let entities = Column<UInt32>(uninitializedCount: postingCount) { entities in
      flags = Column<UInt8>(uninitializedCount: postingCount) { flags in
        for entity in 0..<(entityStarts.count - 1) {
          for occurrence in Int(entityStarts[entity])..<Int(entityStarts[entity + 1]) {
            let word = Int(sortedNumber[Int(occurrences.word(at: occurrence))])
            let slot = Int(next[word])
            entities[slot] = UInt32(entity)
            flags[slot] = occurrences[flagsAt: occurrence]
            next[word] += 1
          }
          occurrences.release(before: Int(entityStarts[entity + 1]))
        }
      }
    }
    occurrences = WordOccurrences()
    lastOccurrence = []
    entityStarts = []

    var lowercaseBytes: [UInt8] = []
    var casedSorted: [UInt8] = []
    var lowercaseStarts: [UInt32] = [0]
    var casedStarts: [UInt32] = [0]
    lowercaseStarts.reserveCapacity(wordCount + 1)
    casedStarts.reserveCapacity(wordCount + 1)
    for number in order {
      lowercaseBytes += lowercased[number]
      casedSorted += casedBytes(number)
      lowercaseStarts.append(UInt32(lowercaseBytes.count))
      casedStarts.append(UInt32(casedSorted.count))
    }
    let names = Column<UInt32>(count: nameWords.count) { names in
      for (position, word) in nameWords.enumerated() {
        names[position] = word == WordIndex.nameSeparator ? word : sortedNumber[Int(word)]
      }
    }
    return WordIndex(
      vocabulary: WordVocabulary(
        lowercase: Column(lowercaseBytes), lowercaseStarts: Column(lowercaseStarts),
        cased: Column(casedSorted), casedStarts: Column(casedStarts)),
      postingStarts: Column(postingStarts), postingEntities: entities,
      postingFlags: flags!, nameStarts: Column(keepsNames ? nameStarts : []),
      nameWords: names)
  }

  private func casedBytes(_ number: Int) -> ArraySlice<UInt8> {
    interner.bytes[Int(interner.starts[number])..<Int(interner.starts[number + 1])]
  }

  /// What each byte is to `add`: a separator (an ASCII byte that is not a letter or a
  /// digit), an ASCII letter or digit, or part of a non-ASCII scalar.
  private enum ByteKind {
    static let separator: UInt8 = 0
    static let asciiWord: UInt8 = 1
    static let nonASCII: UInt8 = 2
  }

  private static let byteKinds: [UInt8] = (0...255).map { byte in
    byte >= 0x80
      ? ByteKind.nonASCII
      : FoldedTextWriter.isASCIIWordByte(UInt8(byte)) ? ByteKind.asciiWord : ByteKind.separator
  }

  /// What `add` knows of the field it is adding.
  private struct FieldWords {
    let field: SearchField
    let isName: Bool
    let entityStart: Int
    var count = 0
    var firstOccurrence = -1
  }

  /// The lowercase form of a word folded with its capitals, as `TextFolding` folds
  /// queries without capitals.
  private func lowercase(word number: Int) -> [UInt8] {
    let bytes = casedBytes(number)
    if bytes.allSatisfy({ $0 < 0x80 }) {
      return bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    }
    return Array(TextFolding.fold(String(decoding: bytes, as: UTF8.self)).utf8)
  }
}
