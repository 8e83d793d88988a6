/// An event, actor or project: the things a dossier is about.
///
/// All three kinds share one shape; only events carry a date.
public struct Entity: Sendable, Hashable, Identifiable {
  /// A stable, unique id across the dossier (lowercase slug).
  public let id: String
  /// Event, actor or project.
  public let kind: EntityKind
  /// The display name.
  public let name: String
  /// The open subtype: person, country, organisation, wind farm, state visit, …
  public let type: String
  /// A short description.
  public let summary: String?
  /// Other names the entity is known by.
  public let aliases: [String]
  /// When an event happened, as precisely as known.
  public let date: PartialDate?
  /// True when the date is not stated by the sources but inferred.
  public let dateInferred: Bool
  /// How an inferred date was arrived at, or any remark on the date.
  public let dateNote: String?
  /// Quotes supporting the entity.
  public let evidence: [Evidence]
  /// Labelled facts: identifiers, amounts, addresses, …, in the order given.
  public let properties: [Property]

  /// Creates an entity.
  public init(
    id: String, kind: EntityKind, name: String, type: String, summary: String? = nil,
    aliases: [String] = [], date: PartialDate? = nil, dateInferred: Bool = false,
    dateNote: String? = nil, evidence: [Evidence] = [],
    properties: [Property] = []
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.type = type
    self.summary = summary
    self.aliases = aliases
    self.date = date
    self.dateInferred = dateInferred
    self.dateNote = dateNote
    self.evidence = evidence
    self.properties = properties
  }
}

extension Entity {
  /// The date as precise as known, "~" in front when inferred: "2013", "~Sep 2022";
  /// nil when undated.
  public var dateLabel: String? {
    date.map { (dateInferred ? "~" : "") + $0.humanReadable }
  }
}
