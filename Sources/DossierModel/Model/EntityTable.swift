/// A dossier's entities by index, kept as records (`EntityRecords`) — written as the file
/// was read, or lying in a snapshot — and decoded one at a time when asked for, so that
/// strings are made only for what is shown.
///
/// The columns a whole list needs (kind, name, type, date) can be read without the rest of
/// an entity.
public struct EntityTable: RandomAccessCollection, Sendable {
  let records: EntityRecords

  init(records: EntityRecords) {
    self.records = records
  }

  /// A table of `entities`.
  init(_ entities: [Entity]) {
    var builder = EntityRecordsBuilder(entities)
    records = builder.take()
  }

  /// Always 0.
  public var startIndex: Int { 0 }

  /// The number of entries.
  public var endIndex: Int { records.count }

  /// The entity at `position`.
  public subscript(position: Int) -> Entity { records.entity(at: position) }

  /// The kind of the entity at `position`.
  public func kind(at position: Int) -> EntityKind { records.kind(at: position) }

  /// The id of the entity at `position`.
  public func id(at position: Int) -> String { records.leadingText(at: position, skipping: 0) }

  /// The name of the entity at `position`.
  public func name(at position: Int) -> String {
    records.leadingText(at: position, skipping: 1)
  }

  /// The open subtype of the entity at `position`.
  public func type(at position: Int) -> String {
    records.leadingText(at: position, skipping: 2)
  }

  /// The date of the entity at `position`, and whether it is inferred.
  public func date(at position: Int) -> (date: PartialDate?, inferred: Bool) {
    records.date(at: position)
  }

  /// Calls `body` with every entity's date and whether it is inferred, in storage order:
  /// quicker than `date(at:)` entity by entity.
  public func forEachDate(_ body: (_ date: PartialDate?, _ inferred: Bool) -> Void) {
    for position in 0..<records.count {
      let (date, inferred) = records.date(at: position)
      body(date, inferred)
    }
  }

  /// All the entities as values (decoding every record).
  var values: [Entity] { Array(self) }
}
