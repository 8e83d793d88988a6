extension FtMContentBuilder {
  /// Adds a record that becomes an entity: its first `name` names it, further names and
  /// aliases (`alias`, `previousName`, `weakAlias`) become aliases, the first `summary`
  /// (else `description`) its summary, the earliest start date dates an event; entity
  /// properties become links from it, every other property is kept with FtM's label.
  mutating func addEntity(_ record: FtMRecord, _ plan: FtMSchemaPlan, kind: EntityKind) {
    let hasSummary = record.properties.contains { $0.name == "summary" && !$0.values.isEmpty }
    var name: String?
    var extraNames: [String] = []
    var aliases: [String] = []
    var summary: String?
    var date: PartialDate?
    var properties: [Property] = []
    properties.reserveCapacity(record.properties.count)
    var references = FtMReferenceLinks()
    for property in record.properties where !property.values.isEmpty {
      guard let planned = plan.properties[property.name] else {
        properties.append(unknownProperty(property, of: record, schema: plan.schema))
        continue
      }
      if planned.isEntity {
        let start = links.count
        addReferences(property, planned, from: record)
        references.note(planned, links: start..<links.count)
        continue
      }
      if planned.isDate, let earliest = checkDates(property, of: record), kind == .event,
        planned.isTemporalStart, date.map({ earliest < $0 }) ?? true
      {
        date = earliest
      }
      switch property.name {
      case "name":
        if name == nil {
          name = property.values[0]
          extraNames += property.values.dropFirst()
        } else {
          extraNames += property.values
        }
      case "alias", "previousName", "weakAlias":
        aliases += property.values
      case "summary" where summary == nil, "description" where summary == nil && !hasSummary:
        summary = property.values[0]
        if property.values.count > 1 {
          properties.append(
            Property(
              key: property.name, label: planned.label, type: planned.type,
              values: Array(property.values.dropFirst())))
        }
      default:
        properties.append(
          Property(
            key: property.name, label: planned.label, type: planned.type, values: property.values))
      }
    }
    let entityName = name ?? caption(of: record, plan, kind: kind, references: references)
    appendEntity(
      Entity(
        id: record.id, kind: kind, name: entityName, type: plan.schema.label, summary: summary,
        aliases: extraNames + aliases, date: date, properties: properties), record)
  }

  /// One link from the record's entity (the next to be added) to each entity `property`
  /// names, with the relation FtM qualifies the property by (`Payment:payer`).
  private mutating func addReferences(
    _ property: FtMRawProperty, _ planned: FtMPlannedProperty, from record: FtMRecord
  ) {
    let relation = planned.relation
    if !planned.isRelationNoted {
      noteRelation(relation, planned.relationLabels)
      planned.isRelationNoted = true
    }
    for (index, value) in property.values.enumerated() {
      links.append(Link(from: record.id, to: value, relation: relation))
      linkOrigins.append(
        FtMLinkOrigin(
          path: record.path, fromEntity: entities.count, fromProperty: nil, fromIndex: 0,
          fromOffset: record.offset, toProperty: property.name, toIndex: index,
          toOffset: record.offset(of: property, at: index)))
    }
  }
}
