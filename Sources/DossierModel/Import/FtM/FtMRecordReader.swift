/// Reads one FtM entity object from a JSON reader into an `FtMRecord`, reporting what is
/// wrong with its shape: not an object, no `id` or `schema`, `properties` that are not an
/// object of string arrays. Extra top-level keys (`caption`, `datasets`, …) are skipped.
struct FtMRecordReader {
  /// Where shape problems go.
  let problems: ProblemCollector
  /// Added to the reader's positions to make offsets in the whole file.
  private var base = 0
  /// The record's path for messages: `line 12`, `[3]`.
  private var path = ""
  /// The last record's properties and values, whose storage the next record reuses once
  /// the last one is gone.
  private var properties: [FtMRawProperty] = []
  private var values: [FtMRawValue] = []

  /// A reader reporting to `problems`.
  init(problems: ProblemCollector) {
    self.problems = problems
  }

  /// Reads the value at the reader's position, whatever it is, and returns it as a record
  /// when it is a well-formed entity; nil (with the problems reported) otherwise. `base`
  /// is added to the reader's positions; `path` names the record in messages. Throws
  /// only on JSON syntax errors.
  mutating func read(_ reader: inout JSONReader, base: Int, path: String)
    throws(JSONSyntaxError) -> FtMRecord?
  {
    self.base = base
    self.path = path
    properties.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    let kind = try reader.peekKind()
    let offset = base + reader.position
    guard kind == .object else {
      problems.report("\(path): expected an object (one entity), found \(kind.name)", at: offset)
      try reader.skipValue()
      return nil
    }
    var id: (value: JSONText, offset: Int)?
    var schema: (value: JSONText, offset: Int)?
    var hasProperties = false
    var isUsable = true
    var object = try reader.beginObject()
    while let member = try reader.nextMemberKey(of: &object) {
      let key = reader.bytes(of: member.key)
      if key.isUTF8(of: "id") {
        id = try readText(&reader, at: "id")
        isUsable = isUsable && id != nil
      } else if key.isUTF8(of: "schema") {
        schema = try readText(&reader, at: "schema")
        isUsable = isUsable && schema != nil
      } else if key.isUTF8(of: "properties") {
        hasProperties = true
        isUsable = try readProperties(&reader) && isUsable
      } else {
        try reader.skipValue()
      }
    }
    guard isUsable else { return nil }
    guard let id, let schema else {
      let missing = id == nil ? "id" : "schema"
      problems.report("\(path): missing \"\(missing)\"", at: offset)
      return nil
    }
    if id.value.count == 0 {
      problems.report("\(path).id: must not be empty", at: id.offset)
    }
    if schema.value.count == 0 {
      problems.report("\(path).schema: must not be empty", at: schema.offset)
    }
    guard id.value.count > 0, schema.value.count > 0 else { return nil }
    if !hasProperties { properties = [] }
    return FtMRecord(
      path: path, offset: offset, reader: reader, id: id.value, schema: schema.value,
      schemaOffset: schema.offset, properties: properties, values: values)
  }

  /// A string member's value and offset; nil (reported) when it is not a string.
  private func readText(_ reader: inout JSONReader, at key: String) throws(JSONSyntaxError)
    -> (value: JSONText, offset: Int)?
  {
    let kind = try reader.peekKind()
    let offset = base + reader.position
    guard kind == .string else {
      problems.report("\(path).\(key): expected a string, found \(kind.name)", at: offset)
      try reader.skipValue()
      return nil
    }
    return (try reader.readText(), offset)
  }

  /// Reads the `properties` object into `properties` and `offsets`; false (reported)
  /// when it or one of its values is malformed.
  private mutating func readProperties(_ reader: inout JSONReader) throws(JSONSyntaxError)
    -> Bool
  {
    let kind = try reader.peekKind()
    guard kind == .object else {
      problems.report(
        "\(path).properties: expected an object, found \(kind.name)", at: base + reader.position)
      try reader.skipValue()
      return false
    }
    var isWellFormed = true
    var object = try reader.beginObject()
    while let member = try reader.nextMemberKey(of: &object) {
      if let property = try readValues(&reader, name: member.key, offset: base + member.offset) {
        properties.append(property)
      } else {
        isWellFormed = false
      }
    }
    return isWellFormed
  }

  /// One property's values: an array of strings, or a single string as some tools write.
  private mutating func readValues(_ reader: inout JSONReader, name: JSONText, offset: Int)
    throws(JSONSyntaxError) -> FtMRawProperty?
  {
    let first = values.count
    switch try reader.peekKind() {
    case .string:
      let valueOffset = base + reader.position
      values.append(FtMRawValue(text: try reader.readText(), offset: valueOffset))
      return FtMRawProperty(name: name, offset: offset, values: first..<values.count)
    case .array:
      var isWellFormed = true
      var index = -1
      var array = try reader.beginArray()
      while try reader.nextElement(of: &array) {
        index += 1
        let kind = try reader.peekKind()
        let valueOffset = base + reader.position
        guard kind == .string else {
          problems.report(
            "\(path).properties.\(reader.string(of: name))[\(index)]: expected a string, "
              + "found \(kind.name)", at: valueOffset)
          isWellFormed = false
          try reader.skipValue()
          continue
        }
        values.append(FtMRawValue(text: try reader.readText(), offset: valueOffset))
      }
      guard isWellFormed else { return nil }
      return FtMRawProperty(name: name, offset: offset, values: first..<values.count)
    case let kind:
      problems.report(
        "\(path).properties.\(reader.string(of: name)): expected an array of strings, "
          + "found \(kind.name)", at: base + reader.position)
      try reader.skipValue()
      return nil
    }
  }
}
