/// The links reduced to integers: each link's ends as entity indices (-1 for an end outside
/// the dossier) and its relation as a number.
struct LinkKeys {
  let fromEntities: [Int32]
  let toEntities: [Int32]
  let relations: LinkRelations

  /// Numbers the links' relations in the order first met; `ends` are the links' ends as
  /// entity indices.
  init(_ links: LinkRecords, ends: LinkEnds) {
    var relationOrdinals = [UInt32](repeating: 0, count: links.count)
    var relationNames: [String] = []
    var ordinalByRelation: [String: UInt32] = [:]
    var last: (relation: UnsafeBufferPointer<UInt8>, ordinal: UInt32)?
    for index in 0..<links.count {
      let relation = links.leadingBytes(at: index, skipping: 2)
      if let last, last.relation.elementsEqual(relation) {
        relationOrdinals[index] = last.ordinal
        continue
      }
      let name = String(decoding: relation, as: UTF8.self)
      let ordinal: UInt32
      if let known = ordinalByRelation[name] {
        ordinal = known
      } else {
        ordinal = UInt32(relationNames.count)
        relationNames.append(name)
        ordinalByRelation[name] = ordinal
      }
      relationOrdinals[index] = ordinal
      last = (relation, ordinal)
    }
    fromEntities = ends.from
    toEntities = ends.to
    relations = LinkRelations(firstMet: relationNames, firstMetOrdinals: relationOrdinals)
  }

  /// The links' ends looked up in `entityIndexByID`.
  static func ends(of links: LinkRecords, in entityIndexByID: IDTable) -> LinkEnds {
    func ends(skipping: Int) -> [Int32] {
      (0..<links.count).map { link in
        let id = links.leadingBytes(at: link, skipping: skipping)
        return entityIndexByID[utf8: id].map(Int32.init) ?? -1
      }
    }
    return LinkEnds(from: ends(skipping: 0), to: ends(skipping: 1))
  }
}
