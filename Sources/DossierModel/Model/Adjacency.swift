/// For each entity, the indices of its links at one end, in one flat array (no array per
/// entity): entity `i`'s links are `links[starts[i]..<starts[i + 1]]`, in file order.
struct Adjacency: Sendable {
  private let starts: [Int32]
  private let links: [Int32]

  /// Groups link indices by the entity that `end` gives for each link (nil: skip it).
  init(entityCount: Int, linkCount: Int, end: (Int) -> Int?) {
    var counts = [Int32](repeating: 0, count: entityCount + 1)
    var ends = [Int32](repeating: -1, count: linkCount)
    for link in 0..<linkCount {
      guard let entity = end(link) else { continue }
      ends[link] = Int32(entity)
      counts[entity + 1] += 1
    }
    for entity in 0..<entityCount { counts[entity + 1] += counts[entity] }
    var next = counts
    var links = [Int32](repeating: 0, count: Int(counts[entityCount]))
    for link in 0..<linkCount where ends[link] >= 0 {
      let entity = Int(ends[link])
      links[Int(next[entity])] = Int32(link)
      next[entity] += 1
    }
    starts = counts
    self.links = links
  }

  /// The link indices of an entity.
  subscript(entity: Int) -> [Int] {
    links[Int(starts[entity])..<Int(starts[entity + 1])].map(Int.init)
  }
}
