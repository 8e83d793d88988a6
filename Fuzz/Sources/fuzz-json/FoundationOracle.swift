import Foundation

/// Foundation's `JSONSerialization`, as a second opinion on documents the reader accepts.
enum FoundationOracle {
  /// Foundation's reading of the bytes (without a byte-order mark), or nil when it
  /// refuses them.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Any? {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
  }

  /// The text without U+FEFF, which Foundation drops wherever it is in a string (JSON
  /// keeps it: it is an ordinary character there).
  private static func withoutByteOrderMarks(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0 != "\u{FEFF}" })
  }

  /// Where `value` and Foundation's `object` differ, or nil when they agree: same types,
  /// same strings, same keys (the last of duplicates counts, as in a dictionary), the
  /// same array lengths. Numbers are compared only as numbers, strings and keys without U+FEFF.
  static func difference(between value: JSONValue, and object: Any, at path: String = "$")
    -> String?
  {
    switch value {
    case .object(let members):
      guard let dictionary = object as? [String: Any] else { return "\(path): not an object" }
      var last: [String: JSONValue] = [:]
      var spellings: [String: Set<String>] = [:]
      for member in members {
        last[withoutByteOrderMarks(member.key)] = member.value
        spellings[withoutByteOrderMarks(member.key), default: []].insert(member.key)
      }
      var found: [String: Any] = [:]
      for (key, value) in dictionary { found[withoutByteOrderMarks(key)] = value }
      guard Set(last.keys) == Set(found.keys) else { return "\(path): different keys" }
      // Keys that differ only by U+FEFF are one key to Foundation, which may keep another
      // of their values than the last: their values are not compared.
      for (key, member) in last where spellings[key]?.count == 1 {
        if let differing = difference(between: member, and: found[key]!, at: "\(path).\(key)") {
          return differing
        }
      }
      return nil
    case .array(let elements):
      guard let array = object as? [Any], array.count == elements.count else {
        return "\(path): not an array of \(elements.count)"
      }
      for (index, element) in elements.enumerated() {
        if let found = difference(between: element, and: array[index], at: "\(path)[\(index)]") {
          return found
        }
      }
      return nil
    case .string(let text):
      guard let string = object as? String else { return "\(path): not a string" }
      return withoutByteOrderMarks(string) == withoutByteOrderMarks(text)
        ? nil : "\(path): \(string.debugDescription) ≠ \(text.debugDescription)"
    case .number, .bool:
      return object is NSNumber || object is Bool ? nil : "\(path): not a number or boolean"
    case .null:
      return object is NSNull ? nil : "\(path): not null"
    }
  }
}
