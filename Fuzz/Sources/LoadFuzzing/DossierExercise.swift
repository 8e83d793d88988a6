import DossierModel

/// Uses a loaded dossier as the browser and the exports would, trapping on a wrong answer.
func exercise(_ dossier: Dossier, input: [UInt8]) {
  searchForAWord(of: input, in: dossier)
  _ = MarkdownReport.render(dossier)
  let content = dossier.content
  _ = FtMExport.jsonLines(content)
  _ = TimelineJSExport(content).json.rendered()
  if hasOnlyNativeIDs(content) { checkNativeRoundTrip(content) }
}

/// Whether every entity and source id is one the native format accepts. The FtM and
/// TimelineJS readers keep ids the native reader refuses ("kho]gos", "ab.f8eɛ"), so that
/// their native export does not load: an open finding (docs/FUZZING.md), not checked again.
private func hasOnlyNativeIDs(_ content: DossierContent) -> Bool {
  content.entities.allSatisfy { DossierFormat.isValidID($0.id) }
    && content.sources.allSatisfy { DossierFormat.isValidID($0.id) }
}

/// Searches for the first word of the input with at least three letters; every hit must be
/// an entity of the dossier.
private func searchForAWord(of input: [UInt8], in dossier: Dossier) {
  let word = input.split { !isASCIILetter($0) }.first { $0.count >= 3 }
  guard let word else { return }
  let query = SearchQuery(String(decoding: word.prefix(12), as: UTF8.self))
  let hits = dossier.searchIndex.search(query, kinds: Set(EntityKind.allCases), limit: 50)
  guard hits.count <= 50, hits.allSatisfy({ dossier.entities.indices.contains($0.entityIndex) })
  else { fatalError("a search gave \(hits.count) hits or one outside the entities") }
}

private func isASCIILetter(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
}

/// The native export loads again, as native, with equal content, the entities in the
/// native file's order.
private func checkNativeRoundTrip(_ content: DossierContent) {
  let exported = Array(content.nativeJSON().rendered().utf8)
  let reloaded: Dossier
  do {
    reloaded = try DossierLoader.load(.bytes(exported, fileName: "export"), format: .native)
      .dossier
  } catch {
    fatalError("the native export does not load again: \(error)")
  }
  let expected = inNativeOrder(content)
  guard reloaded.content == expected else {
    fatalError(
      "the native export loads again with other content: \(difference(expected, reloaded.content))")
  }
}

/// The content with its entities in the order a native file has them: events, then
/// actors, then projects, each in their order. (An FtM stream keeps its own order, so an
/// actor before an event comes back after it: reported, not checked.)
private func inNativeOrder(_ content: DossierContent) -> DossierContent {
  var ordered = content
  ordered.entities = EntityKind.allCases.sorted().flatMap { kind in
    content.entities.filter { $0.kind == kind }
  }
  return ordered
}

/// The first part that differs between two contents, as both have it.
private func difference(_ original: DossierContent, _ reloaded: DossierContent) -> String {
  if original.title != reloaded.title || original.description != reloaded.description {
    return "title or description"
  }
  if original.relations != reloaded.relations { return "relations" }
  for (before, after) in zip(original.sources, reloaded.sources) where before != after {
    return "source \(before) became \(after)"
  }
  for (before, after) in zip(original.entities, reloaded.entities) where before != after {
    return "entity \(before) became \(after)"
  }
  for (before, after) in zip(original.links, reloaded.links) where before != after {
    return "link \(before) became \(after)"
  }
  return "\(original.sources.count) sources, \(original.entities.count) entities and "
    + "\(original.links.count) links became \(reloaded.sources.count), "
    + "\(reloaded.entities.count) and \(reloaded.links.count)"
}
