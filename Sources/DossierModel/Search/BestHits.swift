/// The best `limit` hits seen so far, by inside-word or not, name match, field, exactness
/// and rank, kept in a max-heap so that a worse hit costs one comparison.
struct BestHits {
  private let limit: Int
  /// (sort key, hit); the worst kept hit is at the root.
  private var heap: [(key: UInt64, hit: SearchHit)] = []

  init(limit: Int) {
    self.limit = limit
  }

  /// The hit's place in the order: lower is better.
  private static func key(_ hit: SearchHit, rank: Int) -> UInt64 {
    (hit.isInsideWord ? 1 : 0) << 63 | UInt64(hit.nameMatch.rawValue) << 61
      | UInt64(hit.field.rawValue) << 57 | (hit.isExact ? 0 : 1) << 56 | UInt64(rank)
  }

  /// Whether `insert` would keep the hit now.
  func wouldKeep(_ hit: SearchHit, rank: Int) -> Bool {
    heap.count < limit || heap.first.map { Self.key(hit, rank: rank) < $0.key } == true
  }

  /// Offers a hit; it is kept when it ranks among the best `limit`.
  mutating func insert(_ hit: SearchHit, rank: Int) {
    let key = Self.key(hit, rank: rank)
    if heap.count < limit {
      heap.append((key, hit))
      siftUp(heap.count - 1)
    } else if let worst = heap.first, key < worst.key {
      heap[0] = (key, hit)
      siftDown(0)
    }
  }

  /// How many hits are kept.
  var count: Int { heap.count }

  /// The kept hits, best first.
  func sorted() -> [SearchHit] {
    heap.sorted { $0.key < $1.key }.map(\.hit)
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].key > heap[parent].key else { return }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < heap.count, heap[left].key > heap[largest].key { largest = left }
      if right < heap.count, heap[right].key > heap[largest].key { largest = right }
      guard largest != parent else { return }
      heap.swapAt(parent, largest)
      parent = largest
    }
  }
}
