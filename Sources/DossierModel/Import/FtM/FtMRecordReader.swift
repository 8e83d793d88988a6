/// Reads one FtM entity object from a JSON reader into an `FtMRecord`, reporting what is
/// wrong with its shape: not an object, no `id` or `schema`, an id dossier cannot keep,
/// `properties` that are not an object of string arrays. Extra top-level keys
/// (`caption`, `datasets`, …) are skipped.
///
/// It reads a record as FollowTheMoney's own library does: a key given twice counts
/// the last time (as Python's JSON reader takes it), with a warning; blank values are
/// left out (as FtM's cleaning leaves them), and a property without a name, with a warning.
struct FtMRecordReader {
  /// Where shape problems go.
  let problems: ProblemCollector
  /// Where tolerated problems go.
  let warnings: ProblemCollector
  /// Added to the reader's positions to make offsets in the whole file.
  private var base = 0
  /// The record's path for messages: `line 12`, `[3]`.
  private var path = ""
  /// The last record's properties and values, whose storage the next record reuses once
  /// the last one is gone.
  private var properties: [FtMRawProperty] = []
  private var values: [FtMRawValue] = []

  /// Beyond this many properties in a record (rich FtM entities have a few dozen), names
  /// given twice are looked up in a table rather than among the names before.
  static let propertiesCheckedOneByOne = 64

  /// A reader reporting errors to `problems` and tolerated problems to `warnings`.
  init(problems: ProblemCollector, warnings: ProblemCollector) {
    self.problems = problems
    self.warnings = warnings
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
        if id != nil { warnGivenAgain("id", at: base + member.offset) }
        id = try readText(&reader, at: "id")
        isUsable = isUsable && id != nil
      } else if key.isUTF8(of: "schema") {
        if schema != nil { warnGivenAgain("schema", at: base + member.offset) }
        schema = try readText(&reader, at: "schema")
        isUsable = isUsable && schema != nil
      } else if key.isUTF8(of: "properties") {
        if hasProperties {
          warnGivenAgain("properties", at: base + member.offset)
          properties.removeAll(keepingCapacity: true)
          values.removeAll(keepingCapacity: true)
        }
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
    guard DossierFormat.isValidID(reader.bytes(of: id.value)) else {
      problems.report(
        "\(path).id: invalid id \"\(reader.string(of: id.value))\": FollowTheMoney "
          + "cannot refer to it; \(DossierFormat.idRule)", at: id.offset)
      return nil
    }
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

  /// Warns that the record's `key` is given again, at `offset`: the last one counts.
  private func warnGivenAgain(_ key: String, at offset: Int) {
    warnings.report(
      "\(path).\(key): given again; only the last is read, as FollowTheMoney reads it",
      at: offset)
  }

  /// Reads the `properties` object into `properties` and `values`; false (reported)
  /// when it or one of its values is malformed. A property given again replaces the
  /// earlier one in its place; one without a name is left out.
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
    var names = PropertyNames()
    var object = try reader.beginObject()
    while let member = try reader.nextMemberKey(of: &object) {
      let offset = base + member.offset
      if ContentDecoder.isBlank(reader.bytes(of: member.key)) {
        warnings.report(
          "\(path).properties: a property without a name (\"\(reader.string(of: member.key))\"); "
            + "left out", at: offset)
        try reader.skipValue()
        continue
      }
      guard let property = try readValues(&reader, name: member.key, offset: offset) else {
        isWellFormed = false
        continue
      }
      if let earlier = names.index(of: member.key, in: properties, reader: &reader) {
        warnings.report(
          "\(path).properties.\(reader.string(of: member.key)): given again; only the last "
            + "values are read, as FollowTheMoney reads them", at: offset)
        properties[earlier] = property
      } else {
        properties.append(property)
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
      let text = try reader.readText()
      if !ContentDecoder.isBlank(reader.bytes(of: text)) {
        values.append(FtMRawValue(text: text, offset: valueOffset))
      }
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
        let text = try reader.readText()
        if !ContentDecoder.isBlank(reader.bytes(of: text)) {
          values.append(FtMRawValue(text: text, offset: valueOffset))
        }
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

/// The property names of one record read so far, to find a name given again: compared one
/// by one while they are few, then through a table, so that a record of many properties
/// is read in linear time.
private struct PropertyNames {
  private var table: IDTable?

  /// The position in `properties` (the record's, read so far) of the one named `name`.
  mutating func index(
    of name: JSONText, in properties: [FtMRawProperty], reader: inout JSONReader
  ) -> Int? {
    let bytes = reader.bytes(of: name)
    if table == nil, properties.count > FtMRecordReader.propertiesCheckedOneByOne {
      var names = IDTable(capacity: 2 * properties.count)
      for (index, property) in properties.enumerated() {
        _ = names.insert(reader.bytes(of: property.name), value: index)
      }
      table = names
    }
    if table != nil {
      let entered = table!.insert(bytes, value: properties.count)
      return entered.inserted ? nil : entered.value
    }
    for (index, property) in properties.enumerated() where property.name.count == bytes.count {
      if reader.bytes(of: property.name).elementsEqual(bytes) { return index }
    }
    return nil
  }
}
