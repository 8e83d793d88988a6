/// A dossier's entities and links as records, in content order: what a load indexes and
/// keeps, instead of values.
struct ContentTables: Sendable {
  let entities: EntityTable
  let links: LinkTable

  init(entities: EntityTable, links: LinkTable) {
    self.entities = entities
    self.links = links
  }

  /// The tables of `content`'s entities and links.
  init(_ content: DossierContent) {
    entities = EntityTable(content.entities)
    links = LinkTable(content.links)
  }
}
