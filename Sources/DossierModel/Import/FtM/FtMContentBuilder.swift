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

  /// The entities read so far, in file order, as records.
  var entities = EntityRecordsBuilder()
  /// Each entity id read so far with the index of the first entity that has it.
  var entityIDs = IDTable()
  /// Whether some id was read twice (reported once every record is in).
  var hasRepeatedIDs = false
  /// Where each entity was read.
  var entityPositions: [ReadPosition] = []
  /// The links read so far, entity properties and edges, as records.
  var links = LinkRecordsBuilder()
  /// Where each link's ends were read.
  var linkOrigins: [FtMLinkOrigin] = []
  /// How each relation met so far reads from its two ends.
  var relations: [String: RelationLabels] = [:]
  /// Entities named once every record is in.
  var pendingNames: [FtMPendingName] = []
  /// The ids of edge records, which become links, for the duplicate check.
  var edgeRecords: [(id: String, position: ReadPosition)] = []
  /// The properties the last entity kept, whose storage the next one reuses.
  var keptProperties: [FtMKeptProperty] = []

  /// The plans looked up so far, numbered by their schema names' bytes.
  private var planNumbers = IDTable()
  private var plans: [FtMSchemaPlan?] = []

  /// A builder reporting to the given collectors.
  init(problems: ProblemCollector, warnings: ProblemCollector) {
    self.problems = problems
    self.warnings = warnings
  }

  /// Makes room for the ids and positions of `records` entities and the origins of twice
  /// as many links (a payment makes two), so that they do not grow step by step; room
  /// never written is never touched. Call it before any record is added.
  mutating func reserveCapacity(_ records: Int) {
    entityIDs = IDTable(capacity: records)
    entityPositions.reserveCapacity(records)
    linkOrigins.reserveCapacity(2 * records)
  }

  /// Interprets one well-formed record.
  mutating func add(_ record: FtMRecord) {
    guard let plan = plan(for: record.bytes(of: record.schema)) else {
      warnings.report(
        "\(record.path).schema: FollowTheMoney has no schema \"\(record.schemaName)\"; "
          + "read as an actor with its properties as text", at: record.schemaOffset)
      addUnknown(record)
      return
    }
    guard !plan.schema.isAbstract else {
      problems.report(
        "\(record.path).schema: \"\(record.schemaName)\" is an abstract schema: "
          + "no entity may have it", at: record.schemaOffset)
      return
    }
    switch plan.role {
    case .link: addEdge(record, plan)
    case .entity(let kind): addEntity(record, plan, kind: kind)
    }
  }

  /// The plan for a schema name (as UTF-8), looked up once per load; nil when FtM does not
  /// know it.
  private mutating func plan(for name: UnsafeBufferPointer<UInt8>) -> FtMSchemaPlan? {
    if let number = planNumbers[utf8: name] { return plans[number] }
    let plan = FtMModel.schema(named: String(decoding: name, as: UTF8.self)).map(
      FtMSchemaPlan.init)
    planNumbers.insert(name, value: plans.count)
    plans.append(plan)
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
    for index in 0..<property.values.count {
      do throws(FtMDate.Invalid) {
        let date = try FtMDate.calendarDate(
          of: record.string(of: record.value(of: property, at: index)))
        if earliest.map({ date < $0 }) ?? true { earliest = date }
      } catch {
        problems.report(
          "\(record.path).properties.\(record.name(of: property))[\(index)]: \(error.message)",
          at: record.offset(of: property, at: index))
      }
    }
    return earliest
  }

  /// Warns that `property` is not one of the schema's and keeps it as text.
  func unknownProperty(_ property: FtMRawProperty, of record: FtMRecord, schema: FtMSchema)
    -> FtMKeptProperty
  {
    let name = record.name(of: property)
    warnings.report(
      "\(record.path).properties.\(name): \(schema.name) has no property "
        + "\"\(name)\"; kept as text", at: property.offset)
    return FtMKeptProperty(name: property.name, planned: nil, values: property.values)
  }

  /// A record of a schema FtM does not know: an actor typed by the schema as written,
  /// named by its first `name`, its other properties kept as text.
  private mutating func addUnknown(_ record: FtMRecord) {
    var name: String?
    var aliases: [String] = []
    var properties: [Property] = []
    for property in record.properties where !property.values.isEmpty {
      let values = record.strings(of: property)
      if record.property(property, isNamed: "name"), name == nil {
        name = values[0]
        aliases = Array(values.dropFirst())
      } else {
        let key = record.name(of: property)
        properties.append(Property(key: key, label: key, values: values))
      }
    }
    noteEntity(record)
    entities.append(
      Entity(
        id: record.idString, kind: .actor, name: name ?? record.idString, type: record.schemaName,
        aliases: aliases, properties: properties))
  }

  /// Notes the id of the record of the entity about to be added, and where it was read.
  mutating func noteEntity(_ record: FtMRecord) {
    if !entityIDs.insert(record.bytes(of: record.id), value: entities.count).inserted {
      hasRepeatedIDs = true
    }
    entityPositions.append(ReadPosition(offset: record.offset, path: record.path))
  }

  /// The content, once every record is in: ids checked (with the validator's checks, when
  /// some id was read twice), links to entities not in the file left out with a warning,
  /// names that depend on other entities filled in. The entities and links come as records.
  mutating func finish(_ input: ImportInput) -> ImportedContent {
    if hasRepeatedIDs {
      entityIDs = entities.withRecords { records in
        ContentValidator.checkUniqueIDs(records, entityPositions, input)
      }
    }
    checkEdgeIDs(against: entityIDs)
    let (targets, ends) = resolveLinks(input)
    nameDependentEntities(linkTargets: targets)
    let tables = ContentTables(
      entities: EntityTable(records: entities.take()), links: LinkTable(records: links.take()))
    return ImportedContent(
      content: DossierContent(title: Self.title, relations: relations),
      danglingLinks: .warnAndDrop, isValidated: true, entityIDs: entityIDs, linkEnds: ends,
      tables: tables)
  }

  /// Leaves out (with a warning) the links with an end not in the file, and returns, for
  /// every link as read, the index of the entity it points to (-1 when left out), and the
  /// ends of the links kept.
  private mutating func resolveLinks(_ input: ImportInput) -> ([Int32], LinkEnds) {
    var sortedIDs: [String]?
    var leftOut: [Int] = []
    var (from, to) = links.withRecords { records in
      let (from, to) = linkEnds(of: records)
      for index in from.indices where from[index] < 0 || to[index] < 0 {
        ContentValidator.reportUnknownEnds(
          of: records.link(at: index), index: index, at: linkOrigins[index].position,
          entityIDs, .warnAndDrop, input, sortedIDs: &sortedIDs)
        leftOut.append(index)
      }
      return (from, to)
    }
    linkOrigins = []
    guard !leftOut.isEmpty else { return (to, LinkEnds(from: from, to: to)) }
    links = links.leavingOut(leftOut)
    var ends = LinkEnds(from: [], to: [])
    ends.from.reserveCapacity(from.count - leftOut.count)
    ends.to.reserveCapacity(from.count - leftOut.count)
    for index in from.indices where from[index] >= 0 && to[index] >= 0 {
      ends.from.append(from[index])
      ends.to.append(to[index])
    }
    for index in leftOut { to[index] = -1 }
    return (to, ends)
  }

  /// Each link's two ends as entity indices, -1 for an end not in the file. The links are
  /// looked up in two halves at once, each a block at a time (see `IDTable.forEachEntry`).
  private func linkEnds(of records: LinkRecords) -> (from: [Int32], to: [Int32]) {
    let count = records.count
    let origins = linkOrigins
    var from = [Int32](repeating: -1, count: count)
    var to = [Int32](repeating: -1, count: count)
    let table = entityIDs
    from.withUnsafeMutableBufferPointer { from in
      to.withUnsafeMutableBufferPointer { to in
        let ends = LinkEndBuffers(from: from, to: to)
        @Sendable func lookUp(_ range: Range<Int>) -> Bool {
          var edges: [Int] = []
          for link in range {
            if let from = origins[link].fromEntity {
              ends.from[link] = Int32(from)
            } else {
              edges.append(link)
            }
          }
          table.forEachEntry(count: range.count) {
            records.leadingBytes(at: range.lowerBound + $0, skipping: 1)
          } _: { number, entry in
            ends.to[range.lowerBound + number] = entry.map { Int32(table.value(ofEntry: $0)) } ?? -1
          }
          table.forEachEntry(count: edges.count) {
            records.leadingBytes(at: edges[$0], skipping: 0)
          } _: { number, entry in
            ends.from[edges[number]] = entry.map { Int32(table.value(ofEntry: $0)) } ?? -1
          }
          return true
        }
        _ = ParallelPair({ lookUp(0..<count / 2) }, { lookUp(count / 2..<count) })
      }
    }
    return (from, to)
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

/// The two ends' columns, which two threads fill at once, each its own links.
private struct LinkEndBuffers: @unchecked Sendable {
  let from: UnsafeMutableBufferPointer<Int32>
  let to: UnsafeMutableBufferPointer<Int32>
}
