/// A JSON value with the byte offset where it starts, read whole with `JSONReader`: for
/// small documents (a timeline) that are looked at from several sides.
struct LocatedJSON {
  /// What the value is.
  enum Value {
    case object([Member])
    case array([LocatedJSON])
    case string(String)
    /// A number as written, so integers can be checked exactly.
    case number(String)
    case bool(Bool)
    case null
  }

  /// An object member.
  struct Member {
    let key: String
    let value: LocatedJSON
  }

  /// Where the value starts.
  let offset: Int
  let value: Value

  /// Reads the value at the reader's position, with everything in it.
  static func read(_ reader: inout JSONReader) throws(JSONSyntaxError) -> LocatedJSON {
    let kind = try reader.peekKind()
    let offset = reader.position
    switch kind {
    case .object:
      var object = try reader.beginObject()
      var members: [Member] = []
      while let (key, _) = try reader.nextMember(of: &object) {
        members.append(Member(key: key, value: try read(&reader)))
      }
      return LocatedJSON(offset: offset, value: .object(members))
    case .array:
      var array = try reader.beginArray()
      var elements: [LocatedJSON] = []
      while try reader.nextElement(of: &array) {
        elements.append(try read(&reader))
      }
      return LocatedJSON(offset: offset, value: .array(elements))
    case .string: return LocatedJSON(offset: offset, value: .string(try reader.readString()))
    case .number: return LocatedJSON(offset: offset, value: .number(try reader.readNumber()))
    case .bool: return LocatedJSON(offset: offset, value: .bool(try reader.readBool()))
    case .null:
      try reader.readNull()
      return LocatedJSON(offset: offset, value: .null)
    }
  }

  /// The JSON type, for messages ("an array").
  var kindName: String {
    switch value {
    case .object: JSONReader.Kind.object.name
    case .array: JSONReader.Kind.array.name
    case .string: JSONReader.Kind.string.name
    case .number: JSONReader.Kind.number.name
    case .bool: JSONReader.Kind.bool.name
    case .null: JSONReader.Kind.null.name
    }
  }

  /// The value of member `key` of an object; the last one when the key is repeated, as
  /// JavaScript (and so TimelineJS) reads it. Nil for other values.
  func member(_ key: String) -> LocatedJSON? {
    guard case .object(let members) = value else { return nil }
    return members.last { $0.key == key }?.value
  }
}
