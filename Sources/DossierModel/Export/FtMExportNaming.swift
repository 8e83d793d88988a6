/// Whether an entity's name is one an FtM reader made up (a caption) rather than one
/// the entity was given, so that exporting an FtM import does not add `name` values its
/// entities never had.
///
/// A name is taken as made up when it is one of the entity's property values (an
/// Article's title, an Address's full form), an Address's street, postal code, city and
/// country joined, the schema's label, or the label followed by ": " and the entities
/// involved ("Event: Acme, Jane Doe"). Schemata without `name` (Payment, Ownership, …)
/// never get one: FtM captions them from their properties.
enum FtMCaptionGuess {
  /// Whether `entity`'s name looks made up by an FtM reader for an entity of `schema`.
  static func isCaption(_ entity: Entity, schema: FtMSchema) -> Bool {
    let name = entity.name
    if entity.properties.contains(where: { $0.values.contains(name) }) { return true }
    if schema.name == "Address" {
      let parts = ["street", "postalCode", "city", "country"].compactMap { key in
        entity.properties.first { $0.key == key }?.values.first
      }
      if !parts.isEmpty, name == parts.joined(separator: ", ") { return true }
    }
    let label = schema.label
    return name == label || name.hasPrefix(label + ": ")
  }
}
