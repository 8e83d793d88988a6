import DossierModel

/// Uses a loaded dossier as the browser and the exports would, trapping on a wrong answer.
func exercise(_ dossier: Dossier, input: [UInt8]) {
  searchForAWord(of: input, in: dossier)
  _ = MarkdownReport.render(dossier)
  let content = dossier.content
  _ = FtMExport.jsonLines(content)
  _ = TimelineJSExport(content).json.rendered()
  checkNativeRoundTrip(content)
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
