/// A word-level inverted index over one group of fields (names, or bodies) of every entity:
/// the sorted vocabulary and, for each word, the entities having it, each with the best
/// field it is in and whether it begins a name.
///
/// The index of the names group also keeps, per entity, the word numbers of its name and
/// aliases in order, to tell whether a name begins with a query of several words.
struct WordIndex: Sendable {
  /// The distinct words.
  let vocabulary: WordVocabulary
  /// Word `w`'s postings are at `postingStarts[w]..<postingStarts[w + 1]`.
  let postingStarts: Column<UInt32>
  /// Entity indices, ascending within each word.
  let postingEntities: Column<UInt32>
  /// `WordPosting` flags, parallel to `postingEntities`.
  let postingFlags: Column<UInt8>
  /// Entity `e`'s names are `nameWords[nameStarts[e]..<nameStarts[e + 1]]`: for each name
  /// and alias, `NameWords.separator` and then its word numbers. Empty for bodies.
  let nameStarts: Column<UInt32>
  let nameWords: Column<UInt32>

  /// Marks the start of a name or alias in `nameWords`.
  static let nameSeparator = UInt32.max

  /// The names group: names, aliases and values of name and identifier properties.
  static func names(of entities: EntityRecords) -> WordIndex {
    group(names: true, of: entities)
  }

  /// The bodies group: summaries, other searchable property values and quotes.
  static func bodies(of entities: EntityRecords) -> WordIndex {
    group(names: false, of: entities)
  }

  /// The bodies group, continuing `begun`, which holds the first entities' fields already
  /// (see `beginBodies`).
  static func bodies(of entities: EntityRecords, continuing begun: WordIndexBuilder) -> WordIndex {
    var builder = begun
    add(builder.entityCount..<entities.count, names: false, of: entities, to: &builder)
    return builder.build()
  }

  /// The bodies group, continuing `begun` (the first entities' fields) up to entity
  /// `laterStart`, where `later` holds the fields of the entities from `laterStart` on,
  /// then going on after them.
  static func bodies(
    of entities: EntityRecords, continuing begun: WordIndexBuilder, joining later: WordIndexBuilder,
    at laterStart: Int
  ) -> WordIndex {
    var builder = begun
    add(builder.entityCount..<laterStart, names: false, of: entities, to: &builder)
    builder.append(later)
    add(builder.entityCount..<entities.count, names: false, of: entities, to: &builder)
    return builder.build()
  }

  /// The bodies group, going on from what was begun while a file was read in two halves:
  /// `begun` holds the first entities' fields, `later` those of the entities from `at` on.
  static func bodies(
    of entities: EntityRecords, begun: WordIndexBuilder?,
    later: (builder: WordIndexBuilder, at: Int)?
  ) -> WordIndex {
    if let later {
      return bodies(
        of: entities, continuing: begun ?? WordIndexBuilder(keepsNames: false, entityCount: 0),
        joining: later.builder, at: later.at)
    }
    if let begun { return bodies(of: entities, continuing: begun) }
    return bodies(of: entities)
  }

  /// A bodies builder holding the fields of entities from the first on, as many as were
  /// added before `shouldStop` said to stop (it is asked between entities).
  static func beginBodies(of entities: EntityRecords, until shouldStop: () -> Bool)
    -> WordIndexBuilder
  {
    var builder = WordIndexBuilder(keepsNames: false, entityCount: entities.count)
    for entity in 0..<entities.count {
      if shouldStop() { break }
      add(entity..<entity + 1, names: false, of: entities, to: &builder)
    }
    return builder
  }

  private static func group(names: Bool, of entities: EntityRecords) -> WordIndex {
    var builder = WordIndexBuilder(keepsNames: names, entityCount: entities.count)
    add(0..<entities.count, names: names, of: entities, to: &builder)
    return builder.build()
  }

  private static func add(
    _ range: Range<Int>, names: Bool, of entities: EntityRecords,
    to builder: inout WordIndexBuilder
  ) {
    for entity in range {
      entities.forEachSearchText(of: entity, names: names) { field, text in
        builder.add(field, utf8: text)
      }
      builder.endEntity()
    }
  }

  /// Where word `word`'s postings lie, kept within the postings even if the offsets were
  /// damaged.
  func postings(of word: Int) -> Range<Int> {
    let end = min(Int(postingStarts[word + 1]), postingEntities.count)
    return min(Int(postingStarts[word]), end)..<end
  }

  /// The words of entity `entity`'s name and aliases, one array per name.
  func names(of entity: Int) -> [ArraySlice<UInt32>] {
    let end = min(Int(nameStarts[entity + 1]), nameWords.count)
    let words = nameWords[min(Int(nameStarts[entity]), end)..<end]
    return words.split(separator: Self.nameSeparator, omittingEmptySubsequences: true)
  }
}
