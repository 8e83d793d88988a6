/// The rows of one list, headings and entities, one integer each: a list of a million
/// entities is built in a few milliseconds and moved through without looking at every row.
public struct ListRows: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
  /// Per row: the entity's index, or −1 − the heading's number.
  private var codes: [Int32] = []
  private var headings: [String] = []
  /// The rows that hold headings, ascending.
  private var headingRows: [Int] = []

  /// No rows.
  public init() {}

  /// The given rows.
  public init(arrayLiteral rows: ListRow...) {
    for row in rows {
      switch row {
      case .heading(let title): appendHeading(title)
      case .entity(let index): appendEntity(index)
      }
    }
  }

  /// The first row, 0.
  public var startIndex: Int { 0 }
  /// The row count.
  public var endIndex: Int { codes.count }

  /// The heading or entity at `row`.
  public subscript(row: Int) -> ListRow {
    let code = codes[row]
    return code >= 0 ? .entity(Int(code)) : .heading(headings[Int(-1 - code)])
  }

  /// How many rows hold entities.
  public var entityCount: Int { codes.count - headingRows.count }

  /// Makes room for `count` more rows.
  mutating func reserveCapacity(_ count: Int) {
    codes.reserveCapacity(codes.count + count)
  }

  mutating func appendHeading(_ title: String) {
    headingRows.append(codes.count)
    codes.append(Int32(-1 - headings.count))
    headings.append(title)
  }

  mutating func appendEntity(_ index: Int) {
    codes.append(Int32(index))
  }

  /// How many entity rows come before `row`: the entity's number in the list when `row`
  /// holds one.
  func entityNumber(ofRow row: Int) -> Int {
    row - headingsBefore(row)
  }

  /// The row of the list's `number`th entity (counting entities only, from 0).
  func row(ofEntityNumber number: Int) -> Int {
    var row = number
    for headingRow in headingRows {
      guard headingRow <= row else { break }
      row += 1
    }
    return row
  }

  /// How many heading rows come before `row`.
  private func headingsBefore(_ row: Int) -> Int {
    var low = 0
    var high = headingRows.count
    while low < high {
      let middle = (low + high) / 2
      if headingRows[middle] < row { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
