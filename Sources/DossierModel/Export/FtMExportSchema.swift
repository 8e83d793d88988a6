/// Which FtM schema a dossier entity is written as.
///
/// A type that is an FtM schema's label or name ("Company", "Public body", "PublicBody")
/// gives that schema, unless FtM reads that schema as a link (Ownership, …) or no entity
/// may have it (Thing). Otherwise events are Events, projects Projects, and actors go by
/// their type: people are Persons, companies Companies, organisations, parties and
/// publications Organizations, ministries and governments PublicBodies, and anything
/// else (countries, cities, …) a LegalEntity.
enum FtMSchemaChoice {
  /// The schema for `entity`.
  static func schema(for entity: Entity) -> FtMSchema {
    if let named = FtMModel.schema(labelled: entity.type) ?? FtMModel.schema(named: entity.type),
      !named.isAbstract, !readsAsLink(named)
    {
      return named
    }
    return FtMModel.schema(named: nativeSchemaName(for: entity))!
  }

  /// Whether FtM readers turn entities of `schema` into links: edges that are not values.
  static func readsAsLink(_ schema: FtMSchema) -> Bool {
    schema.edge != nil && !FtMModel.schema(schema.name, isA: "Value")
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
