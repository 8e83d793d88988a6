/// Hands out FtM entity ids, each one once: ids the dossier already gives are kept as
/// they are, and ids made up for the export never take one of them.
struct FtMIDAllocator {
  private var taken: Set<String>

  /// An allocator that treats `reserved` (the dossier's entity and link ids) as taken.
  init(reserving reserved: some Sequence<String>) {
    taken = Set(reserved)
  }

  /// `preferred` when no other entity has it yet, else `preferred-2`, `preferred-3`, …
  mutating func claim(_ preferred: String) -> String {
    var candidate = preferred
    var suffix = 2
    while taken.contains(candidate) {
      candidate = "\(preferred)-\(suffix)"
      suffix += 1
    }
    taken.insert(candidate)
    return candidate
  }

  /// A new id that depends only on `parts`: 32 hex digits of two FNV-1a hashes, so the
  /// same dossier always exports with the same ids.
  mutating func claimHash(of parts: [String]) -> String {
    claim(Self.hexHash(of: parts))
  }

  /// 32 hex digits from the parts, separated by a unit separator so that ("ab", "c") and
  /// ("a", "bc") differ.
  static func hexHash(of parts: [String]) -> String {
    let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
    let prime: UInt64 = 0x0000_0100_0000_01B3
    var first: UInt64 = 0xCBF2_9CE4_8422_2325
    var second: UInt64 = 0x8422_2325_CBF2_9CE4
    for byte in bytes {
      first = (first ^ UInt64(byte)) &* prime
      second = (second ^ UInt64(byte ^ 0x5A)) &* prime
    }
    return hex(first) + hex(second)
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
