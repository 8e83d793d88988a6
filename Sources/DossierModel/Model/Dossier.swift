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

  private let entityIndexByID: [String: Int]
  private let sourceIndexByID: [String: Int]
  private let orderedIndicesByKind: [EntityKind: [Int]]
  /// Each entity's position in the canonical order: timeline, then actors, then projects.
  private let canonicalRank: [Int]
  private let outgoingLinks: [[Int]]
  private let incomingLinks: [[Int]]

  /// Indexes content that has already been validated.
  init(indexing content: DossierContent) {
    self.content = content
    let entities = content.entities
    entityIndexByID = Dictionary(
      entities.indices.map { (entities[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    sourceIndexByID = Dictionary(
      content.sources.indices.map { (content.sources[$0].id, $0) },
      uniquingKeysWith: { first, _ in first })

    var writer = FoldedTextWriter()
    let sortKeys = entities.map { entity in
      let start = writer.bytes.count
      writer.append(entity.name)
      return Array(writer.bytes[start...])
    }
    func byName(_ left: Int, _ right: Int) -> Bool {
      if sortKeys[left] != sortKeys[right] {
        return sortKeys[left].lexicographicallyPrecedes(sortKeys[right])
      }
      return entities[left].id < entities[right].id
    }
    let events = entities.indices.filter { entities[$0].kind == .event }
    let timeline = events.sorted { left, right in
      switch (entities[left].date, entities[right].date) {
      case (let leftDate?, let rightDate?):
        return leftDate != rightDate ? leftDate < rightDate : byName(left, right)
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return byName(left, right)
      }
    }
    self.timeline = timeline
    var ordered: [EntityKind: [Int]] = [.event: timeline]
    for kind in [EntityKind.actor, .project] {
      ordered[kind] = entities.indices.filter { entities[$0].kind == kind }.sorted(by: byName)
    }
    orderedIndicesByKind = ordered

    var rank = [Int](repeating: 0, count: entities.count)
    for (position, index) in EntityKind.allCases.flatMap({ ordered[$0]! }).enumerated() {
      rank[index] = position
    }
    canonicalRank = rank

    var outgoing = [[Int]](repeating: [], count: entities.count)
    var incoming = [[Int]](repeating: [], count: entities.count)
    for (linkIndex, link) in content.links.enumerated() {
      if let from = entityIndexByID[link.from] { outgoing[from].append(linkIndex) }
      if let to = entityIndexByID[link.to] { incoming[to].append(linkIndex) }
    }
    outgoingLinks = outgoing
    incomingLinks = incoming
    searchIndex = SearchIndex(entities: entities, rank: rank)
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
    entityIndexByID[id].map { content.entities[$0] }
  }

  /// The position of the entity with this id in `entities`, if any.
  public func entityIndex(id: String) -> Int? { entityIndexByID[id] }

  /// The source with this id, if any.
  public func source(id: String) -> Source? {
    sourceIndexByID[id].map { content.sources[$0] }
  }

  /// The entities of one kind: events in timeline order, actors and projects by name.
  public func entities(of kind: EntityKind) -> [Entity] {
    orderedIndicesByKind[kind, default: []].map { content.entities[$0] }
  }

  /// How many entities of a kind the dossier holds.
  public func count(of kind: EntityKind) -> Int {
    orderedIndicesByKind[kind, default: []].count
  }

  /// Every link that leaves or reaches the entity, grouped by relation and direction:
  /// outgoing groups first, then incoming (backlinks), each group ordered like the dossier.
  public func linkGroups(of id: String) -> [LinkGroup] {
    guard let index = entityIndexByID[id] else { return [] }
    return groups(outgoingLinks[index], direction: .outgoing)
      + groups(incomingLinks[index], direction: .incoming)
  }

  /// Ids closest in spelling to `id`, for "did you mean" suggestions.
  public func suggestions(for id: String, limit: Int = 3) -> [String] {
    NearestMatches.nearest(to: id, among: content.entities.map(\.id), limit: limit)
  }

  private func groups(_ linkIndices: [Int], direction: LinkDirection) -> [LinkGroup] {
    var byRelation: [String: [LinkedEntity]] = [:]
    var relationOrder: [String] = []
    for linkIndex in linkIndices {
      let link = content.links[linkIndex]
      let otherID = direction == .outgoing ? link.to : link.from
      guard let other = entityIndexByID[otherID] else { continue }
      if byRelation[link.relation] == nil { relationOrder.append(link.relation) }
      byRelation[link.relation, default: []].append(
        LinkedEntity(link: link, entity: content.entities[other], direction: direction))
    }
    return relationOrder.sorted().map { relation in
      let items = byRelation[relation]!.sorted { left, right in
        canonicalRank[entityIndexByID[left.entity.id]!]
          < canonicalRank[entityIndexByID[right.entity.id]!]
      }
      return LinkGroup(relation: relation, direction: direction, items: items)
    }
  }
}
