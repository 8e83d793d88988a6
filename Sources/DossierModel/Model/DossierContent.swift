/// Everything a dossier file says, as plain values, before indexing.
public struct DossierContent: Sendable, Hashable {
  /// The dossier's title.
  public var title: String
  /// What the dossier is about.
  public var description: String?
  /// The documents facts rest on.
  public var sources: [Source]
  /// All entities, in file order: a native file's events, then its actors, then its
  /// projects; an FtM stream's in the stream's order, kinds mixed. The browser, the lists
  /// and the native and Markdown exports show each kind on its own, so there a content and
  /// its `inNativeOrder` are the same dossier; the FtM export writes this order.
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

  /// This content with its entities as a native file holds them (and the native export
  /// writes them): events, then actors, then projects, each kind in its own order.
  public var inNativeOrder: DossierContent {
    var ordered = self
    ordered.entities = EntityKind.allCases.flatMap { kind in entities.filter { $0.kind == kind } }
    return ordered
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
