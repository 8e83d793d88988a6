import Synchronization

/// The names and bodies indexes folded with capitals kept, for smart-case searches: built
/// by the first search that needs them (once, whichever thread asks, both on two
/// threads), so that loads do not pay for them.
final class CasedIndexes: Sendable {
  private let built = Mutex<(names: FieldIndex, bodies: FieldIndex)?>(nil)

  /// The indexes over `entities`, building them the first time.
  func indexes(of entities: [Entity]) -> (names: FieldIndex, bodies: FieldIndex) {
    built.withLock { indexes in
      if let indexes { return indexes }
      let made = ParallelPair(
        { FieldIndex.names(of: entities, preservingCase: true) },
        { FieldIndex.bodies(of: entities, preservingCase: true) })
      indexes = (made.first, made.second)
      return (made.first, made.second)
    }
  }
}
