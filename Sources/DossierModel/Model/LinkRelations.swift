/// The relations of a dossier's links, numbered in the order of their names, so that links
/// can be grouped and ordered by relation with integer comparisons.
struct LinkRelations: Sendable {
  /// The distinct relations, in `String` order.
  let names: [String]
  /// For each link, the position of its relation in `names`.
  let ordinals: [UInt32]

  /// Relations read back from a snapshot.
  init(names: [String], ordinals: [UInt32]) {
    self.names = names
    self.ordinals = ordinals
  }

  /// Renumbers relations numbered in the order they were first met (`firstMet[n]` is
  /// relation `n`; `firstMetOrdinals` gives each link's) in the order of their names.
  init(firstMet: [String], firstMetOrdinals: [UInt32]) {
    let order = firstMet.indices.sorted { firstMet[$0] < firstMet[$1] }
    var nameOrdinals = [UInt32](repeating: 0, count: firstMet.count)
    for (position, firstMetNumber) in order.enumerated() {
      nameOrdinals[firstMetNumber] = UInt32(position)
    }
    self.names = order.map { firstMet[$0] }
    ordinals = firstMetOrdinals.map { nameOrdinals[Int($0)] }
  }
}
