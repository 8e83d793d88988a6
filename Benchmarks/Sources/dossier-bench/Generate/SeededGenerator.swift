/// A small, fast, seeded pseudo-random generator (xoshiro256**, seeded by SplitMix64).
///
/// The same seed and stream always give the same numbers, on every platform: every method
/// uses integer arithmetic or exactly representable doubles, never the standard library's
/// random APIs, whose algorithms may change between releases.
struct SeededGenerator {
  private var state0: UInt64
  private var state1: UInt64
  private var state2: UInt64
  private var state3: UInt64

  /// A generator for `stream` of `seed`; different streams are independent sequences.
  init(seed: UInt64, stream: UInt64) {
    var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    func splitMix() -> UInt64 {
      mixer &+= 0x9E37_79B9_7F4A_7C15
      var value = mixer
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
    state0 = splitMix()
    state1 = splitMix()
    state2 = splitMix()
    state3 = splitMix()
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    let result = rotateLeft(state1 &* 5, by: 7) &* 9
    let shifted = state1 << 17
    state2 ^= state0
    state3 ^= state1
    state1 ^= state2
    state0 ^= state3
    state2 ^= shifted
    state3 = rotateLeft(state3, by: 45)
    return result
  }

  /// A number in `0..<bound`; `bound` must be positive. The bias is below `bound / 2⁶⁴`.
  mutating func int(below bound: Int) -> Int {
    Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.count)
  }

  /// A number in `0..<bound` where small numbers are much likelier: the product of
  /// `depth` uniform draws, a long-tailed, Zipf-like distribution.
  mutating func longTail(below bound: Int, depth: Int) -> Int {
    var value = int(below: bound)
    for _ in 1..<max(depth, 1) {
      value = int(below: value + 1)
    }
    return value
  }

  /// A double in `0..<1`, with 53 random bits.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// A random element of a non-empty array.
  mutating func element<Element>(of array: [Element]) -> Element {
    array[int(below: array.count)]
  }

  private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
  }
}
