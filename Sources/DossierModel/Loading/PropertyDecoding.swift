extension ContentDecoder {
  /// The `properties` array of an entity or link at `owner`: each property checked, keys
  /// unique within the owner.
  mutating func decodeProperties(_ owner: JSONPath) throws(JSONSyntaxError) -> [Property] {
    var firstIndexByKey: [String: Int] = [:]
    var index = 0
    return try decodeArray("properties", of: owner, elementPath: owner.property(at:)) {
      decoder, path throws(JSONSyntaxError) in
      defer { index += 1 }
      guard let (property, keyOffset) = try decoder.decodeProperty(path) else { return nil }
      if let first = firstIndexByKey[property.key] {
        decoder.problems.report(
          "\(path).key: duplicate property key \"\(property.key)\" "
            + "(first given in \(owner.property(at: first)))",
          at: keyOffset)
        return nil
      }
      firstIndexByKey[property.key] = index
      return property
    }
  }

  /// One property object, with the offset of its key for later messages.
  private mutating func decodeProperty(_ path: JSONPath) throws(JSONSyntaxError) -> (
    Property, keyOffset: Int
  )? {
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: DossierFormat.propertyFields, problems: problems)
    else { return nil }
    var key: (text: String, offset: Int)?
    var label: String?
    var type = PropertyType.text
    var values: [String]?
    while let member = try fields.next(&reader) {
      switch member {
      case "key": key = try readRequiredString(path, "key")
      case "label": label = try readString(path, "label", allowEmpty: false)
      case "type": type = try readPropertyType(path) ?? type
      default: values = try readPropertyValues(path)
      }
    }
    fields.requireFields()
    guard let key, let values else { return nil }
    let property = Property(key: key.text, label: label ?? key.text, type: type, values: values)
    return (property, key.offset)
  }

  /// A property type: a lowercase word; known or not.
  private mutating func readPropertyType(_ path: JSONPath) throws(JSONSyntaxError)
    -> PropertyType?
  {
    let offset = try valueOffset()
    guard let name = try readString(path, "type", allowEmpty: false) else { return nil }
    guard DossierFormat.isValidPropertyType(name) else {
      let hint = NearestMatches.didYouMean(
        NearestMatches.nearest(
          to: name.lowercased(), among: PropertyType.known.map(\.rawValue), limit: 1))
      problems.report(
        "\(path).type: invalid type \"\(name)\": use a lowercase word such as \"text\", "
          + "\"identifier\" or \"amount\"\(hint)",
        at: offset)
      return nil
    }
    return PropertyType(rawValue: name)
  }

  /// A non-empty array of non-empty strings; nil (reported) otherwise.
  private mutating func readPropertyValues(_ path: JSONPath) throws(JSONSyntaxError)
    -> [String]?
  {
    let kind = try reader.peekKind()
    let offset = reader.position
    guard kind == .array else {
      problems.report(
        "\(path).values: expected an array of strings, found \(kind.name)", at: offset)
      try reader.skipValue()
      return nil
    }
    var array = try reader.beginArray()
    var values: [String] = []
    var isValid = true
    var index = 0
    while try reader.nextElement(of: &array) {
      if let value = try readString(path, "values[\(index)]", allowEmpty: false, nullable: false) {
        values.append(value)
      } else {
        isValid = false
      }
      index += 1
    }
    guard isValid else { return nil }
    guard !values.isEmpty else {
      problems.report("\(path).values: must have at least one value", at: offset)
      return nil
    }
    return values
  }

  /// The top-level `relations` object: for each relation key, how it reads from each end.
  mutating func decodeRelations() throws(JSONSyntaxError) -> [String: RelationLabels] {
    let kind = try reader.peekKind()
    let offset = reader.position
    switch kind {
    case .object: break
    case .null:
      try reader.readNull()
      return [:]
    default:
      problems.report("dossier.relations: expected an object, found \(kind.name)", at: offset)
      try reader.skipValue()
      return [:]
    }
    var object = try reader.beginObject()
    var relations: [String: RelationLabels] = [:]
    var seen: Set<String> = []
    while let (key, keyOffset) = try reader.nextMember(of: &object) {
      guard seen.insert(key).inserted else {
        problems.report("dossier.relations: duplicate field \"\(key)\"", at: keyOffset)
        try reader.skipValue()
        continue
      }
      guard !Self.isBlank(key) else {
        problems.report("dossier.relations: a relation key must not be empty", at: keyOffset)
        try reader.skipValue()
        continue
      }
      if let labels = try decodeRelationLabels(.relation(key)) {
        relations[key] = labels
      }
    }
    return relations
  }

  /// `{"outgoing": …, "incoming": …}`, both required.
  private mutating func decodeRelationLabels(_ path: JSONPath) throws(JSONSyntaxError)
    -> RelationLabels?
  {
    guard
      var fields = try MemberReader.begin(
        &reader, path: path, fields: DossierFormat.relationLabelFields, problems: problems)
    else { return nil }
    var outgoing: String?
    var incoming: String?
    while let key = try fields.next(&reader) {
      switch key {
      case "outgoing": outgoing = try readRequiredString(path, "outgoing")?.text
      default: incoming = try readRequiredString(path, "incoming")?.text
      }
    }
    fields.requireFields()
    guard let outgoing, let incoming else { return nil }
    return RelationLabels(outgoing: outgoing, incoming: incoming)
  }
}
