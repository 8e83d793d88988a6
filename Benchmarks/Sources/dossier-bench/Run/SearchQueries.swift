import DossierModel

/// Queries of every `QueryShape`, made of words of the dossier and picked with a seeded
/// generator, so that a run with the same seed types the same queries.
enum SearchQueries {
  /// How many queries of each shape are typed (fewer when the dossier has too few).
  static let perShape = 2

  /// Words that no generated dossier contains, tried in turn for `QueryShape.noMatch`.
  static let noMatchCandidates = ["zqxj", "qzxjv", "xjqzv", "vqzjx"]

  /// The queries, shape by shape; a shape the dossier cannot give is left out.
  static func pick(from dossier: Dossier, seed: UInt64) -> [ShapedQuery] {
    var random = SplitMix(seed: seed)
    var picked: [ShapedQuery] = []
    guard !dossier.entities.isEmpty else { return [] }
    for shape in QueryShape.allCases {
      var found = 0
      for _ in 0..<(perShape * 5) where found < perShape {
        let taken = Set(picked.map(\.text))
        guard let text = candidate(shape, in: dossier, excluding: taken, using: &random),
          !taken.contains(text)
        else { continue }
        picked.append(ShapedQuery(shape: shape, text: text))
        found += 1
      }
    }
    return picked
  }

  private static func candidate(
    _ shape: QueryShape, in dossier: Dossier, excluding taken: Set<String>,
    using random: inout SplitMix
  ) -> String? {
    let entities = dossier.entities
    switch shape {
    case .capitalisedPrefix, .lowercasePrefix:
      let prefix = find(in: entities, using: &random) { entity in
        let words = nameWords(entity)
        guard words.count >= 2, isPlainWord(words[0], minimumLength: 3),
          isPlainWord(words[1], minimumLength: 3)
        else { return nil }
        return words[0] + " " + words[1].prefix(2)
      }
      return shape == .capitalisedPrefix ? prefix : prefix?.lowercased()
    case .oneLetter:
      return find(in: entities, using: &random) { entity in
        nameWords(entity).first { isPlainWord($0, minimumLength: 1) }.map {
          String($0.prefix(1)).lowercased()
        }
      }
    case .twoWords:
      return find(in: entities, using: &random) { entity in
        let words = nameWords(entity).map { $0.lowercased() }
        return zip(words, words.dropFirst())
          .first { isPlainWord($0, minimumLength: 3) && isPlainWord($1, minimumLength: 3) }
          .map { "\($0) \($1)" }
      }
    case .noMatch:
      return noMatchCandidates.first { !taken.contains($0) && hits(of: $0, in: dossier).isEmpty }
    case .insideWord:
      let tail = find(in: entities, using: &random) { entity in
        nameWords(entity).first { isPlainWord($0, minimumLength: 8) }
          .map { String($0.suffix(5)).lowercased() }
      }
      guard let tail else { return nil }
      let found = hits(of: tail, in: dossier)
      return !found.isEmpty && found.allSatisfy(\.isInsideWord) ? tail : nil
    case .diacritics:
      return find(in: entities, using: &random) { entity in
        nameWords(entity).first { word in
          word.count >= 4 && word.unicodeScalars.contains { (0xC0...0x24F).contains($0.value) }
        }?.lowercased()
      }
    }
  }

  /// The hits of a query as the browser asks for them.
  private static func hits(of query: String, in dossier: Dossier) -> [SearchHit] {
    dossier.searchIndex.search(
      SearchQuery(query), kinds: Set(EntityKind.allCases), limit: SearchBenchmark.limit)
  }

  /// The first answer of `candidate` going round the entities from a random start; looks
  /// at most at 100,000 entities.
  private static func find(
    in entities: EntityTable, using random: inout SplitMix, _ candidate: (Entity) -> String?
  ) -> String? {
    let start = Int.random(in: 0..<entities.count, using: &random)
    for step in 0..<min(entities.count, 100_000) {
      if let found = candidate(entities[(start + step) % entities.count]) { return found }
    }
    return nil
  }

  /// The words of an entity's name as written, split at anything not a letter or digit.
  private static func nameWords(_ entity: Entity) -> [String] {
    entity.name.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// An ASCII word of at least `minimumLength` letters.
  private static func isPlainWord(_ word: String, minimumLength: Int) -> Bool {
    word.count >= minimumLength && word.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
