/// Writing record fields straight from the bytes a `JSONReader` read, with no `String` in
/// between, in the forms `SnapshotWriter` gives them.
extension SnapshotWriter {
  /// An optional text, as `write(_: String?)` writes it.
  mutating func write(optional text: JSONText?, of reader: JSONReader) {
    guard let text else { return write(Self.absent) }
    write(utf8: reader.bytes(of: text))
  }

  /// Evidence, as `write(_: [Evidence])` writes it.
  mutating func write(_ evidence: [ContentDecoder.EvidenceTexts], of reader: JSONReader) {
    write(UInt32(evidence.count))
    for item in evidence {
      write(utf8: reader.bytes(of: item.source))
      write(utf8: reader.bytes(of: item.quote))
      write(optional: item.note, of: reader)
    }
  }
}
