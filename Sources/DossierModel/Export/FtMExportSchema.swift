/// Which FtM schema a dossier entity is written as.
///
/// A type that is an FtM schema's label or name ("Company", "Public body", "PublicBody")
/// gives that schema when FtM readers make entities of the same kind of it (an event
/// typed "Payment" is a Payment; an actor typed "Payment", or anything typed "Ownership"
/// or "Thing", is not). Otherwise events are Events, projects Projects, and actors go by
/// their type: people are Persons, companies Companies, organisations, parties and
/// publications Organizations, ministries and governments PublicBodies, and anything
/// else (countries, cities, …) a LegalEntity.
enum FtMSchemaChoice {
  /// The schema for `entity`.
  static func schema(for entity: Entity) -> FtMSchema {
    if let named = FtMModel.schema(labelled: entity.type) ?? FtMModel.schema(named: entity.type),
      !named.isAbstract, FtMSchemaRole(of: named) == .entity(entity.kind)
    {
      return named
    }
    return FtMModel.schema(named: nativeSchemaName(for: entity))!
  }

  private static let actorSchemata: [String: String] = [
    "person": "Person",
    "company": "Company", "corporation": "Company", "firm": "Company",
    "organisation": "Organization", "organization": "Organization",
    "publication": "Organization", "newspaper": "Organization", "party": "Organization",
    "political party": "Organization", "ngo": "Organization", "association": "Organization",
    "foundation": "Organization", "university": "Organization",
    "public body": "PublicBody", "ministry": "PublicBody", "government": "PublicBody",
    "agency": "PublicBody",
  ]

  private static func nativeSchemaName(for entity: Entity) -> String {
    switch entity.kind {
    case .event: "Event"
    case .project: "Project"
    case .actor: actorSchemata[entity.type.lowercased()] ?? "LegalEntity"
    }
  }
}
