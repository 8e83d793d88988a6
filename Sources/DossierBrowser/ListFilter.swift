import DossierModel

/// What the lists are narrowed to, as Aleph's facets: types of each kind, a range of
/// years for events, and an entity the others must be linked to. The parts combine; an
/// empty filter keeps everything.
public struct ListFilter: Sendable, Hashable {
  /// The subtypes kept (lowercased, as the lists group them), per kind; a kind without
  /// an entry keeps all of its types.
  public var types: [EntityKind: Set<String>] = [:]
  /// Events from this year on; undated events are left out once a year is set.
  public var fromYear: Int?
  /// Events up to this year.
  public var toYear: Int?
  /// Only entities linked to this one (an index into `Dossier.entities`), either way.
  public var linkedTo: Int?

  /// No filter.
  public init() {}

  /// True when the filter keeps everything.
  public var isEmpty: Bool {
    types.values.allSatisfy(\.isEmpty) && fromYear == nil && toYear == nil && linkedTo == nil
  }

  /// The filter in a few words: "event: payment · 2019–2023 · linked to China".
  public func summary(in dossier: Dossier) -> String {
    var parts: [String] = []
    for kind in EntityKind.allCases {
      guard let kept = types[kind], !kept.isEmpty else { continue }
      parts.append("\(kind.rawValue): " + kept.sorted().joined(separator: ", "))
    }
    switch (fromYear, toYear) {
    case (let from?, let to?): parts.append(from == to ? "\(from)" : "\(from)–\(to)")
    case (let from?, nil): parts.append("from \(from)")
    case (nil, let to?): parts.append("up to \(to)")
    case (nil, nil): break
    }
    if let linkedTo { parts.append("linked to " + dossier.entities.name(at: linkedTo)) }
    return SafeText.neutralized(parts.joined(separator: " · "))
  }
}
