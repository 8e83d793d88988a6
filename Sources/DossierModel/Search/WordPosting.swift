/// What a posting says of a word in an entity, in one byte: the best field the word is in
/// (low three bits) and whether it begins a name or alias, or is one on its own.
struct WordPosting {
  /// The word begins the entity's name or one of its aliases.
  static let beginsName: UInt8 = 1 << 3
  /// The entity's name or one of its aliases is this word alone.
  static let isWholeName: UInt8 = 1 << 4

  /// One word's flags merged with another sighting of it in the same entity: the better
  /// field, either name flag.
  static func merged(_ flags: UInt8, _ other: UInt8) -> UInt8 {
    min(flags & 7, other & 7) | ((flags | other) & ~7)
  }
}
