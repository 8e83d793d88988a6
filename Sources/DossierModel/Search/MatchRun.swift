/// Finds the entities in which every query word matches, walking the postings of the words
/// each query word matches, rarest query word first, keeping for each entity the best
/// field and quality per word and the worst over the words.
///
/// The per-entity state lives in arrays as long as the dossier, stamped with the number of
/// words an entity has matched so far, so that one search can make several runs without
/// clearing them.
struct MatchRun {
  /// Per entity: the level it reached (how many words it matched, counted from a run's
  /// base).
  private var stamps: [UInt32]
  /// Per entity: the best (field << 2 | quality) of the word being walked.
  private var wordBest: [UInt8]
  /// Per entity: worst field (bits 0–2), last word whole (bit 3), a word inside (bit 4).
  private var combined: [UInt8]
  /// Per entity: the first query word begins a name (bit 0) or is a whole name (bit 1).
  private var nameFlags: [UInt8]
  private var nextLevel: UInt32 = 1
  /// The level the entities matched by the previous run have.
  private var previousMatchLevel: UInt32 = 0
  /// Postings walked so far, for checking for cancellation.
  private var walked = 0

  /// A run over `entityCount` entities.
  init(entityCount: Int) {
    stamps = [UInt32](repeating: 0, count: entityCount)
    wordBest = [UInt8](repeating: 0, count: entityCount)
    combined = [UInt8](repeating: 0, count: entityCount)
    nameFlags = [UInt8](repeating: 0, count: entityCount)
  }

  /// One entity that every word matched.
  struct Match {
    let entity: Int
    let field: SearchField
    let lastIsExact: Bool
    let anyInside: Bool
    /// The first query word begins one of the entity's names.
    let firstWordBeginsName: Bool
    /// The first query word is one of its names, whole.
    let firstWordIsWholeName: Bool
  }

  /// The entities every query word matches in the given indexes (`entries[word][index]`),
  /// only among `candidates` when given (leaving out those the previous run matched); nil
  /// when `shouldStop` says so.
  mutating func run(
    _ entries: [[QueryWordEntries]], in indexes: [WordIndex], lastWord: Int,
    candidates: [Int]? = nil, shouldStop: () -> Bool
  ) -> [Match]? {
    let base = nextLevel
    nextLevel += UInt32(entries.count) + 2
    if let candidates {
      for entity in candidates where entity < stamps.count && stamps[entity] != previousMatchLevel {
        stamps[entity] = base
      }
    }
    let counts = entries.map { perIndex in
      zip(perIndex, indexes).reduce(0) { $0 + $1.0.postingCount(in: $1.1) }
    }
    let order = entries.indices.sorted { counts[$0] < counts[$1] }
    var survivors: [Int] = []
    for (step, word) in order.enumerated() {
      let want = base + UInt32(step)
      let acceptsFresh = candidates == nil && step == 0
      var reached: [Int] = []
      for (wordEntries, index) in zip(entries[word], indexes) {
        guard
          walk(
            wordEntries, index, want: want, acceptsFresh: acceptsFresh, isFirstWord: word == 0,
            reached: &reached, shouldStop: shouldStop)
        else { return nil }
      }
      for entity in reached {
        let best = wordBest[entity]
        let field = best >> 2
        let quality = best & 3
        var state = step == 0 ? field : max(combined[entity] & 7, field)
        if step > 0 { state |= combined[entity] & 0x10 }
        if quality == UInt8(MatchQuality.inside.rawValue) { state |= 0x10 }
        if word == lastWord {
          if quality == UInt8(MatchQuality.exact.rawValue) { state |= 8 }
        } else if step > 0 {
          state |= combined[entity] & 8
        }
        combined[entity] = state
      }
      survivors = reached
      if survivors.isEmpty { break }
    }
    previousMatchLevel = base + UInt32(order.count)
    return survivors.map { entity in
      let state = combined[entity]
      return Match(
        entity: entity, field: SearchField(rawValue: Int(state & 7)) ?? .quote,
        lastIsExact: state & 8 != 0, anyInside: state & 0x10 != 0,
        firstWordBeginsName: nameFlags[entity] & 1 != 0,
        firstWordIsWholeName: nameFlags[entity] & 2 != 0)
    }
  }

  /// Walks the postings of one query word's entries in one index; false when stopped.
  private mutating func walk(
    _ entries: QueryWordEntries, _ index: WordIndex, want: UInt32, acceptsFresh: Bool,
    isFirstWord: Bool, reached: inout [Int], shouldStop: () -> Bool
  ) -> Bool {
    for run in entries.runs {
      let end = index.postings(of: run.words.upperBound - 1).upperBound
      var start = min(index.postings(of: run.words.lowerBound).lowerBound, end)
      while start < end {
        let chunkEnd = min(end, start + Self.postingsBetweenChecks - walked)
        walk(start..<chunkEnd, of: index, run.quality, want, acceptsFresh, isFirstWord, &reached)
        walked += chunkEnd - start
        start = chunkEnd
        if walked == Self.postingsBetweenChecks {
          walked = 0
          if shouldStop() { return false }
        }
      }
    }
    return true
  }

  /// How many postings are walked between two questions to `shouldStop`.
  private static let postingsBetweenChecks = 4096

  /// Walks the postings `range` of `index` for one run of words matched with `quality`.
  private mutating func walk(
    _ range: Range<Int>, of index: WordIndex, _ quality: MatchQuality, _ want: UInt32,
    _ acceptsFresh: Bool, _ isFirstWord: Bool, _ reached: inout [Int]
  ) {
    let done = want + 1
    let qualityBits = UInt8(quality.rawValue)
    do {
      let postingEntities = index.postingEntities.buffer
      do {
        let postingFlags = index.postingFlags.buffer
        for posting in range {
          let entity = Int(postingEntities[posting])
          guard entity < stamps.count else { continue }
          let flags = postingFlags[posting]
          let best = (flags & 7) << 2 | qualityBits
          var names: UInt8 = 0
          if isFirstWord && quality != .inside {
            if flags & WordPosting.beginsName != 0 { names |= 1 }
            if flags & WordPosting.isWholeName != 0 && quality == .exact { names |= 2 }
          }
          let stamp = stamps[entity]
          if stamp == done {
            wordBest[entity] = min(wordBest[entity], best)
            nameFlags[entity] |= names
          } else if stamp == want || (acceptsFresh && stamp < want) {
            stamps[entity] = done
            wordBest[entity] = best
            if isFirstWord { nameFlags[entity] = names }
            reached.append(entity)
          }
        }
      }
    }
  }
}
