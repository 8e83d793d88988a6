/// Reads FollowTheMoney entities (JSON lines, as Aleph, OpenSanctions and the `ftm` tool
/// write them, or a JSON array of entities).
///
/// The mapping: ids are kept verbatim; an entity's type is its schema's label. Edges that
/// are not values (Ownership, Directorship, …) become links between their ends; Project,
/// Contract, ContractAward, CallForTenders and CourtCase become projects; other intervals
/// with a start date (Payment, Sanction, Event, …) become events, dated by their earliest
/// start; everything else is an actor. The first `name` names an entity (else a caption:
/// "Payment 1,200 EUR: Acme Ltd → Jane Doe"); other names and aliases become aliases; the
/// first `summary` (else `description`) its summary. Entity properties become links with
/// FtM's qualified property name as relation (`Payment:payer`) and FtM's labels; every
/// other property is kept with its FtM label and type.
///
/// Errors: lines that are not JSON or not entities, missing ids or schemata, malformed
/// property values, abstract schemata, dates FtM would not accept, ids used twice.
/// Warnings: unknown schemata and properties, references to entities not in the file.
enum FtMImporter: DossierImporter {
  /// Reads every record, then builds the content; nil when the file gave nothing to read.
  static func read(_ input: ImportInput) -> ImportedContent? {
    var builder = FtMContentBuilder(problems: input.problems, warnings: input.warnings)
    guard FtMStreamReader(input: input).read(into: &builder) else { return nil }
    if let pages = input.passedPages, pages.anyReleased {
      input.problems.locate(inRereadOf: pages)
      input.warnings.locate(inRereadOf: pages)
    }
    return builder.finish(input)
  }
}
