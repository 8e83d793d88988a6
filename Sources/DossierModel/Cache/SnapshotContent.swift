/// How the parts of a dossier's content are written to a snapshot's metadata and records,
/// and read back.
extension SnapshotWriter {
  mutating func write(_ relations: [String: RelationLabels]) {
    write(relations.sorted { $0.key < $1.key }) { writer, relation in
      writer.write(relation.key)
      writer.write(relation.value.outgoing)
      writer.write(relation.value.incoming)
    }
  }

  mutating func write(_ sources: [Source]) {
    write(sources) { writer, source in
      writer.write(source.id)
      writer.write(source.title)
      writer.write(source.publisher)
      writer.write(source.author)
      writer.write(source.date)
      writer.write(source.url)
      writer.write(source.text)
    }
  }

  /// Link `link`'s record.
  mutating func writeRecord(of link: Link) {
    write(link.from)
    write(link.to)
    write(link.relation)
    write(link.role)
    write(link.date)
    write(link.evidence)
    write(link.id)
    write(link.properties)
  }

  mutating func write(_ problems: [LoadProblem]) {
    write(problems) { writer, problem in
      writer.write(problem.file)
      writer.write(problem.line)
      writer.write(problem.column)
      writer.write(problem.message)
    }
  }

  mutating func write(_ date: PartialDate?) {
    write(date != nil)
    guard let date else { return }
    write(date.year)
    write(UInt8(date.month ?? 0))
    write(UInt8(date.day ?? 0))
  }

  mutating func write(_ evidence: [Evidence]) {
    write(evidence) { writer, item in
      writer.write(item.sourceID)
      writer.write(item.quote)
      writer.write(item.note)
    }
  }

  mutating func write(_ properties: [Property]) {
    write(properties) { writer, property in
      writer.write(property.key)
      writer.write(property.label)
      writer.write(property.type.rawValue)
      writer.write(property.values)
    }
  }
}

extension SnapshotReader {
  mutating func readRelations() throws(SnapshotError) -> [String: RelationLabels] {
    var relations: [String: RelationLabels] = [:]
    for _ in 0..<(try readCount(atLeast: 12)) {
      let key = try readString()
      relations[key] = RelationLabels(outgoing: try readString(), incoming: try readString())
    }
    return relations
  }

  mutating func readSources() throws(SnapshotError) -> [Source] {
    var sources: [Source] = []
    for _ in 0..<(try readCount(atLeast: 25)) {
      sources.append(
        Source(
          id: try readString(), title: try readString(), publisher: try readOptionalString(),
          author: try readOptionalString(), date: try readDate(), url: try readOptionalString(),
          text: try readOptionalString()))
    }
    return sources
  }

  /// A link's record.
  mutating func readLink() throws(SnapshotError) -> Link {
    Link(
      from: try readString(), to: try readString(), relation: try readString(),
      role: try readOptionalString(), date: try readDate(), evidence: try readEvidence(),
      id: try readOptionalString(), properties: try readProperties())
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

  mutating func readDate() throws(SnapshotError) -> PartialDate? {
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

  mutating func readEvidence() throws(SnapshotError) -> [Evidence] {
    var evidence: [Evidence] = []
    for _ in 0..<(try readCount(atLeast: 12)) {
      evidence.append(
        Evidence(
          sourceID: try readString(), quote: try readString(), note: try readOptionalString()))
    }
    return evidence
  }

  mutating func readProperties() throws(SnapshotError) -> [Property] {
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
