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
  /// Row of each entity in its pane's list, by entity index.
  let rowOfEntity: [Int]
  /// Columns taken by the widest date label in the timeline.
  let timelineDateWidth: Int

  /// Builds the rows: events under year headings (undated last), actors and projects
  /// under subtype headings.
  public init(dossier: Dossier) {
    var rows: [ListPane: [ListRow]] = [:]
    let timeline = Self.timelineRows(dossier)
    rows[.timeline] = timeline.rows
    rows[.actors] = Self.groupedRows(dossier, kind: .actor)
    rows[.projects] = Self.groupedRows(dossier, kind: .project)
    var rowOfEntity = [Int](repeating: 0, count: dossier.entities.count)
    for paneRows in rows.values {
      for (row, item) in paneRows.enumerated() {
        if let index = item.entityIndex { rowOfEntity[index] = row }
      }
    }
    self.rows = rows
    self.rowOfEntity = rowOfEntity
    timelineDateWidth = timeline.dateWidth
  }

  /// The columns `Entity.dateLabel` takes, "~" included when inferred, worked out without
  /// building the label.
  static func dateLabelWidth(_ date: PartialDate?, inferred isInferred: Bool) -> Int {
    guard let date else { return 0 }
    let year = String(date.year).count
    let inferred = isInferred ? 1 : 0
    switch date.precision {
    case .year: return inferred + year
    case .month: return inferred + 4 + year
    case .day: return inferred + (date.day! < 10 ? 6 : 7) + year
    }
  }

  /// The timeline's rows under year headings, and the widest date label.
  private static func timelineRows(_ dossier: Dossier) -> (rows: [ListRow], dateWidth: Int) {
    var rows: [ListRow] = []
    rows.reserveCapacity(dossier.timeline.count + 64)
    var currentYear: Int?? = .none
    var dateWidth = 0
    for index in dossier.timeline {
      let (date, inferred) = dossier.entities.date(at: index)
      dateWidth = max(dateWidth, dateLabelWidth(date, inferred: inferred))
      let year = date?.year
      if currentYear != .some(year) {
        rows.append(.heading(year.map { String($0) } ?? "Undated"))
        currentYear = .some(year)
      }
      rows.append(.entity(index))
    }
    return (rows, dateWidth)
  }

  private static let preferredTypeOrder = [
    "person", "country", "organisation", "organization", "publication",
  ]

  private static func groupedRows(_ dossier: Dossier, kind: EntityKind) -> [ListRow] {
    var keys: [String] = []
    var keyNumber: [String: Int] = [:]
    let keyOfType = dossier.entityTypes.map { type in
      let key = type.lowercased()
      if let number = keyNumber[key] { return number }
      keyNumber[key] = keys.count
      keys.append(key)
      return keys.count - 1
    }
    var groups = [[Int]](repeating: [], count: keys.count)
    for index in dossier.indices(of: kind) {
      groups[keyOfType[dossier.typeNumber(at: index)]].append(index)
    }
    let order = keys.indices.filter { !groups[$0].isEmpty }.sorted { left, right in
      let leftRank = preferredTypeOrder.firstIndex(of: keys[left]) ?? preferredTypeOrder.count
      let rightRank = preferredTypeOrder.firstIndex(of: keys[right]) ?? preferredTypeOrder.count
      return (leftRank, keys[left]) < (rightRank, keys[right])
    }
    return order.flatMap { key in
      [ListRow.heading(TypePlural.of(keys[key]))] + groups[key].map(ListRow.entity)
    }
  }
}
