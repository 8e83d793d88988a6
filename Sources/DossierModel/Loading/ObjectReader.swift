/// Reads the fields of one JSON object, reporting every missing, mistyped or unknown field.
struct ObjectReader {
  let path: String
  let offset: Int
  private let members: [String: JSONMember]
  private let problems: ProblemCollector

  /// Returns nil (after reporting) when `value` is not an object.
  init?(
    _ value: JSONValue, path: String, allowedKeys: [String], problems: ProblemCollector
  ) {
    guard case .object(let list) = value.content else {
      problems.report("\(path): expected an object, found \(value.typeName)", at: value.offset)
      return nil
    }
    self.path = path
    offset = value.offset
    self.problems = problems
    var seen: [String: JSONMember] = [:]
    for member in list {
      if seen[member.key] != nil {
        problems.report("\(path): duplicate field \"\(member.key)\"", at: member.keyOffset)
        continue
      }
      seen[member.key] = member
      if !allowedKeys.contains(member.key) {
        if member.key.hasPrefix("date") && allowedKeys.contains("name")
          && !allowedKeys.contains("date")
        {
          problems.report(
            "\(path): unknown field \"\(member.key)\"; only events have a date",
            at: member.keyOffset)
          continue
        }
        let hint = NearestMatches.didYouMean(
          NearestMatches.nearest(to: member.key, among: allowedKeys, limit: 1))
        problems.report("\(path): unknown field \"\(member.key)\"\(hint)", at: member.keyOffset)
      }
    }
    members = seen
  }

  func value(_ key: String) -> JSONValue? { members[key]?.value }

  func has(_ key: String) -> Bool { members[key] != nil }

  /// A required string; reports when missing, mistyped or (unless allowed) empty.
  func requiredString(_ key: String, allowEmpty: Bool = false) -> String? {
    guard let value = members[key]?.value else {
      problems.report("\(path): missing required field \"\(key)\"", at: offset)
      return nil
    }
    return string(value, key: key, allowEmpty: allowEmpty)
  }

  /// An optional string; `null` counts as absent.
  func optionalString(_ key: String) -> String? {
    guard let value = members[key]?.value else { return nil }
    if case .null = value.content { return nil }
    return string(value, key: key, allowEmpty: true)
  }

  func optionalBool(_ key: String) -> Bool? {
    guard let value = members[key]?.value else { return nil }
    switch value.content {
    case .bool(let flag): return flag
    case .null: return nil
    default:
      mistyped(key, expected: "true or false", value)
      return nil
    }
  }

  /// An optional array (absent or `null` gives an empty one).
  func optionalArray(_ key: String) -> [JSONValue] {
    guard let value = members[key]?.value else { return [] }
    switch value.content {
    case .array(let elements): return elements
    case .null: return []
    default:
      mistyped(key, expected: "an array", value)
      return []
    }
  }

  func optionalStrings(_ key: String) -> [String] {
    optionalArray(key).enumerated().compactMap { index, element in
      guard case .string(let text) = element.content else {
        problems.report(
          "\(path).\(key)[\(index)]: expected a string, found \(element.typeName)",
          at: element.offset)
        return nil
      }
      return text
    }
  }

  /// An optional partial date; reports malformed and impossible dates at the value.
  func optionalDate(_ key: String) -> PartialDate? {
    guard let text = optionalString(key), let value = members[key]?.value else { return nil }
    do {
      return try PartialDate(parsing: text)
    } catch {
      problems.report("\(path).\(key): \(error)", at: value.offset)
      return nil
    }
  }

  private func string(_ value: JSONValue, key: String, allowEmpty: Bool) -> String? {
    guard case .string(let text) = value.content else {
      mistyped(key, expected: "a string", value)
      return nil
    }
    if !allowEmpty, text.allSatisfy(\.isWhitespace) {
      problems.report("\(path).\(key): must not be empty", at: value.offset)
      return nil
    }
    return text
  }

  private func mistyped(_ key: String, expected: String, _ value: JSONValue) {
    problems.report(
      "\(path).\(key): expected \(expected), found \(value.typeName)", at: value.offset)
  }
}
