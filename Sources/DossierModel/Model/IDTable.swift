import FoundationEssentials
import Glibc

/// Ids and an integer for each (an entity's index, or the offset where the id was read):
/// an open-addressing hash table over the ids' UTF-8 bytes, kept in one buffer.
///
/// It does the work of a `[String: Int]` at a fraction of the cost on a million ids: one
/// allocation for all the ids, and a hash that reads eight bytes at a time. The hash is
/// seeded at random for each table, so that a file cannot be made to collide on purpose.
struct IDTable: Sendable {
  /// One id: its first eight bytes inline (most ids are that short), where its bytes start
  /// in `bytes`, its length and its value — a look-up of a short id reads its slot and this
  /// entry, nothing else.
  private struct Entry {
    let prefix: UInt64
    let start: Int
    let length: Int
    var value: Int
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  /// By hash position: the hash's upper 32 bits, then the entry number + 1 (0: empty).
  private var slots: [UInt64]
  private let seed: UInt64

  /// A table with room for `capacity` ids before it grows.
  init(capacity: Int = 0) {
    slots = [UInt64](repeating: 0, count: Self.slotCount(for: capacity))
    seed = UInt64.random(in: .min ... .max)
    bytes.reserveCapacity(capacity * 8)
    entries.reserveCapacity(capacity)
  }

  /// The number of ids.
  var count: Int { entries.count }

  /// The value of `id`, if the table holds it.
  subscript(id: String) -> Int? {
    var id = id
    return id.withUTF8 { find($0).entry.map { entries[$0].value } }
  }

  /// The value of the id of these UTF-8 bytes, if the table holds it.
  subscript(utf8 id: UnsafeBufferPointer<UInt8>) -> Int? {
    find(id).entry.map { entries[$0].value }
  }

  /// The number of the entry holding `id` (ids are numbered from 0 in the order added).
  func entry(of id: String) -> Int? {
    var id = id
    return id.withUTF8 { find($0).entry }
  }

  /// The number of the entry holding the id of these UTF-8 bytes.
  func entry(of id: UnsafeBufferPointer<UInt8>) -> Int? {
    find(id).entry
  }

  /// The value stored in entry `entry` (see `entry(of:)`).
  func value(ofEntry entry: Int) -> Int { entries[entry].value }

  /// Asks for the memory that inserting or finding the id of these UTF-8 bytes will read
  /// first, so that work done meanwhile hides the wait (a hint; it changes nothing).
  func prepare(toFind id: UnsafeBufferPointer<UInt8>) {
    prepare(hash: Self.hash(id, seed: seed))
  }

  /// `prepare(toFind:)` of an id whose hash is known.
  private func prepare(hash: UInt64) {
    slots.withUnsafeBufferPointer { slots in
      CacheAhead.request(slots.baseAddress! + Self.position(of: hash) & (slots.count - 1))
    }
  }

  /// Adds `id` with `value` unless the table holds it already; returns the value now
  /// stored for `id` and whether it was added.
  @discardableResult
  mutating func insert(_ id: String, value: Int) -> (value: Int, inserted: Bool) {
    var id = id
    return id.withUTF8 { insert($0, value: value) }
  }

  /// `insert` of the id of these UTF-8 bytes.
  @discardableResult
  mutating func insert(_ id: UnsafeBufferPointer<UInt8>, value: Int) -> (
    value: Int, inserted: Bool
  ) {
    let found = find(id)
    if let entry = found.entry { return (entries[entry].value, false) }
    add(id, value: value, at: found)
    return (value, true)
  }

  /// Adds `id`, which `find` did not find, in the slot it returned.
  private mutating func add(
    _ id: UnsafeBufferPointer<UInt8>, value: Int, at found: (entry: Int?, slot: Int, tag: UInt64)
  ) {
    let entry = entries.count
    guard entry < Int(UInt32.max) else { preconditionFailure("more than 2³² ids") }
    entries.append(
      Entry(prefix: Self.prefix(id), start: bytes.count, length: id.count, value: value))
    bytes.append(contentsOf: id)
    slots[found.slot] = found.tag | UInt64(entry + 1)
    if entries.count * 2 > slots.count { grow() }
  }

  /// Adds `other`'s ids after this table's, with their values, so that `other`'s entry
  /// `e` becomes entry `count + e`; false, once some have been added, when an id is in
  /// both tables.
  /// The ids are taken a block at a time, the block's slots asked for before any is
  /// looked at (as `forEachEntry` does).
  mutating func append(contentsOf other: IDTable) -> Bool {
    reserveCapacity(count + other.count, idBytes: bytes.count + other.bytes.count)
    let blockSize = 16
    var hashes = [UInt64](repeating: 0, count: blockSize)
    return other.bytes.withUnsafeBufferPointer { otherBytes in
      func id(_ entry: Entry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: otherBytes[entry.start..<entry.start + entry.length])
      }
      for blockStart in stride(from: 0, to: other.entries.count, by: blockSize) {
        let block = blockStart..<min(blockStart + blockSize, other.entries.count)
        for number in block {
          hashes[number - blockStart] = Self.hash(id(other.entries[number]), seed: seed)
          prepare(hash: hashes[number - blockStart])
        }
        for number in block {
          let entry = other.entries[number]
          let found = find(id(entry), hash: hashes[number - blockStart])
          guard found.entry == nil else { return false }
          add(id(entry), value: entry.value, at: found)
        }
      }
      return true
    }
  }

  /// Makes room for `total` ids of `idBytes` bytes in all at once, so that adding up to
  /// them reallocates nothing (growing by doubling would hold the old and a twice larger
  /// buffer at once).
  private mutating func reserveCapacity(_ total: Int, idBytes: Int) {
    entries.reserveCapacity(total)
    bytes.reserveCapacity(idBytes)
    if total * 2 > slots.count { grow(to: Self.slotCount(for: total)) }
  }

  /// Replaces every value by `transform(entry, value)`, where `entry` counts the ids in
  /// the order added.
  mutating func mapValues(_ transform: (_ entry: Int, _ value: Int) -> Int) {
    for entry in entries.indices {
      entries[entry].value = transform(entry, entries[entry].value)
    }
  }

  /// Every id, in the order added.
  var ids: [String] {
    entries.map { entry in
      String(decoding: bytes[entry.start..<entry.start + entry.length], as: UTF8.self)
    }
  }

  /// Looks up `count` ids, the `i`th given by `id(i)`, and tells `found` each one's entry
  /// (nil when the table lacks it), in order. The ids are taken a block at a time: the
  /// block's slots are asked for at once, then their entries, then compared, so that
  /// look-ups at random places of a large table wait for memory side by side rather than
  /// one after another.
  func forEachEntry(
    count: Int, of id: (Int) -> UnsafeBufferPointer<UInt8>, _ found: (Int, Int?) -> Void
  ) {
    let blockSize = 32
    var keys = [UnsafeBufferPointer<UInt8>](
      repeating: UnsafeBufferPointer(start: nil, count: 0), count: blockSize)
    var hashes = [UInt64](repeating: 0, count: blockSize)
    slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        let mask = slots.count - 1
        for blockStart in stride(from: 0, to: count, by: blockSize) {
          let block = min(blockSize, count - blockStart)
          for member in 0..<block {
            keys[member] = id(blockStart + member)
            hashes[member] = Self.hash(keys[member], seed: seed)
            CacheAhead.request(slots.baseAddress! + Self.position(of: hashes[member]) & mask)
          }
          for member in 0..<block {
            let stored = slots[Self.position(of: hashes[member]) & mask]
            if stored != 0 {
              CacheAhead.request(entries.baseAddress! + (Int(stored & 0xFFFF_FFFF) - 1))
            }
          }
          for member in 0..<block {
            found(blockStart + member, find(keys[member], hash: hashes[member]).entry)
          }
        }
      }
    }
  }

  /// The entry holding `id`, or the empty slot where it would go and the tag to store.
  private func find(_ id: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int, tag: UInt64) {
    find(id, hash: Self.hash(id, seed: seed))
  }

  /// `find` of an id whose hash is known.
  private func find(_ id: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (
    entry: Int?, slot: Int, tag: UInt64
  ) {
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let prefix = Self.prefix(id)
    let mask = slots.count - 1
    var slot = Self.position(of: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        while true {
          let stored = slots[slot]
          if stored == 0 { return (nil, slot, tag) }
          if stored & 0xFFFF_FFFF_0000_0000 == tag {
            let number = Int(stored & 0xFFFF_FFFF) - 1
            let entry = entries[number]
            if entry.prefix == prefix && entry.length == id.count
              && (id.count <= 8 || matches(id, at: entry.start))
            {
              return (number, slot, tag)
            }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// Whether the stored bytes from `start` are `id`'s.
  private func matches(_ id: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      memcmp(bytes.baseAddress! + start, id.baseAddress!, id.count) == 0
    }
  }

  private mutating func grow() {
    grow(to: slots.count * 2)
  }

  /// Moves every entry into `count` slots (a power of two). A slot's tag is where it
  /// belongs, so the ids need not be read and hashed again.
  private mutating func grow(to count: Int) {
    var larger = [UInt64](repeating: 0, count: count)
    let mask = count - 1
    for stored in slots where stored != 0 {
      var slot = Self.position(of: stored) & mask
      while larger[slot] != 0 { slot = (slot + 1) & mask }
      larger[slot] = stored
    }
    slots = larger
  }

  /// Where an id of hash `hash` (or a slot holding its tag) belongs, before masking: the
  /// tag's bits, which a slot keeps.
  private static func position(of hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 32)
  }

  private static func slotCount(for capacity: Int) -> Int {
    var count = 16
    while count < capacity * 2 { count *= 2 }
    return count
  }

  /// The first eight bytes, zero-padded, as one integer.
  private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    if bytes.count >= 8 {
      return UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self)
    }
    var word: UInt64 = 0
    for offset in bytes.indices { word |= UInt64(bytes[offset]) << (8 * UInt64(offset)) }
    return word
  }

  /// Mixes eight bytes at a time (multiply and shift), then finishes the mix so that the
  /// high bits, which pick the slot and make the tag, depend on every byte.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
    var hash = seed ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    var position = 0
    let count = bytes.count
    while position + 8 <= count {
      let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(
        fromByteOffset: position, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      position += 8
    }
    if position < count {
      var word: UInt64 = 0
      for offset in position..<count {
        word |= UInt64(bytes[offset]) << (8 * UInt64(offset - position))
      }
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
    }
    hash ^= hash >> 29
    hash = hash &* 0x94D0_49BB_1331_11EB
    return hash ^ hash >> 32
  }
}
