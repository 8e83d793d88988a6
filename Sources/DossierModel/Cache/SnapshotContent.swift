/// How the parts of a dossier's content are written to and read from a snapshot.
extension SnapshotWriter {
  mutating func write(_ content: DossierContent) {
    write(content.title)
    write(content.description)
    let relations = content.relations.sorted { $0.key < $1.key }
    write(UInt32(relations.count))
    for (key, labels) in relations {
      write(key)
      write(labels.outgoing)
      write(labels.incoming)
    }
    write(UInt32(content.sources.count))
    for source in content.sources {
      write(source.id)
      write(source.title)
      write(source.publisher)
      write(source.author)
      write(source.date)
      write(source.url)
      write(source.text)
    }
    write(UInt32(content.entities.count))
    for entity in content.entities {
      write(entity.id)
      write(UInt8(EntityKind.allCases.firstIndex(of: entity.kind)!))
      write(entity.name)
      write(entity.type)
      write(entity.summary)
      write(entity.aliases)
      write(entity.date)
      write(entity.dateInferred)
      write(entity.dateNote)
      write(entity.evidence)
      write(entity.properties)
    }
    write(UInt32(content.links.count))
    for link in content.links {
      write(link.from)
      write(link.to)
      write(link.relation)
      write(link.role)
      write(link.date)
      write(link.evidence)
      write(link.id)
      write(link.properties)
    }
  }

  mutating func write(_ problems: [LoadProblem]) {
    write(UInt32(problems.count))
    for problem in problems {
      write(problem.file)
      write(problem.line)
      write(problem.column)
      write(problem.message)
    }
  }

  private mutating func write(_ date: PartialDate?) {
    write(date != nil)
    guard let date else { return }
    write(date.year)
    write(UInt8(date.month ?? 0))
    write(UInt8(date.day ?? 0))
  }

  private mutating func write(_ evidence: [Evidence]) {
    write(UInt32(evidence.count))
    for item in evidence {
      write(item.sourceID)
      write(item.quote)
      write(item.note)
    }
  }

  private mutating func write(_ properties: [Property]) {
    write(UInt32(properties.count))
    for property in properties {
      write(property.key)
      write(property.label)
      write(property.type.rawValue)
      write(property.values)
    }
  }
}

extension SnapshotReader {
  mutating func readContent() throws(SnapshotError) -> DossierContent {
    let title = try readString()
    let description = try readOptionalString()
    var relations: [String: RelationLabels] = [:]
    for _ in 0..<(try readCount(atLeast: 12)) {
      let key = try readString()
      relations[key] = RelationLabels(outgoing: try readString(), incoming: try readString())
    }
    var sources: [Source] = []
    for _ in 0..<(try readCount(atLeast: 25)) {
      sources.append(
        Source(
          id: try readString(), title: try readString(), publisher: try readOptionalString(),
          author: try readOptionalString(), date: try readDate(), url: try readOptionalString(),
          text: try readOptionalString()))
    }
    let entityCount = try readCount(atLeast: 32)
    var entities: [Entity] = []
    entities.reserveCapacity(entityCount)
    for _ in 0..<entityCount {
      entities.append(
        Entity(
          id: try readString(), kind: try readKind(), name: try readString(),
          type: try readString(), summary: try readOptionalString(), aliases: try readStrings(),
          date: try readDate(), dateInferred: try readBool(), dateNote: try readOptionalString(),
          evidence: try readEvidence(), properties: try readProperties()))
    }
    let linkCount = try readCount(atLeast: 29)
    var links: [Link] = []
    links.reserveCapacity(linkCount)
    for _ in 0..<linkCount {
      links.append(
        Link(
          from: try readString(), to: try readString(), relation: try readString(),
          role: try readOptionalString(), date: try readDate(), evidence: try readEvidence(),
          id: try readOptionalString(), properties: try readProperties()))
    }
    return DossierContent(
      title: title, description: description, sources: sources, entities: entities,
      links: links, relations: relations)
  }

  mutating func readProblems() throws(SnapshotError) -> [LoadProblem] {
    var problems: [LoadProblem] = []
    for _ in 0..<(try readCount(atLeast: 10)) {
      problems.append(
        LoadProblem(
          file: try readString(), line: try readOptionalInt(), column: try readOptionalInt(),
          message: try readString()))
    }
    return problems
  }

  private mutating func readKind() throws(SnapshotError) -> EntityKind {
    let raw = Int(try readByte())
    guard raw < EntityKind.allCases.count else { throw SnapshotError("unknown entity kind \(raw)") }
    return EntityKind.allCases[raw]
  }

  private mutating func readDate() throws(SnapshotError) -> PartialDate? {
    guard try readBool() else { return nil }
    let year = try readInt()
    let month = Int(try readByte())
    let day = Int(try readByte())
    do {
      return try PartialDate(
        year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    } catch {
      throw SnapshotError("an impossible date \(year)-\(month)-\(day)")
    }
  }

  private mutating func readEvidence() throws(SnapshotError) -> [Evidence] {
    var evidence: [Evidence] = []
    for _ in 0..<(try readCount(atLeast: 12)) {
      evidence.append(
        Evidence(
          sourceID: try readString(), quote: try readString(), note: try readOptionalString()))
    }
    return evidence
  }

  private mutating func readProperties() throws(SnapshotError) -> [Property] {
    var properties: [Property] = []
    for _ in 0..<(try readCount(atLeast: 16)) {
      properties.append(
        Property(
          key: try readString(), label: try readString(),
          type: PropertyType(rawValue: try readString()), values: try readStrings()))
    }
    return properties
  }
}
