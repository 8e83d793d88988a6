extension Dossier {
  /// How many links the entity at `index` has, either way (links to itself counted once
  /// per end).
  public func linkCount(of index: Int) -> Int {
    let outgoing = indexes.outgoingLinks.starts
    let incoming = indexes.incomingLinks.starts
    return Int(outgoing[index + 1] - outgoing[index]) + Int(incoming[index + 1] - incoming[index])
  }

  /// Calls `body` with the entity at the other end of each of the entity's links, either
  /// way: an entity linked twice is met twice.
  public func forEachNeighbour(of index: Int, _ body: (Int) -> Void) {
    let outgoing = indexes.outgoingLinks
    for link in outgoing.links[Int(outgoing.starts[index])..<Int(outgoing.starts[index + 1])] {
      body(Int(indexes.linkTargets[Int(link)]))
    }
    let incoming = indexes.incomingLinks
    for link in incoming.links[Int(incoming.starts[index])..<Int(incoming.starts[index + 1])] {
      body(Int(indexes.linkSources[Int(link)]))
    }
  }

  /// The `limit` entities with the most links, most first (ties by index), in one pass.
  public func mostLinked(limit: Int) -> [Int] {
    guard limit > 0 else { return [] }
    var top: [(count: Int, index: Int)] = []
    let entityCount = entities.count
    indexes.outgoingLinks.starts.withUnsafeBufferPointer { outgoing in
      indexes.incomingLinks.starts.withUnsafeBufferPointer { incoming in
        var least = 0
        for index in 0..<entityCount {
          let count =
            Int(outgoing[index + 1] - outgoing[index]) + Int(incoming[index + 1] - incoming[index])
          guard count > least || (count > 0 && top.count < limit) else { continue }
          let position = top.partitionPoint(where: { $0.count < count })
          top.insert((count, index), at: position)
          if top.count > limit { top.removeLast() }
          least = top.count < limit ? 0 : top[top.count - 1].count
        }
      }
    }
    return top.map(\.index)
  }
}
