/// Everything the importer needs about one schema, looked up once per load (a class, so
/// that handing it around per record costs one reference, not a copy of the schema).
final class FtMSchemaPlan {
  /// The schema.
  let schema: FtMSchema
  /// What its entities become.
  let role: FtMSchemaRole
  /// Its properties, own and inherited, by name.
  let properties: [String: FtMPlannedProperty]
  /// The same properties, numbered by their names' bytes (see `property(named:)`).
  private let propertyNumbers: IDTable
  private let numberedProperties: [FtMPlannedProperty]

  /// The plan for `schema`.
  init(_ schema: FtMSchema) {
    self.schema = schema
    role = FtMSchemaRole(of: schema)
    properties = FtMModel.properties(of: schema.name).mapValues { resolved in
      FtMPlannedProperty(resolved, of: schema)
    }
    var numbers = IDTable(capacity: properties.count)
    for (number, (name, _)) in properties.enumerated() { numbers.insert(name, value: number) }
    numberedProperties = Array(properties.values)
    propertyNumbers = numbers
  }

  /// The property whose name is these UTF-8 bytes, if the schema has it.
  func property(named name: UnsafeBufferPointer<UInt8>) -> FtMPlannedProperty? {
    propertyNumbers[utf8: name].map { numberedProperties[$0] }
  }
}

/// What a property's values are to an entity's name and summary.
enum FtMNamingRole {
  /// `name`: the first names the entity, the rest are aliases.
  case name
  /// `alias`, `previousName`, `weakAlias`: aliases.
  case alias
  /// `summary`: the first is the summary.
  case summary
  /// `description`: the first is the summary when there is no `summary`.
  case description
  /// Any other property.
  case none

  init(of name: String) {
    switch name {
    case "name": self = .name
    case "alias", "previousName", "weakAlias": self = .alias
    case "summary": self = .summary
    case "description": self = .description
    default: self = .none
    }
  }
}

/// One property of a planned schema, with what the importer derives from it.
final class FtMPlannedProperty {
  /// The property as FtM defines it.
  let resolved: FtMResolvedProperty
  /// The dossier type its values are kept with.
  let type: PropertyType
  /// Whether its values name entities (and so become links).
  let isEntity: Bool
  /// Whether its values are FtM dates (and so are checked).
  let isDate: Bool
  /// Whether it is one of the schema's start dates (and so dates an event).
  let isTemporalStart: Bool
  /// Whether it holds the source end of the schema's edge (a payment's payer).
  let isEdgeSource: Bool
  /// Whether it holds the target end of the schema's edge (a payment's beneficiary).
  let isEdgeTarget: Bool
  /// The relation of the links it makes: FtM's qualified name, `Payment:payer`.
  let relation: String
  /// How those links read: the property's label outgoing, its reverse's incoming.
  let relationLabels: RelationLabels
  /// What its values are to an entity's name and summary.
  let namingRole: FtMNamingRole
  /// Its label and type as a property record holds them (see `SnapshotWriter.write(_:
  /// [Property])`), written once rather than for every value.
  let labelAndType: [UInt8]
  /// Whether the relation has been entered in the dossier's relations (once per load).
  var isRelationNoted = false

  /// Derives what the importer needs from `resolved`, a property of `schema`.
  init(_ resolved: FtMResolvedProperty, of schema: FtMSchema) {
    let property = resolved.property
    self.resolved = resolved
    type = FtMModel.propertyType(of: property)
    isEntity = property.type == "entity"
    isDate = property.type == "date"
    isTemporalStart = schema.temporalStart.contains(property.name)
    isEdgeSource = schema.edge?.source == property.name
    isEdgeTarget = schema.edge?.target == property.name
    relation = resolved.qualifiedName
    namingRole = FtMNamingRole(of: property.name)
    var writer = SnapshotWriter()
    writer.write(property.label)
    writer.write(type.rawValue)
    labelAndType = Array(writer.bytes)
    relationLabels = RelationLabels(
      outgoing: property.label, incoming: FtMModel.reverseLabel(of: property) ?? property.label)
  }

  /// FtM's label for the property: "Amount in EUR".
  var label: String { resolved.property.label }
}
