/// Reads dossier's own JSON format in one streaming pass; it checks ids, references and
/// quotes as it reads (see `ContentDecoder`), so the validator has nothing left to do.
enum NativeImporter: DossierImporter {
  static func read(_ input: ImportInput) -> ImportedContent? {
    var decoder = ContentDecoder(
      bytes: input.bytes, problems: input.problems, readTextFile: input.readTextFile,
      progress: input.progress)
    do {
      guard let content = try decoder.decode() else { return nil }
      input.progress?.enter(.indexing)
      guard decoder.validate(content) else { return nil }
      let (ids, ends) = decoder.resolvedIndexes()
      return ImportedContent(content: content, isValidated: true, entityIDs: ids, linkEnds: ends)
    } catch {
      input.problems.discardAll()
      input.problems.report(error.message, at: error.offset)
      return nil
    }
  }
}
