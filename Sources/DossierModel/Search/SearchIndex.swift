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
  /// (timeline first).
  ///
  /// With a `limit`, entities matching only in summaries, text-like properties or quotes
  /// are not looked at when `limit` entities already match in names or aliases, since
  /// they would rank below.
  public func search(_ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil)
    -> [SearchHit]
  {
    guard !query.isEmpty else { return [] }
    let folded = query.isCaseSensitive ? SearchQuery(query.text.lowercased()) : query
    let words = folded.words.map { Array($0.utf8) }
    let driver = words.indices.max { words[$0].count < words[$1].count }!
    var visited = [Bool](repeating: false, count: entities.count)
    var scratch = [(field: SearchField, quality: MatchQuality)?](repeating: nil, count: words.count)
    var best = BestHits(limit: limit ?? Int.max)
    var nameTierHits = 0
    for fieldIndex in [names, bodies] {
      if let limit, nameTierHits >= limit { break }
      for list in fieldIndex.candidates(startingWith: words[driver]) {
        for candidate in list {
          let entity = Int(candidate)
          guard !visited[entity] else { continue }
          visited[entity] = true
          guard allowed.contains(kinds[entity]),
            let hit = match(words, query: query, entity: entity, scratch: &scratch)
          else { continue }
          best.insert(hit, rank: rank[entity])
          if hit.field <= .alias { nameTierHits += 1 }
        }
      }
    }
    return best.sorted()
  }

  /// The entity as a hit when every word matches: the worst field over the words' best
  /// fields, and whether the last word matched whole.
  private func match(
    _ words: [[UInt8]], query: SearchQuery, entity: Int,
    scratch best: inout [(field: SearchField, quality: MatchQuality)?]
  ) -> SearchHit? {
    for index in best.indices { best[index] = nil }
    var nameMatch = NameMatch.other
    names.match(words, entity: entity, into: &best, nameMatch: &nameMatch)
    if best.contains(where: { $0 == nil }) {
      var ignored = NameMatch.other
      bodies.match(words, entity: entity, into: &best, nameMatch: &ignored)
    }
    guard best.allSatisfy({ $0 != nil }) else { return nil }
    if query.isCaseSensitive {
      return caseSensitiveMatch(query, entity: entity)
    }
    let field = best.map { $0!.field }.max()!
    return SearchHit(
      entityIndex: entity, nameMatch: nameMatch, field: field,
      isExact: best.last!!.quality == .exact)
  }

  /// Matches again on the original text, keeping case (smart case).
  private func caseSensitiveMatch(_ query: SearchQuery, entity: Int) -> SearchHit? {
    let record = entities[entity]
    let fields = record.nameSearchFields + record.bodySearchFields
    var worst = SearchField.name
    var lastQuality = MatchQuality.exact
    var nameMatch = NameMatch.other
    for (_, text) in record.nameSearchFields.prefix(1 + record.aliases.count) {
      var section = NameSectionMatcher(queryWordCount: query.words.count)
      for word in TextFolding.words(in: text, caseSensitive: true) {
        section.next { index, _ in query.match(word.folded, wordAt: index) }
      }
      nameMatch = min(nameMatch, section.result)
    }
    for position in query.words.indices {
      var best: (field: SearchField, quality: MatchQuality)?
      for (field, text) in fields {
        for word in TextFolding.words(in: text, caseSensitive: true) {
          guard let quality = query.match(word.folded, wordAt: position) else { continue }
          if best.map({ (field, quality) < ($0.field, $0.quality) }) ?? true {
            best = (field, quality)
          }
        }
      }
      guard let found = best else { return nil }
      worst = max(worst, found.field)
      if position == query.words.count - 1 { lastQuality = found.quality }
    }
    return SearchHit(
      entityIndex: entity, nameMatch: nameMatch, field: worst, isExact: lastQuality == .exact)
  }
}
