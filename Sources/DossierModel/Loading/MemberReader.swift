/// Reads one JSON object member by member, reporting duplicate and unknown fields (and
/// skipping their values), and remembering which allowed fields were present.
struct MemberReader {
  let path: JSONPath
  /// Byte offset of the object's `{`.
  let offset: Int
  private let fields: FieldNames
  private let problems: ProblemCollector
  private var container: JSONReader.Container
  private var seen: UInt64 = 0
  /// The unknown fields met, each reported once (a set: 100,000 unknown fields were
  /// compared each with every earlier one).
  private var seenUnknown: Set<String> = []

  /// Starts reading the object at the reader's position; when the value is not an object,
  /// reports so, skips it, and returns nil.
  static func begin(
    _ reader: inout JSONReader, path: JSONPath, fields: FieldNames, problems: ProblemCollector
  ) throws(JSONSyntaxError) -> MemberReader? {
    let kind = try reader.peekKind()
    let offset = reader.position
    guard kind == .object else {
      problems.report("\(path): expected an object, found \(kind.name)", at: offset)
      try reader.skipValue()
      return nil
    }
    let container = try reader.beginObject()
    return MemberReader(
      path: path, offset: offset, fields: fields, problems: problems,
      container: container)
  }

  /// Goes on reading an object that another reader began, whose members' separator (or
  /// closing brace) is next; `offset` is where the object is taken to begin.
  static func resuming(
    at offset: Int, path: JSONPath, fields: FieldNames, problems: ProblemCollector
  ) -> MemberReader {
    MemberReader(
      path: path, offset: offset, fields: fields, problems: problems,
      container: JSONReader.Container(open: offset, started: true))
  }

  /// Counts the fields `other` saw (the same object's later members) as seen here; false,
  /// changing nothing, when both saw one field.
  mutating func absorbSeen(_ other: MemberReader) -> Bool {
    guard seen & other.seen == 0,
      seenUnknown.isDisjoint(with: other.seenUnknown)
    else { return false }
    seen |= other.seen
    seenUnknown.formUnion(other.seenUnknown)
    return true
  }

  private init(
    path: JSONPath, offset: Int, fields: FieldNames, problems: ProblemCollector,
    container: JSONReader.Container
  ) {
    self.path = path
    self.offset = offset
    self.fields = fields
    self.problems = problems
    self.container = container
  }

  /// The next allowed field's key, with the reader at its value; nil when the object ends.
  mutating func next(_ reader: inout JSONReader) throws(JSONSyntaxError) -> String? {
    try nextNumber(&reader).map { fields.names[$0] }
  }

  /// The next allowed field, with the reader at its value; nil when the object ends.
  mutating func next<Field: RawRepresentable<Int>>(_ reader: inout JSONReader, as _: Field.Type)
    throws(JSONSyntaxError) -> Field?
  {
    try nextNumber(&reader).flatMap(Field.init(rawValue:))
  }

  /// The number of the next allowed field (its place in `fields`), with the reader at its
  /// value; nil when the object ends.
  private mutating func nextNumber(_ reader: inout JSONReader) throws(JSONSyntaxError) -> Int? {
    while let (key, keyOffset) = try reader.nextMemberKey(of: &container) {
      if let number = fields.number(ofKey: reader.bytes(of: key)) {
        let bit: UInt64 = 1 << UInt64(number)
        if seen & bit == 0 {
          seen |= bit
          return number
        }
        problems.report("\(path): duplicate field \"\(fields.names[number])\"", at: keyOffset)
      } else {
        let name = String(decoding: reader.bytes(of: key), as: UTF8.self)
        if seenUnknown.contains(name) {
          problems.report("\(path): duplicate field \"\(name)\"", at: keyOffset)
        } else {
          seenUnknown.insert(name)
          reportUnknown(name, at: keyOffset)
        }
      }
      try reader.skipValue()
    }
    return nil
  }

  /// Whether the object had this (allowed) field.
  func has(_ key: String) -> Bool {
    guard let number = fields.number(of: key) else { return false }
    return seen & (1 << UInt64(number)) != 0
  }

  /// Reports each required field the object lacked, at the object's `{`.
  func requireFields() {
    let missing = fields.requiredMask & ~seen
    guard missing != 0 else { return }
    for number in fields.names.indices where missing & 1 << UInt64(number) != 0 {
      problems.report(
        "\(path): missing required field \"\(fields.names[number])\"", at: offset)
    }
  }

  private func reportUnknown(_ key: String, at offset: Int) {
    if key.hasPrefix("date") && fields.names.contains("name") && !fields.names.contains("date") {
      problems.report("\(path): unknown field \"\(key)\"; only events have a date", at: offset)
      return
    }
    let hint = NearestMatches.didYouMean(
      NearestMatches.nearest(to: key, among: fields.names, limit: 1))
    problems.report("\(path): unknown field \"\(key)\"\(hint)", at: offset)
  }
}
