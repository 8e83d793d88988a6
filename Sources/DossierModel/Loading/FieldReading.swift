extension ContentDecoder {
  /// The string at the reader: `null` gives nil when `nullable`; otherwise a wrong type
  /// (or, unless `allowEmpty`, a blank string) is reported and gives nil.
  mutating func readString(
    _ path: JSONPath, _ key: String, allowEmpty: Bool = true, nullable: Bool = true
  ) throws(JSONSyntaxError) -> String? {
    try readText(path, key, allowEmpty: allowEmpty, nullable: nullable).map(reader.string(of:))
  }

  /// `readString`, as the string's bytes (see `JSONReader.readText`).
  mutating func readText(
    _ path: JSONPath, _ key: String, allowEmpty: Bool = true, nullable: Bool = true
  ) throws(JSONSyntaxError) -> JSONText? {
    let kind = try reader.peekKind()
    let offset = reader.position
    switch kind {
    case .string:
      let text = try reader.readText()
      if !allowEmpty, Self.isBlank(reader.bytes(of: text)) {
        problems.report("\(path).\(key): must not be empty", at: offset)
        return nil
      }
      return text
    case .null where nullable:
      try reader.readNull()
      return nil
    default:
      return try mistyped(path, key, expected: "a string", kind: kind, at: offset)
    }
  }

  /// A required string: present, a string, not blank.
  mutating func readRequiredString(_ path: JSONPath, _ key: String) throws(JSONSyntaxError)
    -> (text: String, offset: Int)?
  {
    try readRequiredText(path, key).map { (reader.string(of: $0.text), $0.offset) }
  }

  /// `readRequiredString`, as the string's bytes (see `JSONReader.readText`).
  mutating func readRequiredText(_ path: JSONPath, _ key: String) throws(JSONSyntaxError)
    -> (text: JSONText, offset: Int)?
  {
    let offset = try valueOffset()
    guard let text = try readText(path, key, allowEmpty: false, nullable: false) else {
      return nil
    }
    return (text, offset)
  }

  /// `true` or `false`; `null` gives nil.
  mutating func readBool(_ path: JSONPath, _ key: String) throws(JSONSyntaxError) -> Bool? {
    let kind = try reader.peekKind()
    let offset = reader.position
    switch kind {
    case .bool: return try reader.readBool()
    case .null:
      try reader.readNull()
      return nil
    default: return try mistyped(path, key, expected: "true or false", kind: kind, at: offset)
    }
  }

  /// A partial date; malformed and impossible dates are reported at the value.
  mutating func readDate(_ path: JSONPath, _ key: String) throws(JSONSyntaxError) -> PartialDate? {
    let offset = try valueOffset()
    guard let text = try readString(path, key) else { return nil }
    do {
      return try PartialDate(parsing: text)
    } catch {
      problems.report("\(path).\(key): \(error)", at: offset)
      return nil
    }
  }

  /// An array of strings, as the strings' bytes, appended to `texts`; `null` gives none.
  mutating func readTexts(_ path: JSONPath, _ key: String, into texts: inout [JSONText])
    throws(JSONSyntaxError)
  {
    guard var array = try beginArray(path, key) else { return }
    var index = 0
    while try reader.nextElement(of: &array) {
      let kind = try reader.peekKind()
      let offset = reader.position
      if kind == .string {
        texts.append(try reader.readText())
      } else {
        problems.report(
          "\(path).\(key)[\(index)]: expected a string, found \(kind.name)", at: offset)
        try reader.skipValue()
      }
      index += 1
    }
  }

  /// Opens the array at the reader; `null` gives nil, and so does another type (reported
  /// and skipped).
  mutating func beginArray(_ path: JSONPath, _ key: String) throws(JSONSyntaxError)
    -> JSONReader.Container?
  {
    let kind = try reader.peekKind()
    let offset = reader.position
    switch kind {
    case .array: return try reader.beginArray()
    case .null:
      try reader.readNull()
      return nil
    default: return try mistyped(path, key, expected: "an array", kind: kind, at: offset)
    }
  }

  /// Whether `text` is empty or only whitespace (checked cheaply for the common case of a
  /// string starting with a visible ASCII character).
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x80 { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  /// `isBlank` of checked UTF-8 bytes.
  static func isBlank(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in utf8 {
      if byte > 0x20 && byte < 0x7F { return false }
      if byte >= 0x80 { return isBlank(String(decoding: utf8, as: UTF8.self)) }
    }
    return isBlank(String(decoding: utf8, as: UTF8.self))
  }

  /// The byte offset of the value at the reader.
  mutating func valueOffset() throws(JSONSyntaxError) -> Int {
    _ = try reader.peekKind()
    return reader.position
  }

  private mutating func mistyped<Value>(
    _ path: JSONPath, _ key: String, expected: String, kind: JSONReader.Kind, at offset: Int
  ) throws(JSONSyntaxError) -> Value? {
    problems.report("\(path).\(key): expected \(expected), found \(kind.name)", at: offset)
    try reader.skipValue()
    return nil
  }
}
