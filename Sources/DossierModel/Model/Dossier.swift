/// A loaded, validated dossier with its indexes: immutable and safe to share across threads.
///
/// Build one with `DossierLoader`; every index is computed once, at load.
public struct Dossier: Sendable {
  /// The dossier's content as read from its file.
  public let content: DossierContent
  /// Indices into `content.entities` of the events, in timeline order, undated last.
  public let timeline: [Int]
  /// The keyword search index.
  public let searchIndex: SearchIndex

  /// What the file's format tolerates but a reader should know: references to entities
  /// not in the file, schemata or properties not known. Empty for a clean file.
  public let warnings: [LoadProblem]

  private let indexes: EntityIndexes

  /// Indexes content that has already been validated, on two threads: the summaries and
  /// quotes for search on one, names and everything else on the other.
  /// `entityIndexByID`, when given, is the id table an importer already built;
  /// `searchIndexes`, when given, are the search indexes of this content read back from a
  /// snapshot.
  init(
    indexing content: DossierContent, warnings: [LoadProblem] = [],
    entityIndexByID: [String: Int]? = nil,
    searchIndexes: (names: WordIndex, bodies: WordIndex)? = nil
  ) {
    self.content = content
    self.warnings = warnings
    let entities = content.entities
    let names: WordIndex
    let bodies: WordIndex
    if let searchIndexes {
      indexes = EntityIndexes(content, entityIndexByID: entityIndexByID)
      (names, bodies) = searchIndexes
    } else {
      let built = ParallelPair(
        { WordIndex.bodies(of: entities) },
        {
          (WordIndex.names(of: entities), EntityIndexes(content, entityIndexByID: entityIndexByID))
        }
      )
      indexes = built.second.1
      (names, bodies) = (built.second.0, built.first)
    }
    timeline = indexes.timeline
    searchIndex = SearchIndex(
      names: names, bodies: bodies, kinds: entities.map(\.kind), rank: indexes.canonicalRank)
  }

  /// The dossier's title.
  public var title: String { content.title }
  /// All entities in file order.
  public var entities: [Entity] { content.entities }
  /// All links in file order.
  public var links: [Link] { content.links }
  /// All sources in file order.
  public var sources: [Source] { content.sources }

  /// The entity with this id, if any.
  public func entity(id: String) -> Entity? {
    indexes.entityIndexByID[id].map { content.entities[$0] }
  }

  /// The position of the entity with this id in `entities`, if any.
  public func entityIndex(id: String) -> Int? { indexes.entityIndexByID[id] }

  /// The source with this id, if any.
  public func source(id: String) -> Source? {
    indexes.sourceIndexByID[id].map { content.sources[$0] }
  }

  /// The entities of one kind: events in timeline order, actors and projects by name.
  public func entities(of kind: EntityKind) -> [Entity] {
    indexes.orderedIndicesByKind[kind, default: []].map { content.entities[$0] }
  }

  /// Indices into `entities` of one kind, in the order of `entities(of:)`.
  public func indices(of kind: EntityKind) -> [Int] {
    indexes.orderedIndicesByKind[kind, default: []]
  }

  /// How many entities of a kind the dossier holds.
  public func count(of kind: EntityKind) -> Int {
    indexes.orderedIndicesByKind[kind, default: []].count
  }

  /// Every link that leaves or reaches the entity, grouped by relation and direction:
  /// outgoing groups first, then incoming (backlinks), each group ordered like the dossier.
  ///
  /// With `limit`, each group carries only its first `limit` links (and still its full
  /// `count`), unless its key (`direction:relation`) is in `complete`. The links are kept in
  /// this order since the load, so a limited group costs its `limit` links, not its count.
  public func linkGroups(of id: String, limit: Int? = nil, complete: Set<String> = [])
    -> [LinkGroup]
  {
    guard let index = indexes.entityIndexByID[id] else { return [] }
    return groups(.outgoing, of: index, limit, complete)
      + groups(.incoming, of: index, limit, complete)
  }

  /// Ids closest in spelling to `id`, for "did you mean" suggestions.
  public func suggestions(for id: String, limit: Int = 3) -> [String] {
    NearestMatches.nearest(to: id, among: content.entities.map(\.id), limit: limit)
  }

  private func groups(
    _ direction: LinkDirection, of entity: Int, _ limit: Int?, _ complete: Set<String>
  ) -> [LinkGroup] {
    let adjacency = direction == .outgoing ? indexes.outgoingLinks : indexes.incomingLinks
    let relations = indexes.linkRelations
    return adjacency.relationRuns(of: entity, relations: relations).map { run in
      let relation = relations.names[Int(relations.ordinals[Int(run.first!)])]
      let isComplete = complete.contains(direction.rawValue + ":" + relation)
      let shown = isComplete ? run : run.prefix(limit ?? run.count)
      let items = shown.map { linkIndex in
        let link = content.links[Int(linkIndex)]
        let other = indexes.entityIndexByID[direction == .outgoing ? link.to : link.from]!
        return LinkedEntity(link: link, entity: content.entities[other], direction: direction)
      }
      return LinkGroup(
        relation: relation, direction: direction, items: items, count: run.count,
        label: content.label(for: relation, direction: direction))
    }
  }
}
