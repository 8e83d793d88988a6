import DossierModel

/// The `--json` shapes of entities, links and evidence.
enum EntityJSON {
  /// `{"id", "kind", "name", "type", "date", …}`: the fields every listing carries.
  static func brief(_ entity: Entity) -> [(String, JSONOutput)] {
    var members: [(String, JSONOutput)] = [
      ("id", .string(entity.id)), ("kind", .string(entity.kind.rawValue)),
      ("name", .string(entity.name)), ("type", .string(entity.type)),
    ]
    if entity.kind == .event {
      members.append(("date", .optional(entity.date?.description)))
      members.append(("dateInferred", .bool(entity.dateInferred)))
    }
    return members
  }

  /// Everything `show --json` prints: the entity, its links grouped by relation and
  /// direction, and its evidence with sources.
  static func detail(_ entity: Entity, in dossier: Dossier) -> JSONOutput {
    var members = brief(entity)
    if entity.kind == .event {
      members.append(("dateNote", .optional(entity.dateNote)))
    }
    members += [
      ("summary", .optional(entity.summary)),
      ("aliases", .array(entity.aliases.map { .string($0) })),
      ("properties", properties(entity.properties)),
      ("evidence", .array(entity.evidence.map { evidence($0, in: dossier) })),
      ("links", .array(dossier.linkGroups(of: entity.id).map { group($0, in: dossier) })),
    ]
    return .object(members)
  }

  private static func group(_ group: LinkGroup, in dossier: Dossier) -> JSONOutput {
    .object([
      ("relation", .string(group.relation)),
      ("direction", .string(group.direction.rawValue)),
      ("label", .string(group.label)),
      ("count", .int(group.count)),
      (
        "entities",
        .array(
          group.items.map { item in
            .object(
              [
                ("id", .string(item.entity.id)), ("kind", .string(item.entity.kind.rawValue)),
                ("name", .string(item.entity.name)),
              ] + (item.link.id.map { [("linkID", JSONOutput.string($0))] } ?? []) + [
                ("role", .optional(item.link.role)),
                ("date", .optional(item.link.date?.description)),
                ("properties", properties(item.link.properties)),
                ("evidence", .array(item.link.evidence.map { evidence($0, in: dossier) })),
              ])
          })
      ),
    ])
  }

  /// `[{"key", "label", "type", "values"}]`, in the order given.
  /// The links that share one id, as `show --json` prints them.
  static func links(_ links: [Link], in dossier: Dossier) -> JSONOutput {
    .array(
      links.map { link in
        .object([
          ("linkID", .optional(link.id)), ("relation", .string(link.relation)),
          ("label", .string(dossier.label(for: link.relation, direction: .outgoing))),
          ("from", .string(link.from)), ("to", .string(link.to)), ("role", .optional(link.role)),
          ("date", .optional(link.date?.description)), ("properties", properties(link.properties)),
          ("evidence", .array(link.evidence.map { evidence($0, in: dossier) })),
        ])
      })
  }

  static func properties(_ properties: [Property]) -> JSONOutput {
    .array(
      properties.map { property in
        .object([
          ("key", .string(property.key)), ("label", .string(property.label)),
          ("type", .string(property.type.rawValue)),
          ("values", .array(property.values.map { .string($0) })),
        ])
      })
  }

  static func evidence(_ evidence: Evidence, in dossier: Dossier) -> JSONOutput {
    let source = dossier.source(id: evidence.sourceID)
    return .object([
      ("quote", .string(evidence.quote)),
      (
        "source",
        .object([
          ("id", .string(evidence.sourceID)), ("title", .optional(source?.title)),
          ("publisher", .optional(source?.publisher)), ("author", .optional(source?.author)),
        ])
      ),
      ("note", .optional(evidence.note)),
    ])
  }
}
