/// A part of a date as read, not yet checked: its text, where it was read and its name in
/// messages (`events[3].start_date.month`, `row 5, column Month`).
struct RawDatePart {
  let text: String
  let offset: Int
  let path: String
  /// Whether the file wrote it as a string (shown in quotes in messages).
  let isString: Bool

  /// The value as messages show it: `"May"` for a string, `2013.5` for a number.
  var shown: String { isString ? "\"\(text)\"" : text }
}

/// A TimelineJS date as read from a JSON date object or a sheet's date columns.
struct RawTimelineDate {
  /// The year's name in messages, also when it is missing.
  var yearPath: String
  /// Where the date was read, for a missing year.
  var offset: Int
  var year: RawDatePart?
  var month: RawDatePart?
  var day: RawDatePart?
  var hour: RawDatePart?
  var minute: RawDatePart?
  var second: RawDatePart?
  var millisecond: RawDatePart?
  /// A time of day in one field, as the sheet template has it: `14:30`, `2:30 PM`.
  var time: RawDatePart?
  var displayDate: String?

  /// Whether nothing at all was given.
  var isEmpty: Bool {
    [year, month, day, hour, minute, second, millisecond, time].allSatisfy { $0 == nil }
      && displayDate == nil
  }
}

/// A time of day, as precise as given.
struct TimeOfDay: Hashable, CustomStringConvertible {
  let hour: Int
  let minute: Int
  let second: Int?
  let millisecond: Int?

  /// `14:30`, `14:30:05`, `14:30:05.250`.
  var description: String {
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    var text = padded(hour, 2) + ":" + padded(minute, 2)
    if let second { text += ":" + padded(second, 2) }
    if let millisecond { text += "." + padded(millisecond, 3) }
    return text
  }
}

/// A checked TimelineJS date: the calendar date as precise as given, the time of day when
/// given, and the text the timeline shows instead, if any.
struct TimelineDate: Hashable {
  let date: PartialDate
  let time: TimeOfDay?
  let displayDate: String?

  /// Checks every part of `raw`, reporting each problem at its part; nil when any part is
  /// wrong or the year is missing.
  static func check(_ raw: RawTimelineDate, problems: ProblemCollector) -> TimelineDate? {
    var checker = TimelineDateChecker(problems: problems)
    return checker.check(raw)
  }
}

/// Checks the parts of one date, remembering whether any was wrong.
private struct TimelineDateChecker {
  let problems: ProblemCollector
  var failed = false

  mutating func check(_ raw: RawTimelineDate) -> TimelineDate? {
    guard let yearPart = raw.year else {
      report("\(raw.yearPath): missing (a date needs at least a year)", at: raw.offset)
      return nil
    }
    let year = integer(yearPart).flatMap { checkYear($0, yearPart) }
    let month = raw.month.flatMap { part in integer(part).flatMap { inRange($0, 1...12, part) } }
    let day = raw.day.flatMap { part in integer(part).flatMap { inRange($0, 1...31, part) } }
    if let dayPart = raw.day, raw.month == nil {
      report("\(dayPart.path): a day needs a month", at: dayPart.offset)
    }
    if let year, let month, let day, let dayPart = raw.day {
      let days = PartialDate.daysIn(month: month, year: year)
      if day > days, let monthText = try? PartialDate(year: year, month: month).description {
        report(
          "\(dayPart.path): expected 1 to \(days) in \(monthText), found \(day)", at: dayPart.offset
        )
      }
    }
    let time = timeOfDay(raw)
    guard !failed, let year,
      let date = try? PartialDate(year: year, month: month, day: day)
    else { return nil }
    return TimelineDate(date: date, time: time, displayDate: raw.displayDate)
  }

  private mutating func checkYear(_ year: Int, _ part: RawDatePart) -> Int? {
    if year == 0 {
      report("\(part.path): there is no year 0 (1 BCE is -1)", at: part.offset)
      return nil
    }
    return inRange(year, PartialDate.earliestYear...9999, part)
  }

  /// The time from the hour, minute, … parts or from a one-field time.
  private mutating func timeOfDay(_ raw: RawTimelineDate) -> TimeOfDay? {
    if let timePart = raw.time {
      guard let time = Self.parseTime(timePart.text) else {
        report(
          "\(timePart.path): expected a time of day like 14:30, 14:30:05 or 2:30 PM, found "
            + timePart.shown, at: timePart.offset)
        return nil
      }
      return time
    }
    let hour = raw.hour.flatMap { part in integer(part).flatMap { inRange($0, 0...23, part) } }
    let minute = raw.minute.flatMap { part in integer(part).flatMap { inRange($0, 0...59, part) } }
    let second = raw.second.flatMap { part in integer(part).flatMap { inRange($0, 0...59, part) } }
    let millisecond = raw.millisecond.flatMap { part in
      integer(part).flatMap { inRange($0, 0...999, part) }
    }
    if raw.hour == nil {
      if let part = raw.minute ?? raw.second ?? raw.millisecond {
        report("\(part.path): a time needs an hour", at: part.offset)
      }
      return nil
    }
    guard let hour else { return nil }
    return TimeOfDay(
      hour: hour, minute: minute ?? 0, second: second ?? (millisecond == nil ? nil : 0),
      millisecond: millisecond)
  }

  /// `H:MM`, `H:MM:SS` or `H:MM:SS.mmm`, with an optional `AM` or `PM`.
  static func parseTime(_ text: String) -> TimeOfDay? {
    var bytes = Array(text.utf8)
    var meridiem: Int?
    let folded = bytes.map { $0 | 0x20 }
    if folded.count > 2, folded[(folded.count - 2)...].elementsEqual("am".utf8) {
      meridiem = 0
    } else if folded.count > 2, folded[(folded.count - 2)...].elementsEqual("pm".utf8) {
      meridiem = 12
    }
    if meridiem != nil {
      bytes.removeLast(2)
      while bytes.last == 0x20 { bytes.removeLast() }
    }
    let pieces = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
    guard (2...3).contains(pieces.count) else { return nil }
    let secondPieces =
      pieces.count == 3
      ? pieces[2].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) : []
    func number(_ digits: ArraySlice<UInt8>?, lengths: ClosedRange<Int>) -> Int? {
      guard let digits, lengths.contains(digits.count),
        digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
      else { return nil }
      return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    guard var hour = number(pieces[0], lengths: 1...2),
      let minute = number(pieces[1], lengths: 2...2),
      minute < 60, secondPieces.count <= 2
    else { return nil }
    let second = secondPieces.isEmpty ? nil : number(secondPieces[0], lengths: 2...2)
    let fraction = secondPieces.count == 2 ? secondPieces[1] : nil
    let millisecond = fraction.flatMap { digits in
      number(digits, lengths: 1...3).map { $0 * [100, 10, 1][digits.count - 1] }
    }
    if !secondPieces.isEmpty, second == nil || second! > 59 { return nil }
    if secondPieces.count == 2, millisecond == nil { return nil }
    if let meridiem {
      guard (1...12).contains(hour) else { return nil }
      hour = hour % 12 + meridiem
    }
    guard hour < 24 else { return nil }
    return TimeOfDay(hour: hour, minute: minute, second: second, millisecond: millisecond)
  }

  /// The part as an integer (an optional minus sign and up to 12 digits).
  private mutating func integer(_ part: RawDatePart) -> Int? {
    var digits = Substring(part.text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let magnitude = Int(digits)
    else {
      report("\(part.path): expected an integer, found \(part.shown)", at: part.offset)
      return nil
    }
    return negative ? -magnitude : magnitude
  }

  private mutating func inRange(_ value: Int, _ range: ClosedRange<Int>, _ part: RawDatePart)
    -> Int?
  {
    guard range.contains(value) else {
      report(
        "\(part.path): expected \(range.lowerBound) to \(range.upperBound), found \(value)",
        at: part.offset)
      return nil
    }
    return value
  }

  private mutating func report(_ message: String, at offset: Int) {
    failed = true
    problems.report(message, at: offset)
  }
}
