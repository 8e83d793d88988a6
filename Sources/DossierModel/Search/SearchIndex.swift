/// The part of an entity a search word was found in, best first.
public enum SearchField: Int, Sendable, Comparable, CaseIterable {
  /// The entity's name.
  case name
  /// One of its aliases.
  case alias
  /// Its summary.
  case summary
  /// One of its evidence quotes.
  case quote

  /// Name first, quotes last.
  public static func < (lhs: SearchField, rhs: SearchField) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entity that matched a query.
public struct SearchHit: Sendable, Hashable {
  /// The entity's position in `Dossier.entities`.
  public let entityIndex: Int
  /// The weakest field the query's words needed (every word is found at this field or a
  /// better one).
  public let field: SearchField
  /// True when every word matched a whole word; false when the last matched a prefix.
  public let isExact: Bool
}

/// Folded words of every searchable field of every entity, built once at load.
public struct SearchIndex: Sendable {
  private struct IndexedField: Sendable {
    let field: SearchField
    let text: String
    let words: [String]
  }

  private let fields: [[IndexedField]]
  private let kinds: [EntityKind]
  private let rank: [Int]

  /// Indexes the entities; `rank` gives each entity's place in the tie-breaking order.
  init(entities: [Entity], rank: [Int]) {
    fields = entities.map { entity in
      var texts: [(SearchField, String)] = [(.name, entity.name)]
      texts += entity.aliases.map { (.alias, $0) }
      if let summary = entity.summary { texts.append((.summary, summary)) }
      texts += entity.evidence.map { (.quote, $0.quote) }
      return texts.map { field, text in
        IndexedField(
          field: field, text: text,
          words: TextFolding.words(in: text, caseSensitive: false).map(\.folded))
      }
    }
    kinds = entities.map(\.kind)
    self.rank = rank
  }

  /// The entities matching `query`, ranked: by field (name, alias, summary, quote), then
  /// whole-word before prefix matches, then the dossier's order (timeline first).
  public func search(_ query: SearchQuery, kinds allowed: Set<EntityKind>, limit: Int? = nil)
    -> [SearchHit]
  {
    guard !query.isEmpty else { return [] }
    let insensitive = query.isCaseSensitive ? SearchQuery(query.text.lowercased()) : query
    var hits: [SearchHit] = []
    for entityIndex in fields.indices where allowed.contains(kinds[entityIndex]) {
      let entityFields = fields[entityIndex]
      guard var found = bestMatch(insensitive, in: entityFields.map { ($0.field, $0.words) })
      else { continue }
      if query.isCaseSensitive {
        let caseSensitiveWords = entityFields.map { field in
          (field.field, TextFolding.words(in: field.text, caseSensitive: true).map(\.folded))
        }
        guard let exactCase = bestMatch(query, in: caseSensitiveWords) else { continue }
        found = exactCase
      }
      hits.append(
        SearchHit(entityIndex: entityIndex, field: found.field, isExact: found.quality == .exact))
    }
    hits.sort { left, right in
      (left.field.rawValue, left.isExact ? 0 : 1, rank[left.entityIndex])
        < (right.field.rawValue, right.isExact ? 0 : 1, rank[right.entityIndex])
    }
    if let limit, hits.count > limit { hits.removeSubrange(limit...) }
    return hits
  }

  /// Finds each query word's best (field, quality) among the entity's fields, which are in
  /// field order. Returns nil when a word is missing; otherwise the worst field over the
  /// words and the last word's quality in its best field.
  private func bestMatch(_ query: SearchQuery, in fieldWords: [(SearchField, [String])])
    -> (field: SearchField, quality: MatchQuality)?
  {
    var worstField = SearchField.name
    var lastQuality = MatchQuality.exact
    for position in query.words.indices {
      var best: (field: SearchField, quality: MatchQuality)?
      for (field, words) in fieldWords {
        if let current = best, current.field < field { break }
        for word in words {
          guard let quality = query.match(word, wordAt: position) else { continue }
          if best.map({ (field, quality) < ($0.field, $0.quality) }) ?? true {
            best = (field, quality)
          }
          if quality == .exact { break }
        }
      }
      guard let found = best else { return nil }
      worstField = max(worstField, found.field)
      if position == query.words.count - 1 { lastQuality = found.quality }
    }
    return (worstField, lastQuality)
  }
}
