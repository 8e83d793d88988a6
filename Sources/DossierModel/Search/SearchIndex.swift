/// Word-level inverted indexes of every entity's names, aliases and name-like property
/// values (names) and of its summaries, other searchable property values and quotes
/// (bodies), built once at load on two threads: a query word is a run of the sorted
/// vocabulary, and only the postings of the words it matches are looked at.
public struct SearchIndex: Sendable {
  /// The index of names, aliases and name-like property values.
  let names: WordIndex
  /// The index of summaries, other searchable property values and quotes.
  let bodies: WordIndex
  private let kinds: [EntityKind]
  private let rank: [Int]
  private let matchRuns = MatchRunPool()

  /// An index over names and bodies; `rank` gives each entity's place in the
  /// tie-breaking order.
  init(names: WordIndex, bodies: WordIndex, kinds: [EntityKind], rank: [Int]) {
    self.names = names
    self.bodies = bodies
    self.kinds = kinds
    self.rank = rank
  }

  /// The entities matching `query`, ranked: those whose name or an alias is the query
  /// first, then those whose name or alias begins with it, then by field (name, alias,
  /// property, summary, quote), whole-word before prefix matches, and the dossier's order
  /// (timeline first). When fewer than `limit` match so, entities with a query word of
  /// three letters or more inside a longer word of a name follow (`power`: "Hydropower
  /// plant"), ranked the same way among themselves.
  ///
  /// A query with a capital (smart case) is matched on the texts folded with their
  /// capitals, in indexes built by the first such search.
  ///
  /// With a `limit`, entities matching only in summaries, text-like properties or quotes
  /// are not looked at when `limit` entities already match in names or aliases, since
  /// they would rank below.
  public func search(
    _ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil,
    keeping keeps: (@Sendable (Int) -> Bool)? = nil
  ) -> [SearchHit] {
    search(query, kinds: allowed, limit: limit, keeping: keeps, cancellation: nil)!
  }

  /// As `search(_:kinds:limit:keeping:)`, but gives up as soon as `cancellation` is
  /// cancelled, and then returns nil: for searches that a newer query has made stale.
  public func search(
    _ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil,
    keeping keeps: (@Sendable (Int) -> Bool)? = nil, cancellation: SearchCancellation?
  ) -> [SearchHit]? {
    search(query, kinds: allowed, limit: limit, keeping: keeps) {
      cancellation?.isCancelled == true
    }
  }

  /// The search itself: `shouldStop` is asked before it starts and every few thousand
  /// postings; when it says so, the search returns nil.
  ///
  /// With a limit, the names are searched alone first: entities that every word matches
  /// in names rank above all others, so when there are `limit` of them the bodies are not
  /// looked at. Then both groups; then, when fewer than `limit` matched, entities with the
  /// longest query word inside a longer word of a name.
  func search(
    _ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int?,
    keeping keeps: ((Int) -> Bool)? = nil, shouldStop: () -> Bool
  ) -> [SearchHit]? {
    guard !query.isEmpty else { return [] }
    if shouldStop() { return nil }
    let caseSensitive = query.isCaseSensitive
    let words = query.words.enumerated().map { position, word in
      QueryWord(
        form: Array(word.utf8),
        lowercase: caseSensitive ? Array(TextFolding.fold(word).utf8) : Array(word.utf8),
        isLast: position == query.words.count - 1)
    }
    let entries = { (index: WordIndex, inside: Bool) in
      words.map {
        QueryWordEntries(
          $0, in: index.vocabulary, caseSensitive: caseSensitive, insideWords: inside)
      }
    }
    let nameEntries = entries(names, false)
    let bodyEntries = entries(bodies, false)
    var matchRun = matchRuns.borrow(entityCount: kinds.count)
    defer { matchRuns.giveBack(matchRun) }
    matchRun.beginSearch(wordCount: words.count)
    var best = BestHits(limit: limit ?? Int.max)
    let lastWord = words.count - 1
    if let limit {
      guard
        let found = matchRun.run(
          nameEntries.map { [$0] }, in: [names], lastWord: lastWord, shouldStop: shouldStop)
      else { return nil }
      offer(found, of: matchRun, words, caseSensitive, allowed, keeps, to: &best)
      matchRun.recycle(found)
      if best.count >= limit { return best.sorted() }
      best = BestHits(limit: limit)
    }
    guard
      let found = matchRun.run(
        zip(nameEntries, bodyEntries).map { [$0, $1] }, in: [names, bodies], lastWord: lastWord,
        shouldStop: shouldStop)
    else { return nil }
    offer(found, of: matchRun, words, caseSensitive, allowed, keeps, to: &best)
    matchRun.recycle(found)
    guard words.allSatisfy({ $0.form.count >= Self.shortestInsideWord }),
      limit.map({ best.count < $0 }) ?? true
    else { return best.sorted() }
    if shouldStop() { return nil }
    let driver = words.indices.max { words[$0].form.count < words[$1].form.count }!
    var candidates: [Int] = []
    for number in names.vocabulary.words(
      containing: words[driver].form, caseSensitive: caseSensitive)
    {
      let postings = names.postings(of: number)
      candidates += postings.map { Int(names.postingEntities[$0]) }
    }
    guard
      let inside = matchRun.run(
        zip(entries(names, true), entries(bodies, true)).map { [$0, $1] }, in: [names, bodies],
        lastWord: lastWord, candidates: candidates, shouldStop: shouldStop)
    else { return nil }
    offer(inside, of: matchRun, words, caseSensitive, allowed, keeps, to: &best)
    matchRun.recycle(inside)
    return best.sorted()
  }

  /// Turns the entities `run` matched into ranked hits, those of the allowed kinds that
  /// `keeps` keeps (all when it is nil). An
  /// entity that would not be kept even with the best name match it could have is passed
  /// over before its names are looked at.
  private func offer(
    _ matched: [Int], of run: MatchRun, _ words: [QueryWord], _ caseSensitive: Bool,
    _ allowed: Set<EntityKind>, _ keeps: ((Int) -> Bool)?, to best: inout BestHits
  ) {
    let allKinds = allowed.count == EntityKind.allCases.count
    for (position, entity) in matched.enumerated() {
      if position + CacheAhead.distance < matched.count {
        let ahead = matched[position + CacheAhead.distance]
        run.requestState(of: ahead)
        rank.withUnsafeBufferPointer { CacheAhead.request($0.baseAddress! + ahead) }
      }
      guard allKinds || allowed.contains(kinds[entity]) else { continue }
      if let keeps, !keeps(entity) { continue }
      let match = run.match(of: entity)
      let bestPossible = SearchHit(
        entityIndex: entity, nameMatch: match.firstWordBeginsName ? .whole : .other,
        field: match.field, isExact: match.lastIsExact, isInsideWord: match.anyInside)
      guard best.wouldKeep(bestPossible, rank: rank[entity]) else { continue }
      let hit = SearchHit(
        entityIndex: entity,
        nameMatch: nameMatch(match, words, caseSensitive),
        field: match.field, isExact: match.lastIsExact, isInsideWord: match.anyInside)
      best.insert(hit, rank: rank[entity])
    }
  }

  /// Whether a name or alias of the matched entity is the query, or begins with it.
  private func nameMatch(_ match: MatchRun.Match, _ words: [QueryWord], _ caseSensitive: Bool)
    -> NameMatch
  {
    guard match.firstWordBeginsName else { return .other }
    if words.count == 1 { return match.firstWordIsWholeName ? .whole : .start }
    var result = NameMatch.other
    for name in names.names(of: match.entity) where name.count >= words.count {
      var qualities: [MatchQuality] = []
      for (word, number) in zip(words, name) {
        guard
          let quality = names.vocabulary.quality(
            of: Int(number), against: word.form, caseSensitive: caseSensitive),
          quality == .exact || word.isLast
        else { break }
        qualities.append(quality)
      }
      guard qualities.count == words.count else { continue }
      if name.count == words.count && qualities.last == .exact { return .whole }
      result = .start
    }
    return result
  }

  /// The shortest query word looked for inside longer words.
  static let shortestInsideWord = 3
}
