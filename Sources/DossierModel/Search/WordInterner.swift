import FoundationEssentials
import Glibc

/// Gives each distinct word a number, in the order first seen: an open-addressing hash table
/// over one byte buffer of the distinct words.
struct WordInterner {
  /// The distinct words, one after another.
  private(set) var bytes: [UInt8] = []
  /// Word `i` is `bytes[starts[i]..<starts[i + 1]]`.
  private(set) var starts: [UInt32] = [0]
  /// Per slot: the word's hash in the high 32 bits and its number plus one in the low 32
  /// bits; 0 for an empty slot.
  private var slots = [UInt64](repeating: 0, count: 1 << 12)

  /// How many distinct words were seen.
  var count: Int { starts.count - 1 }

  /// The number of `word` (not empty), given it a new one when it is new.
  mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let hash = Self.hash(word)
    let found = find(word, hash: hash)
    if let number = found.number { return number }
    let slot = found.slot
    let number = UInt32(count)
    bytes.append(contentsOf: word)
    starts.append(UInt32(bytes.count))
    slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
    if count * 2 > slots.count { grow() }
    return number
  }

  /// The number of `word`, if it was interned.
  func number(of word: UnsafeBufferPointer<UInt8>) -> UInt32? {
    find(word, hash: Self.hash(word)).number
  }

  /// The number of `word` if it was interned, else the empty slot where it would go.
  private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    number: UInt32?, slot: Int
  ) {
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return (nil, slot) }
      if UInt32(truncatingIfNeeded: entry >> 32) == hash {
        let number = Int(UInt32(truncatingIfNeeded: entry)) - 1
        if equals(number, word) { return (UInt32(number), slot) }
      }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[number])
    guard Int(starts[number + 1]) - start == word.count else { return false }
    guard let wordBase = word.baseAddress, !word.isEmpty else { return true }
    return bytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + start, wordBase, word.count) == 0
    }
  }

  private mutating func grow() {
    var larger = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = larger.count - 1
    for entry in slots where entry != 0 {
      var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
      while larger[slot] != 0 { slot = (slot + 1) & mask }
      larger[slot] = entry
    }
    slots = larger
  }

  /// A multiply-and-rotate hash over eight bytes at a time, folded to 32 bits.
  private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(word.count) &* multiplier
    guard let base = word.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= word.count {
      let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = ((hash ^ chunk) &* multiplier).rotatedLeft(by: 29)
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < word.count {
      tail |= UInt64(word[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* multiplier
    return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
    self << count | self >> (64 - count)
  }
}
