/// The three kinds of entity a dossier holds.
public enum EntityKind: String, Sendable, CaseIterable, Hashable, Comparable {
  /// Something that happened, usually dated: a visit, an award, an agreement.
  case event
  /// Someone who acts: a person, country, organisation or publication.
  case actor
  /// Something undertaken: an initiative, a plant, a partnership.
  case project

  /// The plural noun used in the file format and on the command line.
  public var plural: String { rawValue + "s" }

  /// The kind named by its plural (`events`) or singular (`event`) noun.
  public init?(noun: String) {
    let lowered = noun.lowercased()
    guard let kind = Self.allCases.first(where: { $0.rawValue == lowered || $0.plural == lowered })
    else { return nil }
    self = kind
  }

  /// Events first, then actors, then projects.
  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
