/// What an FtM schema becomes in a dossier (see the mapping in the FtM importer).
enum FtMSchemaRole: Equatable {
  /// An edge that is not a value (Ownership, Directorship, …): a link between its ends.
  case link
  /// An entity of this kind: Payment and Sanction are events, Contract a project, Person
  /// an actor.
  case entity(EntityKind)

  /// The schemata, and those extending them, that become projects.
  static let projectSchemata = [
    "Project", "Contract", "ContractAward", "CallForTenders", "CourtCase",
  ]

  /// The role of `schema`: edges that do not extend Value are links; projects as listed;
  /// intervals with a start date are events; everything else is an actor.
  init(of schema: FtMSchema) {
    if schema.edge != nil, !FtMModel.schema(schema.name, isA: "Value") {
      self = .link
    } else if Self.projectSchemata.contains(where: { FtMModel.schema(schema.name, isA: $0) }) {
      self = .entity(.project)
    } else if FtMModel.schema(schema.name, isA: "Interval"), !schema.temporalStart.isEmpty {
      self = .entity(.event)
    } else {
      self = .entity(.actor)
    }
  }
}
