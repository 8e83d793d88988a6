/// A calendar date known to the year, the month or the day: `2013`, `2013-09`, `2013-09-07`.
///
/// Years before the common era are negative, as TimelineJS writes them (`-44` is 44 BCE);
/// only the component initializer accepts them, files in dossier's own format cannot hold
/// them.
///
/// Ordering puts a partial date at its earliest day, and a more precise date before a less
/// precise one on the same earliest day, so `2013-01-01` < `2013-01` < `2013`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, 1 through 9999, or `earliestYear` through -1 before the common era.
  public let year: Int
  /// The month, 1 through 12, or 0 when not known: a byte, not an `Int?`, so that a date
  /// takes 10 bytes, not 34 (a million entities and their links each carry one).
  private let storedMonth: UInt8
  /// The day of the month, or 0 when not known.
  private let storedDay: UInt8

  /// The month, 1 through 12, when known.
  public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
  /// The day of the month, when known (requires `month`).
  public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

  /// How precisely a date is known.
  public enum Precision: Int, Sendable, Comparable {
    /// Only the year.
    case year
    /// The year and month.
    case month
    /// The full date.
    case day

    /// Orders from least to most precise.
    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The earliest year a date can have (a cosmological timeline's Big Bang fits).
  public static let earliestYear = -99_999_999_999

  /// Why a date string is not a valid partial date.
  public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not shaped like `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case malformed(String)
    /// The shape is right but the date does not exist (30 February, 31 April).
    case impossible(String)
    /// The month is not 1 through 12.
    case impossibleMonth(String)

    /// A message for the user.
    public var description: String {
      switch self {
      case .malformed(let text):
        "invalid date \"\(text)\": expected YYYY, YYYY-MM or YYYY-MM-DD"
      case .impossible(let text):
        "impossible date \"\(text)\": no such day in the calendar"
      case .impossibleMonth(let text):
        "impossible date \"\(text)\": months run from 01 to 12"
      }
    }
  }

  /// A date from parts that were valid when stored (a snapshot's packed date column):
  /// only kept in the ranges that printing relies on (months 1–12, days 1–31), without
  /// the calendar check.
  init(storedYear year: Int, month: Int?, day: Int?) {
    self.year = year
    let month = month.flatMap { (1...12).contains($0) ? $0 : nil }
    storedMonth = UInt8(month ?? 0)
    storedDay = month == nil ? 0 : UInt8(day.flatMap { (1...31).contains($0) ? $0 : nil } ?? 0)
  }

  /// Creates a date from validated parts.
  public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
    var text: String { Self.format(year: year, month: month, day: day) }
    guard (1...9999).contains(year) || (Self.earliestYear...(-1)).contains(year),
      day == nil || month != nil
    else {
      throw .impossible(text)
    }
    if let month {
      guard (1...12).contains(month) else { throw .impossibleMonth(text) }
      if let day {
        guard (1...Self.daysIn(month: month, year: year)).contains(day) else {
          throw .impossible(text)
        }
      }
    }
    self.year = year
    storedMonth = UInt8(month ?? 0)
    storedDay = UInt8(day ?? 0)
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year before the common era has a minus
  /// sign and at least four digits (`-0044-03-15`, `-12000`).
  public init(parsing text: String) throws(ParseError) {
    if text.utf8.first == UInt8(ascii: "-") {
      try self.init(parsingBeforeCommonEra: text)
      return
    }
    var utf8 = text.utf8.makeIterator()
    func digits(_ count: Int) -> Int? {
      var value = 0
      for _ in 0..<count {
        guard let byte = utf8.next(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = digits(4) else { throw .malformed(text) }
    var parts: [Int] = []
    while let separator = utf8.next() {
      guard separator == UInt8(ascii: "-"), parts.count < 2, let part = digits(2) else {
        throw .malformed(text)
      }
      parts.append(part)
    }
    try self.init(
      year: year, month: parts.first, day: parts.count > 1 ? parts[1] : nil)
  }

  /// Parses `-YYYY…`, `-YYYY…-MM` or `-YYYY…-MM-DD`.
  private init(parsingBeforeCommonEra text: String) throws(ParseError) {
    let parts = text.utf8.dropFirst().split(
      separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    let isNumber = { (part: Substring.UTF8View.SubSequence) in
      !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
    guard (1...3).contains(parts.count), parts[0].count >= 4, parts[0].count <= 11,
      parts.allSatisfy(isNumber), parts.dropFirst().allSatisfy({ $0.count == 2 }),
      let magnitude = Int(String(decoding: parts[0], as: UTF8.self)), magnitude > 0
    else { throw .malformed(text) }
    let number = { (index: Int) in
      parts.count > index ? Int(String(decoding: parts[index], as: UTF8.self)) : nil
    }
    try self.init(year: -magnitude, month: number(1), day: number(2))
  }

  /// How precisely this date is known.
  public var precision: Precision {
    day != nil ? .day : month != nil ? .month : .year
  }

  /// The ISO 8601 form, as written in files: `2013`, `2013-09`, `2013-09-07`; a year before
  /// the common era has a minus sign: `-0044-03-15`.
  public var description: String { Self.format(year: year, month: month, day: day) }

  /// A form for people, as precise as known: `2013`, `Sep 2013`, `7 Sep 2013`, `15 Mar -44`
  /// (the year as `String(year)` writes it, so its width is known without building this).
  public var humanReadable: String {
    guard let month else { return String(year) }
    let monthName = Self.monthAbbreviations[month - 1]
    guard let day else { return "\(monthName) \(year)" }
    return "\(day) \(monthName) \(year)"
  }

  /// Earliest day first, then more precise before less precise.
  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    let left = (lhs.year, lhs.month ?? 1, lhs.day ?? 1)
    let right = (rhs.year, rhs.month ?? 1, rhs.day ?? 1)
    if left != right { return left < right }
    return lhs.precision > rhs.precision
  }

  private static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The number of days in `month` (1 to 12) of `year` (proleptic Gregorian calendar).
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func format(year: Int, month: Int?, day: Int?) -> String {
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    var text = (year < 0 ? "-" : "") + padded(abs(year), 4)
    if let month { text += "-" + padded(month, 2) }
    if let day { text += "-" + padded(day, 2) }
    return text
  }
}
