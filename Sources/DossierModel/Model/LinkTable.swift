/// A dossier's links by index, kept as records (`LinkRecords`) — written as the file was
/// read, or lying in a snapshot — and decoded one at a time when asked for.
public struct LinkTable: RandomAccessCollection, Sendable {
  let records: LinkRecords

  init(records: LinkRecords) {
    self.records = records
  }

  /// A table of `links`.
  init(_ links: [Link]) {
    var builder = LinkRecordsBuilder(links)
    records = builder.take()
  }

  /// Always 0.
  public var startIndex: Int { 0 }

  /// The number of links.
  public var endIndex: Int { records.count }

  /// The link at `position`.
  public subscript(position: Int) -> Link { records.link(at: position) }

  /// All the links as values (decoding every record).
  var values: [Link] { Array(self) }
}
