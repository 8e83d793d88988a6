/// Checks bytes for well-formed UTF-8 without making a `String`: the rules of the
/// Unicode Standard's table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF,
/// no truncated sequence), the ones `String(validating:)` applies.
enum UTF8Validation {
  /// Whether `bytes` are well-formed UTF-8. Runs of ASCII are passed eight bytes at a time.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      while index + 8 <= count {
        let highBits =
          UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
        guard highBits == 0 else {
          index += highBits.trailingZeroBitCount / 8
          break
        }
        index += 8
      }
      guard index < count else { return true }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      if lead >= 0xC2, lead <= 0xDF, index + 1 < count, base[index + 1] & 0xC0 == 0x80 {
        index += 2
        continue
      }
      if lead >= 0xE1, lead <= 0xEC, index + 2 < count, base[index + 1] & 0xC0 == 0x80,
        base[index + 2] & 0xC0 == 0x80
      {
        index += 3
        continue
      }
      guard let length = sequenceLength(base, at: index, count: count) else { return false }
      index += length
    }
    return true
  }

  /// The length of the well-formed multi-byte sequence at `index`, or nil when it is not one.
  private static func sequenceLength(
    _ base: UnsafePointer<UInt8>, at index: Int, count: Int
  ) -> Int? {
    let lead = base[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: return nil
    }
    guard index + length <= count, secondRange.contains(base[index + 1]) else { return nil }
    for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
