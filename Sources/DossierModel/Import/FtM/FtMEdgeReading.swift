extension FtMContentBuilder {
  /// Adds an edge record (Ownership, Directorship, …) as one link from each entity at its
  /// source end to each at its target end, with the record's id, its roles joined, its
  /// earliest start date and its other properties. An edge missing an end is left out,
  /// with a warning.
  mutating func addEdge(_ record: FtMRecord, _ plan: FtMSchemaPlan) {
    guard let edge = plan.schema.edge else { return }
    edgeRecords.append((record.idString, ReadPosition(offset: record.offset, path: record.path)))
    var sources: FtMRawProperty?
    var targets: FtMRawProperty?
    var roles: [String] = []
    var date: PartialDate?
    var properties: [Property] = []
    for property in record.properties where !property.values.isEmpty {
      guard let planned = plan.property(named: record.bytes(of: property.name)) else {
        properties.append(
          unknownProperty(property, of: record, schema: plan.schema).property(of: record))
        continue
      }
      switch planned.resolved.property.name {
      case edge.source: sources = property
      case edge.target: targets = property
      case "role": roles += record.strings(of: property)
      default:
        if planned.isDate, let earliest = checkDates(property, of: record),
          planned.isTemporalStart, date.map({ earliest < $0 }) ?? true
        {
          date = earliest
        }
        properties.append(
          Property(
            key: planned.resolved.property.name, label: planned.label,
            type: planned.isEntity ? .identifier : planned.type,
            values: record.strings(of: property)))
      }
    }
    guard let sources, let targets else {
      let missing = sources == nil ? edge.source : edge.target
      warnings.report(
        "\(record.path).properties: \(plan.schema.name) without \"\(missing)\"; "
          + "the link is left out", at: record.offset)
      return
    }
    noteRelation(plan.schema.name, Self.labels(of: edge, plan))
    let role = roles.isEmpty ? nil : roles.joined(separator: ", ")
    let id = record.idString
    for (sourceIndex, source) in record.strings(of: sources).enumerated() {
      for (targetIndex, target) in record.strings(of: targets).enumerated() {
        links.append(
          Link(
            from: source, to: target, relation: plan.schema.name, role: role, date: date,
            id: id, properties: properties))
        linkOrigins.append(
          FtMLinkOrigin(
            path: record.path, fromEntity: nil, fromProperty: edge.source, fromIndex: sourceIndex,
            fromOffset: record.offset(of: sources, at: sourceIndex), toProperty: edge.target,
            toIndex: targetIndex, toOffset: record.offset(of: targets, at: targetIndex)))
      }
    }
  }

  /// How an edge reads: at its source, as the source property's reverse ("Assets and
  /// shares"); at its target, as the target property's reverse ("Ownership and Control").
  private static func labels(of edge: FtMEdge, _ plan: FtMSchemaPlan) -> RelationLabels {
    func reverse(_ name: String) -> String {
      plan.properties[name].flatMap { FtMModel.reverseLabel(of: $0.resolved.property) }
        ?? plan.schema.label
    }
    return RelationLabels(outgoing: reverse(edge.source), incoming: reverse(edge.target))
  }
}
