import DossierModel

/// Realistic queries for a dossier, made of words it contains and picked with a seeded
/// generator: three name words, a summary word, two consecutive name words, a word with
/// diacritics and a Cyrillic word (the last two when the dossier has them), lowercase as
/// people mostly type them; then the shapes that are hard for an index: a capitalised
/// name word (smart case), a part from inside a long name word, and a word that matches
/// nothing.
enum SearchQueries {
  static func pick(from dossier: Dossier, seed: UInt64) -> [String] {
    var random = SplitMix(seed: seed)
    let entities = dossier.entities
    guard !entities.isEmpty else { return [] }
    var queries: [String] = []
    func add(_ query: String?) {
      if let query, !queries.contains(query) { queries.append(query) }
    }
    for _ in 0..<3 {
      add(find(in: entities, using: &random) { words($0.name).first { isPlainWord($0) } })
    }
    add(find(in: entities, using: &random) { words($0.summary ?? "").first { isPlainWord($0) } })
    add(
      find(in: entities, using: &random) { entity in
        let nameWords = words(entity.name)
        return zip(nameWords, nameWords.dropFirst())
          .first { isPlainWord($0, minimumLength: 3) && isPlainWord($1, minimumLength: 3) }
          .map { "\($0) \($1)" }
      })
    add(
      find(in: entities, using: &random) { entity in
        words(entity.name + " " + (entity.summary ?? "")).first { word in
          word.count >= 4 && word.unicodeScalars.contains { (0xC0...0x24F).contains($0.value) }
        }
      })
    add(
      find(in: entities, using: &random) { entity in
        words(entity.name + " " + (entity.summary ?? "")).first { word in
          word.count >= 4 && word.unicodeScalars.allSatisfy { (0x400...0x4FF).contains($0.value) }
        }
      })
    add(
      find(in: entities, using: &random) { entity in
        entity.name.split { !$0.isLetter && !$0.isNumber }.map(String.init)
          .first { $0.first?.isUppercase == true && isPlainWord($0.lowercased()) }
      })
    add(
      find(in: entities, using: &random) { entity in
        words(entity.name).first { isPlainWord($0, minimumLength: 8) }
          .map { String($0.dropFirst(3).prefix(5)) }
      })
    add(noMatch)
    return queries
  }

  /// A query no generated dossier matches.
  static let noMatch = "qzxjv"

  /// The first answer of `candidate` going round the entities from a random start; looks
  /// at most at 100,000 entities.
  private static func find(
    in entities: [Entity], using random: inout SplitMix, _ candidate: (Entity) -> String?
  ) -> String? {
    let start = Int.random(in: 0..<entities.count, using: &random)
    for step in 0..<min(entities.count, 100_000) {
      if let found = candidate(entities[(start + step) % entities.count]) { return found }
    }
    return nil
  }

  /// The lowercase words of a text, split at anything that is not a letter or digit.
  private static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// An ASCII word of at least `minimumLength` letters.
  private static func isPlainWord(_ word: String, minimumLength: Int = 5) -> Bool {
    word.count >= minimumLength && word.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
