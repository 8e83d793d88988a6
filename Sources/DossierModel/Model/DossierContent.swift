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

  /// Creates dossier content.
  public init(
    title: String, description: String? = nil, sources: [Source] = [], entities: [Entity] = [],
    links: [Link] = []
  ) {
    self.title = title
    self.description = description
    self.sources = sources
    self.entities = entities
    self.links = links
  }
}
