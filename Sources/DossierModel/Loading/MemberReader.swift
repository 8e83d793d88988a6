/// Reads one JSON object member by member, reporting duplicate and unknown fields (and
/// skipping their values), and remembering which allowed fields were present.
struct MemberReader {
  let path: JSONPath
  /// Byte offset of the object's `{`.
  let offset: Int
  private let allowedKeys: [String]
  private let problems: ProblemCollector
  private var container: JSONReader.Container
  private var seen: UInt64 = 0
  private var seenUnknown: [String] = []

  /// Starts reading the object at the reader's position; when the value is not an object,
  /// reports so, skips it, and returns nil.
  static func begin(
    _ reader: inout JSONReader, path: JSONPath, allowedKeys: [String], problems: ProblemCollector
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
      path: path, offset: offset, allowedKeys: allowedKeys, problems: problems,
      container: container)
  }

  /// Goes on reading an object that another reader began, whose members' separator (or
  /// closing brace) is next; `offset` is where the object is taken to begin.
  static func resuming(
    at offset: Int, path: JSONPath, allowedKeys: [String], problems: ProblemCollector
  ) -> MemberReader {
    MemberReader(
      path: path, offset: offset, allowedKeys: allowedKeys, problems: problems,
      container: JSONReader.Container(open: offset, started: true))
  }

  /// Counts the fields `other` saw (the same object's later members) as seen here; false,
  /// changing nothing, when both saw one field.
  mutating func absorbSeen(_ other: MemberReader) -> Bool {
    guard seen & other.seen == 0,
      !other.seenUnknown.contains(where: seenUnknown.contains)
    else { return false }
    seen |= other.seen
    seenUnknown += other.seenUnknown
    return true
  }

  private init(
    path: JSONPath, offset: Int, allowedKeys: [String], problems: ProblemCollector,
    container: JSONReader.Container
  ) {
    self.path = path
    self.offset = offset
    self.allowedKeys = allowedKeys
    self.problems = problems
    self.container = container
  }

  /// The next allowed field's key, with the reader at its value; nil when the object ends.
  mutating func next(_ reader: inout JSONReader) throws(JSONSyntaxError) -> String? {
    while let (key, keyOffset) = try reader.nextMember(of: &container) {
      if let index = allowedKeys.firstIndex(of: key) {
        let bit: UInt64 = 1 << UInt64(index)
        if seen & bit == 0 {
          seen |= bit
          return key
        }
        problems.report("\(path): duplicate field \"\(key)\"", at: keyOffset)
      } else if seenUnknown.contains(key) {
        problems.report("\(path): duplicate field \"\(key)\"", at: keyOffset)
      } else {
        seenUnknown.append(key)
        reportUnknown(key, at: keyOffset)
      }
      try reader.skipValue()
    }
    return nil
  }

  /// Whether the object had this (allowed) field.
  func has(_ key: String) -> Bool {
    guard let index = allowedKeys.firstIndex(of: key) else { return false }
    return seen & (1 << UInt64(index)) != 0
  }

  /// Reports each of `keys` that the object lacked, at the object's `{`.
  func requireFields(_ keys: String...) {
    for key in keys where !has(key) {
      problems.report("\(path): missing required field \"\(key)\"", at: offset)
    }
  }

  private func reportUnknown(_ key: String, at offset: Int) {
    if key.hasPrefix("date") && allowedKeys.contains("name") && !allowedKeys.contains("date") {
      problems.report("\(path): unknown field \"\(key)\"; only events have a date", at: offset)
      return
    }
    let hint = NearestMatches.didYouMean(
      NearestMatches.nearest(to: key, among: allowedKeys, limit: 1))
    problems.report("\(path): unknown field \"\(key)\"\(hint)", at: offset)
  }
}
