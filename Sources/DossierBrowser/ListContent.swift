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
  public let rows: [ListPane: ListRows]
  /// Columns taken by the widest date label in the timeline.
  let timelineDateWidth: Int
  /// Per entity: its row in the actors' or the projects' list (events find theirs from
  /// their place in the timeline).
  private let groupedRowOfEntity: [Int32]
  private let dossier: Dossier

  /// Builds the rows: events under year headings (undated last), actors and projects
  /// under subtype headings.
  public init(dossier: Dossier) {
    self.dossier = dossier
    var groupedRowOfEntity = [Int32](repeating: 0, count: dossier.entities.count)
    rows = [
      .timeline: Self.timelineRows(dossier),
      .actors: Self.groupedRows(dossier, kind: .actor, rowOfEntity: &groupedRowOfEntity),
      .projects: Self.groupedRows(dossier, kind: .project, rowOfEntity: &groupedRowOfEntity),
    ]
    self.groupedRowOfEntity = groupedRowOfEntity
    timelineDateWidth = Self.widestDateLabel(dossier)
  }

  /// The list that holds the entity at `index`.
  func pane(of index: Int) -> ListPane { ListPane(kind: dossier.entities.kind(at: index)) }

  /// The row of the entity at `index` in its kind's list.
  func row(of index: Int) -> Int {
    let pane = pane(of: index)
    guard pane == .timeline else { return Int(groupedRowOfEntity[index]) }
    return rows[.timeline]!.row(ofEntityNumber: dossier.listPosition(of: index))
  }

  /// The columns `Entity.dateLabel` takes, "~" included when inferred, worked out without
  /// building the label.
  static func dateLabelWidth(_ date: PartialDate?, inferred isInferred: Bool) -> Int {
    guard let date else { return 0 }
    let year = decimalDigits(date.year)
    let inferred = isInferred ? 1 : 0
    switch date.precision {
    case .year: return inferred + year
    case .month: return inferred + 4 + year
    case .day: return inferred + (date.day! < 10 ? 6 : 7) + year
    }
  }

  /// The characters `String(number)` has, its minus sign included.
  static func decimalDigits(_ number: Int) -> Int {
    var digits = number < 0 ? 2 : 1
    var rest = number.magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    return digits
  }

  /// The widest date label of the dossier, reading the dates in storage order.
  private static func widestDateLabel(_ dossier: Dossier) -> Int {
    var width = 0
    dossier.entities.forEachDate { date, inferred in
      width = max(width, dateLabelWidth(date, inferred: inferred))
    }
    return width
  }

  /// The timeline's rows under year headings. Since the timeline is in date order, the
  /// end of each year's events is found by a galloping search, not by reading every date.
  private static func timelineRows(_ dossier: Dossier) -> ListRows {
    let timeline = dossier.timeline
    let year = { (position: Int) in dossier.entities.date(at: timeline[position]).date?.year }
    var rows = ListRows()
    rows.reserveCapacity(timeline.count + 64)
    var start = 0
    while start < timeline.count {
      let current = year(start)
      var step = 1
      var inside = start
      while inside + step < timeline.count, year(inside + step) == current {
        inside += step
        step *= 2
      }
      var outside = min(inside + step, timeline.count)
      while outside - inside > 1 {
        let middle = (inside + outside) / 2
        if year(middle) == current { inside = middle } else { outside = middle }
      }
      rows.appendHeading(current.map { String($0) } ?? "Undated")
      for position in start..<outside { rows.appendEntity(timeline[position]) }
      start = outside
    }
    return rows
  }

  private static let preferredTypeOrder = [
    "person", "country", "organisation", "organization", "publication",
  ]

  /// The rows of actors or projects under subtype headings, noting each one's row.
  private static func groupedRows(
    _ dossier: Dossier, kind: EntityKind, rowOfEntity: inout [Int32]
  ) -> ListRows {
    var keys: [String] = []
    var keyNumber: [String: Int] = [:]
    let keyOfType = dossier.entityTypes.map { type in
      let key = type.lowercased()
      if let number = keyNumber[key] { return number }
      keyNumber[key] = keys.count
      keys.append(key)
      return keys.count - 1
    }
    var groups = [[Int32]](repeating: [], count: keys.count)
    let ordered = dossier.indices(of: kind)
    let typeNumbers = dossier.typeNumbers
    for index in ordered {
      groups[keyOfType[Int(typeNumbers[index])]].append(Int32(index))
    }
    let order = keys.indices.filter { !groups[$0].isEmpty }.sorted { left, right in
      let leftRank = preferredTypeOrder.firstIndex(of: keys[left]) ?? preferredTypeOrder.count
      let rightRank = preferredTypeOrder.firstIndex(of: keys[right]) ?? preferredTypeOrder.count
      return (leftRank, keys[left]) < (rightRank, keys[right])
    }
    var rows = ListRows()
    rows.reserveCapacity(ordered.count + order.count)
    for key in order {
      rows.appendHeading(TypePlural.of(keys[key]))
      for index in groups[key] {
        rowOfEntity[Int(index)] = Int32(rows.count)
        rows.appendEntity(Int(index))
      }
    }
    return rows
  }
}
