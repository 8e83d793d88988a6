/// Everything a dossier file says, as plain values, before indexing.
public struct DossierContent: Sendable, Hashable {
  /// The dossier's title.
  public var title: String
  /// What the dossier is about.
  public var description: String?
  /// The documents facts rest on.
  public var sources: [Source]
  /// All entities, in file order (events, then actors, then projects).
  public var entities: [Entity]
  /// All links, in file order.
  public var links: [Link]
  /// Labels for relations this dossier defines or overrides (by relation key); relations
  /// not listed here read as `RelationVocabulary` says.
  public var relations: [String: RelationLabels]

  /// Creates dossier content.
  public init(
    title: String, description: String? = nil, sources: [Source] = [], entities: [Entity] = [],
    links: [Link] = [], relations: [String: RelationLabels] = [:]
  ) {
    self.title = title
    self.description = description
    self.sources = sources
    self.entities = entities
    self.links = links
    self.relations = relations
  }

  /// How `relation` reads from one end: the dossier's own labels first, then the
  /// built-in vocabulary.
  public func label(for relation: String, direction: LinkDirection) -> String {
    Self.label(for: relation, direction: direction, relations: relations)
  }

  /// How `relation` reads from one end, given a dossier's own labels.
  static func label(
    for relation: String, direction: LinkDirection, relations: [String: RelationLabels]
  ) -> String {
    relations[relation]?.label(for: direction)
      ?? RelationVocabulary.label(for: relation, direction: direction)
  }
}
