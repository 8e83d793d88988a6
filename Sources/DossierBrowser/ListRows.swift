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

  /// The rows whose entities `test` keeps, under the headings that still have one; with,
  /// for each row kept, its row here. Reads the row codes directly into memory of the
  /// largest size needed: a million rows in a few milliseconds.
  func filtered(keeping test: ListTest) -> (rows: ListRows, origins: [Int32]) {
    var kept = ListRows()
    var keptHeadings: [Int] = []
    var count = 0
    var origins: [Int32] = []
    // Uninitialised: only the pages written are ever touched, a few for a narrow filter.
    let keptCodes = [Int32](unsafeUninitializedCapacity: codes.count) { keptCodes, keptCount in
      origins = [Int32](unsafeUninitializedCapacity: codes.count) { origins, originCount in
        codes.withUnsafeBufferPointer { codes in
          var heading = -1
          var number = 0
          for row in 0..<codes.count {
            let code = codes[row]
            guard code >= 0 else {
              heading = row
              continue
            }
            defer { number += 1 }
            guard test.keeps(Int(code), number) else { continue }
            if heading >= 0 {
              keptHeadings.append(count)
              keptCodes[count] = codes[heading]
              origins[count] = Int32(heading)
              count += 1
              heading = -1
            }
            keptCodes[count] = code
            origins[count] = Int32(row)
            count += 1
          }
        }
        originCount = count
      }
      keptCount = count
    }
    // Headings keep their titles' numbers: the kept rows share this list's titles.
    kept.codes = keptCodes
    kept.headings = headings
    kept.headingRows = keptHeadings
    return (kept, origins)
  }

  /// How many of the list's entities have each type number, in one pass over the codes.
  func typeCounts(_ typeNumbers: [UInt32], typeCount: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: typeCount)
    typeNumbers.withUnsafeBufferPointer { typeNumbers in
      for code in codes where code >= 0 { counts[Int(typeNumbers[Int(code)])] += 1 }
    }
    return counts
  }

  /// How many entities `test` keeps.
  func count(keeping test: ListTest) -> Int {
    var count = 0
    var number = 0
    for code in codes where code >= 0 {
      if test.keeps(Int(code), number) { count += 1 }
      number += 1
    }
    return count
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
