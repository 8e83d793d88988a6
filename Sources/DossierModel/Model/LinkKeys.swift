/// The links reduced to integers: each link's ends as entity indices (-1 for an end outside
/// the dossier) and its relation as a number.
struct LinkKeys {
  let fromEntities: [Int32]
  let toEntities: [Int32]
  let relations: LinkRelations

  /// Numbers the links' relations in the order first met; `ends` are the links' ends as
  /// entity indices.
  init(_ links: [Link], ends: LinkEnds) {
    var relationOrdinals = [UInt32](repeating: 0, count: links.count)
    var relationNames: [String] = []
    var ordinalByRelation: [String: UInt32] = [:]
    var last: (relation: String, ordinal: UInt32)?
    for (index, link) in links.enumerated() {
      if let last, last.relation == link.relation {
        relationOrdinals[index] = last.ordinal
        continue
      }
      let ordinal: UInt32
      if let known = ordinalByRelation[link.relation] {
        ordinal = known
      } else {
        ordinal = UInt32(relationNames.count)
        relationNames.append(link.relation)
        ordinalByRelation[link.relation] = ordinal
      }
      relationOrdinals[index] = ordinal
      last = (link.relation, ordinal)
    }
    fromEntities = ends.from
    toEntities = ends.to
    relations = LinkRelations(firstMet: relationNames, firstMetOrdinals: relationOrdinals)
  }

  /// The links' ends looked up in `entityIndexByID`.
  static func ends(of links: [Link], in entityIndexByID: IDTable) -> LinkEnds {
    LinkEnds(
      from: links.map { link in entityIndexByID[link.from].map(Int32.init) ?? -1 },
      to: links.map { link in entityIndexByID[link.to].map(Int32.init) ?? -1 })
  }
}
