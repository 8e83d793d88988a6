/// The part of an entity a search word was found in, best first.
public enum SearchField: Int, Sendable, Comparable, CaseIterable {
  /// The entity's name.
  case name
  /// One of its aliases.
  case alias
  /// A value of one of its searchable properties (registration number, address, …).
  case property
  /// Its summary.
  case summary
  /// One of its evidence quotes.
  case quote

  /// Name first, quotes last.
  public static func < (lhs: SearchField, rhs: SearchField) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a query matched an entity's name or one of its aliases as a whole, best first.
public enum NameMatch: Int, Sendable, Comparable {
  /// The query is the whole name (or alias): `shaanxi` for "Shaanxi".
  case whole
  /// The name begins with the query's words: `acme trading` for "Acme Trading Ltd".
  case start
  /// Neither.
  case other

  /// Whole first.
  public static func < (lhs: NameMatch, rhs: NameMatch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entity that matched a query.
public struct SearchHit: Sendable, Hashable {
  /// The entity's position in `Dossier.entities`.
  public let entityIndex: Int
  /// Whether the query is the entity's whole name or alias, or how it begins; hits rank by
  /// this first.
  public let nameMatch: NameMatch
  /// The weakest field the query's words needed (every word is found at this field or a
  /// better one).
  public let field: SearchField
  /// True when every word matched a whole word; false when the last matched a prefix.
  public let isExact: Bool
  /// True when a word was found only inside a longer word of a name (`power` in
  /// "Hydropower plant"); such hits rank after all others.
  public let isInsideWord: Bool
}
