import DossierModel

/// Whatever the format read, the native export loads again, with the original's content
/// (the entities of each kind in their order: see `DossierContent.entities`).
func checkNativeRoundTrip(_ content: DossierContent) {
  let exported = Array(content.nativeJSON().rendered().utf8)
  let reloaded: Dossier
  do {
    reloaded = try DossierLoader.load(.bytes(exported, fileName: "export"), format: .native)
      .dossier
  } catch {
    fatalError("the native export does not load again: \(error)")
  }
  let expected = content.inNativeOrder
  guard reloaded.content == expected else {
    fatalError(
      "the native export loads again with other content: "
        + difference(expected, reloaded.content))
  }
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
