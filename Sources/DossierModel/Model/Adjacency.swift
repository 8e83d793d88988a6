/// For each entity, the indices of its links at one end, in one flat array (no array per
/// entity): entity `i`'s links are `links[starts[i]..<starts[i + 1]]`.
///
/// They are stored in the order `Dossier.linkGroups` lists them: by relation (in the order
/// of its name), then by the canonical rank of the entity at the other end, then by link
/// index. A group is then a slice, and its first links need no sorting at each call.
/// Links with an end outside the dossier are left out.
struct Adjacency: Sendable {
  /// Entity `i`'s links are `links[starts[i]..<starts[i + 1]]`.
  let starts: [Int32]
  let links: [Int32]

  /// An adjacency read back from a snapshot.
  init(starts: [Int32], links: [Int32]) {
    self.starts = starts
    self.links = links
  }

  /// Orders the links by the entity at their `ownEnds` (the end seen from), then by
  /// relation, then by the `rank` of the entity at their `otherEnds`, then by index.
  /// An end of -1 is outside the dossier.
  init(ownEnds: [Int32], otherEnds: [Int32], relations: LinkRelations, rank: [Int]) {
    let linked = (0..<Int32(ownEnds.count)).lazy.filter {
      ownEnds[Int($0)] >= 0 && otherEnds[Int($0)] >= 0
    }
    let byOtherRank = stablyOrdered(linked, keyCount: rank.count) {
      rank[Int(otherEnds[Int($0)])]
    }.items
    self.init(
      ownEnds: ownEnds, byOtherRank: byOtherRank, relations: relations, entityCount: rank.count)
  }

  /// The same order seen from the other end of the links that `opposite` holds: reading
  /// `opposite` entity by entity in canonical order (`canonicalOrder[rank]` is the entity
  /// of that rank) lists the links by the rank of this adjacency's other end, which
  /// spares sorting them by it.
  init(ownEnds: [Int32], opposite: Adjacency, canonicalOrder: [Int], relations: LinkRelations) {
    var byOtherRank: [Int32] = []
    byOtherRank.reserveCapacity(opposite.links.count)
    for entity in canonicalOrder {
      byOtherRank += opposite.links[Int(opposite.starts[entity])..<Int(opposite.starts[entity + 1])]
    }
    self.init(
      ownEnds: ownEnds, byOtherRank: byOtherRank, relations: relations,
      entityCount: canonicalOrder.count)
  }

  /// Orders links already ordered by the rank of their other end (and then by index, or in
  /// an order that `Dossier.linkGroups` keeps for links between the same two entities).
  private init(
    ownEnds: [Int32], byOtherRank: [Int32], relations: LinkRelations, entityCount: Int
  ) {
    // Least significant key first: each counting sort keeps the order the previous made.
    let byRelation = stablyOrdered(byOtherRank, keyCount: relations.names.count) {
      Int(relations.ordinals[Int($0)])
    }.items
    (links, starts) = stablyOrdered(byRelation, keyCount: entityCount) {
      Int(ownEnds[Int($0)])
    }
  }

  /// The entity's link indices, one slice per relation, in the stored order.
  func relationRuns(of entity: Int, relations: LinkRelations) -> [ArraySlice<Int32>] {
    var runs: [ArraySlice<Int32>] = []
    var start = Int(starts[entity])
    let end = Int(starts[entity + 1])
    while start < end {
      let relation = relations.ordinals[Int(links[start])]
      var low = start + 1
      var high = end
      while low < high {
        let middle = (low + high) / 2
        if relations.ordinals[Int(links[middle])] == relation {
          low = middle + 1
        } else {
          high = middle
        }
      }
      runs.append(links[start..<low])
      start = low
    }
    return runs
  }
}
