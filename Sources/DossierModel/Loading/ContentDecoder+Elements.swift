import Glibc

/// The elements of a dossier's top-level arrays that a large file has by the million —
/// entities, links, their evidence and the ids they name — read as bytes and written
/// straight into records, with no `String` made for the values kept.
extension ContentDecoder {
  /// Reads an entity and, when it is valid, appends its record to `decodedEntities`.
  mutating func decodeEntity(_ path: JSONPath, kind: EntityKind) throws(JSONSyntaxError) {
    let allowed = kind == .event ? DossierFormat.eventFields : DossierFormat.entityFields
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: allowed, problems: problems)
    else { return }
    reader.forgetUnescapedTexts()
    evidenceTexts.removeAll(keepingCapacity: true)
    var readID: (text: JSONText, offset: Int)?
    var name: JSONText?
    var type: JSONText?
    var summary: JSONText?
    var aliases: [JSONText] = []
    var date: PartialDate?
    var dateIsNull = false
    var dateInferred: (flag: Bool, offset: Int)?
    var dateNote: JSONText?
    var properties: [Property] = []
    while let field = try fields.next(&reader, as: DossierFormat.EntityField.self) {
      switch field {
      case .id:
        readID = try readValidID(path)
        if let readID { entityIDOffsets.prepare(toFind: reader.bytes(of: readID.text)) }
      case .name: name = try readRequiredText(path, "name")?.text
      case .type: type = try readRequiredText(path, "type")?.text
      case .summary: summary = try readText(path, "summary")
      case .aliases: try readTexts(path, "aliases", into: &aliases)
      case .evidence: try decodeEvidenceList(path)
      case .date:
        dateIsNull = try reader.peekKind() == .null
        date = try readDate(path, "date")
      case .dateInferred:
        let offset = try valueOffset()
        dateInferred = try readBool(path, "dateInferred").map { ($0, offset) }
      case .dateNote: dateNote = try readText(path, "dateNote")
      case .properties: properties = try decodeProperties(path)
      }
    }
    fields.requireFields()
    let id = readID.flatMap { insertID($0, path, isSource: false) }
    if let dateInferred, dateInferred.flag, !fields.has("date") || dateIsNull {
      problems.report(
        "\(path).dateInferred: true, but the event has no \"date\"", at: dateInferred.offset)
    }
    guard let id, let name, let type else { return }
    decodedEntities.append(kind: kind, date: date, inferred: dateInferred?.flag ?? false) {
      [reader, evidenceTexts] writer in
      writer.write(utf8: reader.bytes(of: id))
      writer.write(utf8: reader.bytes(of: name))
      writer.write(utf8: reader.bytes(of: type))
      writer.write(optional: summary, of: reader)
      writer.write(UInt32(aliases.count))
      for alias in aliases { writer.write(utf8: reader.bytes(of: alias)) }
      writer.write(optional: dateNote, of: reader)
      writer.write(evidenceTexts, of: reader)
      writer.write(properties)
    }
  }

  /// Reads a link and, when it is valid, appends its record to `decodedLinks`.
  mutating func decodeLink(_ path: JSONPath) throws(JSONSyntaxError) {
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: DossierFormat.linkFields, problems: problems)
    else { return }
    reader.forgetUnescapedTexts()
    evidenceTexts.removeAll(keepingCapacity: true)
    var from: (id: JSONText, entry: Int?)?
    var to: (id: JSONText, entry: Int?)?
    var relation: JSONText?
    var role: JSONText?
    var date: PartialDate?
    var id: JSONText?
    var properties: [Property] = []
    while let field = try fields.next(&reader, as: DossierFormat.LinkField.self) {
      switch field {
      case .id: id = try readText(path, "id", allowEmpty: false)
      case .from: from = try decodeReference(path, "from")
      case .to: to = try decodeReference(path, "to")
      case .relation: relation = try readRequiredText(path, "relation")?.text
      case .role: role = try readText(path, "role")
      case .date: date = try readDate(path, "date")
      case .evidence: try decodeEvidenceList(path)
      case .properties: properties = try decodeProperties(path)
      }
    }
    fields.requireFields()
    guard let from, let to, let relation else { return }
    linkEndEntries.append(Int32(from.entry ?? -1))
    linkEndEntries.append(Int32(to.entry ?? -1))
    decodedLinks.append { [reader, evidenceTexts] writer in
      writer.write(utf8: reader.bytes(of: from.id))
      writer.write(utf8: reader.bytes(of: to.id))
      writer.write(utf8: reader.bytes(of: relation))
      writer.write(optional: role, of: reader)
      writer.write(date)
      writer.write(evidenceTexts, of: reader)
      writer.write(optional: id, of: reader)
      writer.write(properties)
    }
  }

  /// Reads the `evidence` array of the entity or link at `owner` into `evidenceTexts`.
  private mutating func decodeEvidenceList(_ owner: JSONPath) throws(JSONSyntaxError) {
    _ = try decodeArray("evidence", of: owner, elementPath: owner.evidence(at:)) {
      decoder, path throws(JSONSyntaxError) -> Never? in
      if let evidence = try decoder.decodeEvidence(path) {
        decoder.evidenceTexts.append(evidence)
      }
      return nil
    }
  }

  private mutating func decodeEvidence(_ path: JSONPath) throws(JSONSyntaxError)
    -> EvidenceTexts?
  {
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: DossierFormat.evidenceFields, problems: problems)
    else { return nil }
    var source: (text: JSONText, offset: Int)?
    var quote: (text: JSONText, offset: Int)?
    var note: JSONText?
    while let field = try fields.next(&reader, as: DossierFormat.EvidenceField.self) {
      switch field {
      case .source: source = try readRequiredText(path, "source")
      case .quote: quote = try readRequiredText(path, "quote")
      case .note: note = try readText(path, "note")
      }
    }
    fields.requireFields()
    guard let source, let quote else { return nil }
    let sourceID = reader.bytes(of: source.text)
    if let texts = textsOfKnownSource(sourceID) {
      if let matcher = texts.matcher(forSource: sourceID),
        !matcher.contains(utf8: reader.bytes(of: quote.text))
      {
        reportMissing(pendingQuote(source.text, quote, path))
      }
    } else {
      sourceReferences.append(
        PendingReference(
          id: reader.string(of: source.text), offset: source.offset, path: path, key: "source"))
      quotes.append(pendingQuote(source.text, quote, path))
    }
    return EvidenceTexts(source: source.text, quote: quote.text, note: note)
  }

  /// The source texts to check a quote of source `id` against, when the source is known:
  /// read by this decoder, or published by the first half (this being the second).
  private mutating func textsOfKnownSource(_ id: UnsafeBufferPointer<UInt8>) -> SourceTexts? {
    if sourceIDOffsets.entry(of: id) != nil { return sourceTexts }
    if borrowedSources == nil, let shared = borrowsSources { borrowedSources = shared.sources }
    guard let known = borrowedSources, known.ids.entry(of: id) != nil else { return nil }
    return known.texts
  }

  /// The quote of a piece of evidence, to be checked against its source's text.
  private func pendingQuote(
    _ source: JSONText, _ quote: (text: JSONText, offset: Int), _ path: JSONPath
  ) -> PendingQuote {
    PendingQuote(
      sourceID: reader.string(of: source), quote: reader.string(of: quote.text),
      offset: quote.offset, path: path)
  }

  /// A link's end: the id, and its entry when the entity has been read already (when not,
  /// it is checked at the end, and its entry filled in then).
  private mutating func decodeReference(_ path: JSONPath, _ key: String) throws(JSONSyntaxError)
    -> (id: JSONText, entry: Int?)?
  {
    guard let (id, offset) = try readRequiredText(path, key) else { return nil }
    if leavesLinkEndsUnresolved { return (id, nil) }
    let utf8 = reader.bytes(of: id)
    if let lastReference, lastReference.id.count == id.count,
      memcmp(reader.bytes(of: lastReference.id).baseAddress!, utf8.baseAddress!, id.count) == 0
    {
      return (id, lastReference.entry)
    }
    guard let entry = entityIDOffsets.entry(of: utf8) else {
      let linkEnd = linkEndEntries.count + (key == "from" ? 0 : 1)
      entityReferences.append(
        PendingReference(
          id: reader.string(of: id), offset: offset, path: path, key: key, linkEnd: linkEnd))
      return (id, nil)
    }
    if !id.isUnescaped { lastReference = (id, entry) }
    return (id, entry)
  }

  /// A valid id, unique among entities (or among sources).
  mutating func decodeID(_ path: JSONPath, isSource: Bool) throws(JSONSyntaxError)
    -> JSONText?
  {
    try readValidID(path).flatMap { insertID($0, path, isSource: isSource) }
  }

  /// Reads an id and checks its form (reporting a malformed one); nil when it is missing
  /// or malformed.
  private mutating func readValidID(_ path: JSONPath) throws(JSONSyntaxError) -> (
    text: JSONText, offset: Int
  )? {
    guard let (id, offset) = try readRequiredText(path, "id") else { return nil }
    guard DossierFormat.isValidID(reader.bytes(of: id)) else {
      problems.report(
        "\(path).id: invalid id \"\(reader.string(of: id))\": \(DossierFormat.idRule)",
        at: offset)
      return nil
    }
    return (id, offset)
  }

  /// Enters an id read by `readValidID` with its offset, or reports it as a duplicate
  /// (then nil).
  private mutating func insertID(
    _ read: (text: JSONText, offset: Int), _ path: JSONPath, isSource: Bool
  ) -> JSONText? {
    let (id, offset) = read
    let utf8 = reader.bytes(of: id)
    let stored =
      isSource
      ? sourceIDOffsets.insert(utf8, value: offset) : entityIDOffsets.insert(utf8, value: offset)
    guard stored.inserted else {
      problems.report(
        "\(path).id: duplicate \(isSource ? "source" : "entity") id \"\(reader.string(of: id))\" "
          + "(first defined at \(topProblems.describeLocation(of: stored.value)))",
        at: offset)
      return nil
    }
    return id
  }
}
