import Synchronization

/// The chunks of one piece of work that two threads share, so that neither waits while
/// work remains: the chunks are cut into two regions, one per thread; each thread takes
/// its own region's chunks from the front, in order, then the other region's from the
/// back, one at a time.
///
/// A thread's own chunks are therefore always the first ones of its region, in order, and
/// can go into one result; each chunk taken from the other region needs a result of its
/// own, put back in place when the results are joined.
final class ChunkClaims: Sendable {
  /// A chunk given to a thread.
  struct Claim: Equatable {
    /// The chunk's index.
    let index: Int
    /// Whether it is the next chunk of the thread's own region.
    let isOwn: Bool
  }

  /// The chunks of each region that nobody took yet.
  private let unclaimed: Mutex<[Range<Int>]>

  /// Chunks `0..<count`: thread 0's region before `middle`, thread 1's from it.
  init(count: Int, middle: Int) {
    precondition(0 <= middle && middle <= count, "the middle must be one of the chunks' ends")
    unclaimed = Mutex([0..<middle, middle..<count])
  }

  /// The next chunk for `thread` (0 or 1), or nil when every chunk is taken.
  func next(for thread: Int) -> Claim? {
    unclaimed.withLock { regions in
      let own = regions[thread]
      if !own.isEmpty {
        regions[thread] = own.dropFirst()
        return Claim(index: own.lowerBound, isOwn: true)
      }
      let other = regions[1 - thread]
      guard !other.isEmpty else { return nil }
      regions[1 - thread] = other.dropLast()
      return Claim(index: other.upperBound - 1, isOwn: false)
    }
  }
}
