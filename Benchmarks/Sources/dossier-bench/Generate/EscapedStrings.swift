/// Strings escaped for JSON once, up front, in one contiguous block, so writing one is a
/// single copy.
struct EscapedStrings {
  private var bytes: [UInt8] = []
  private var ranges: [Range<Int>] = []

  init(_ strings: [String] = []) {
    for string in strings { append(string) }
  }

  /// How many strings there are.
  var count: Int { ranges.count }

  /// Adds `string` and returns its index.
  @discardableResult
  mutating func append(_ string: String) -> Int {
    let start = bytes.count
    JSONEscaping.escape(string) { bytes.append($0) }
    ranges.append(start..<bytes.count)
    return ranges.count - 1
  }

  /// Writes the string at `index`, escaped, without quotes.
  func write(_ index: Int, to output: OutputBuffer) {
    let range = ranges[index]
    bytes.withUnsafeBufferPointer { output.write(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Writes a random one of the strings, escaped, without quotes.
  func writeRandom(to output: OutputBuffer, using random: inout SeededGenerator) {
    write(random.int(below: count), to: output)
  }
}
