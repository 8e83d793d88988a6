/// Finds the entities in which every query word matches, walking the postings of the words
/// each query word matches, rarest query word first, keeping for each entity the best
/// field and quality per word and the worst over the words.
///
/// The per-entity state lives in arrays as long as the dossier, stamped with the number of
/// words an entity has matched so far, so that runs never clear them: one search makes
/// several runs, and later searches reuse the arrays (see `MatchRunPool`).
struct MatchRun {
  /// What a run knows of one entity, in one place so that a posting costs one memory access.
  private struct EntityState {
    /// The level it reached (how many words it matched, counted from a run's base).
    var stamp: UInt32 = 0
    /// The best (field << 2 | quality) of the word being walked.
    var wordBest: UInt8 = 0
    /// Worst field (bits 0–2), last word whole (bit 3), a word inside (bit 4).
    var combined: UInt8 = 0
    /// The first query word begins a name (bit 0) or is a whole name (bit 1).
    var nameFlags: UInt8 = 0
  }

  private var states: [EntityState]
  private var nextLevel: UInt32 = 1
  /// The level the entities matched by the previous run have.
  private var previousMatchLevel: UInt32 = 0
  /// Postings walked so far, for checking for cancellation.
  private var walked = 0
  /// Lists of entities kept from earlier runs for their room.
  private var spareReached: [Int] = []
  private var spareSurvivors: [Int] = []

  /// A run over `entityCount` entities, whose first level is `firstLevel` (tests start
  /// near the end of the levels).
  init(entityCount: Int, firstLevel: UInt32 = 1) {
    states = [EntityState](repeating: EntityState(), count: entityCount)
    nextLevel = firstLevel
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

  /// How many entities the arrays are for.
  var entityCount: Int { states.count }

  /// What the last run found out about `entity`, one of the entities it returned.
  func match(of entity: Int) -> Match {
    let state = states[entity]
    return Match(
      entity: entity, field: SearchField(rawValue: Int(state.combined & 7)) ?? .quote,
      lastIsExact: state.combined & 8 != 0, anyInside: state.combined & 0x10 != 0,
      firstWordBeginsName: state.nameFlags & 1 != 0,
      firstWordIsWholeName: state.nameFlags & 2 != 0)
  }

  /// Keeps a list that `run` returned, once the caller is done with it, for its room.
  mutating func recycle(_ list: [Int]) {
    spareSurvivors = list
  }

  /// Readies the arrays for a search of `wordCount` words (at most three runs): when its
  /// levels would not fit above the stamps, the stamps are cleared first. Never done
  /// between the runs of one search, which rely on the stamps of the run before.
  mutating func beginSearch(wordCount: Int) {
    let needed = UInt64(Self.runsPerSearch) * UInt64(wordCount + 2)
    guard UInt64(nextLevel) + needed >= UInt64(UInt32.max) else { return }
    states.withUnsafeMutableBufferPointer { $0.update(repeating: EntityState()) }
    nextLevel = 1
    previousMatchLevel = 0
  }

  /// The most runs one search makes: names alone, names and bodies, inside words.
  static let runsPerSearch = 3

  /// The entities every query word matches in the given indexes (`entries[word][index]`),
  /// only among `candidates` when given (leaving out those the previous run matched); nil
  /// when `shouldStop` says so. `match(of:)` tells how each matched.
  mutating func run(
    _ entries: [[QueryWordEntries]], in indexes: [WordIndex], lastWord: Int,
    candidates: [Int]? = nil, shouldStop: () -> Bool
  ) -> [Int]? {
    let base = nextLevel
    nextLevel += UInt32(entries.count + 2)
    if let candidates {
      for entity in candidates
      where entity < states.count && states[entity].stamp != previousMatchLevel {
        states[entity].stamp = base
      }
    }
    let counts = entries.map { perIndex in
      zip(perIndex, indexes).reduce(0) { $0 + $1.0.postingCount(in: $1.1) }
    }
    let order = entries.indices.sorted { counts[$0] < counts[$1] }
    var survivors = spareSurvivors
    spareSurvivors = []
    survivors.removeAll(keepingCapacity: true)
    var reached = spareReached
    spareReached = []
    defer { spareReached = reached }
    for (step, word) in order.enumerated() {
      let want = base + UInt32(step)
      let acceptsFresh = candidates == nil && step == 0
      reached.removeAll(keepingCapacity: true)
      for (wordEntries, index) in zip(entries[word], indexes) {
        guard
          walk(
            wordEntries, index, want: want, acceptsFresh: acceptsFresh, isFirstWord: word == 0,
            reached: &reached, shouldStop: shouldStop)
        else { return nil }
      }
      combine(reached, step: step, isLastWord: word == lastWord)
      swap(&survivors, &reached)
      if survivors.isEmpty { break }
    }
    previousMatchLevel = base + UInt32(order.count)
    return survivors
  }

  /// Asks for the state of `entity` to be brought into the cache: `match(of:)` will read it.
  func requestState(of entity: Int) {
    states.withUnsafeBufferPointer { states in
      CacheAhead.request(states.baseAddress! + min(entity, states.count - 1))
    }
  }

  /// Folds the best match of the word just walked into each reached entity's `combined`.
  private mutating func combine(_ reached: [Int], step: Int, isLastWord: Bool) {
    states.withUnsafeMutableBufferPointer { states in
      for (position, entity) in reached.enumerated() {
        if position + CacheAhead.distance < reached.count {
          CacheAhead.request(states.baseAddress! + reached[position + CacheAhead.distance])
        }
        let best = states[entity].wordBest
        let earlier = states[entity].combined
        let field = best >> 2
        let quality = best & 3
        var state = step == 0 ? field : max(earlier & 7, field) | earlier & 0x10
        if quality == UInt8(MatchQuality.inside.rawValue) { state |= 0x10 }
        if isLastWord {
          if quality == UInt8(MatchQuality.exact.rawValue) { state |= 8 }
        } else if step > 0 {
          state |= earlier & 8
        }
        states[entity].combined = state
      }
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
    let keepsNames = isFirstWord && quality != .inside
    let postingEntities = index.postingEntities.buffer
    let postingFlags = index.postingFlags.buffer
    states.withUnsafeMutableBufferPointer { states in
      let last = states.count - 1
      for posting in range {
        if posting + CacheAhead.distance < range.upperBound {
          let ahead = Int(postingEntities[posting + CacheAhead.distance])
          CacheAhead.request(states.baseAddress! + min(ahead, last))
        }
        let entity = Int(postingEntities[posting])
        guard entity < states.count else { continue }
        let flags = postingFlags[posting]
        let best = (flags & 7) << 2 | qualityBits
        var names: UInt8 = 0
        if keepsNames {
          if flags & WordPosting.beginsName != 0 { names |= 1 }
          if flags & WordPosting.isWholeName != 0 && quality == .exact { names |= 2 }
        }
        let stamp = states[entity].stamp
        if stamp == done {
          states[entity].wordBest = min(states[entity].wordBest, best)
          states[entity].nameFlags |= names
        } else if stamp == want || (acceptsFresh && stamp < want) {
          states[entity].stamp = done
          states[entity].wordBest = best
          if isFirstWord { states[entity].nameFlags = names }
          reached.append(entity)
        }
      }
    }
  }
}
