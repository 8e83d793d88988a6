/// A partial date and its "inferred" flag in one integer, for a column: bit 50 set when
/// there is a date, bit 49 when inferred, the day in bits 44–48, the month in bits 40–43,
/// and the year plus 2^39 in bits 0–39 (years back to -99,999,999,999 fit).
enum PackedDate {
  private static let present: UInt64 = 1 << 50
  private static let inferred: UInt64 = 1 << 49
  private static let yearOffset: Int = 1 << 39

  static func pack(_ date: PartialDate?, inferred isInferred: Bool) -> UInt64 {
    var packed: UInt64 = isInferred ? inferred : 0
    guard let date else { return packed }
    packed |= present
    packed |= UInt64(date.day ?? 0) << 44 | UInt64(date.month ?? 0) << 40
    packed |= UInt64(date.year + yearOffset) & ((1 << 40) - 1)
    return packed
  }

  /// The date and flag.
  static func unpack(_ packed: UInt64) -> (date: PartialDate?, inferred: Bool) {
    let isInferred = packed & inferred != 0
    guard packed & present != 0 else { return (nil, isInferred) }
    let year = Int(packed & ((1 << 40) - 1)) - yearOffset
    let month = Int(packed >> 40 & 0xF)
    let day = Int(packed >> 44 & 0x1F)
    let date = PartialDate(
      storedYear: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    return (date, isInferred)
  }
}
