extension FtMContentBuilder {
  /// The properties whose values become the entity's aliases.
  static let aliasProperties: Set<String> = ["alias", "previousName", "weakAlias"]

  /// Adds a record that becomes an entity: its first `name` names it, further names and
  /// aliases become aliases, the first `summary` (else `description`) its summary, the
  /// earliest start date dates an event; entity properties become links from it, every
  /// other property is kept with FtM's label.
  mutating func addEntity(_ record: FtMRecord, _ plan: FtMSchemaPlan, kind: EntityKind) {
    let hasSummary = record.properties.contains { $0.name == "summary" && !$0.values.isEmpty }
    var name: String?
    var extraNames: [String] = []
    var aliases: [String] = []
    var summary: String?
    var date: PartialDate?
    var properties: [Property] = []
    for property in record.properties where !property.values.isEmpty {
      guard let resolved = plan.properties[property.name] else {
        properties.append(unknownProperty(property, of: record, schema: plan.schema))
        continue
      }
      let definition = resolved.property
      if definition.type == "entity" {
        addReferences(property, resolved, from: record)
        continue
      }
      if definition.type == "date", let earliest = checkDates(property, path: record.path),
        kind == .event, plan.schema.temporalStart.contains(property.name),
        date.map({ earliest < $0 }) ?? true
      {
        date = earliest
      }
      var values = property.values[...]
      switch property.name {
      case "name":
        if name == nil { name = values.removeFirst() }
        extraNames += values
        continue
      case _ where Self.aliasProperties.contains(property.name):
        aliases += values
        continue
      case "summary" where summary == nil, "description" where summary == nil && !hasSummary:
        summary = values.removeFirst()
      default:
        break
      }
      if !values.isEmpty {
        properties.append(
          Property(
            key: property.name, label: definition.label,
            type: FtMModel.propertyType(of: definition),
            values: Array(values)))
      }
    }
    let entityName = name ?? caption(of: record, plan, kind: kind)
    appendEntity(
      Entity(
        id: record.id, kind: kind, name: entityName, type: plan.schema.label, summary: summary,
        aliases: extraNames + aliases, date: date, properties: properties), record)
  }

  /// One link from the record's entity to each entity `property` names, with the
  /// relation FtM qualifies the property by (`Payment:payer`).
  private mutating func addReferences(
    _ property: FtMRawProperty, _ resolved: FtMResolvedProperty, from record: FtMRecord
  ) {
    let relation = resolved.qualifiedName
    let definition = resolved.property
    noteRelation(
      relation,
      RelationLabels(
        outgoing: definition.label,
        incoming: FtMModel.reverseLabel(of: definition) ?? definition.label))
    let path = record.path + ".properties"
    for (index, value) in property.values.enumerated() {
      links.append(Link(from: record.id, to: value, relation: relation))
      linkPositions.append(
        LinkPosition(
          path: path, fromOffset: record.offset, toOffset: property.valueOffsets[index],
          fromKey: "id", toKey: "\(property.name)[\(index)]"))
    }
  }
}
