/// Reading a native file in two halves, one per thread: the first half reads from the start
/// and stops where the second began (`SplitPoint`); the second reads from there to the end;
/// then the first takes over what the second read. Each half checks what it can alone, and
/// the merged decoder checks the rest (references across the halves) as one pass would.
extension ContentDecoder {
  /// Reads from the start up to the element of a top-level array that begins at
  /// `stopOffset`, or the whole file when no such element begins there (`stoppedIn` is
  /// then nil). Nil when the file is not a dossier's object.
  mutating func decodeFirstHalf() throws(JSONSyntaxError) -> (MemberReader, TopLevelParts)? {
    try reader.beginDocument()
    guard
      var top = try MemberReader.begin(
        &reader, path: .root, fields: DossierFormat.topLevelFields, problems: topProblems)
    else { return nil }
    var parts = TopLevelParts()
    try decodeMembers(of: &top, into: &parts)
    if stoppedIn == nil { try reader.endDocument() }
    return (top, parts)
  }

  /// Reads from the element at `offset`, taken to be in the top-level array `key`, to the
  /// end of the file.
  mutating func decodeSecondHalf(from offset: Int, inArray key: String) throws(JSONSyntaxError)
    -> (MemberReader, TopLevelParts)
  {
    reader = JSONReader(bytes: reader.bytes, resumingAt: offset, depth: 2)
    var parts = TopLevelParts()
    try decodeTopLevelArray(key, into: &parts, resumingHere: true)
    var top = MemberReader.resuming(
      at: offset, path: .root, fields: DossierFormat.topLevelFields, problems: topProblems)
    try decodeMembers(of: &top, into: &parts)
    try reader.endDocument()
    return (top, parts)
  }

  /// Takes over what `second` read after this decoder stopped in the array `key`: its
  /// entities, ids, link ends, and the references and quotes it left to check. False when
  /// the halves cannot be joined as they are (a problem in the second half, an id or a
  /// source in both): the file must then be read again in one pass, for exact messages.
  /// `second` is emptied of its entities once they are taken over.
  mutating func absorb(_ second: inout ContentDecoder, stoppedIn key: String) -> Bool {
    let entityBase = decodedEntities.count
    let entryBase = entityIDOffsets.count
    let linkEndBase = linkEndEntries.count
    guard second.problems.isEmpty, second.topProblems.isEmpty, entityBase == entryBase,
      second.decodedEntities.count == second.entityIDOffsets.count,
      entityIDOffsets.append(contentsOf: second.entityIDOffsets)
    else { return false }
    let splitKind = EntityKind(noun: key)
    for (kind, run) in second.entityRuns {
      let shifted = entityBase + run.lowerBound..<entityBase + run.upperBound
      if kind == splitKind, run.lowerBound == 0, let own = entityRuns[kind],
        own.upperBound == entityBase
      {
        entityRuns[kind] = own.lowerBound..<shifted.upperBound
      } else if entityRuns[kind] == nil {
        entityRuns[kind] = shifted
      } else {
        return false
      }
    }
    guard sourceIDOffsets.append(contentsOf: second.sourceIDOffsets) else { return false }
    sourceTexts.merge(second.sourceTexts)
    decodedEntities.append(emptying: &second.decodedEntities)
    decodedLinks.append(emptying: &second.decodedLinks)
    var laterEnds = take(&second.linkEndEntries)
    for end in laterEnds.indices where laterEnds[end] >= 0 { laterEnds[end] += Int32(entryBase) }
    linkEndEntries.appendTaking(&laterEnds)
    var laterReferences = take(&second.entityReferences)
    for reference in laterReferences.indices {
      laterReferences[reference].linkEnd = laterReferences[reference].linkEnd.map {
        $0 + linkEndBase
      }
    }
    entityReferences.appendTaking(&laterReferences)
    sourceReferences.appendTaking(&second.sourceReferences)
    quotes.appendTaking(&second.quotes)
    return true
  }
}

extension ContentDecoder.TopLevelParts {
  /// Adds the fields of the file's later half (which read none of this half's fields).
  mutating func append(_ later: Self) {
    format = format ?? later.format
    version = version ?? later.version
    title = title ?? later.title
    description = description ?? later.description
    var laterSources = later.sources
    sources.appendTaking(&laterSources)
    relations.merge(later.relations) { first, _ in first }
  }
}

extension Array {
  /// Appends `later` and empties it; when this array is empty, takes `later`'s storage
  /// instead of copying it (a half that read none of a top-level array hands it over
  /// whole), so that the elements are never held twice.
  fileprivate mutating func appendTaking(_ later: inout [Element]) {
    if isEmpty { swap(&self, &later) } else { self += later }
    later = []
  }
}

/// `array`'s elements, leaving it empty (so that changing them copies nothing).
private func take<Element>(_ array: inout [Element]) -> [Element] {
  defer { array = [] }
  return array
}
