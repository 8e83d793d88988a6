@testable import DossierModel

/// Builds a tree of values with their byte offsets on top of `JSONReader`, so the tests
/// can check what the reader accepts and rejects value by value.
enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = JSONReader.maximumDepth

  /// Parses one JSON document that must span the whole input (whitespace aside).
  static func parse(_ input: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let result: Result<JSONValue, JSONSyntaxError> = input.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(bytes: buffer)
      return Result { () throws(JSONSyntaxError) -> JSONValue in
        try reader.beginDocument()
        let value = try readValue(&reader)
        try reader.endDocument()
        return value
      }
    }
    return try result.get()
  }

  private static func readValue(_ reader: inout JSONReader) throws(JSONSyntaxError) -> JSONValue {
    let kind = try reader.peekKind()
    let start = reader.position
    switch kind {
    case .object:
      var object = try reader.beginObject()
      var members: [JSONMember] = []
      while let (key, keyOffset) = try reader.nextMember(of: &object) {
        members.append(JSONMember(key: key, keyOffset: keyOffset, value: try readValue(&reader)))
      }
      return JSONValue(content: .object(members), offset: start)
    case .array:
      var array = try reader.beginArray()
      var elements: [JSONValue] = []
      while try reader.nextElement(of: &array) {
        elements.append(try readValue(&reader))
      }
      return JSONValue(content: .array(elements), offset: start)
    case .string: return JSONValue(content: .string(try reader.readString()), offset: start)
    case .number: return JSONValue(content: .number(try reader.readNumber()), offset: start)
    case .bool: return JSONValue(content: .bool(try reader.readBool()), offset: start)
    case .null:
      try reader.readNull()
      return JSONValue(content: .null, offset: start)
    }
  }
}
