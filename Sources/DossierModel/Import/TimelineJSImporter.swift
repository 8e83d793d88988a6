/// Reads a TimelineJS3 JSON timeline: events become dated event entities, groups and eras
/// become projects linked to their events, media become sources, the title slide titles
/// the dossier (see `TimelineContentBuilder`).
enum TimelineJSImporter: DossierImporter {
  static func read(_ input: ImportInput) -> ImportedContent? {
    input.progress?.start(totalBytes: input.bytes.count)
    var reader = JSONReader(bytes: input.bytes)
    let root: LocatedJSON
    do {
      try reader.beginDocument()
      root = try LocatedJSON.read(&reader)
      try reader.endDocument()
    } catch {
      input.problems.report(error.message, at: error.offset)
      return nil
    }
    let slides = TimelineJSONSlideReader(problems: input.problems, progress: input.progress)
      .slides(root)
    input.progress?.read(upTo: input.bytes.count)
    let imported = TimelineContentBuilder.build(
      slides, problems: input.problems, warnings: input.warnings)
    return input.problems.isEmpty ? imported : nil
  }
}
