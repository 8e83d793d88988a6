/// Reads a TimelineJS Google Sheets template exported as CSV into the same content as the
/// equivalent JSON timeline (see `TimelineContentBuilder`).
enum TimelineCSVImporter: DossierImporter {
  static func read(_ input: ImportInput) -> ImportedContent? {
    input.progress?.start(totalBytes: input.bytes.count)
    let slides = TimelineCSVSlideReader(
      problems: input.problems, warnings: input.warnings, progress: input.progress
    ).slides(input.bytes)
    input.progress?.read(upTo: input.bytes.count)
    let imported = TimelineContentBuilder.build(
      slides, problems: input.problems, warnings: input.warnings)
    return input.problems.isEmpty ? imported : nil
  }
}
