/// Finds an entity's index by its id: a hash table built at load, or, for a dossier read
/// back from a snapshot, the entity indices sorted by id searched by halves (nothing to
/// build when reopening).
enum EntityIDLookup: Sendable {
  case table([String: Int])
  /// Entity indices in the byte order of their ids, over the entities they index.
  case sorted(Column<UInt32>, EntityTable)

  /// The index of the entity with this id, if any.
  func index(of id: String) -> Int? {
    switch self {
    case .table(let table):
      return table[id]
    case .sorted(let order, let entities):
      let wanted = Array(id.utf8)
      var low = 0
      var high = order.count
      while low < high {
        let middle = (low + high) / 2
        let candidate = Int(order[middle])
        guard candidate < entities.count else { return nil }
        let found = Array(entities.id(at: candidate).utf8)
        if found == wanted { return candidate }
        if found.lexicographicallyPrecedes(wanted) { low = middle + 1 } else { high = middle }
      }
      return nil
    }
  }

  /// Entity indices in the byte order of their ids, for a snapshot.
  static func order(of entities: EntityTable) -> [UInt32] {
    let ids = entities.indices.map { Array(entities.id(at: $0).utf8) }
    return entities.indices.sorted { ids[$0].lexicographicallyPrecedes(ids[$1]) }.map {
      UInt32($0)
    }
  }
}
