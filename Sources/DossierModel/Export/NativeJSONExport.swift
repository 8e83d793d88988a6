extension DossierContent {
  /// The content in the native file format, with source texts inline, so that loading
  /// the output gives back equal content.
  public func nativeJSON() -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("format", .string(DossierFormat.name)),
      ("version", .int(DossierFormat.version)),
      ("title", .string(title)),
    ]
    if let description { members.append(("description", .string(description))) }
    members.append(("sources", .array(sources.map(Self.sourceJSON))))
    for kind in EntityKind.allCases {
      members.append(
        (kind.plural, .array(entities.filter { $0.kind == kind }.map(Self.entityJSON))))
    }
    members.append(("links", .array(links.map(Self.linkJSON))))
    if !relations.isEmpty {
      let sorted = relations.sorted { $0.key < $1.key }
      members.append(("relations", .object(sorted.map { ($0.key, Self.relationJSON($0.value)) })))
    }
    return .object(members)
  }

  private static func sourceJSON(_ source: Source) -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("id", .string(source.id)), ("title", .string(source.title)),
    ]
    appendIfPresent(&members, "publisher", source.publisher)
    appendIfPresent(&members, "author", source.author)
    appendIfPresent(&members, "date", source.date?.description)
    appendIfPresent(&members, "url", source.url)
    appendIfPresent(&members, "text", source.text)
    return .object(members)
  }

  private static func entityJSON(_ entity: Entity) -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("id", .string(entity.id)), ("name", .string(entity.name)), ("type", .string(entity.type)),
    ]
    appendIfPresent(&members, "date", entity.date?.description)
    if entity.dateInferred { members.append(("dateInferred", .bool(true))) }
    appendIfPresent(&members, "dateNote", entity.dateNote)
    appendIfPresent(&members, "summary", entity.summary)
    if !entity.aliases.isEmpty {
      members.append(("aliases", .array(entity.aliases.map { .string($0) })))
    }
    if !entity.evidence.isEmpty {
      members.append(("evidence", .array(entity.evidence.map(evidenceJSON))))
    }
    appendProperties(&members, entity.properties)
    return .object(members)
  }

  private static func linkJSON(_ link: Link) -> JSONOutput {
    var members: [(String, JSONOutput)] = []
    appendIfPresent(&members, "id", link.id)
    members += [
      ("from", .string(link.from)), ("to", .string(link.to)),
      ("relation", .string(link.relation)),
    ]
    appendIfPresent(&members, "role", link.role)
    appendIfPresent(&members, "date", link.date?.description)
    if !link.evidence.isEmpty {
      members.append(("evidence", .array(link.evidence.map(evidenceJSON))))
    }
    appendProperties(&members, link.properties)
    return .object(members)
  }

  static func evidenceJSON(_ evidence: Evidence) -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("source", .string(evidence.sourceID)), ("quote", .string(evidence.quote)),
    ]
    appendIfPresent(&members, "note", evidence.note)
    return .object(members)
  }

  /// A property as the native format writes it: the label only when it differs from the
  /// key, the type only when it is not `text` (the defaults a reader fills in).
  static func propertyJSON(_ property: Property) -> JSONOutput {
    var members: [(String, JSONOutput)] = [("key", .string(property.key))]
    if property.label != property.key { members.append(("label", .string(property.label))) }
    if property.type != .text { members.append(("type", .string(property.type.rawValue))) }
    members.append(("values", .array(property.values.map { .string($0) })))
    return .object(members)
  }

  private static func relationJSON(_ labels: RelationLabels) -> JSONOutput {
    .object([("outgoing", .string(labels.outgoing)), ("incoming", .string(labels.incoming))])
  }

  private static func appendProperties(
    _ members: inout [(String, JSONOutput)], _ properties: [Property]
  ) {
    if !properties.isEmpty {
      members.append(("properties", .array(properties.map(propertyJSON))))
    }
  }

  private static func appendIfPresent(
    _ members: inout [(String, JSONOutput)], _ key: String, _ value: String?
  ) {
    if let value { members.append((key, .string(value))) }
  }
}
