@testable import DossierModel

/// A whole JSON document as the reader gives it, to compare with another parser's.
indirect enum JSONValue: Equatable {
  /// The members in file order, duplicates kept.
  case object([Member])
  case array([JSONValue])
  case string(String)
  /// The number's text, as written.
  case number(String)
  case bool(Bool)
  case null

  /// One member of an object.
  struct Member: Equatable {
    let key: String
    let value: JSONValue
  }

  /// Reads the document with `JSONReader`, member by member and element by element.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    var reader = JSONReader(bytes: bytes)
    try reader.beginDocument()
    let value = try read(&reader)
    try reader.endDocument()
    return value
  }

  /// Checks the document with `JSONReader.skipValue`, reading nothing into values.
  static func skip(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
    var reader = JSONReader(bytes: bytes)
    try reader.beginDocument()
    try reader.skipValue()
    try reader.endDocument()
  }

  private static func read(_ reader: inout JSONReader) throws(JSONSyntaxError) -> JSONValue {
    switch try reader.peekKind() {
    case .object:
      var object = try reader.beginObject()
      var members: [Member] = []
      while let (key, _) = try reader.nextMember(of: &object) {
        members.append(Member(key: key, value: try read(&reader)))
      }
      return .object(members)
    case .array:
      var array = try reader.beginArray()
      var elements: [JSONValue] = []
      while try reader.nextElement(of: &array) { elements.append(try read(&reader)) }
      return .array(elements)
    case .string: return .string(try reader.readString())
    case .number: return .number(try reader.readNumber())
    case .bool: return .bool(try reader.readBool())
    case .null:
      try reader.readNull()
      return .null
    }
  }

  /// Whether every number in the value is a finite `Double` (another parser may refuse
  /// one that is not).
  var numbersAreFinite: Bool {
    switch self {
    case .object(let members): members.allSatisfy(\.value.numbersAreFinite)
    case .array(let elements): elements.allSatisfy(\.numbersAreFinite)
    case .number(let text): Double(text)?.isFinite ?? false
    case .string, .bool, .null: true
    }
  }
}
