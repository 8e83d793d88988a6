/// One FtM entity being written: its id, schema and property values in order.
///
/// Values only go to properties the schema has and whose type they fit; anything else is
/// kept as a line of text in the schema's `notes` (or `description`, for schemata such as
/// Ownership that have no notes), so nothing the dossier says is dropped silently.
struct FtMEntityDraft {
  /// The entity's FtM id.
  let id: String
  /// The entity's schema.
  let schema: FtMSchema
  private var properties: [(name: String, values: [String])] = []

  /// An entity with no properties yet.
  init(id: String, schema: FtMSchema) {
    self.id = id
    self.schema = schema
  }

  /// Whether the schema has the property `name`.
  func accepts(_ name: String) -> Bool {
    FtMModel.property(name, of: schema.name) != nil
  }

  /// Whether the schema extends `ancestor` (or is it).
  func isA(_ ancestor: String) -> Bool {
    FtMModel.schema(schema.name, isA: ancestor)
  }

  /// The values given so far for the property `name`.
  func values(of name: String) -> [String] {
    properties.first { $0.name == name }?.values ?? []
  }

  /// Adds `values` to the property `name` when the schema has it and they fit its type
  /// (no entity references: those go through `addReference`; dates must be FtM dates);
  /// otherwise adds a note "label: values". Empty and repeated values are left out.
  mutating func add(_ name: String, label: String, values: [String]) {
    let values = values.filter { !$0.isEmpty }
    guard !values.isEmpty else { return }
    guard let property = FtMModel.property(name, of: schema.name)?.property,
      property.type != "entity",
      property.type != "date" || values.allSatisfy({ (try? FtMDate.calendarDate(of: $0)) != nil })
    else {
      addNote(label + ": " + values.joined(separator: ", "))
      return
    }
    append(values, to: name)
  }

  /// Adds the id of another entity to the entity property `name`, which the caller has
  /// checked the schema has.
  mutating func addReference(_ name: String, to entityID: String) {
    append([entityID], to: name)
  }

  /// Adds a line of text to `notes`, or to `description` where the schema has no notes.
  mutating func addNote(_ text: String) {
    append([text], to: accepts("notes") ? "notes" : "description")
  }

  /// The entity as FtM JSON: `{"id", "schema", "properties": {name: [values]}}`.
  var json: JSONOutput {
    .object([
      ("id", .string(id)),
      ("schema", .string(schema.name)),
      ("properties", .object(properties.map { ($0.name, .array($0.values.map { .string($0) })) })),
    ])
  }

  private mutating func append(_ values: [String], to name: String) {
    let index =
      properties.firstIndex { $0.name == name }
      ?? {
        properties.append((name, []))
        return properties.count - 1
      }()
    for value in values where !properties[index].values.contains(value) {
      properties[index].values.append(value)
    }
  }
}
