/// Decimal numbers as people read them.
public enum DecimalText {
  /// A decimal number with commas between groups of three digits: 1200.5 → "1,200.5";
  /// anything else as written.
  public static func groupingThousands(_ amount: String) -> String {
    let utf8 = amount.utf8
    let signLength = utf8.first == UInt8(ascii: "-") ? 1 : 0
    let digits = utf8.dropFirst(signLength)
    let integer = digits.prefix { $0 != UInt8(ascii: ".") }
    let fraction = digits.dropFirst(integer.count)
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard !integer.isEmpty, integer.allSatisfy(isDigit), fraction.dropFirst().allSatisfy(isDigit)
    else { return amount }
    let length = utf8.count + (integer.count - 1) / 3
    return String(unsafeUninitializedCapacity: length) { buffer in
      var position = 0
      func write(_ byte: UInt8) {
        buffer[position] = byte
        position += 1
      }
      if signLength == 1 { write(UInt8(ascii: "-")) }
      for (index, digit) in integer.enumerated() {
        if index > 0, (integer.count - index) % 3 == 0 { write(UInt8(ascii: ",")) }
        write(digit)
      }
      fraction.forEach(write)
      return position
    }
  }
}
