import Testing

@testable import DossierModel

/// The search index against a plain reference matcher written from the rules alone,
/// on a random dossier with diacritics, mixed case, Cyrillic, repeated words and
/// properties of every known type.
@Suite struct SearchReferenceTests {
  private static let vocabulary = [
    "belt", "road", "Belt", "hydro", "hydropower", "Zhanatás", "zhanatas", "Ålesund",
    "A\u{30A}lesund", "astana", "Астана", "wind", "farm", "partner", "partnership", "xi",
    "jinping", "sun", "sunrise", "42", "2013", "golden", "eagle", "Eagle", "tokayev",
  ]

  private func randomText(_ words: Int, _ generator: inout SeededGenerator) -> String {
    (0..<words).map { _ in Self.vocabulary.randomElement(using: &generator)! }
      .joined(separator: [" ", ", ", "-", " — "].randomElement(using: &generator)!)
  }

  private func makeDossier(seed: UInt64) throws -> Dossier {
    var generator = SeededGenerator(seed: seed)
    var builder = DossierBuilder()
    builder.source("s")
    for index in 0..<120 {
      let name = randomText(Int.random(in: 1...4, using: &generator), &generator)
      let summary =
        Bool.random(using: &generator)
        ? randomText(Int.random(in: 3...12, using: &generator), &generator) : nil
      let aliases =
        Int.random(in: 0...3, using: &generator) == 0 ? [randomText(2, &generator)] : []
      let quotes =
        Bool.random(using: &generator)
        ? [DossierBuilder.Quote(source: "s", text: randomText(6, &generator))] : []
      let properties = (0..<Int.random(in: 0...2, using: &generator)).map { number in
        Property(
          key: "k\(number)", label: "K", type: PropertyType.known.randomElement(using: &generator)!,
          values: [randomText(Int.random(in: 1...3, using: &generator), &generator)])
      }
      switch index % 3 {
      case 0:
        builder.event(
          "e\(index)", name: name, date: "20\(10 + index % 10)", summary: summary,
          aliases: aliases, quotes: quotes, properties: properties)
      case 1:
        builder.actor(
          "a\(index)", name: name, summary: summary, aliases: aliases, quotes: quotes,
          properties: properties)
      default:
        builder.project(
          "p\(index)", name: name, summary: summary, aliases: aliases, quotes: quotes,
          properties: properties)
      }
    }
    return try #require(builder.load())
  }

  /// Every field of the entity with its words, folded as the rules say.
  private func fields(_ entity: Entity, caseSensitive: Bool) -> [(SearchField, [String])] {
    var fields: [(SearchField, String)] = [(.name, entity.name)]
    fields += entity.aliases.map { (.alias, $0) }
    let searchedTypes = ["name", "identifier", "text", "address", "email", "phone", "topic"]
    for property in entity.properties where searchedTypes.contains(property.type.rawValue) {
      fields += property.values.map { (.property, $0) }
    }
    if let summary = entity.summary { fields.append((.summary, summary)) }
    fields += entity.evidence.map { (.quote, $0.quote) }
    return fields.map { field, text in
      (field, TextFolding.words(in: text, caseSensitive: caseSensitive).map(\.folded))
    }
  }

  /// 0 when a name or alias is the query (same words, in order, the last whole), 1 when
  /// one begins with the query's words (the last may be a prefix), else 2.
  private func nameMatch(_ entityFields: [(SearchField, [String])], _ query: [String]) -> Int {
    var best = 2
    for (field, words) in entityFields where field <= .alias && words.count >= query.count {
      let leading = zip(words, query).enumerated().allSatisfy { index, pair in
        pair.0 == pair.1 || (index == query.count - 1 && pair.0.hasPrefix(pair.1))
      }
      guard leading else { continue }
      best = min(best, words.count == query.count && words.last == query.last ? 0 : 1)
    }
    return best
  }

  /// The folded words of the names group: name, aliases, name and identifier values.
  private func nameGroupWords(_ entity: Entity, caseSensitive: Bool) -> [String] {
    let texts =
      [entity.name] + entity.aliases
      + entity.properties.filter { ["name", "identifier"].contains($0.type.rawValue) }
      .flatMap(\.values)
    return texts.flatMap { TextFolding.words(in: $0, caseSensitive: caseSensitive).map(\.folded) }
  }

  /// Whether every query word is found (non-last whole, last whole or as a prefix; with
  /// `inside`, also inside a longer word): the worst of the words' best fields, whether
  /// the last word matched whole, and whether any word needed to be found inside.
  private func matchWords(
    _ entityFields: [(SearchField, [String])], _ query: [String], inside: Bool
  ) -> (worst: Int, lastExact: Bool, anyInside: Bool)? {
    var worst = 0
    var lastExact = true
    var anyInside = false
    for (position, word) in query.enumerated() {
      let isLast = position == query.count - 1
      var best: (Int, Int)?
      for (field, words) in entityFields {
        for candidate in words {
          let quality: Int
          if candidate == word {
            quality = 0
          } else if isLast && candidate.hasPrefix(word) {
            quality = 1
          } else if inside, Array(candidate.utf8).dropFirst().containsSubsequence(word.utf8) {
            quality = 2
          } else {
            continue
          }
          if best.map({ (field.rawValue, quality) < $0 }) ?? true {
            best = (field.rawValue, quality)
          }
        }
      }
      guard let found = best else { return nil }
      worst = max(worst, found.0)
      if isLast { lastExact = found.1 == 0 }
      if found.1 == 2 { anyInside = true }
    }
    return (worst, lastExact, anyInside)
  }

  /// The hits by the rules: every word found (non-last whole, last whole or as a prefix);
  /// tier = worst of the words' best fields; ranked by name match, tier, exactness,
  /// dossier order. Then, when every word has three letters or more, the entities whose
  /// names hold the longest word inside a longer word and that match when words may also
  /// be found inside longer words, ranked the same way among themselves.
  private func reference(_ dossier: Dossier, _ query: SearchQuery) -> [String] {
    var ranked: [(key: (Int, Int, Int, Int, Int), id: String)] = []
    let order = EntityKind.allCases.flatMap { dossier.entities(of: $0) }.map(\.id)
    let driver = query.words.max { $0.utf8.count < $1.utf8.count }!
    let looksInside = query.words.allSatisfy { $0.utf8.count >= 3 }
    for entity in dossier.entities {
      let entityFields = fields(entity, caseSensitive: query.isCaseSensitive)
      var found = matchWords(entityFields, query.words, inside: false)
      if found == nil, looksInside,
        nameGroupWords(entity, caseSensitive: query.isCaseSensitive).contains(where: {
          Array($0.utf8).containsSubsequence(driver.utf8)
        })
      {
        found = matchWords(entityFields, query.words, inside: true)
      }
      guard let found else { continue }
      let key = (
        found.anyInside ? 1 : 0, nameMatch(entityFields, query.words), found.worst,
        found.lastExact ? 0 : 1, order.firstIndex(of: entity.id)!
      )
      ranked.append((key, entity.id))
    }
    return ranked.sorted { $0.key < $1.key }.map(\.id)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func indexAgreesWithTheRules(seed: UInt64) throws {
    let dossier = try makeDossier(seed: seed)
    var generator = SeededGenerator(seed: seed &+ 100)
    var queries = [
      "a", "b", "z", "ал", "4", "Ea", "eagle g", "belt r", "sun", "Å", "B", "Be", "Аст",
      "Zhanatás", "Eagle g", "golden E", "A", "power", "ship", "rise", "ower", "ydro",
      "ship sun", "tnership", "anatas",
    ]
    for _ in 0..<200 {
      let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
        Self.vocabulary.randomElement(using: &generator)!
      }
      var text = words.joined(separator: " ")
      text.removeLast(Int.random(in: 0..<min(4, text.count), using: &generator))
      queries.append(text)
    }
    var queriesWithHits = 0
    for text in queries {
      let query = SearchQuery(text)
      let hits = dossier.searchIndex.search(query, kinds: Set(EntityKind.allCases))
      let ids = hits.map { dossier.entities[$0.entityIndex].id }
      #expect(ids == reference(dossier, query), "query \(text)")
      if !ids.isEmpty { queriesWithHits += 1 }
    }
    #expect(queriesWithHits > queries.count / 2, "the comparison is not between empty lists")
    let inside = dossier.searchIndex.search(SearchQuery("power"), kinds: Set(EntityKind.allCases))
    let someInside = inside.contains { $0.isInsideWord }
    #expect(someInside, "inside-word matches are compared too")
  }

  @Test func aLimitKeepsTheBestRanked() throws {
    let dossier = try makeDossier(seed: 7)
    for text in ["a", "s", "belt", "e"] {
      let query = SearchQuery(text)
      let all = dossier.searchIndex.search(query, kinds: Set(EntityKind.allCases))
      let limited = dossier.searchIndex.search(query, kinds: Set(EntityKind.allCases), limit: 5)
      #expect(limited == Array(all.prefix(5)), "query \(text)")
    }
  }
}

extension Array where Element == UInt8 {
  /// Whether `needle` occurs in the array as a run of consecutive bytes.
  fileprivate func containsSubsequence(_ needle: String.UTF8View) -> Bool {
    let pattern = Array(needle)
    guard !pattern.isEmpty, pattern.count <= count else { return pattern.isEmpty }
    return (0...(count - pattern.count)).contains {
      self[$0..<$0 + pattern.count].elementsEqual(pattern)
    }
  }
}

extension ArraySlice where Element == UInt8 {
  /// Whether `needle` occurs in the slice as a run of consecutive bytes.
  fileprivate func containsSubsequence(_ needle: String.UTF8View) -> Bool {
    Array(self).containsSubsequence(needle)
  }
}
