/// How to name an entity without a `name` once every entity is read: events and
/// projects read best with the names of the entities they involve, "Payment 1,200 EUR:
/// Acme Ltd → Jane Doe".
struct FtMPendingName {
  /// The entity's index in the builder's entities.
  let index: Int
  /// The schema's label: "Payment".
  let label: String
  /// The amount and currency, formatted: "1,200 EUR".
  let amount: String?
  /// The ids at the source end of an edge (the payer), or none.
  let sources: [String]
  /// The ids at the target end of an edge (the beneficiary), or the entities the record
  /// is about (a sanction's entity).
  let targets: [String]
  /// Whether the record is an edge (source → target) rather than about its targets.
  let isEdge: Bool
  /// A caption value to add in parentheses: a sanction's program.
  let detail: String?

  /// The name, given the names of the entities by id (missing ones are left out).
  func name(resolving names: (String) -> String?) -> String {
    let head = label + (amount.map { " " + $0 } ?? "")
    let from = Self.list(sources, names)
    let to = Self.list(targets, names)
    var name: String
    switch (from.isEmpty, to.isEmpty) {
    case (false, false) where isEdge: name = head + ": " + from + " → " + to
    case (false, true): name = head + " from " + from
    case (true, false) where isEdge: name = head + " to " + to
    case (_, false): name = head + ": " + to
    default: name = head
    }
    if let detail { name += " (" + detail + ")" }
    return name
  }

  /// The names of the entities `ids` that are known, joined by commas.
  private static func list(_ ids: [String], _ names: (String) -> String?) -> String {
    if ids.count == 1 { return names(ids[0]) ?? "" }
    return ids.compactMap(names).joined(separator: ", ")
  }
}

extension FtMContentBuilder {
  /// A name for an entity without a `name`: an address's full form (or its street,
  /// city and country), an actor's first caption value; events and projects are named
  /// after every record is read (see `FtMPendingName`), their schema label until then.
  mutating func caption(of record: FtMRecord, _ plan: FtMSchemaPlan, kind: EntityKind) -> String {
    let schema = plan.schema
    if schema.name == "Address" {
      if let full = record.firstValue(of: "full") { return full }
      let parts = ["street", "postalCode", "city", "country"].compactMap(record.firstValue)
      return parts.isEmpty ? schema.label : parts.joined(separator: ", ")
    }
    var captionValue: String?
    for name in schema.caption
    where name != "amount" && plan.properties[name]?.isEntity != true {
      captionValue = record.firstValue(of: name)
      if captionValue != nil { break }
    }
    guard kind != .actor else { return captionValue ?? schema.label }
    let amount = record.firstValue(of: "amount").map { amount in
      Self.groupingThousands(amount)
        + (record.firstValue(of: "currency").map { " " + $0.uppercased() } ?? "")
    }
    let edge = schema.edge
    let firstReference = record.properties.first {
      !$0.values.isEmpty && plan.properties[$0.name]?.isEntity == true
    }
    pendingNames.append(
      FtMPendingName(
        index: entities.count, label: schema.label, amount: amount,
        sources: edge.map { record.values(of: $0.source) } ?? [],
        targets: edge.map { record.values(of: $0.target) } ?? firstReference?.values ?? [],
        isEdge: edge != nil, detail: captionValue))
    return schema.label
  }

  /// Names the entities whose names depend on others, now that all are read.
  mutating func nameDependentEntities(_ indexByID: [String: Int]) {
    let names = pendingNames.map { pending in
      pending.name { id in indexByID[id].map { entities[$0].name } }
    }
    for (pending, name) in zip(pendingNames, names) {
      let old = entities[pending.index]
      entities[pending.index] = Entity(
        id: old.id, kind: old.kind, name: name, type: old.type, summary: old.summary,
        aliases: old.aliases, date: old.date, dateInferred: old.dateInferred,
        dateNote: old.dateNote, evidence: old.evidence, properties: old.properties)
    }
  }

  /// A decimal number with commas between groups of three digits: 1200.5 → "1,200.5";
  /// anything else as written.
  static func groupingThousands(_ amount: String) -> String {
    let sign = amount.hasPrefix("-") ? "-" : ""
    let unsigned = amount.dropFirst(sign.count)
    let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integer = parts[0]
    guard !integer.isEmpty, integer.allSatisfy(\.isASCIIDigit),
      parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit)
    else { return amount }
    var grouped = ""
    for (index, digit) in integer.enumerated() {
      if index > 0, (integer.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
  }

}

extension Character {
  /// Whether the character is one of the ASCII digits 0 to 9.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
