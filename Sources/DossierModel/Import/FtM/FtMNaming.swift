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
  /// The links to the entities at the source end of an edge (the payer), or none.
  let sources: Range<Int>
  /// The links to the entities at the target end of an edge (the beneficiary), or to the
  /// entities the record is about (a sanction's entity).
  let targets: Range<Int>
  /// Whether the record is an edge (source → target) rather than about its targets.
  let isEdge: Bool
  /// A caption value to add in parentheses: a sanction's program.
  let detail: String?

  /// The same pending name, with the entity and link indices moved by these offsets.
  func shifted(entitiesBy entityOffset: Int, linksBy linkOffset: Int) -> FtMPendingName {
    FtMPendingName(
      index: index + entityOffset, label: label, amount: amount,
      sources: sources.lowerBound + linkOffset..<sources.upperBound + linkOffset,
      targets: targets.lowerBound + linkOffset..<targets.upperBound + linkOffset,
      isEdge: isEdge, detail: detail)
  }

  /// The name, given the name of the entity each link points to (nil for links left
  /// out, whose entities are then left out of the name).
  func name(resolving names: (Int) -> String?) -> String {
    let from = Self.list(sources, names)
    let to = Self.list(targets, names)
    var name = label
    name.reserveCapacity(
      label.utf8.count + (amount?.utf8.count ?? 0) + from.utf8.count + to.utf8.count
        + (detail?.utf8.count ?? 0) + 16)
    if let amount { name += " " + amount }
    switch (from.isEmpty, to.isEmpty) {
    case (false, false) where isEdge: name += ": " + from + " → " + to
    case (false, true): name += " from " + from
    case (true, false) where isEdge: name += " to " + to
    case (_, false): name += ": " + to
    default: break
    }
    if let detail { name += " (" + detail + ")" }
    return name
  }

  /// The names of the entities `links` point to, joined by commas.
  private static func list(_ links: Range<Int>, _ names: (Int) -> String?) -> String {
    if links.count == 1 { return names(links.lowerBound) ?? "" }
    return links.compactMap(names).joined(separator: ", ")
  }
}

/// The links an entity's record made, by the role they can play in its name.
struct FtMReferenceLinks {
  /// The links of the edge's source property (a payment's payer).
  var sources: Range<Int> = 0..<0
  /// The links of the edge's target property (a payment's beneficiary).
  var targets: Range<Int> = 0..<0
  /// The links of the first entity property in the record.
  var first: Range<Int>?

  /// Notes the links made by the entity property `property`.
  mutating func note(_ property: FtMPlannedProperty, links: Range<Int>) {
    if first == nil { first = links }
    if property.isEdgeSource { sources = links }
    if property.isEdgeTarget { targets = links }
  }
}

extension FtMContentBuilder {
  /// A name for an entity without a `name`: an address's full form (or its street,
  /// city and country), an actor's first caption value; events and projects are named
  /// after every record is read (see `FtMPendingName`), their schema label until then.
  mutating func caption(
    of record: FtMRecord, _ plan: FtMSchemaPlan, kind: EntityKind, references: FtMReferenceLinks
  ) -> String {
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
      DecimalText.groupingThousands(amount)
        + (record.firstValue(of: "currency").map { " " + $0.uppercased() } ?? "")
    }
    let isEdge = schema.edge != nil
    pendingNames.append(
      FtMPendingName(
        index: entities.count, label: schema.label, amount: amount,
        sources: references.sources,
        targets: isEdge ? references.targets : references.first ?? 0..<0,
        isEdge: isEdge, detail: captionValue))
    return schema.label
  }

  /// Names the entities whose names depend on others, now that all are read and each
  /// link's target is known (`linkTargets`, -1 for links left out). The renamed records
  /// are written in two halves at once.
  mutating func nameDependentEntities(linkTargets: [Int32]) {
    guard !pendingNames.isEmpty else { return }
    let pending = pendingNames
    let renamed = entities.withRecords { records in
      @Sendable func renamed(_ range: Range<Int>) -> RecordsBuilder {
        var renamed = RecordsBuilder()
        for pending in pending[range] {
          let name = pending.name { link in
            let target = Int(linkTargets[link])
            return target < 0 ? nil : records.leadingText(at: target, skipping: 1)
          }
          renamed.append {
            EntityRecordsBuilder.writeRenamed(
              records.record(at: pending.index), name: name, into: &$0)
          }
        }
        return renamed
      }
      let middle = pending.count / 2
      let halves = ParallelPair({ renamed(0..<middle) }, { renamed(middle..<pending.count) })
      var first = halves.first
      var second = halves.second
      first.append(emptying: &second)
      return first
    }
    entities.replaceRecords(at: pendingNames.map(\.index), with: renamed)
    pendingNames = []
  }
}
