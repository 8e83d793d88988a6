/// FollowTheMoney's date values: a prefix of an ISO 8601 time stamp, `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`, optionally followed by `THH`, `THH:MM` or `THH:MM:SS` (with fractions of
/// a second) and a zone (`Z`, `+HH:MM`, `+HHMM`, `+HH`). Years run from 1000 to 2999, as
/// FtM reads them.
enum FtMDate {
  /// A date value FtM would not accept, with the reason.
  struct Invalid: Error {
    /// Why, for the user.
    let message: String
  }

  /// The calendar day (or month, or year) a date value falls on; throws when FtM would
  /// not accept the value.
  static func calendarDate(of text: String) throws(Invalid) -> PartialDate {
    var contiguous = text
    let result = contiguous.withUTF8 { bytes in
      Result { () throws(Invalid) in try calendarDate(of: bytes, text) }
    }
    return try result.get()
  }

  private static func calendarDate(of bytes: UnsafeBufferPointer<UInt8>, _ text: String)
    throws(Invalid) -> PartialDate
  {
    var scanner = DigitScanner(bytes: bytes)
    guard let year = scanner.number(digits: 4) else { throw malformed(text) }
    var month: Int?
    var day: Int?
    if scanner.skip("-") {
      guard let value = scanner.number(digits: 2) else { throw malformed(text) }
      month = value
      if scanner.skip("-") {
        guard let value = scanner.number(digits: 2) else { throw malformed(text) }
        day = value
      }
    }
    if day != nil, scanner.skip("T") {
      guard let time = scanner.time() else { throw malformed(text) }
      guard time.isPossible else {
        throw Invalid(
          message: "impossible time in \"\(text)\": hours run from 00 to 23, minutes and "
            + "seconds from 00 to 59")
      }
      guard scanner.zone() else { throw malformed(text) }
    }
    guard scanner.isAtEnd else { throw malformed(text) }
    guard (1000...2999).contains(year) else {
      throw Invalid(message: "impossible date \"\(text)\": FtM years run from 1000 to 2999")
    }
    do {
      return try PartialDate(year: year, month: month, day: day)
    } catch {
      let reason: String
      switch error {
      case .impossibleMonth: reason = "months run from 01 to 12"
      default: reason = "no such day in the calendar"
      }
      throw Invalid(message: "impossible date \"\(text)\": \(reason)")
    }
  }

  private static func malformed(_ text: String) -> Invalid {
    Invalid(
      message:
        "invalid date \"\(text)\": expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by "
        + "THH, THH:MM or THH:MM:SS and a time zone")
  }
}

/// Reads fixed-width numbers and separators from the bytes of a date.
private struct DigitScanner {
  /// An hour, minute and second, as far as given.
  struct Time {
    let hour: Int
    let minute: Int
    let second: Int

    /// Whether the time exists on a clock.
    var isPossible: Bool { hour < 24 && minute < 60 && second < 60 }
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { position == bytes.count }

  /// Consumes `character` when it comes next.
  mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  /// Consumes exactly `digits` decimal digits and returns their value.
  mutating func number(digits: Int) -> Int? {
    guard position + digits <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[position..<position + digits] {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    position += digits
    return value
  }

  /// `HH`, `HH:MM` or `HH:MM:SS`, the seconds optionally with a fraction.
  mutating func time() -> Time? {
    guard let hour = number(digits: 2) else { return nil }
    var minute = 0
    var second = 0
    if skip(":") {
      guard let value = number(digits: 2) else { return nil }
      minute = value
      if skip(":") {
        guard let value = number(digits: 2) else { return nil }
        second = value
        if skip(".") {
          guard number(digits: 1) != nil else { return nil }
          while number(digits: 1) != nil {}
        }
      }
    }
    return Time(hour: hour, minute: minute, second: second)
  }

  /// An optional zone: `Z`, or a sign and `HH`, `HH:MM` or `HHMM`; false when malformed.
  mutating func zone() -> Bool {
    if isAtEnd || skip("Z") { return true }
    guard skip("+") || skip("-") else { return false }
    guard let hours = number(digits: 2), hours < 24 else { return false }
    if isAtEnd { return true }
    _ = skip(":")
    guard let minutes = number(digits: 2), minutes < 60 else { return false }
    return true
  }
}
