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
      var values = StyledText(property.joinedValues, style: .normal)
      values.highlight(query)
      text.append(values)
      add(text, width: width, indent: 4, leading: 2)
    }
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
    for annotation in linked.annotations(seenFrom: entity) {
      text.append(" · " + annotation, style: .dim)
    }
    return text
  }
}
