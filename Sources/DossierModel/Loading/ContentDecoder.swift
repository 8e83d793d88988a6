/// Reads a dossier file (or one half of it, see `ContentDecoder+Halves`) straight into
/// `DossierContent` in one pass, with no JSON tree in
/// between, checking every field and every cross-reference, and reporting all problems
/// rather than stopping at the first. A syntax error ends the read and is thrown.
struct ContentDecoder {
  /// The top-level fields read (of the whole file, or of one half of it).
  struct TopLevelParts {
    var format: (text: String, offset: Int)?
    var version: (kind: JSONReader.Kind, text: String?, offset: Int)?
    var title: String?
    var description: String?
    var sources: [Source] = []
    var relations: [String: RelationLabels] = [:]
  }

  struct PendingReference {
    let id: String
    let offset: Int
    let path: JSONPath
    let key: String
    /// The place in `linkEndEntries` the entity's entry goes to once known (the link's
    /// place when it is kept; a link left out is a problem, and then no place is written).
    var linkEnd: Int? = nil
  }

  struct PendingQuote {
    let sourceID: String
    let quote: String
    let offset: Int
    let path: JSONPath
  }

  /// A piece of evidence read, as its texts' bytes, until its entity's or link's record is
  /// written.
  struct EvidenceTexts {
    let source: JSONText
    let quote: JSONText
    let note: JSONText?
  }

  var reader: JSONReader
  /// Told how far the reader has got, after each element of a top-level array.
  let progress: LoadProgress?
  /// Problems with the content; kept only when the format and version are right.
  let problems: ProblemCollector
  /// Problems with the top-level object, the format and the version.
  let topProblems: ProblemCollector
  private let readTextFile: (String) -> Result<String, TextFileError>
  var entityReferences: [PendingReference] = []
  var sourceReferences: [PendingReference] = []
  var quotes: [PendingQuote] = []
  /// Each entity id read, with the byte offset of its first definition.
  var entityIDOffsets = IDTable()
  /// The entities read, as records in file order; each kind's run in `entityRuns`.
  var decodedEntities = EntityRecordsBuilder()
  /// The links read, as records in file order.
  var decodedLinks = LinkRecordsBuilder()
  var entityRuns: [EntityKind: Range<Int>] = [:]
  /// For each link read, the entries in `entityIDOffsets` of its `from` and `to`; -1 until
  /// an entity read later resolves it.
  var linkEndEntries: [Int32] = []
  /// The last link end looked up, which the next link often repeats (never a copy with
  /// escapes decoded, which does not outlive its element).
  var lastReference: (id: JSONText, entry: Int)?
  /// The evidence of the entity or link being read.
  var evidenceTexts: [EvidenceTexts] = []
  /// Where a top-level array's element begins at which the first half of a file read in
  /// two stops (see `ContentDecoder+Halves`).
  var stopOffset: Int?
  /// The top-level array the read stopped in, at `stopOffset`.
  private(set) var stoppedIn: String?
  /// True for the second half of a file read in two: link ends are left unresolved (-1)
  /// with no note for messages, to be resolved once the halves are joined (where an end
  /// that names no entity sends the file to a read in one pass, for its messages). Most
  /// name entities of the first half, which this half cannot see: looking them up here
  /// would mostly miss, and cost a wait for memory each.
  var leavesLinkEndsUnresolved = false
  /// How far through the file a byte read counts as: 1, or, for the first half of a file
  /// read in two, the file's size over the half's (both halves advance at about one pace).
  var progressScale = 1.0
  /// The file's pages, to give back as the reader passes them (a half of a file read in
  /// two, which is read again in one pass if anything is wrong); nil to keep them.
  var passedPages: PassedPages?
  /// Where the bytes not yet given back begin.
  var releasedUpTo = 0
  /// Each source id read, with the byte offset of its first definition.
  var sourceIDOffsets = IDTable()
  /// The texts of the sources read so far that have one.
  var sourceTexts = SourceTexts()
  /// Where this decoder, the first half of a file read in two, publishes the sources
  /// once it has read them; nil otherwise.
  var publishesSources: SharedSources?
  /// Where this decoder, the second half of a file read in two, finds the sources the
  /// first published; nil otherwise.
  var borrowsSources: SharedSources?
  /// The sources the first half published, once this decoder took them.
  var borrowedSources: KnownSources?

  init(
    bytes: UnsafeBufferPointer<UInt8>, problems: ProblemCollector,
    readTextFile: @escaping (String) -> Result<String, TextFileError>,
    progress: LoadProgress? = nil
  ) {
    reader = JSONReader(bytes: bytes)
    self.progress = progress
    progress?.start(totalBytes: bytes.count)
    topProblems = problems
    self.problems = ProblemCollector(bytes: [])
    self.readTextFile = readTextFile
  }

  /// The content as read, or nil when the file is not a dossier at all or has no title.
  /// Call `validate` next: problems found so far are only reported then.
  mutating func decode() throws(JSONSyntaxError) -> DossierContent? {
    try reader.beginDocument()
    guard
      var top = try MemberReader.begin(
        &reader, path: .root, fields: DossierFormat.topLevelFields, problems: topProblems)
    else {
      try reader.endDocument()
      return nil
    }
    var parts = TopLevelParts()
    try decodeMembers(of: &top, into: &parts)
    try reader.endDocument()
    return content(top, parts)
  }

  /// Reads the top-level object's members into `parts` until the object ends, or until an
  /// element of a top-level array begins at `stopOffset` (see `stoppedIn`).
  mutating func decodeMembers(of top: inout MemberReader, into parts: inout TopLevelParts)
    throws(JSONSyntaxError)
  {
    while let key = try top.next(&reader) {
      switch key {
      case "format":
        parts.format = try readTopString("format")
      case "version":
        let kind = try reader.peekKind()
        let offset = reader.position
        if kind == .number {
          parts.version = (kind, try reader.readNumber(), offset)
        } else {
          try reader.skipValue()
          parts.version = (kind, nil, offset)
        }
      case "title": parts.title = try readRequiredString(.root, "title")?.text
      case "description": parts.description = try readString(.root, "description")
      case "relations": parts.relations = try decodeRelations()
      default:
        try decodeTopLevelArray(key, into: &parts, resumingHere: false)
        if stoppedIn != nil { return }
      }
    }
  }

  /// Reads the top-level array `key` (sources, links or entities of one kind) into
  /// `parts`; with `resumingHere`, the reader is at one of its elements, not at its `[`.
  mutating func decodeTopLevelArray(
    _ key: String, into parts: inout TopLevelParts, resumingHere: Bool
  ) throws(JSONSyntaxError) {
    switch key {
    case "sources":
      parts.sources += try decodeArray(key, resumingHere: resumingHere) {
        decoder, path throws(JSONSyntaxError) in try decoder.decodeSource(path)
      }
      publishesSources?.publish(KnownSources(ids: sourceIDOffsets, texts: sourceTexts))
    case "links":
      _ = try decodeArray(key, resumingHere: resumingHere) {
        decoder, path throws(JSONSyntaxError) -> Never? in
        try decoder.decodeLink(path)
        return nil
      }
    default:
      guard let kind = EntityKind(noun: key) else {
        try reader.skipValue()
        return
      }
      let start = decodedEntities.count
      _ = try decodeArray(key, resumingHere: resumingHere) {
        decoder, path throws(JSONSyntaxError) -> Never? in
        try decoder.decodeEntity(path, kind: kind)
        return nil
      }
      entityRuns[kind] = start..<decodedEntities.count
    }
  }

  /// The content of the top-level fields read, or nil when the file is not a dossier or
  /// has no title.
  mutating func content(_ top: MemberReader, _ parts: TopLevelParts) -> DossierContent? {
    guard checkFormatAndVersion(top, format: parts.format, version: parts.version) else {
      return nil
    }
    if !top.has("title") {
      problems.report("dossier: missing required field \"title\"", at: top.offset)
    }
    guard let title = parts.title else {
      topProblems.absorb(problems)
      return nil
    }
    return DossierContent(
      title: title, description: parts.description, sources: parts.sources,
      relations: parts.relations)
  }

  /// A top-level string whose problems count as top-level ones (format).
  private mutating func readTopString(_ key: String) throws(JSONSyntaxError) -> (
    text: String, offset: Int
  )? {
    let kind = try reader.peekKind()
    let offset = reader.position
    guard kind == .string else {
      topProblems.report("dossier.\(key): expected a string, found \(kind.name)", at: offset)
      try reader.skipValue()
      return nil
    }
    let text = try reader.readString()
    guard !Self.isBlank(text) else {
      topProblems.report("dossier.\(key): must not be empty", at: offset)
      return nil
    }
    return (text, offset)
  }

  private func checkFormatAndVersion(
    _ top: MemberReader, format: (text: String, offset: Int)?,
    version: (kind: JSONReader.Kind, text: String?, offset: Int)?
  ) -> Bool {
    guard top.has("format") else {
      topProblems.report("dossier: missing required field \"format\"", at: top.offset)
      return false
    }
    guard let format else { return false }
    guard format.text == DossierFormat.name else {
      topProblems.report(
        "dossier.format: expected \"\(DossierFormat.name)\", found \"\(format.text)\"",
        at: format.offset)
      return false
    }
    guard let version else {
      topProblems.report("dossier: missing required field \"version\"", at: top.offset)
      return false
    }
    let expected = String(DossierFormat.version)
    guard let number = version.text, number == expected else {
      let sameNumber = version.text.flatMap(Double.init) == Double(DossierFormat.version)
      topProblems.report(
        sameNumber
          ? "dossier.version: write the version as \(expected), not \(version.text ?? "")"
          : "dossier.version: unsupported version \(version.text ?? version.kind.name); "
            + "this dossier reads version \(expected)",
        at: version.offset)
      return false
    }
    return true
  }

  /// Decodes each element of the array `key` of `owner` (a top-level array by default)
  /// with `element`, keeping the non-nil ones.
  ///
  /// With `resumingHere`, the reader is at an element of the top-level array `key` (the
  /// second half of a file read in two): the rest of the array is read, and the elements'
  /// paths count from there (such a half's problems are never shown). A top-level array
  /// stops before the element that begins at `stopOffset`.
  mutating func decodeArray<Element>(
    _ key: String, of owner: JSONPath = .root, resumingHere: Bool = false,
    elementPath: (Int) -> JSONPath? = { _ in nil },
    _ element: (inout ContentDecoder, JSONPath) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element] {
    var array: JSONReader.Container
    if resumingHere {
      array = JSONReader.Container(open: reader.position, started: true)
    } else {
      guard let begun = try beginArray(owner, key) else { return [] }
      array = begun
    }
    var elements: [Element] = []
    var index = 0
    let stop =
      owner.isRoot && !resumingHere && SplitPoint.arrayKeys.contains(key) ? stopOffset : nil
    var atElement = resumingHere
    while true {
      if atElement {
        atElement = false
      } else if try !reader.nextElement(of: &array) {
        break
      }
      if let stop, reader.position == stop {
        stoppedIn = key
        reportProgress()
        break
      }
      let path = elementPath(index) ?? .element(of: key, at: index)
      if let decoded = try element(&self, path) {
        elements.append(decoded)
      }
      index += 1
      if index & 1023 == 0 { reportProgress() }
    }
    return elements
  }

  /// Tells `progress` how far the read has got, and gives back the pages passed.
  private mutating func reportProgress() {
    progress?.read(upTo: min(Int(Double(reader.position) * progressScale), reader.bytes.count))
    if let passedPages, reader.position > releasedUpTo {
      releasedUpTo = passedPages.release(releasedUpTo..<reader.position)
      lastReference = nil
    }
  }

  private mutating func decodeSource(_ path: JSONPath) throws(JSONSyntaxError) -> Source? {
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: DossierFormat.sourceFields, problems: problems)
    else { return nil }
    reader.forgetUnescapedTexts()
    var id: String?
    var title: String?
    var text: String?
    var textFile: (name: String, offset: Int)?
    var publisher: String?
    var author: String?
    var date: PartialDate?
    var url: String?
    while let key = try fields.next(&reader) {
      switch key {
      case "id": id = try decodeID(path, isSource: true).map(reader.string(of:))
      case "title": title = try readRequiredString(path, "title")?.text
      case "text": text = try readString(path, "text")
      case "textFile":
        let offset = try valueOffset()
        textFile = try readString(path, "textFile").map { ($0, offset) }
      case "publisher": publisher = try readString(path, "publisher")
      case "author": author = try readString(path, "author")
      case "date": date = try readDate(path, "date")
      default: url = try readString(path, "url")
      }
    }
    fields.requireFields()
    if let textFile {
      if text != nil {
        problems.report(
          "\(path): give either \"text\" or \"textFile\", not both", at: fields.offset)
      }
      switch readTextFile(textFile.name) {
      case .success(let contents): text = contents
      case .failure(let error):
        problems.report("\(path).textFile: \(error.message)", at: textFile.offset)
      }
    }
    guard let id, let title else { return nil }
    if let text { sourceTexts.insert(QuoteMatcher(text: text), forSource: id) }
    return Source(
      id: id, title: title, publisher: publisher, author: author, date: date, url: url,
      text: text)
  }

  /// The entities and links read, as records: the entities events first, then actors, then
  /// projects, each kind in file order (moved only when the file lists the kinds in another
  /// order). The decoder holds none afterwards.
  mutating func takeTables() -> ContentTables {
    if !keepsEntitiesInFileOrder {
      decodedEntities = decodedEntities.reordered(EntityKind.allCases.compactMap { entityRuns[$0] })
    }
    return ContentTables(
      entities: EntityTable(records: decodedEntities.take()),
      links: LinkTable(records: decodedLinks.take()))
  }

  /// Whether the file lists the kinds in the tables' order (events, actors, projects), so
  /// that `takeTables` keeps every entity where it was read.
  var keepsEntitiesInFileOrder: Bool {
    let runs = EntityKind.allCases.compactMap { entityRuns[$0] }
    return !zip(runs, runs.dropFirst()).contains { $0.upperBound > $1.lowerBound }
  }

  /// The id table and the link ends of a file read without problems: each entity id with
  /// its index in the content `decode` returned, and each link's two ends as such indices.
  mutating func resolvedIndexes() -> (ids: IDTable, ends: LinkEnds) {
    var firstIndexOfRun: [EntityKind: Int] = [:]
    var next = 0
    for kind in EntityKind.allCases {
      guard let run = entityRuns[kind] else { continue }
      firstIndexOfRun[kind] = next
      next += run.count
    }
    let runs = entityRuns.map { (run: $0.value, first: firstIndexOfRun[$0.key]!) }
    func index(ofEntry position: Int) -> Int {
      let owner = runs.first { $0.run.contains(position) }!
      return owner.first + position - owner.run.lowerBound
    }
    var table = entityIDOffsets
    entityIDOffsets = IDTable()
    table.mapValues { position, _ in index(ofEntry: position) }
    let linkCount = linkEndEntries.count / 2
    var ends = LinkEnds(
      from: [Int32](repeating: 0, count: linkCount), to: [Int32](repeating: 0, count: linkCount))
    for link in 0..<linkCount {
      ends.from[link] = Int32(index(ofEntry: Int(linkEndEntries[2 * link])))
      ends.to[link] = Int32(index(ofEntry: Int(linkEndEntries[2 * link + 1])))
    }
    linkEndEntries = []
    return (table, ends)
  }

  /// Checks links, evidence and quotes against the ids and texts read, and hands every
  /// content problem to the collector given at init. True when there were none.
  mutating func validate(_ content: DossierContent, links: LinkRecords) -> Bool {
    checkReferences(sources: content.sources)
    if problems.isEmpty { resolveRemainingLinkEnds(links) }
    topProblems.absorb(problems)
    return topProblems.isEmpty
  }

  /// Resolves the link ends a second half left unresolved; reports (with no place: this is
  /// for a file read in two, which is then read again) any end that names no entity.
  private mutating func resolveRemainingLinkEnds(_ links: LinkRecords) {
    var ends = linkEndEntries
    linkEndEntries = []
    let unresolved = Array(ends.indices.lazy.filter { ends[$0] < 0 }.map { Int32($0) })
    var namesUnknownEntity = false
    entityIDOffsets.forEachEntry(count: unresolved.count) { number in
      let end = Int(unresolved[number])
      return links.leadingBytes(at: end / 2, skipping: end % 2)
    } _: { number, entry in
      if let entry {
        ends[Int(unresolved[number])] = Int32(entry)
      } else {
        namesUnknownEntity = true
      }
    }
    linkEndEntries = ends
    if namesUnknownEntity { problems.report("a link names an unknown entity", at: nil) }
  }

  /// Reports a quote missing from its source's text (when the source has a text).
  func check(_ quote: PendingQuote) {
    guard let matcher = sourceTexts.matcher(forSource: quote.sourceID),
      !matcher.contains(quote.quote)
    else { return }
    reportMissing(quote)
  }

  /// Reports a quote not found in its source's text.
  func reportMissing(_ quote: PendingQuote) {
    problems.report(
      "\(quote.path).quote: quote not found verbatim in the text of source "
        + "\"\(quote.sourceID)\"",
      at: quote.offset)
  }

  /// Checks the references that named ids not yet read when they were met.
  private mutating func checkReferences(sources: [Source]) {
    var unresolved: [PendingReference] = []
    for reference in entityReferences {
      guard let entry = entityIDOffsets.entry(of: reference.id) else {
        unresolved.append(reference)
        continue
      }
      if let linkEnd = reference.linkEnd, problems.isEmpty, linkEnd < linkEndEntries.count {
        linkEndEntries[linkEnd] = Int32(entry)
      }
    }
    var entityIDs = NearestMatchFinder(
      among: unresolved.isEmpty ? [] : entityIDOffsets.ids.sorted())
    entityIDs.prepare(forMostAsked: unresolved.map(\.id))
    for reference in unresolved {
      let hint = NearestMatches.didYouMean(entityIDs.nearest(to: reference.id))
      problems.report(
        "\(reference.path).\(reference.key): unknown entity \"\(reference.id)\"\(hint)",
        at: reference.offset)
    }
    let unknownSources = sourceReferences.filter { sourceIDOffsets[$0.id] == nil }
    var sourceIDs = NearestMatchFinder(among: sources.map(\.id))
    sourceIDs.prepare(forMostAsked: unknownSources.map(\.id))
    for reference in unknownSources {
      let hint = NearestMatches.didYouMean(sourceIDs.nearest(to: reference.id))
      problems.report(
        "\(reference.path).source: unknown source \"\(reference.id)\"\(hint)",
        at: reference.offset)
    }
    for quote in quotes { check(quote) }
  }
}

/// Why a source's `textFile` could not be read.
struct TextFileError: Error {
  let message: String
}
