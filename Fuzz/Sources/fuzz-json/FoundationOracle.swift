import Foundation

/// Foundation's `JSONSerialization`, as a second opinion on documents the reader accepts.
enum FoundationOracle {
  /// Foundation's reading of the bytes (without a byte-order mark), or nil when it
  /// refuses them.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Any? {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
  }

  /// Where `value` and Foundation's `object` differ, or nil when they agree: same types,
  /// same strings, same keys (the last of duplicates counts, as in a dictionary), the
  /// same array lengths. Numbers are compared only as numbers.
  static func difference(between value: JSONValue, and object: Any, at path: String = "$")
    -> String?
  {
    switch value {
    case .object(let members):
      guard let dictionary = object as? [String: Any] else { return "\(path): not an object" }
      var last: [String: JSONValue] = [:]
      for member in members { last[member.key] = member.value }
      guard Set(last.keys) == Set(dictionary.keys) else { return "\(path): different keys" }
      for (key, member) in last {
        if let found = difference(between: member, and: dictionary[key]!, at: "\(path).\(key)") {
          return found
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
      return string == text ? nil : "\(path): \(string.debugDescription) ≠ \(text.debugDescription)"
    case .number, .bool:
      return object is NSNumber || object is Bool ? nil : "\(path): not a number or boolean"
    case .null:
      return object is NSNull ? nil : "\(path): not null"
    }
  }
}
