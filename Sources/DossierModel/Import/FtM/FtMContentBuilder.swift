/// Turns FtM records, one at a time, into dossier entities and links (see
/// `FtMImporter` for the mapping), then, once every record is in, names the entities
/// whose names depend on others and checks ids that became links.
struct FtMContentBuilder {
  /// The title every FtM dossier gets: FtM streams carry none.
  static let title = "FollowTheMoney entities"

  /// Where errors go.
  let problems: ProblemCollector
  /// Where tolerated problems go.
  let warnings: ProblemCollector

  /// The entities read so far, in file order.
  var entities: [Entity] = []
  /// Where each entity was read.
  var entityPositions: [ReadPosition] = []
  /// The links read so far: entity properties and edges.
  var links: [Link] = []
  /// Where each link's ends were read.
  var linkOrigins: [FtMLinkOrigin] = []
  /// How each relation met so far reads from its two ends.
  var relations: [String: RelationLabels] = [:]
  /// Entities named once every record is in.
  var pendingNames: [FtMPendingName] = []
  /// The ids of edge records, which become links, for the duplicate check.
  var edgeRecords: [(id: String, position: ReadPosition)] = []

  private var plans: [String: FtMSchemaPlan?] = [:]
  private var lastPlan: FtMSchemaPlan?

  /// A builder reporting to the given collectors.
  init(problems: ProblemCollector, warnings: ProblemCollector) {
    self.problems = problems
    self.warnings = warnings
  }

  /// Makes room for `records` entities and twice as many links (a payment makes two), so
  /// that the big arrays do not grow step by step; room never written is never touched.
  mutating func reserveCapacity(_ records: Int) {
    entities.reserveCapacity(records)
    entityPositions.reserveCapacity(records)
    links.reserveCapacity(2 * records)
    linkOrigins.reserveCapacity(2 * records)
  }

  /// Takes over what `later` read from the lines after this builder's: its entities, links
  /// and what waits for the end, renumbered to follow this builder's, and its problems.
  /// `later` is emptied array by array as it goes, so that little is held twice at once.
  mutating func append(_ later: inout FtMContentBuilder) {
    let entityBase = entities.count
    let linkBase = links.count
    entities += later.entities
    later.entities = []
    entityPositions += later.entityPositions
    later.entityPositions = []
    links += later.links
    later.links = []
    linkOrigins += later.linkOrigins.map { $0.shifted(entitiesBy: entityBase) }
    later.linkOrigins = []
    relations.merge(later.relations) { first, _ in first }
    pendingNames += later.pendingNames.map {
      $0.shifted(entitiesBy: entityBase, linksBy: linkBase)
    }
    edgeRecords += later.edgeRecords
    problems.absorb(later.problems)
    warnings.absorb(later.warnings)
  }

  /// Interprets one well-formed record.
  mutating func add(_ record: FtMRecord) {
    guard let plan = plan(for: record.schema) else {
      warnings.report(
        "\(record.path).schema: FollowTheMoney has no schema \"\(record.schema)\"; "
          + "read as an actor with its properties as text", at: record.schemaOffset)
      addUnknown(record)
      return
    }
    guard !plan.schema.isAbstract else {
      problems.report(
        "\(record.path).schema: \"\(record.schema)\" is an abstract schema: no entity may have it",
        at: record.schemaOffset)
      return
    }
    switch plan.role {
    case .link: addEdge(record, plan)
    case .entity(let kind): addEntity(record, plan, kind: kind)
    }
  }

  /// The plan for a schema name, looked up once per load; nil when FtM does not know it.
  /// Records of one schema often come together, so the last plan is tried first.
  private mutating func plan(for name: String) -> FtMSchemaPlan? {
    if let last = lastPlan, last.schema.name == name { return last }
    if let known = plans[name] {
      lastPlan = known
      return known
    }
    let plan = FtMModel.schema(named: name).map(FtMSchemaPlan.init)
    plans[name] = plan
    lastPlan = plan
    return plan
  }

  /// Registers how `relation` reads, the first time it is met.
  mutating func noteRelation(_ relation: String, _ labels: @autoclosure () -> RelationLabels) {
    if relations[relation] == nil { relations[relation] = labels() }
  }

  /// Reports each value of a date property that FtM would not accept, and returns the
  /// earliest calendar date among the valid ones.
  func checkDates(_ property: FtMRawProperty, of record: FtMRecord) -> PartialDate? {
    var earliest: PartialDate?
    for (index, value) in property.values.enumerated() {
      do throws(FtMDate.Invalid) {
        let date = try FtMDate.calendarDate(of: value)
        if earliest.map({ date < $0 }) ?? true { earliest = date }
      } catch {
        problems.report(
          "\(record.path).properties.\(property.name)[\(index)]: \(error.message)",
          at: record.offset(of: property, at: index))
      }
    }
    return earliest
  }

  /// Warns that `property` is not one of the schema's and keeps it as text.
  func unknownProperty(_ property: FtMRawProperty, of record: FtMRecord, schema: FtMSchema)
    -> Property
  {
    warnings.report(
      "\(record.path).properties.\(property.name): \(schema.name) has no property "
        + "\"\(property.name)\"; kept as text", at: property.offset)
    return Property(key: property.name, label: property.name, type: .text, values: property.values)
  }

  /// A record of a schema FtM does not know: an actor typed by the schema as written,
  /// named by its first `name`, its other properties kept as text.
  private mutating func addUnknown(_ record: FtMRecord) {
    var name: String?
    var aliases: [String] = []
    var properties: [Property] = []
    for property in record.properties where !property.values.isEmpty {
      if property.name == "name", name == nil {
        name = property.values[0]
        aliases = Array(property.values.dropFirst())
      } else {
        properties.append(
          Property(key: property.name, label: property.name, values: property.values))
      }
    }
    appendEntity(
      Entity(
        id: record.id, kind: .actor, name: name ?? record.id, type: record.schema,
        aliases: aliases, properties: properties), record)
  }

  /// Adds an entity and where it was read.
  mutating func appendEntity(_ entity: Entity, _ record: FtMRecord) {
    entities.append(entity)
    entityPositions.append(ReadPosition(offset: record.offset, path: record.path))
  }

  /// The content, once every record is in: ids checked (with the validator's checks,
  /// run here so that their id table also serves the links and names), links to entities
  /// not in the file left out with a warning, names that depend on other entities filled
  /// in.
  mutating func finish(_ input: ImportInput) -> ImportedContent {
    let indexByID = ContentValidator.checkUniqueIDs(entities, entityPositions, input)
    checkEdgeIDs(against: indexByID)
    let (targets, ends) = resolveLinks(indexByID, input)
    nameDependentEntities(linkTargets: targets)
    let content = DossierContent(
      title: Self.title, entities: entities, links: links, relations: relations)
    entities = []
    links = []
    return ImportedContent(
      content: content, entityPositions: entityPositions, danglingLinks: .warnAndDrop,
      isValidated: true, entityIDs: indexByID, linkEnds: ends)
  }

  /// Leaves out (with a warning) the links with an end not in the file, and returns, for
  /// every link as read, the index of the entity it points to (-1 when left out), and the
  /// ends of the links kept.
  private mutating func resolveLinks(_ indexByID: IDTable, _ input: ImportInput) -> (
    [Int], LinkEnds
  ) {
    var targets = [Int](repeating: -1, count: links.count)
    var ends = LinkEnds(from: [], to: [])
    ends.from.reserveCapacity(links.count)
    ends.to.reserveCapacity(links.count)
    var sortedIDs: [String]?
    var kept = 0
    for index in links.indices {
      let target = indexByID[links[index].to]
      let from = linkOrigins[index].fromEntity ?? indexByID[links[index].from]
      guard let from, let target else {
        ContentValidator.reportUnknownEnds(
          of: links[index], index: index, at: linkOrigins[index].position, indexByID,
          .warnAndDrop, input, sortedIDs: &sortedIDs)
        continue
      }
      targets[index] = target
      ends.from.append(Int32(from))
      ends.to.append(Int32(target))
      if kept != index { links.swapAt(kept, index) }
      kept += 1
    }
    links.removeLast(links.count - kept)
    linkOrigins = []
    return (targets, ends)
  }

  /// Reports an edge whose id another edge or an entity already has, at whichever of the
  /// two comes later in the file.
  private func checkEdgeIDs(against indexByID: IDTable) {
    var firstEdge: [String: ReadPosition] = [:]
    firstEdge.reserveCapacity(edgeRecords.count)
    for (id, position) in edgeRecords {
      let entity = indexByID[id].map { entityPositions[$0] }
      if let earlierEdge = firstEdge[id] {
        let first = entity.map { $0.offset < earlierEdge.offset ? $0 : earlierEdge } ?? earlierEdge
        reportDuplicate(id, at: position, firstAt: first)
        continue
      }
      firstEdge[id] = position
      if let entity {
        if entity.offset < position.offset {
          reportDuplicate(id, at: position, firstAt: entity)
        } else {
          reportDuplicate(id, at: entity, firstAt: position)
        }
      }
    }
  }

  private func reportDuplicate(_ id: String, at position: ReadPosition, firstAt first: ReadPosition)
  {
    problems.report(
      "\(position.path).id: duplicate entity id \"\(id)\" (first defined at "
        + "\(problems.describeLocation(of: first.offset)))", at: position.offset)
  }
}
