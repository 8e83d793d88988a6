/// Entities kept in a snapshot: kind and date in columns, the rest in one record per
/// entity (id, name, type, summary, aliases, date note, evidence, properties), decoded when
/// asked for. A record that cannot be decoded reads as an entity saying so, never a crash.
///
/// A class, so that a table's accessors pass one reference around, not four columns.
final class EntityRecords: RecordColumns, Sendable {
  let kinds: Column<UInt8>
  let dates: Column<UInt64>
  /// Entity `i`'s record is `bytes[offsets[i]..<offsets[i + 1]]`.
  let offsets: Column<UInt64>
  let bytes: Column<UInt8>

  init(kinds: Column<UInt8>, dates: Column<UInt64>, offsets: Column<UInt64>, bytes: Column<UInt8>) {
    self.kinds = kinds
    self.dates = dates
    self.offsets = offsets
    self.bytes = bytes
  }

  var count: Int { kinds.count }

  func kind(at position: Int) -> EntityKind {
    let raw = Int(kinds[position])
    return raw < EntityKind.allCases.count ? EntityKind.allCases[raw] : .actor
  }

  func date(at position: Int) -> (date: PartialDate?, inferred: Bool) {
    PackedDate.unpack(dates[position])
  }

  /// The text field after `skipping` others at the start of the record (0: the id, 1: the
  /// name, 2: the type).
  func leadingText(at position: Int, skipping: Int) -> String {
    var reader = record(at: position)
    do {
      for _ in 0..<skipping { _ = try reader.readString() }
      return try reader.readString()
    } catch {
      return Self.damaged
    }
  }

  func entity(at position: Int) -> Entity {
    var reader = record(at: position)
    let (date, inferred) = date(at: position)
    do {
      return Entity(
        id: try reader.readString(), kind: kind(at: position), name: try reader.readString(),
        type: try reader.readString(), summary: try reader.readOptionalString(),
        aliases: try reader.readStrings(), date: date, dateInferred: inferred,
        dateNote: try reader.readOptionalString(), evidence: try reader.readEvidence(),
        properties: try reader.readProperties())
    } catch {
      return Entity(
        id: "damaged-\(position)", kind: kind(at: position), name: Self.damaged, type: "")
    }
  }

  /// What a record that cannot be read shows.
  static let damaged = "(damaged cache record)"
}

extension SnapshotWriter {
  /// Entity `entity`'s record (without kind and date, which go in columns).
  mutating func writeRecord(of entity: Entity) {
    write(entity.id)
    write(entity.name)
    write(entity.type)
    write(entity.summary)
    write(entity.aliases)
    write(entity.dateNote)
    write(entity.evidence)
    write(entity.properties)
  }
}
