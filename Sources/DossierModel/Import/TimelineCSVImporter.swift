/// Placeholder until the importer lands.
enum TimelineCSVImporter: DossierImporter {
  static func read(_ input: ImportInput) -> ImportedContent? {
    input.problems.report("this format is not read yet", at: nil)
    return nil
  }
}
