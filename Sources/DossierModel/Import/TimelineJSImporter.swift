/// Placeholder until the importer lands.
enum TimelineJSImporter: DossierImporter {
  static func read(_ input: ImportInput) -> ImportedContent? {
    input.problems.report("this format is not read yet", at: nil)
    return nil
  }
}
