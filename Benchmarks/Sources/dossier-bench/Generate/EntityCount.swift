import ArgumentParser

/// A number of entities as given on the command line: `10000`, `10k`, `2.5k`, `100k`,
/// `1M`.
struct EntityCount: ExpressibleByArgument, CustomStringConvertible {
  let value: Int

  static let range = 3...100_000_000

  init?(argument: String) {
    guard let value = Self.parse(argument), Self.range.contains(value) else { return nil }
    self.value = value
  }

  var description: String { String(value) }

  /// Digits, optionally with a fraction, then optionally `k` (thousand) or `M` (million);
  /// the result must be a whole number.
  private static func parse(_ text: String) -> Int? {
    var number = Substring(text)
    let multiplier =
      switch number.last {
      case "k", "K": 1_000
      case "m", "M": 1_000_000
      default: 1
      }
    if multiplier > 1 { number = number.dropLast() }
    let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    // Nine digits at most on either side keep every product below Int.max.
    guard
      parts.allSatisfy({ part in
        (1...9).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
      }),
      let whole = Int(parts[0])
    else { return nil }
    guard parts.count == 2, let fraction = Int(parts[1]) else { return whole * multiplier }
    var scale = 1
    for _ in parts[1] { scale *= 10 }
    guard fraction * multiplier % scale == 0 else { return nil }
    return whole * multiplier + fraction * multiplier / scale
  }
}
