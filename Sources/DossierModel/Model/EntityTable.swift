/// A dossier's entities by index: the values a load built, or records in a snapshot decoded
/// one at a time when asked for, so that a reopened dossier makes strings only for what is
/// shown.
///
/// The columns a whole list needs (kind, name, type, date) can be read without the rest of
/// an entity.
public struct EntityTable: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case values([Entity])
    case records(EntityRecords)
  }

  let storage: Storage

  init(_ entities: [Entity]) {
    storage = .values(entities)
  }

  init(records: EntityRecords) {
    storage = .records(records)
  }

  /// Always 0.
  public var startIndex: Int { 0 }

  /// The number of entries.
  public var endIndex: Int {
    switch storage {
    case .values(let entities): entities.count
    case .records(let records): records.count
    }
  }

  /// The entity at `position`.
  public subscript(position: Int) -> Entity {
    switch storage {
    case .values(let entities): entities[position]
    case .records(let records): records.entity(at: position)
    }
  }

  /// The kind of the entity at `position`.
  public func kind(at position: Int) -> EntityKind {
    switch storage {
    case .values(let entities): entities[position].kind
    case .records(let records): records.kind(at: position)
    }
  }

  /// The id of the entity at `position`.
  public func id(at position: Int) -> String {
    switch storage {
    case .values(let entities): entities[position].id
    case .records(let records): records.leadingText(at: position, skipping: 0)
    }
  }

  /// The name of the entity at `position`.
  public func name(at position: Int) -> String {
    switch storage {
    case .values(let entities): entities[position].name
    case .records(let records): records.leadingText(at: position, skipping: 1)
    }
  }

  /// The open subtype of the entity at `position`.
  public func type(at position: Int) -> String {
    switch storage {
    case .values(let entities): entities[position].type
    case .records(let records): records.leadingText(at: position, skipping: 2)
    }
  }

  /// The date of the entity at `position`, and whether it is inferred.
  public func date(at position: Int) -> (date: PartialDate?, inferred: Bool) {
    switch storage {
    case .values(let entities): (entities[position].date, entities[position].dateInferred)
    case .records(let records): records.date(at: position)
    }
  }

  /// All the entities as values (decoding every record of a snapshot).
  var values: [Entity] {
    switch storage {
    case .values(let entities): entities
    case .records: Array(self)
    }
  }
}
