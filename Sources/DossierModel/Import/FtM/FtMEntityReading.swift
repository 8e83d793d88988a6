extension FtMContentBuilder {
  /// Adds a record that becomes an entity: its first `name` names it, further names and
  /// aliases (`alias`, `previousName`, `weakAlias`) become aliases, the first `summary`
  /// (else `description`) its summary, the earliest start date dates an event; entity
  /// properties become links from it, every other property is kept with FtM's label.
  /// The entity's record is written from the file's bytes: no strings are made for it.
  mutating func addEntity(_ record: FtMRecord, _ plan: FtMSchemaPlan, kind: EntityKind) {
    entityIDs.prepare(toFind: record.bytes(of: record.id))
    let hasSummary = record.properties.contains {
      !$0.values.isEmpty && record.property($0, isNamed: "summary")
    }
    var name: JSONText?
    var extraNames: [JSONText] = []
    var aliases: [JSONText] = []
    var summary: JSONText?
    var date: PartialDate?
    var kept = keptProperties
    keptProperties = []
    kept.removeAll(keepingCapacity: true)
    var references = FtMReferenceLinks()
    for property in record.properties where !property.values.isEmpty {
      guard let planned = plan.property(named: record.bytes(of: property.name)) else {
        kept.append(unknownProperty(property, of: record, schema: plan.schema))
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
      let texts = record.values[property.values].lazy.map { $0.text }
      switch planned.namingRole {
      case .name:
        if name == nil {
          name = texts.first
          extraNames += texts.dropFirst()
        } else {
          extraNames += texts
        }
      case .alias:
        aliases += texts
      case .summary where summary == nil, .description where summary == nil && !hasSummary:
        summary = texts.first
        if property.values.count > 1 {
          kept.append(
            FtMKeptProperty(
              name: property.name, planned: planned, values: property.values.dropFirst()))
        }
      default:
        kept.append(FtMKeptProperty(name: property.name, planned: planned, values: property.values))
      }
    }
    let caption = name == nil ? caption(of: record, plan, kind: kind, references: references) : nil
    aliases = extraNames + aliases
    noteEntity(record)
    entities.append(kind: kind, date: date, inferred: false) { [kept] writer in
      writer.write(utf8: record.bytes(of: record.id))
      if let name { writer.write(utf8: record.bytes(of: name)) } else { writer.write(caption!) }
      writer.write(plan.schema.label)
      writer.write(optional: summary, of: record.reader)
      writer.write(UInt32(aliases.count))
      for alias in aliases { writer.write(utf8: record.bytes(of: alias)) }
      writer.write(nil as String?)
      writer.write(UInt32(0))
      writer.write(UInt32(kept.count))
      for property in kept { property.write(of: record, to: &writer) }
    }
    keptProperties = kept
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
    let path = record.path
    let from = record.bytes(of: record.id)
    for index in 0..<property.values.count {
      let value = record.values[property.values.lowerBound + index]
      links.append { writer in
        writer.write(utf8: from)
        writer.write(utf8: record.bytes(of: value.text))
        writer.write(relation)
        writer.write(nil as String?)
        writer.write(nil as PartialDate?)
        writer.write(UInt32(0))
        writer.write(nil as String?)
        writer.write(UInt32(0))
      }
      linkOrigins.append(
        FtMLinkOrigin(
          path: path, fromEntity: entities.count, fromProperty: nil, fromIndex: 0,
          fromOffset: record.offset, toProperty: planned.resolved.property.name, toIndex: index,
          toOffset: value.offset))
    }
  }
}

/// A property an entity keeps, as read: its name, its plan (none for a property its
/// schema lacks, kept as text under its own name) and which of its values.
struct FtMKeptProperty {
  let name: JSONText
  let planned: FtMPlannedProperty?
  let values: Range<Int>

  /// Writes the property as `SnapshotWriter.write(_: [Property])` writes one.
  func write(of record: FtMRecord, to writer: inout SnapshotWriter) {
    let key = record.bytes(of: name)
    writer.write(utf8: key)
    if let planned {
      planned.labelAndType.withUnsafeBufferPointer { writer.write(encoded: $0) }
    } else {
      writer.write(utf8: key)
      writer.write(PropertyType.text.rawValue)
    }
    writer.write(UInt32(values.count))
    for value in record.values[values] { writer.write(utf8: record.bytes(of: value.text)) }
  }

  /// The property as a value.
  func property(of record: FtMRecord) -> Property {
    let key = record.string(of: name)
    let strings = record.values[values].map { record.string(of: $0.text) }
    guard let planned else { return Property(key: key, label: key, type: .text, values: strings) }
    return Property(key: key, label: planned.label, type: planned.type, values: strings)
  }
}
