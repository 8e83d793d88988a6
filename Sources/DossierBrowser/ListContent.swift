import DossierModel

/// The three entity lists the browser shows.
public enum ListPane: Int, CaseIterable, Sendable, Hashable {
  /// Events in timeline order, under year headings.
  case timeline
  /// Actors, grouped by subtype.
  case actors
  /// Projects, grouped by subtype.
  case projects

  /// The pane's title.
  public var title: String {
    switch self {
    case .timeline: "Timeline"
    case .actors: "Actors"
    case .projects: "Projects"
    }
  }

  /// The kind of entity listed.
  public var kind: EntityKind {
    switch self {
    case .timeline: .event
    case .actors: .actor
    case .projects: .project
    }
  }

  /// The pane listing a kind.
  public init(kind: EntityKind) {
    switch kind {
    case .event: self = .timeline
    case .actor: self = .actors
    case .project: self = .projects
    }
  }
}

/// One row of a list: a group heading or an entity.
public enum ListRow: Sendable, Hashable {
  /// A heading such as "2013", "Undated" or "People".
  case heading(String)
  /// An entity, by its index in `Dossier.entities`.
  case entity(Int)

  /// The entity index, for entity rows.
  public var entityIndex: Int? {
    if case .entity(let index) = self { return index }
    return nil
  }
}

/// The rows of each list, built once from the dossier.
public struct ListContent: Sendable {
  /// Rows for each pane.
  public let rows: [ListPane: [ListRow]]
  /// Row of each entity in its pane's list.
  let rowOfEntity: [Int: Int]

  /// Builds the rows: events under year headings (undated last), actors and projects
  /// under subtype headings.
  public init(dossier: Dossier) {
    var rows: [ListPane: [ListRow]] = [:]
    rows[.timeline] = Self.timelineRows(dossier)
    rows[.actors] = Self.groupedRows(dossier, kind: .actor)
    rows[.projects] = Self.groupedRows(dossier, kind: .project)
    var rowOfEntity: [Int: Int] = [:]
    for paneRows in rows.values {
      for (row, item) in paneRows.enumerated() {
        if let index = item.entityIndex { rowOfEntity[index] = row }
      }
    }
    self.rows = rows
    self.rowOfEntity = rowOfEntity
  }

  private static func timelineRows(_ dossier: Dossier) -> [ListRow] {
    var rows: [ListRow] = []
    var currentHeading: String?
    for index in dossier.timeline {
      let heading = dossier.entities[index].date.map { String($0.year) } ?? "Undated"
      if heading != currentHeading {
        rows.append(.heading(heading))
        currentHeading = heading
      }
      rows.append(.entity(index))
    }
    return rows
  }

  private static let preferredTypeOrder = [
    "person", "country", "organisation", "organization", "publication",
  ]

  private static func groupedRows(_ dossier: Dossier, kind: EntityKind) -> [ListRow] {
    var groups: [String: [Int]] = [:]
    for entity in dossier.entities(of: kind) {
      groups[entity.type.lowercased(), default: []].append(dossier.entityIndex(id: entity.id)!)
    }
    let types = groups.keys.sorted { left, right in
      let leftRank = preferredTypeOrder.firstIndex(of: left) ?? preferredTypeOrder.count
      let rightRank = preferredTypeOrder.firstIndex(of: right) ?? preferredTypeOrder.count
      return (leftRank, left) < (rightRank, right)
    }
    return types.flatMap { type in
      [ListRow.heading(groupTitle(type))] + groups[type]!.map(ListRow.entity)
    }
  }

  /// "People" for person, "Countries" for country, otherwise the type capitalised.
  static func groupTitle(_ type: String) -> String {
    let plurals = [
      "person": "People", "country": "Countries", "organisation": "Organisations",
      "organization": "Organizations", "publication": "Publications", "city": "Cities",
    ]
    if let plural = plurals[type] { return plural }
    return type.prefix(1).uppercased() + type.dropFirst()
  }
}
