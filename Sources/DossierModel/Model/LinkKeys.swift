/// The links reduced to integers in one pass over them: each link's ends as entity indices
/// (-1 for an end outside the dossier) and its relation as a number.
struct LinkKeys {
  /// The index of each link's `from` entity, or -1.
  let fromEntities: [Int32]
  /// The index of each link's `to` entity, or -1.
  let toEntities: [Int32]
  /// Each link's relation.
  let relations: LinkRelations

  /// Reads the links' ends through the id table.
  init(_ links: [Link], entityIndexByID: [String: Int]) {
    var fromEntities = [Int32](repeating: -1, count: links.count)
    var toEntities = [Int32](repeating: -1, count: links.count)
    var relationOrdinals = [UInt32](repeating: 0, count: links.count)
    var relationNames: [String] = []
    var ordinalByRelation: [String: UInt32] = [:]
    for (index, link) in links.enumerated() {
      if let from = entityIndexByID[link.from] { fromEntities[index] = Int32(from) }
      if let to = entityIndexByID[link.to] { toEntities[index] = Int32(to) }
      if let ordinal = ordinalByRelation[link.relation] {
        relationOrdinals[index] = ordinal
      } else {
        let ordinal = UInt32(relationNames.count)
        relationNames.append(link.relation)
        ordinalByRelation[link.relation] = ordinal
        relationOrdinals[index] = ordinal
      }
    }
    self.fromEntities = fromEntities
    self.toEntities = toEntities
    relations = LinkRelations(firstMet: relationNames, firstMetOrdinals: relationOrdinals)
  }
}
