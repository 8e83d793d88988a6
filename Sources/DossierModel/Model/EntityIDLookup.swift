/// Finds an entity's index by its id: a hash table built at load, or, for a dossier read
/// back from a snapshot, the entity indices sorted by id searched by halves (nothing to
/// build when reopening).
enum EntityIDLookup: Sendable {
  case table(IDTable)
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

  /// Entity indices in the byte order of their ids, for a snapshot: sorted on the ids'
  /// first eight bytes as integers, and on the whole ids (in one buffer) only when those
  /// are equal.
  static func order(of entities: EntityTable) -> [UInt32] {
    var bytes: [UInt8] = []
    var starts: [Int] = []
    starts.reserveCapacity(entities.count + 1)
    var items: [(prefix: UInt64, index: UInt32)] = []
    items.reserveCapacity(entities.count)
    for index in entities.indices {
      starts.append(bytes.count)
      let id = entities.id(at: index).utf8
      var prefix: UInt64 = 0
      var position = 0
      for byte in id.prefix(8) {
        prefix = prefix << 8 | UInt64(byte)
        position += 1
      }
      prefix <<= UInt64(8 * (8 - position))
      items.append((prefix, UInt32(index)))
      bytes += id
    }
    starts.append(bytes.count)
    return bytes.withUnsafeBufferPointer { bytes in
      items.sorted { left, right in
        if left.prefix != right.prefix { return left.prefix < right.prefix }
        let leftID = bytes[starts[Int(left.index)]..<starts[Int(left.index) + 1]]
        let rightID = bytes[starts[Int(right.index)]..<starts[Int(right.index) + 1]]
        return leftID.lexicographicallyPrecedes(rightID)
      }.map(\.index)
    }
  }
}
