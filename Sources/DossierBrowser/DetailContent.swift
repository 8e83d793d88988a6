import DossierModel

/// Something in the detail view the cursor can rest on.
public enum DetailItem: Sendable, Equatable {
  /// A link to another entity: Enter follows it.
  case link(LinkedEntity)
  /// A source quote: Enter or `s` opens the source at it.
  case evidence(Evidence)
  /// The line standing for a long group's hidden links: Enter shows them all.
  case moreLinks(group: String, hidden: Int)
}

/// The detail view of one entity laid out for a width: its lines and selectable items.
struct DetailContent {
  struct Line {
    var text: StyledText
    var item: Int?
  }

  private(set) var lines: [Line] = []
  private(set) var items: [DetailItem] = []
  /// The first line of each item.
  private(set) var itemLines: [Int] = []

  /// Links shown per group until the user asks for all of them.
  static let linksShownPerGroup = 50

  /// The key under which a group's "show all" is remembered.
  static func key(of group: LinkGroup) -> String {
    group.direction.rawValue + ":" + group.relation
  }

  init(
    entityIndex: Int, dossier: Dossier, width: Int, query: SearchQuery?,
    expandedGroups: Set<String> = []
  ) {
    let entity = dossier.entities[entityIndex]
    var name = StyledText(entity.name, style: .bold)
    name.highlight(query)
    add(name, width: width)
    add(
      StyledText(
        "\(entity.kind.rawValue) · \(SafeText.neutralized(entity.type)) · \(entity.id)",
        style: .dim), width: width)
    if entity.kind == .event {
      var date = entity.date?.humanReadable ?? "undated"
      if entity.dateInferred { date += " (inferred)" }
      add(StyledText("Date: " + date, style: .normal), width: width)
      if let note = entity.dateNote {
        add(StyledText("  " + note, style: .dim), width: width)
      }
    }
    if !entity.aliases.isEmpty {
      var aliases = StyledText("Also known as: ", style: .dim)
      aliases.append(entity.aliases.joined(separator: ", "), style: .normal)
      aliases.highlight(query)
      add(aliases, width: width)
    }
    if let summary = entity.summary {
      blank()
      var text = StyledText(summary, style: .normal)
      text.highlight(query)
      add(text, width: width)
    }
    addFacts(entity.properties, width: width, query: query)
    addLinks(
      dossier.linkGroups(
        of: entity.id, limit: Self.linksShownPerGroup, complete: expandedGroups),
      of: entity, width: width)
    addEvidence(entity.evidence, dossier: dossier, width: width, query: query)
  }

  private mutating func addLinks(_ groups: [LinkGroup], of entity: Entity, width: Int) {
    guard !groups.isEmpty else { return }
    blank()
    let total = groups.reduce(0) { $0 + $1.count }
    add(StyledText("Links (\(total))", style: .heading), width: width)
    for group in groups {
      let arrow = group.direction == .outgoing ? "→" : "←"
      add(StyledText("\(arrow) \(group.label) (\(group.count))", style: .bold), width: width)
      for linked in group.items {
        let text = Self.linkLine(linked, seenFrom: entity)
        startItem(.link(linked))
        add(text, width: width, indent: 4, leading: 2, item: items.count - 1)
      }
      let hidden = group.count - group.items.count
      if hidden > 0 {
        startItem(.moreLinks(group: Self.key(of: group), hidden: hidden))
        add(
          StyledText("… \(hidden) more: Enter shows all", style: .dim), width: width, indent: 4,
          leading: 2, item: items.count - 1)
      }
    }
  }

  private mutating func addEvidence(
    _ evidence: [Evidence], dossier: Dossier, width: Int, query: SearchQuery?
  ) {
    guard !evidence.isEmpty else { return }
    blank()
    add(StyledText("Evidence (\(evidence.count))", style: .heading), width: width)
    for item in evidence {
      var quote = StyledText("“" + item.quote + "”", style: .quote)
      quote.highlight(query)
      startItem(.evidence(item))
      let itemIndex = items.count - 1
      add(quote, width: width, indent: 2, leading: 2, item: itemIndex)
      let source = dossier.source(id: item.sourceID)
      let attribution = [source?.title, source?.publisher].compactMap { $0 }
      let label = attribution.isEmpty ? item.sourceID : attribution.joined(separator: ", ")
      add(
        StyledText("— " + label, style: .dim), width: width, indent: 4, leading: 4, item: itemIndex)
      if let note = item.note {
        add(
          StyledText("Note: " + note, style: .dim), width: width, indent: 4, leading: 4,
          item: itemIndex)
      }
    }
  }

  private mutating func startItem(_ item: DetailItem) {
    items.append(item)
    itemLines.append(lines.count)
  }

  mutating func blank() {
    lines.append(Line(text: StyledText(), item: nil))
  }

  /// Wraps `text` into lines belonging to `item`; continuation lines are indented by
  /// `indent` columns, the first by `leading`.
  mutating func add(
    _ text: StyledText, width: Int, indent: Int = 0, leading: Int = 0, item: Int? = nil
  ) {
    let wrapped = text.wrapped(width: max(1, width - max(indent, leading)))
    for (index, part) in wrapped.enumerated() {
      var line = StyledText(
        String(repeating: " ", count: index == 0 ? leading : indent), style: .normal)
      line.append(part)
      lines.append(Line(text: line, item: item))
    }
  }
}
