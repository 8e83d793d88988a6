/// Turns a parsed JSON document into `DossierContent`, checking every field and every
/// cross-reference, and reporting all problems rather than stopping at the first.
struct ContentDecoder {
  private struct PendingReference {
    let id: String
    let offset: Int
    let path: String
  }

  private struct PendingQuote {
    let sourceID: String
    let quote: String
    let offset: Int
    let path: String
  }

  private let problems: ProblemCollector
  private let readTextFile: (String) -> Result<String, TextFileError>
  private var entityReferences: [PendingReference] = []
  private var sourceReferences: [PendingReference] = []
  private var quotes: [PendingQuote] = []
  private var firstEntityIDOffsets: [String: Int] = [:]
  private var firstSourceIDOffsets: [String: Int] = [:]

  init(
    problems: ProblemCollector, readTextFile: @escaping (String) -> Result<String, TextFileError>
  ) {
    self.problems = problems
    self.readTextFile = readTextFile
  }

  mutating func decode(_ root: JSONValue) -> DossierContent? {
    guard
      let top = ObjectReader(
        root, path: "dossier", allowedKeys: DossierFormat.topLevelKeys, problems: problems),
      checkFormatAndVersion(top)
    else { return nil }
    let title = top.requiredString("title")
    let description = top.optionalString("description")
    let sources = top.optionalArray("sources").enumerated().compactMap { index, value in
      decodeSource(value, path: "sources[\(index)]")
    }
    // Decode the kinds in file order, so that a duplicate id is reported at its later
    // occurrence; the entities themselves stay in kind order.
    var entitiesByKind: [EntityKind: [Entity]] = [:]
    let kindsInFileOrder = EntityKind.allCases.sorted {
      (top.value($0.plural)?.offset ?? .max) < (top.value($1.plural)?.offset ?? .max)
    }
    for kind in kindsInFileOrder {
      for (index, value) in top.optionalArray(kind.plural).enumerated() {
        if let entity = decodeEntity(value, kind: kind, path: "\(kind.plural)[\(index)]") {
          entitiesByKind[kind, default: []].append(entity)
        }
      }
    }
    let entities = EntityKind.allCases.flatMap { entitiesByKind[$0] ?? [] }
    let links = top.optionalArray("links").enumerated().compactMap { index, value in
      decodeLink(value, path: "links[\(index)]")
    }
    checkReferences(entityIDs: entities.map(\.id), sources: sources)
    guard let title else { return nil }
    return DossierContent(
      title: title, description: description, sources: sources, entities: entities, links: links)
  }

  private func checkFormatAndVersion(_ top: ObjectReader) -> Bool {
    guard let format = top.requiredString("format") else { return false }
    guard format == DossierFormat.name else {
      problems.report(
        "dossier.format: expected \"\(DossierFormat.name)\", found \"\(format)\"",
        at: top.value("format")?.offset)
      return false
    }
    guard let version = top.value("version") else {
      problems.report("dossier: missing required field \"version\"", at: top.offset)
      return false
    }
    guard case .number(let number) = version.content,
      Double(number) == Double(DossierFormat.version)
    else {
      let found: String
      if case .number(let number) = version.content {
        found = number
      } else {
        found = version.typeName
      }
      problems.report(
        "dossier.version: unsupported version \(found); this dossier reads version "
          + "\(DossierFormat.version)",
        at: version.offset)
      return false
    }
    return true
  }

  private mutating func decodeSource(_ value: JSONValue, path: String) -> Source? {
    guard
      let reader = ObjectReader(
        value, path: path, allowedKeys: DossierFormat.sourceKeys, problems: problems)
    else { return nil }
    let id = decodeID(reader, firstOffsets: &firstSourceIDOffsets, noun: "source")
    let title = reader.requiredString("title")
    var text = reader.optionalString("text")
    if let fileName = reader.optionalString("textFile"), let fileValue = reader.value("textFile") {
      if text != nil {
        problems.report("\(path): give either \"text\" or \"textFile\", not both", at: value.offset)
      }
      switch readTextFile(fileName) {
      case .success(let contents): text = contents
      case .failure(let error):
        problems.report("\(path).textFile: \(error.message)", at: fileValue.offset)
      }
    }
    let publisher = reader.optionalString("publisher")
    let author = reader.optionalString("author")
    let date = reader.optionalDate("date")
    let url = reader.optionalString("url")
    guard let id, let title else { return nil }
    return Source(
      id: id, title: title, publisher: publisher, author: author, date: date, url: url,
      text: text)
  }

  private mutating func decodeEntity(_ value: JSONValue, kind: EntityKind, path: String)
    -> Entity?
  {
    let keys = kind == .event ? DossierFormat.eventKeys : DossierFormat.entityKeys
    guard let reader = ObjectReader(value, path: path, allowedKeys: keys, problems: problems)
    else { return nil }
    let id = decodeID(reader, firstOffsets: &firstEntityIDOffsets, noun: "entity")
    let name = reader.requiredString("name")
    let type = reader.requiredString("type")
    let date = reader.optionalDate("date")
    let dateInferred = reader.optionalBool("dateInferred") ?? false
    var dateIsAbsent = !reader.has("date")
    if case .null? = reader.value("date")?.content { dateIsAbsent = true }
    if dateInferred, dateIsAbsent {
      problems.report(
        "\(path).dateInferred: true, but the event has no \"date\"",
        at: reader.value("dateInferred")?.offset)
    }
    let evidence = decodeEvidenceList(reader, path: path)
    let summary = reader.optionalString("summary")
    let aliases = reader.optionalStrings("aliases")
    let dateNote = reader.optionalString("dateNote")
    guard let id, let name, let type else { return nil }
    return Entity(
      id: id, kind: kind, name: name, type: type, summary: summary, aliases: aliases,
      date: date, dateInferred: dateInferred, dateNote: dateNote, evidence: evidence)
  }

  private mutating func decodeLink(_ value: JSONValue, path: String) -> Link? {
    guard
      let reader = ObjectReader(
        value, path: path, allowedKeys: DossierFormat.linkKeys, problems: problems)
    else { return nil }
    let from = decodeReference(reader, key: "from")
    let to = decodeReference(reader, key: "to")
    let relation = reader.requiredString("relation")
    let evidence = decodeEvidenceList(reader, path: path)
    let role = reader.optionalString("role")
    let date = reader.optionalDate("date")
    guard let from, let to, let relation else { return nil }
    return Link(from: from, to: to, relation: relation, role: role, date: date, evidence: evidence)
  }

  private mutating func decodeEvidenceList(_ reader: ObjectReader, path: String) -> [Evidence] {
    reader.optionalArray("evidence").enumerated().compactMap { index, value in
      let evidencePath = "\(path).evidence[\(index)]"
      guard
        let evidenceReader = ObjectReader(
          value, path: evidencePath, allowedKeys: DossierFormat.evidenceKeys, problems: problems)
      else { return nil }
      let sourceID = evidenceReader.requiredString("source")
      let quote = evidenceReader.requiredString("quote")
      let note = evidenceReader.optionalString("note")
      guard
        let sourceID, let quote,
        let sourceOffset = evidenceReader.value("source")?.offset,
        let quoteOffset = evidenceReader.value("quote")?.offset
      else { return nil }
      sourceReferences.append(
        PendingReference(id: sourceID, offset: sourceOffset, path: "\(evidencePath).source"))
      quotes.append(
        PendingQuote(
          sourceID: sourceID, quote: quote, offset: quoteOffset, path: "\(evidencePath).quote"))
      return Evidence(sourceID: sourceID, quote: quote, note: note)
    }
  }

  private mutating func decodeReference(_ reader: ObjectReader, key: String) -> String? {
    guard let id = reader.requiredString(key), let offset = reader.value(key)?.offset else {
      return nil
    }
    entityReferences.append(PendingReference(id: id, offset: offset, path: "\(reader.path).\(key)"))
    return id
  }

  private func decodeID(_ reader: ObjectReader, firstOffsets: inout [String: Int], noun: String)
    -> String?
  {
    guard let id = reader.requiredString("id"), let offset = reader.value("id")?.offset else {
      return nil
    }
    guard DossierFormat.isValidID(id) else {
      problems.report(
        "\(reader.path).id: invalid id \"\(id)\": use lowercase letters and digits joined by "
          + "'-', '_' or '.' (e.g. \"xi-jinping\")",
        at: offset)
      return nil
    }
    if let first = firstOffsets[id] {
      problems.report(
        "\(reader.path).id: duplicate \(noun) id \"\(id)\" (first defined at \(problems.describeLocation(of: first)))",
        at: offset)
      return nil
    }
    firstOffsets[id] = offset
    return id
  }

  private func checkReferences(entityIDs: [String], sources: [Source]) {
    let knownEntities = Set(firstEntityIDOffsets.keys)
    for reference in entityReferences where !knownEntities.contains(reference.id) {
      let hint = NearestMatches.didYouMean(
        NearestMatches.nearest(to: reference.id, among: entityIDs))
      problems.report(
        "\(reference.path): unknown entity \"\(reference.id)\"\(hint)", at: reference.offset)
    }
    let sourceIDs = sources.map(\.id)
    for reference in sourceReferences where firstSourceIDOffsets[reference.id] == nil {
      let hint = NearestMatches.didYouMean(
        NearestMatches.nearest(to: reference.id, among: sourceIDs))
      problems.report(
        "\(reference.path): unknown source \"\(reference.id)\"\(hint)", at: reference.offset)
    }
    var searchableTexts: [String: QuoteMatcher] = [:]
    for source in sources {
      if let text = source.text { searchableTexts[source.id] = QuoteMatcher(text: text) }
    }
    for quote in quotes {
      guard let matcher = searchableTexts[quote.sourceID], !matcher.contains(quote.quote) else {
        continue
      }
      problems.report(
        "\(quote.path): quote not found verbatim in the text of source \"\(quote.sourceID)\"",
        at: quote.offset)
    }
  }
}

/// Why a source's `textFile` could not be read.
struct TextFileError: Error {
  let message: String
}
