import DossierModel

extension DetailContent {
  /// The "Facts" section: one `Label: value, value` line per property, wrapped with a
  /// hanging indent, values highlighted where the query matched them.
  mutating func addFacts(_ properties: [Property], width: Int, query: SearchQuery?) {
    guard !properties.isEmpty else { return }
    blank()
    add(StyledText("Facts (\(properties.count))", style: .heading), width: width)
    for property in properties {
      var text = StyledText(property.label + ": ", style: .dim)
      var values = StyledText(Self.joinedValues(property.values), style: .normal)
      values.highlight(query)
      text.append(values)
      add(text, width: width, indent: 4, leading: 2)
    }
  }

  /// The values of a property in one line: joined by ", ", or by "; " when a value has a
  /// comma of its own (addresses), so that values stay apart.
  static func joinedValues(_ values: [String]) -> String {
    values.joined(separator: values.contains { $0.contains(",") } ? "; " : ", ")
  }

  /// One link as listed under its group: the linked event's date, the name, the role, and
  /// then the link's own date (unless an event at either end has that date already) and
  /// its properties, "Acme Ltd (shareholder) · 2019 · Share: 50%".
  static func linkLine(_ linked: LinkedEntity, seenFrom entity: Entity) -> StyledText {
    var text = StyledText()
    if linked.entity.kind == .event {
      text.append((linked.entity.dateLabel ?? "undated") + " ", style: .dim)
    }
    text.append(linked.entity.name, style: .link)
    if let role = linked.link.role { text.append(" (\(role))", style: .dim) }
    if let date = linked.link.date, date != linked.entity.date, date != entity.date {
      text.append(" · " + date.humanReadable, style: .dim)
    }
    for property in linked.link.properties {
      text.append(" · \(property.label): \(joinedValues(property.values))", style: .dim)
    }
    return text
  }
}
