/// Folded words of every entity's names, aliases, searchable properties, summaries and
/// quotes, built once at load
/// (on two threads), with a table of which entities have words beginning with each pair
/// of letters, so that a search looks only at entities that can match.
public struct SearchIndex: Sendable {
  private let names: FieldIndex
  private let bodies: FieldIndex
  private let entities: [Entity]
  private let kinds: [EntityKind]
  private let rank: [Int]
  /// Names and bodies folded with their capitals, built at the first smart-case search.
  private let casedIndexes = CasedIndexes()

  /// An index over folded names and bodies; `rank` gives each entity's place in the
  /// tie-breaking order.
  init(names: FieldIndex, bodies: FieldIndex, entities: [Entity], rank: [Int]) {
    self.names = names
    self.bodies = bodies
    self.entities = entities
    kinds = entities.map(\.kind)
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
  public func search(_ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil)
    -> [SearchHit]
  {
    search(query, kinds: allowed, limit: limit, cancellation: nil)!
  }

  /// As `search(_:kinds:limit:)`, but gives up as soon as `cancellation` is cancelled, and
  /// then returns nil: for searches that a newer query has made stale.
  public func search(
    _ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil,
    cancellation: SearchCancellation?
  ) -> [SearchHit]? {
    search(query, kinds: allowed, limit: limit) { cancellation?.isCancelled == true }
  }

  /// The search itself: `shouldStop` is asked before it starts and every few thousand
  /// candidates; when it says so, the search returns nil.
  func search(
    _ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int?,
    shouldStop: () -> Bool
  ) -> [SearchHit]? {
    guard !query.isEmpty else { return [] }
    if shouldStop() { return nil }
    let (names, bodies) =
      query.isCaseSensitive ? casedIndexes.indexes(of: entities) : (self.names, self.bodies)
    let words = query.words.map { Array($0.utf8) }
    let driver = words.indices.max { words[$0].count < words[$1].count }!
    var visited = [Bool](repeating: false, count: entities.count)
    var scratch = [(field: SearchField, quality: MatchQuality)?](repeating: nil, count: words.count)
    var best = BestHits(limit: limit ?? Int.max)
    var nameTierHits = 0
    var matched = [Bool](repeating: false, count: entities.count)
    var looked = 0
    for fieldIndex in [names, bodies] {
      if let limit, nameTierHits >= limit { break }
      for list in fieldIndex.candidates(startingWith: words[driver]) {
        for candidate in list {
          looked += 1
          if looked & 4095 == 0, shouldStop() { return nil }
          let entity = Int(candidate)
          guard !visited[entity] else { continue }
          visited[entity] = true
          guard allowed.contains(kinds[entity]),
            let hit = Self.match(words, in: (names, bodies), entity: entity, scratch: &scratch)
          else { continue }
          best.insert(hit, rank: rank[entity])
          matched[entity] = true
          if hit.field <= .alias { nameTierHits += 1 }
        }
      }
    }
    guard words.allSatisfy({ $0.count >= Self.shortestInsideWord }),
      limit.map({ best.count < $0 }) ?? true
    else { return best.sorted() }
    if shouldStop() { return nil }
    for (position, entity) in names.entities(containing: words[driver]).enumerated()
    where !matched[entity] && allowed.contains(kinds[entity]) {
      if position & 4095 == 4095, shouldStop() { return nil }
      guard
        let hit = Self.match(
          words, in: (names, bodies), entity: entity, scratch: &scratch, insideWords: true)
      else { continue }
      best.insert(hit, rank: rank[entity])
    }
    return best.sorted()
  }

  /// The shortest query word looked for inside longer words.
  static let shortestInsideWord = 3

  /// The entity as a hit when every word matches: the worst field over the words' best
  /// fields, how the query matches a name or alias, and whether the last word matched
  /// whole.
  private static func match(
    _ words: [[UInt8]], in indexes: (names: FieldIndex, bodies: FieldIndex), entity: Int,
    scratch best: inout [(field: SearchField, quality: MatchQuality)?], insideWords: Bool = false
  ) -> SearchHit? {
    for index in best.indices { best[index] = nil }
    var nameMatch = NameMatch.other
    indexes.names.match(
      words, entity: entity, into: &best, nameMatch: &nameMatch, insideWords: insideWords)
    if best.contains(where: { $0 == nil }) {
      var ignored = NameMatch.other
      indexes.bodies.match(
        words, entity: entity, into: &best, nameMatch: &ignored, insideWords: insideWords)
    }
    guard best.allSatisfy({ $0 != nil }) else { return nil }
    return SearchHit(
      entityIndex: entity, nameMatch: nameMatch, field: best.map { $0!.field }.max()!,
      isExact: best.last!!.quality == .exact,
      isInsideWord: best.contains { $0!.quality == .inside })
  }
}
