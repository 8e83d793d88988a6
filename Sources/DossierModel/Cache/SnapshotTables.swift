/// How entities, links and the dossier's other indexes are written to a snapshot as
/// columns, and read back in place.
extension SnapshotFile {
  mutating func writeEntities(_ entities: EntityTable) {
    let records = entities.records
    writeColumn(records.kinds)
    writeColumn(records.dates)
    writeColumn(records.offsets)
    writeColumn(records.bytes)
  }

  mutating func writeLinks(_ links: LinkTable) {
    writeColumn(links.records.offsets)
    writeColumn(links.records.bytes)
  }

  mutating func writeColumns(of indexes: EntityIndexes, entities: EntityTable) {
    writeColumn(indexes.timeline.map(UInt32.init))
    writeColumn(indexes.orderedIndicesByKind[.actor, default: []].map(UInt32.init))
    writeColumn(indexes.orderedIndicesByKind[.project, default: []].map(UInt32.init))
    writeColumn(indexes.canonicalRank.map(UInt32.init))
    writeColumn(indexes.typeNumbers)
    writeColumn(EntityIDLookup.order(of: entities))
    writeColumn(indexes.linkRelations.ordinals)
    writeColumn(indexes.linkSources)
    writeColumn(indexes.linkTargets)
    writeColumn(indexes.outgoingLinks.starts)
    writeColumn(indexes.outgoingLinks.links)
    writeColumn(indexes.incomingLinks.starts)
    writeColumn(indexes.incomingLinks.links)
  }
}

extension SnapshotColumns {
  mutating func nextEntities() throws(SnapshotError) -> EntityTable {
    let kinds = try next(UInt8.self)
    let dates = try next(UInt64.self)
    let offsets = try next(UInt64.self)
    let bytes = try next(UInt8.self)
    guard dates.count == kinds.count, offsets.count == kinds.count + 1 else {
      throw SnapshotError("the entity columns do not fit together")
    }
    return EntityTable(
      records: EntityRecords(kinds: kinds, dates: dates, offsets: offsets, bytes: bytes))
  }

  mutating func nextLinks() throws(SnapshotError) -> LinkTable {
    let offsets = try next(UInt64.self)
    let bytes = try next(UInt8.self)
    guard !offsets.isEmpty else { throw SnapshotError("the link columns do not fit together") }
    return LinkTable(records: LinkRecords(offsets: offsets, bytes: bytes))
  }

  /// The indexes, each checked to hold entity and link numbers in range, since they are
  /// used as array indices.
  mutating func nextIndexes(
    entities: EntityTable, linkCount: Int, sources: [Source], relationNames: [String],
    typeNames: [String]
  ) throws(SnapshotError) -> EntityIndexes {
    let entityCount = entities.count
    let timeline = try nextInts()
    let actors = try nextInts()
    let projects = try nextInts()
    let rank = try nextInts()
    let typeNumbers = try nextArray(UInt32.self)
    let idOrder = try next(UInt32.self)
    let ordinals = try nextArray(UInt32.self)
    let linkSources = try nextArray(Int32.self)
    let linkTargets = try nextArray(Int32.self)
    let outgoing = Adjacency(starts: try nextArray(Int32.self), links: try nextArray(Int32.self))
    let incoming = Adjacency(starts: try nextArray(Int32.self), links: try nextArray(Int32.self))
    let entityNumbers = 0..<entityCount
    guard
      timeline.count + actors.count + projects.count == entityCount,
      rank.count == entityCount, idOrder.count == entityCount,
      [timeline, actors, projects].allSatisfy({ $0.allSatisfy(entityNumbers.contains) }),
      rank.allSatisfy(entityNumbers.contains),
      typeNumbers.count == entityCount, typeNumbers.allSatisfy({ Int($0) < typeNames.count }),
      ordinals.count == linkCount, ordinals.allSatisfy({ Int($0) < relationNames.count }),
      [linkSources, linkTargets].allSatisfy({
        $0.count == linkCount && $0.allSatisfy { $0 >= -1 && Int($0) < entityCount }
      }),
      outgoing.fits(entityCount: entityCount, ownEnds: linkSources, otherEnds: linkTargets),
      incoming.fits(entityCount: entityCount, ownEnds: linkTargets, otherEnds: linkSources)
    else { throw SnapshotError("the indexes do not fit together") }
    return EntityIndexes(
      timeline: timeline, ids: .sorted(idOrder, entities), sources: sources,
      orderedIndicesByKind: [.event: timeline, .actor: actors, .project: projects],
      canonicalRank: rank, typeNames: typeNames, typeNumbers: typeNumbers,
      linkRelations: LinkRelations(names: relationNames, ordinals: ordinals),
      linkSources: linkSources, linkTargets: linkTargets, outgoingLinks: outgoing,
      incomingLinks: incoming)
  }
}

extension Adjacency {
  /// Whether the starts are in order and every link listed under an entity is a link
  /// whose own end is that entity and whose other end is in the dossier (`ownEnds` and
  /// `otherEnds` give each link's ends, already checked to be in range or -1).
  func fits(entityCount: Int, ownEnds: [Int32], otherEnds: [Int32]) -> Bool {
    guard starts.count == entityCount + 1, starts.first == 0, Int(starts.last!) == links.count
    else { return false }
    for entity in 0..<entityCount where starts[entity] > starts[entity + 1] { return false }
    let distance = CacheAhead.distance
    return links.withUnsafeBufferPointer { links in
      ownEnds.withUnsafeBufferPointer { ownEnds in
        otherEnds.withUnsafeBufferPointer { otherEnds in
          var entity = 0
          for position in 0..<links.count {
            while Int(starts[entity + 1]) <= position { entity += 1 }
            if position + distance < links.count {
              let ahead = Int(links[position + distance])
              if ahead >= 0, ahead < ownEnds.count {
                CacheAhead.request(ownEnds.baseAddress! + ahead)
                CacheAhead.request(otherEnds.baseAddress! + ahead)
              }
            }
            let link = Int(links[position])
            guard link >= 0, link < ownEnds.count, Int(ownEnds[link]) == entity,
              otherEnds[link] >= 0
            else { return false }
          }
          return true
        }
      }
    }
  }
}
