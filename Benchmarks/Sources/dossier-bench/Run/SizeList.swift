import Foundation

/// Entity counts written like `1k`, `10k`, `1M` or `2500`.
enum SizeList {
  /// Parses a comma-separated list of sizes; nil when one of them is not a size.
  static func parse(_ text: String) -> [Int]? {
    var sizes: [Int] = []
    for item in text.split(separator: ",") {
      guard let size = parseOne(item.trimmingCharacters(in: .whitespaces)), size > 0 else {
        return nil
      }
      sizes.append(size)
    }
    return sizes.isEmpty ? nil : sizes
  }

  /// `1k` is 1,000, `1M` is 1,000,000 (case-insensitive).
  static func parseOne(_ text: String) -> Int? {
    let multipliers: [Character: Int] = ["k": 1_000, "m": 1_000_000]
    if let last = text.last, let multiplier = multipliers[Character(last.lowercased())] {
      return Int(text.dropLast()).map { $0 * multiplier }
    }
    return Int(text)
  }

  /// The short form of a size: `1M`, `100k`, or the plain number.
  static func label(_ size: Int) -> String {
    if size >= 1_000_000, size % 1_000_000 == 0 { return "\(size / 1_000_000)M" }
    if size >= 1_000, size % 1_000 == 0 { return "\(size / 1_000)k" }
    return String(size)
  }
}
