/// A partial date in four bytes: `year * 10000 + month * 100 + day`, where an unknown month
/// or day is 0, and 0 itself means no date.
struct PackedDate: Equatable {
  let value: Int32

  /// No date.
  static let none = PackedDate(value: 0)

  private static let firstYear = 1975
  private static let years = 50

  init(value: Int32) {
    self.value = value
  }

  init(year: Int, month: Int = 0, day: Int = 0) {
    value = Int32(year * 10_000 + month * 100 + day)
  }

  /// A date in 1975–2024: a full date with probability `day`, else year and month with
  /// probability `month`, else the year with probability `year`, else no date.
  static func random(
    day dayShare: Double, month monthShare: Double, year yearShare: Double,
    using random: inout SeededGenerator
  ) -> PackedDate {
    let draw = random.unit()
    guard draw < dayShare + monthShare + yearShare else { return .none }
    let year = firstYear + random.int(below: years)
    if draw >= dayShare + monthShare { return PackedDate(year: year) }
    let month = random.int(in: 1...12)
    if draw >= dayShare { return PackedDate(year: year, month: month) }
    return PackedDate(year: year, month: month, day: random.int(in: 1...daysIn(month, of: year)))
  }

  /// Writes the date as a JSON string: `"2013"`, `"2013-09"` or `"2013-09-07"`.
  func write(to output: OutputBuffer) {
    let value = Int(self.value)
    output.write(UInt8(ascii: "\""))
    output.write(decimal: value / 10_000, width: 4)
    let month = value / 100 % 100
    if month > 0 {
      output.write(UInt8(ascii: "-"))
      output.write(decimal: month, width: 2)
      let day = value % 100
      if day > 0 {
        output.write(UInt8(ascii: "-"))
        output.write(decimal: day, width: 2)
      }
    }
    output.write(UInt8(ascii: "\""))
  }

  private static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
