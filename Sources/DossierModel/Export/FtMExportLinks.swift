extension FtMExportBuilder {
  /// Writes `link` as FtM: a "Schema:prop" relation sets that property on the `from`
  /// entity; a relation naming an edge schema (Ownership, …) becomes an entity of it;
  /// any other relation becomes an UnknownLink. A link whose ends do not fit the
  /// property's or edge's ranges becomes an UnknownLink too. Links sharing the id of an
  /// edge entity (an Ownership with two owners) go back into that one entity.
  mutating func add(_ link: Link) {
    if let id = link.id, let position = positions[id],
      drafts[position].schema.name == link.relation, let edge = drafts[position].schema.edge
    {
      drafts[position].addReference(edge.source, to: link.from)
      drafts[position].addReference(edge.target, to: link.to)
      return
    }
    if let property = entityProperty(for: link), let position = positions[link.from] {
      drafts[position].addReference(property, to: link.to)
      attach(link.evidence, to: link.from, about: "Supports \(link.relation) → \(link.to)")
      return
    }
    let edgeSchema = FtMModel.schema(named: link.relation).flatMap { schema in
      fitsEdge(schema, link) ? schema : nil
    }
    let roles: [String]
    if edgeSchema != nil {
      roles = link.role.map { $0.components(separatedBy: ", ") } ?? []
    } else {
      roles = [link.role.map { "\(link.relation) (\($0))" } ?? link.relation]
    }
    let schema = edgeSchema ?? FtMModel.schema(named: "UnknownLink")!
    let id =
      link.id.map { ids.claim($0) }
      ?? ids.claimHash(of: [
        link.from, link.relation, link.to, link.role ?? "", link.date?.description ?? "",
      ])
    var draft = FtMEntityDraft(id: id, schema: schema)
    if let edge = schema.edge {
      draft.addReference(edge.source, to: link.from)
      draft.addReference(edge.target, to: link.to)
    }
    draft.add("role", label: "Role", values: roles)
    for property in link.properties {
      add(property, to: &draft)
    }
    if let date = link.date { Self.addDate(date, to: &draft) }
    insert(draft)
    attach(link.evidence, to: id, about: nil)
  }

  /// The property of the `from` entity's schema that `link.relation` names as FtM's
  /// qualified name ("Payment:payer", "Thing:addressEntity"), when it is an entity
  /// property and the `to` entity fits its range (FtM lets no entity point to itself).
  private func entityProperty(for link: Link) -> String? {
    let parts = link.relation.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, link.from != link.to, let fromSchema = schema(of: link.from),
      let toSchema = schema(of: link.to),
      let resolved = FtMModel.property(String(parts[1]), of: fromSchema.name),
      resolved.qualifiedName == link.relation, resolved.property.type == "entity",
      Self.fits(toSchema, resolved.property.range)
    else { return nil }
    return resolved.property.name
  }

  /// Whether `schema` is an edge FtM reads as a link and the link's ends fit its ranges.
  private func fitsEdge(_ schema: FtMSchema, _ link: Link) -> Bool {
    guard FtMSchemaRole(of: schema) == .link, !schema.isAbstract, let edge = schema.edge,
      let fromSchema = self.schema(of: link.from), let toSchema = self.schema(of: link.to)
    else { return false }
    return Self.fits(fromSchema, FtMModel.property(edge.source, of: schema.name)?.property.range)
      && Self.fits(toSchema, FtMModel.property(edge.target, of: schema.name)?.property.range)
  }
}
