/// A dossier's links by index: the values a load built, or records in a snapshot decoded
/// one at a time when asked for.
public struct LinkTable: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case values([Link])
    case records(LinkRecords)
  }

  let storage: Storage

  init(_ links: [Link]) {
    storage = .values(links)
  }

  init(records: LinkRecords) {
    storage = .records(records)
  }

  /// Always 0.
  public var startIndex: Int { 0 }

  /// The number of entries.
  public var endIndex: Int {
    switch storage {
    case .values(let links): links.count
    case .records(let records): records.count
    }
  }

  /// The link at `position`.
  public subscript(position: Int) -> Link {
    switch storage {
    case .values(let links): links[position]
    case .records(let records): records.link(at: position)
    }
  }

  /// All the links as values (decoding every record of a snapshot).
  var values: [Link] {
    switch storage {
    case .values(let links): links
    case .records: Array(self)
    }
  }
}
