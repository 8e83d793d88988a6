/// One schema of the FollowTheMoney model (Person, Company, Payment, Ownership, …).
struct FtMSchema: Sendable {
  /// The schema's name in files: `PublicBody`.
  let name: String
  /// Its label for people: "Public body".
  let label: String
  /// Its plural label: "Public bodies".
  let plural: String
  /// Every schema it extends, directly or not, by name.
  let ancestors: [String]
  /// True for schemata no entity may have (Thing, Interval, …).
  let isAbstract: Bool
  /// For schemata that connect two entities (Ownership, Payment), which properties are
  /// the two ends.
  let edge: FtMEdge?
  /// The properties whose first value names an entity without a name.
  let caption: [String]
  /// The date properties an entity's time span starts with, in order of preference.
  let temporalStart: [String]
  /// The date properties an entity's time span ends with.
  let temporalEnd: [String]
  /// The properties this schema itself defines (inherited ones live on the ancestors).
  let properties: [FtMProperty]
}

/// The two ends of an edge schema.
struct FtMEdge: Sendable {
  /// The property holding the edge's source (Ownership: `owner`).
  let source: String
  /// The property holding the edge's target (Ownership: `asset`).
  let target: String
  /// How the edge reads from source to target: "owns".
  let label: String
  /// False when the edge reads the same both ways (UnknownLink).
  let isDirected: Bool
}

/// One property of a schema.
struct FtMProperty: Sendable {
  /// The property's name: `amountEur`.
  let name: String
  /// Its label: "Amount in EUR".
  let label: String
  /// The FtM type: `name`, `date`, `entity`, `country`, `string`, …
  let type: String
  /// For entity properties, the schema of the entities they point to.
  let range: String?
  /// For entity properties, the property on the range schema that points back.
  let reverse: String?
}

/// A property as seen from a schema: itself and the schema that defines it.
struct FtMResolvedProperty: Sendable {
  /// The property.
  let property: FtMProperty
  /// The schema that defines it (for Payment's `amount`: Value).
  let definedOn: String

  /// FtM's qualified name: `Payment:payer`, `Thing:addressEntity`.
  var qualifiedName: String { definedOn + ":" + property.name }
}

/// Look-ups over the generated FollowTheMoney model table.
enum FtMModel {
  private static let schemaByName: [String: FtMSchema] = Dictionary(
    schemata.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
  private static let schemaByLabel: [String: FtMSchema] = Dictionary(
    schemata.map { ($0.label.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  private static let propertiesBySchema: [String: [String: FtMResolvedProperty]] = {
    var result: [String: [String: FtMResolvedProperty]] = [:]
    for schema in schemata {
      var properties: [String: FtMResolvedProperty] = [:]
      for owner in [schema.name] + schema.ancestors {
        for property in schemaByName[owner]?.properties ?? [] where properties[property.name] == nil
        {
          properties[property.name] = FtMResolvedProperty(property: property, definedOn: owner)
        }
      }
      result[schema.name] = properties
    }
    return result
  }()

  /// The schema with this name (`Company`), if FtM has one.
  static func schema(named name: String) -> FtMSchema? { schemaByName[name] }

  /// The schema whose label is `label`, compared without case ("public body").
  static func schema(labelled label: String) -> FtMSchema? { schemaByLabel[label.lowercased()] }

  /// Every property an entity of `schema` may have, own and inherited, by name.
  static func properties(of schema: String) -> [String: FtMResolvedProperty] {
    propertiesBySchema[schema] ?? [:]
  }

  /// The property `name` of `schema`, own or inherited.
  static func property(_ name: String, of schema: String) -> FtMResolvedProperty? {
    propertiesBySchema[schema]?[name]
  }

  /// Whether `schema` is `ancestor` or extends it.
  static func schema(_ schema: String, isA ancestor: String) -> Bool {
    schema == ancestor || (schemaByName[schema]?.ancestors.contains(ancestor) ?? false)
  }

  /// The label of the property that points back along an entity property: for
  /// `Payment:payer`, "Payments made".
  static func reverseLabel(of property: FtMProperty) -> String? {
    guard let range = property.range, let reverse = property.reverse else { return nil }
    return self.property(reverse, of: range)?.property.label
  }

  /// The dossier property type for an FtM property type; amounts are FtM numbers whose
  /// property name starts with "amount".
  static func propertyType(of property: FtMProperty) -> PropertyType {
    switch property.type {
    case "name": .name
    case "identifier", "checksum", "ip": .identifier
    case "country": .country
    case "date": .date
    case "url": .url
    case "address": .address
    case "email": .email
    case "phone": .phone
    case "language": .language
    case "topic": .topic
    case "number": property.name.hasPrefix("amount") ? .amount : .number
    default: .text
    }
  }
}
