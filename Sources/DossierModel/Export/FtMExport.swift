/// A dossier as FollowTheMoney entities, one JSON object per line
/// (docs/FORMATS.md lists what maps to what, and what FtM cannot carry).
///
/// Entities keep their ids and become entities of the schema their type names, or of
/// Event, Project, Person, Organization, … by kind and type; links become entity
/// properties ("Payment:payer"), edge entities (Ownership) or UnknownLinks; sources
/// become Articles and quotes Documentation entities.
public enum FtMExport {
  /// The FtM entities as JSON lines, each line ending with a newline.
  public static func jsonLines(_ content: DossierContent) -> String {
    entities(content).map { $0.json.renderedCompact() + "\n" }.joined()
  }

  /// The FtM entities: the dossier's entities in order, then the entities links became,
  /// then one Article per source and one Documentation per quote.
  static func entities(_ content: DossierContent) -> [FtMEntityDraft] {
    var builder = FtMExportBuilder(content: content)
    return builder.build()
  }
}

/// The state of one export: the entities written so far, by id, and the ids taken.
struct FtMExportBuilder {
  private let content: DossierContent
  /// The ids handed out so far.
  var ids: FtMIDAllocator
  /// The entities written so far.
  var drafts: [FtMEntityDraft] = []
  /// Where each id is in `drafts`.
  var positions: [String: Int] = [:]
  /// The Article id of each source, by source id.
  var articleIDs: [String: String] = [:]
  /// The Documentation entities for quotes, written last.
  var documentation: [FtMEntityDraft] = []

  /// A builder for `content`, whose entity ids are taken from the start.
  init(content: DossierContent) {
    self.content = content
    ids = FtMIDAllocator(reserving: content.entities.map(\.id))
  }

  /// Every FtM entity for the content.
  mutating func build() -> [FtMEntityDraft] {
    let articles = content.sources.map { articleDraft(for: $0) }
    for entity in content.entities {
      insert(entityDraft(for: entity))
    }
    for entity in content.entities {
      attach(entity.evidence, to: entity.id, about: nil)
    }
    for link in content.links {
      add(link)
    }
    return drafts + articles + documentation
  }

  /// Adds `draft` to the entities written.
  mutating func insert(_ draft: FtMEntityDraft) {
    positions[draft.id] = drafts.count
    drafts.append(draft)
  }

  /// The schema of the entity written with `id`.
  func schema(of id: String) -> FtMSchema? {
    positions[id].map { drafts[$0].schema }
  }

  /// Adds a dossier property to `draft`. Values of an FtM entity property (an edge's
  /// `proof`, read as identifiers) go back as references when each names an entity of
  /// the export that fits the property's range; other values go through
  /// `FtMEntityDraft.add`.
  func add(_ property: Property, to draft: inout FtMEntityDraft) {
    if let definition = FtMModel.property(property.key, of: draft.schema.name)?.property,
      definition.type == "entity",
      property.values.allSatisfy({ value in
        value != draft.id && schema(of: value).map { Self.fits($0, definition.range) } == true
      })
    {
      for value in property.values { draft.addReference(property.key, to: value) }
    } else {
      draft.add(property.key, label: property.label, values: property.values)
    }
  }

  /// Whether an entity of `schema` may be the value of a property whose range is `range`.
  static func fits(_ schema: FtMSchema, _ range: String?) -> Bool {
    range.map { FtMModel.schema(schema.name, isA: $0) } ?? true
  }

  private func entityDraft(for entity: Entity) -> FtMEntityDraft {
    var draft = FtMEntityDraft(id: entity.id, schema: FtMSchemaChoice.schema(for: entity))
    // Names and summaries a format already holds among the properties (an FtM entity
    // named by its caption, a description read as summary) are not written twice.
    let given = Set(entity.properties.flatMap(\.values))
    if draft.accepts("name"), !FtMCaptionGuess.isCaption(entity, schema: draft.schema) {
      draft.add("name", label: "Name", values: [entity.name])
    }
    draft.add("alias", label: "Alias", values: entity.aliases.filter { !given.contains($0) })
    if let summary = entity.summary, !given.contains(summary) {
      draft.add("summary", label: "Summary", values: [summary])
    }
    for property in entity.properties {
      add(property, to: &draft)
    }
    if let date = entity.date { Self.addDate(date, to: &draft) }
    switch (entity.dateInferred, entity.dateNote) {
    case (true, let note?): draft.addNote("Date inferred: " + note)
    case (true, nil): draft.addNote("Date inferred")
    case (false, let note?): draft.addNote("Date note: " + note)
    case (false, nil): break
    }
    let type = entity.type.lowercased()
    if type != draft.schema.label.lowercased(), type != draft.schema.name.lowercased() {
      draft.add("keywords", label: "Type", values: [entity.type])
    }
    return draft
  }

  /// Writes `date` to the schema's first start-of-time property (`date` where the schema
  /// has it), unless the entity already has a value in one of them.
  static func addDate(_ date: PartialDate, to draft: inout FtMEntityDraft) {
    let starts = draft.schema.temporalStart
    guard !starts.contains(where: { !draft.values(of: $0).isEmpty }) else { return }
    guard let property = starts.contains("date") ? "date" : starts.first else {
      draft.addNote("Date: " + date.description)
      return
    }
    draft.add(property, label: "Date", values: [date.description])
  }

  private mutating func articleDraft(for source: Source) -> FtMEntityDraft {
    let id = ids.claim(source.id)
    articleIDs[source.id] = id
    var draft = FtMEntityDraft(id: id, schema: FtMModel.schema(named: "Article")!)
    draft.add("title", label: "Title", values: [source.title])
    draft.add("author", label: "Author", values: source.author.map { [$0] } ?? [])
    draft.add("publisher", label: "Publisher", values: source.publisher.map { [$0] } ?? [])
    draft.add("publishedAt", label: "Published", values: source.date.map { [$0.description] } ?? [])
    draft.add("sourceUrl", label: "URL", values: source.url.map { [$0] } ?? [])
    draft.add("bodyText", label: "Text", values: source.text.map { [$0] } ?? [])
    return draft
  }
}
