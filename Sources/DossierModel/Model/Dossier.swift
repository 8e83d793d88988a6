/// A loaded, validated dossier with its indexes: immutable and safe to share across threads.
///
/// Build one with `DossierLoader` (every index is computed once, at load) or read one back
/// from a snapshot with `DossierCache` (entities and links are then decoded when asked
/// for). The browser and the commands read a dossier only through this interface: entities
/// and links by index, link groups, and search.
public struct Dossier: Sendable {
  /// The dossier's title.
  public let title: String
  /// What the dossier is about.
  public let description: String?
  /// All sources in file order.
  public let sources: [Source]
  /// All entities in file order.
  public let entities: EntityTable
  /// All links in file order.
  public let links: LinkTable
  /// Labels for relations this dossier defines or overrides.
  let relations: [String: RelationLabels]
  /// Indices into `entities` of the events, in timeline order, undated last.
  public let timeline: [Int]
  /// The keyword search index.
  public let searchIndex: SearchIndex

  /// What the file's format tolerates but a reader should know: references to entities
  /// not in the file, schemata or properties not known. Empty for a clean file.
  public let warnings: [LoadProblem]

  let indexes: EntityIndexes

  /// Indexes content that has already been validated, on two threads, so that the two take
  /// about as long. When an importer began the bodies' word index (`bodies`, summaries and
  /// quotes, finished in the background), one thread builds the list order, then the
  /// names' word index, and the other the other indexes once the order is known. Otherwise
  /// the bodies' index is the longest part: one thread builds it, the other the order, the
  /// names' index, then the other indexes, whose parts that need no order are built
  /// meanwhile in the background. `tables` hold the entities and links; `content`
  /// the rest (its entities and links are not read). `entityIDs` and `linkEnds`, when
  /// given, are the id table and the resolved link ends an importer already built.
  init(
    indexing tables: ContentTables, of content: DossierContent, warnings: [LoadProblem] = [],
    entityIDs: IDTable? = nil, linkEnds: LinkEnds? = nil, bodies: BackgroundValue<WordIndex>? = nil
  ) {
    let entities = tables.entities.records
    let links = tables.links.records
    let sources = content.sources
    let names: WordIndex
    let indexes: EntityIndexes
    let bodiesIndex: WordIndex
    if let bodies {
      let order = BackgroundValue { DisplayOrder(entities) }
      let built = ParallelPair(
        {
          _ = order.value
          return WordIndex.names(of: entities)
        },
        {
          let unordered = EntityIndexes.Unordered(
            entities: entities, links: links, entityIDs: entityIDs, linkEnds: linkEnds)
          return EntityIndexes(
            sources: sources, unordered: unordered, order: order.value,
            entityCount: entities.count)
        })
      (names, indexes, bodiesIndex) = (built.first, built.second, bodies.value)
    } else {
      let unordered = BackgroundValue {
        EntityIndexes.Unordered(
          entities: entities, links: links, entityIDs: entityIDs, linkEnds: linkEnds)
      }
      let built = ParallelPair(
        {
          let order = DisplayOrder(entities)
          let names = WordIndex.names(of: entities)
          let indexes = EntityIndexes(
            sources: sources, unordered: unordered.value, order: order,
            entityCount: entities.count)
          return (names, indexes)
        },
        { WordIndex.bodies(of: entities) })
      (names, indexes, bodiesIndex) = (built.first.0, built.first.1, built.second)
    }
    self.init(
      title: content.title, description: content.description, sources: sources,
      entities: tables.entities, links: tables.links, relations: content.relations,
      warnings: warnings, indexes: indexes,
      searchIndex: SearchIndex(
        names: names, bodies: bodiesIndex,
        kinds: (0..<entities.count).map { entities.kind(at: $0) }, rank: indexes.canonicalRank))
  }

  /// A dossier of parts already built (read back from a snapshot).
  init(
    title: String, description: String?, sources: [Source], entities: EntityTable,
    links: LinkTable, relations: [String: RelationLabels], warnings: [LoadProblem],
    indexes: EntityIndexes, searchIndex: SearchIndex
  ) {
    self.title = title
    self.description = description
    self.sources = sources
    self.entities = entities
    self.links = links
    self.relations = relations
    self.warnings = warnings
    self.indexes = indexes
    self.searchIndex = searchIndex
    timeline = indexes.timeline
  }

  /// The dossier's content as plain values (for a reopened dossier, every entity and link
  /// decoded: for exports, not for browsing).
  public var content: DossierContent {
    DossierContent(
      title: title, description: description, sources: sources, entities: entities.values,
      links: links.values, relations: relations)
  }

  /// How `relation` reads from one end: the dossier's own labels first, then the
  /// built-in vocabulary.
  public func label(for relation: String, direction: LinkDirection) -> String {
    DossierContent.label(for: relation, direction: direction, relations: relations)
  }

  /// The entity with this id, if any.
  public func entity(id: String) -> Entity? {
    indexes.ids.index(of: id).map { entities[$0] }
  }

  /// The position of the entity with this id in `entities`, if any.
  public func entityIndex(id: String) -> Int? { indexes.ids.index(of: id) }

  /// The source with this id, if any.
  public func source(id: String) -> Source? {
    indexes.sourceIndexByID[id].map { sources[$0] }
  }

  /// The entities of one kind: events in timeline order, actors and projects by name.
  public func entities(of kind: EntityKind) -> [Entity] {
    indexes.orderedIndicesByKind[kind, default: []].map { entities[$0] }
  }

  /// Indices into `entities` of one kind, in the order of `entities(of:)`.
  public func indices(of kind: EntityKind) -> [Int] {
    indexes.orderedIndicesByKind[kind, default: []]
  }

  /// The position of the entity at `index` in `indices(of:)` of its kind.
  public func listPosition(of index: Int) -> Int {
    let kind = entities.kind(at: index)
    let earlier = EntityKind.allCases.prefix { $0 != kind }.reduce(0) { $0 + count(of: $1) }
    return indexes.canonicalRank[index] - earlier
  }

  /// The entities' distinct subtypes ("person", "wind farm", …), in the order first met.
  public var entityTypes: [String] { indexes.typeNames }

  /// Every entity's subtype, as a position in `entityTypes`, by entity index.
  public var typeNumbers: [UInt32] { indexes.typeNumbers }

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
    guard let index = indexes.ids.index(of: id) else { return [] }
    return groups(.outgoing, of: index, limit, complete)
      + groups(.incoming, of: index, limit, complete)
  }

  /// Ids closest in spelling to `id`, for "did you mean" suggestions.
  public func suggestions(for id: String, limit: Int = 3) -> [String] {
    NearestMatches.nearest(
      to: id, among: entities.indices.map { entities.id(at: $0) }, limit: limit)
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
      let ends = direction == .outgoing ? indexes.linkTargets : indexes.linkSources
      let items = shown.map { linkIndex in
        LinkedEntity(
          link: links[Int(linkIndex)], entity: entities[Int(ends[Int(linkIndex)])],
          direction: direction)
      }
      return LinkGroup(
        relation: relation, direction: direction, items: items, count: run.count,
        label: label(for: relation, direction: direction))
    }
  }
}
