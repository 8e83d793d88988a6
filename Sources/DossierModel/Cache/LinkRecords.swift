/// Links kept in a snapshot, one record each, decoded when asked for. A record that cannot
/// be decoded reads as a link saying so, never a crash.
final class LinkRecords: RecordColumns, Sendable {
  /// Link `i`'s record is `bytes[offsets[i]..<offsets[i + 1]]`.
  let offsets: Column<UInt64>
  let bytes: Column<UInt8>

  init(offsets: Column<UInt64>, bytes: Column<UInt8>) {
    self.offsets = offsets
    self.bytes = bytes
  }

  var count: Int { offsets.count - 1 }

  func link(at position: Int) -> Link {
    var reader = record(at: position)
    do {
      return try reader.readLink()
    } catch {
      return Link(from: "", to: "", relation: EntityRecords.damaged)
    }
  }

}
