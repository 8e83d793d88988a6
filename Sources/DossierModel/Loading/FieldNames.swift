import Glibc

/// The fields an object of the format may have, in a fixed order (a field's number is its
/// place), and which of them it must have. A key read as bytes is matched by its first
/// eight bytes and its length, with no `String` made. A class, so that each object read
/// holds one reference to its fields rather than three arrays.
final class FieldNames: Sendable {
  /// The names, in order.
  let names: [String]
  /// A bit per required field (bit `n` for field `n`).
  let requiredMask: UInt64
  private let prefixes: [UInt64]
  private let utf8: [[UInt8]]

  init(_ names: [String], required: [String] = []) {
    precondition(names.count <= 64, "at most 64 fields")
    self.names = names
    utf8 = names.map { Array($0.utf8) }
    prefixes = utf8.map { $0.withUnsafeBufferPointer(Self.prefix) }
    requiredMask = required.reduce(0) { mask, name in
      mask | 1 << UInt64(names.firstIndex(of: name)!)
    }
  }

  /// These fields and `more` after them.
  func adding(_ more: [String]) -> FieldNames {
    let required = names.indices.filter { requiredMask & 1 << UInt64($0) != 0 }.map { names[$0] }
    return FieldNames(names + more, required: required)
  }

  /// The number of the field named by `key`'s bytes, if it is one of these.
  func number(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? {
    let prefix = Self.prefix(key)
    for number in prefixes.indices where prefixes[number] == prefix {
      let name = utf8[number]
      guard name.count == key.count else { continue }
      if key.count <= 8 { return number }
      let rest = name.withUnsafeBufferPointer { name in
        memcmp(name.baseAddress! + 8, key.baseAddress! + 8, key.count - 8)
      }
      if rest == 0 { return number }
    }
    return nil
  }

  /// The number of the field `name`, if it is one of these.
  func number(of name: String) -> Int? {
    names.firstIndex(of: name)
  }

  /// The first eight bytes, zero-padded, as one integer.
  private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var word: UInt64 = 0
    for offset in 0..<min(8, bytes.count) {
      word |= UInt64(bytes[offset]) << (8 * UInt64(offset))
    }
    return word
  }
}
