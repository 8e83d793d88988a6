/// The lookups a dossier answers from: ids, kinds in order, the timeline, link adjacency.
struct EntityIndexes: Sendable {
  /// Indices of the events in timeline order, undated last.
  let timeline: [Int]
  /// Finds an entity's index by its id.
  let ids: EntityIDLookup
  let sourceIndexByID: [String: Int]
  let orderedIndicesByKind: [EntityKind: [Int]]
  /// Each entity's position in the canonical order: timeline, then actors, then projects.
  let canonicalRank: [Int]
  /// Each link's relation as a number, in the order of the relation names.
  let linkRelations: LinkRelations
  /// The entities' distinct subtypes, in the order first met.
  let typeNames: [String]
  /// Each entity's subtype, as a position in `typeNames`.
  let typeNumbers: [UInt32]
  /// Each link's `from` entity (-1 when outside the dossier).
  let linkSources: [Int32]
  /// Each link's `to` entity (-1 when outside the dossier).
  let linkTargets: [Int32]
  /// Each entity's links from it, in the order of its link groups.
  let outgoingLinks: Adjacency
  /// Each entity's links to it (backlinks), in the order of its link groups.
  let incomingLinks: Adjacency

  /// The indexes of `entityCount` validated entities, from the parts that need no order
  /// and the list order.
  init(sources: [Source], unordered: Unordered, order: DisplayOrder, entityCount: Int) {
    ids = .table(unordered.entityIndexByID)
    sourceIndexByID = Dictionary(
      sources.indices.map { (sources[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    timeline = order.timeline
    orderedIndicesByKind = [.event: order.timeline, .actor: order.actors, .project: order.projects]
    let ordered = orderedIndicesByKind

    let canonicalOrder = EntityKind.allCases.flatMap { ordered[$0]! }
    var rank = [Int](repeating: 0, count: entityCount)
    for (position, index) in canonicalOrder.enumerated() {
      rank[index] = position
    }
    canonicalRank = rank
    (typeNames, typeNumbers) = (unordered.typeNames, unordered.typeNumbers)
    let links = unordered.links
    linkRelations = links.relations
    linkSources = links.fromEntities
    linkTargets = links.toEntities
    // Files tend to list links by `from`, so that ordering them by the rank of `from` is
    // quick; the outgoing order then comes from the incoming one without a sort.
    incomingLinks = Adjacency(
      ownEnds: links.toEntities, otherEnds: links.fromEntities, relations: links.relations,
      rank: rank)
    outgoingLinks = Adjacency(
      ownEnds: links.fromEntities, opposite: incomingLinks, canonicalOrder: canonicalOrder,
      relations: links.relations)
  }

  /// The parts of the indexes that need no list order, which can be built while the order
  /// is: the id table, the links as integers, and each entity's type as a number.
  struct Unordered: Sendable {
    let entityIndexByID: IDTable
    let links: LinkKeys
    let typeNames: [String]
    let typeNumbers: [UInt32]

    /// The parts of validated content, taking the id table and the link ends when given.
    init(
      entities: EntityRecords, links linkRecords: LinkRecords, entityIDs given: IDTable?,
      linkEnds: LinkEnds?
    ) {
      entityIndexByID = given ?? EntityIndexes.idTable(of: entities)
      let linkEnds = linkEnds ?? LinkKeys.ends(of: linkRecords, in: entityIndexByID)
      links = LinkKeys(linkRecords, ends: linkEnds)
      (typeNames, typeNumbers) = EntityIndexes.numberTypes(of: entities)
    }
  }
}

extension EntityIndexes {
  /// Each entity's id with its index; the first of two entities with one id wins.
  fileprivate static func idTable(of entities: EntityRecords) -> IDTable {
    var table = IDTable(capacity: entities.count)
    for index in 0..<entities.count {
      table.insert(entities.leadingBytes(at: index, skipping: 0), value: index)
    }
    return table
  }

  /// The distinct types of `entities` in the order first met, and each entity's.
  fileprivate static func numberTypes(of entities: EntityRecords) -> ([String], [UInt32]) {
    var names: [String] = []
    var numberOfName = IDTable()
    let numbers = (0..<entities.count).map { entity in
      let type = entities.leadingBytes(at: entity, skipping: 2)
      let stored = numberOfName.insert(type, value: names.count)
      if stored.inserted { names.append(String(decoding: type, as: UTF8.self)) }
      return UInt32(stored.value)
    }
    return (names, numbers)
  }

  /// Indexes read back from a snapshot.
  init(
    timeline: [Int], ids: EntityIDLookup, sources: [Source],
    orderedIndicesByKind: [EntityKind: [Int]], canonicalRank: [Int],
    typeNames: [String], typeNumbers: [UInt32], linkRelations: LinkRelations,
    linkSources: [Int32], linkTargets: [Int32], outgoingLinks: Adjacency, incomingLinks: Adjacency
  ) {
    self.timeline = timeline
    self.ids = ids
    sourceIndexByID = Dictionary(
      sources.indices.map { (sources[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    self.orderedIndicesByKind = orderedIndicesByKind
    self.canonicalRank = canonicalRank
    self.typeNames = typeNames
    self.typeNumbers = typeNumbers
    self.linkRelations = linkRelations
    self.linkSources = linkSources
    self.linkTargets = linkTargets
    self.outgoingLinks = outgoingLinks
    self.incomingLinks = incomingLinks
  }
}
