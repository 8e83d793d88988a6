import DossierModel

/// The human-readable page `dossier show` prints for one entity, or for one link with an
/// id of its own (an FtM Ownership, Directorship, …).
struct EntityReport {
  let output: Output
  let dossier: Dossier

  /// A link's page: its relation and id, each pair of ends it joins, its role and date,
  /// its facts and its quotes. `links` share one id (an FtM edge with several owners).
  func print(links: [Link]) {
    guard let first = links.first else { return }
    let style = output.style
    output.line(style.bold(output.safe(first.relation)))
    output.line("link · " + style.dim(output.safe(first.id ?? "")))
    for link in links {
      let name = { (id: String) in output.safe(dossier.entity(id: id)?.name ?? id) }
      output.line(
        name(link.from) + "  " + style.dim(output.safe(link.from)) + "  →  " + name(link.to)
          + "  " + style.dim(output.safe(link.to)))
    }
    if let role = first.role { output.line("Role: " + output.safe(role)) }
    if let date = first.date { output.line("Date: " + date.humanReadable) }
    printFacts(first.properties)
    printEvidence(first.evidence, heading: "Evidence")
  }

  func print(_ entity: Entity) {
    let style = output.style
    output.line(style.bold(output.safe(entity.name)))
    output.line(
      style.kind(entity.kind.rawValue) + " · " + output.safe(entity.type) + " · "
        + style.dim(output.safe(entity.id)))
    if entity.kind == .event {
      var date = entity.date?.humanReadable ?? "undated"
      if entity.dateInferred { date += " (inferred)" }
      output.line("Date: " + date)
      if let note = entity.dateNote { output.line("      " + style.dim(output.safe(note))) }
    }
    if !entity.aliases.isEmpty {
      output.line("Also known as: " + entity.aliases.map(output.safe).joined(separator: ", "))
    }
    if let summary = entity.summary {
      output.line("")
      for line in wrapped(output.safe(summary), indent: "") { output.line(line) }
    }
    printFacts(entity.properties)
    printLinks(of: entity)
    printEvidence(entity.evidence, heading: "Evidence")
  }

  /// The "Links" section: a group per relation and direction, each link on a line in
  /// columns aligned across the section (kind, date when there are events, name with
  /// role and annotations, cut with "…" to fit a terminal, then the id).
  private func printLinks(of entity: Entity) {
    let groups = dossier.linkGroups(of: entity.id)
    guard !groups.isEmpty else { return }
    let style = output.style
    let hasEvents = groups.contains { $0.items.contains { $0.entity.kind == .event } }
    var table = TextTable(
      columns: [TextTable.Column(header: "", style: style.kind)]
        + (hasEvents ? [TextTable.Column(header: "")] : [])
        + [
          TextTable.Column(header: "", flexible: true),
          TextTable.Column(header: "", style: style.dim),
        ])
    for group in groups {
      for item in group.items {
        var name = output.safe(item.entity.name)
        if let role = item.link.role { name += " (" + output.safe(role) + ")" }
        for annotation in item.annotations(seenFrom: entity) {
          name += " · " + output.safe(annotation)
        }
        let date =
          hasEvents ? [item.entity.kind == .event ? (item.entity.dateLabel ?? "—") : ""] : []
        table.rows.append([item.entity.kind.rawValue] + date + [name, output.safe(item.entity.id)])
      }
    }
    var lines = table.render(
      width: output.width.map { $0 - 4 }, showHeader: false, headerStyle: { $0 })[...]
    output.line("")
    output.line(style.bold("Links"))
    for group in groups {
      let arrow = group.direction == .outgoing ? "→" : "←"
      output.line("  \(arrow) \(output.safe(group.label)) (\(group.count))")
      for line in lines.prefix(group.items.count) { output.line("    " + line) }
      lines = lines.dropFirst(group.items.count)
    }
  }

  /// The "Facts" section: labels in a column, each property's values after its label,
  /// wrapped under the values' column.
  private func printFacts(_ properties: [Property]) {
    guard !properties.isEmpty else { return }
    output.line("")
    output.line(output.style.bold("Facts"))
    let labels = properties.map { output.safe($0.label) }
    let column = min(Self.widestAlignedLabel, labels.map(DisplayWidth.of).max() ?? 0)
    for (label, property) in zip(labels, properties) {
      let hanging = String(repeating: " ", count: 2 + column + 2)
      let lines = wrapped(output.safe(property.joinedValues), indent: hanging)
      let head = "  " + output.style.dim(DisplayWidth.padded(label, toColumns: column)) + "  "
      for (index, line) in lines.enumerated() {
        output.line(index == 0 ? head + line.dropFirst(hanging.count) : line)
      }
    }
  }

  /// Labels wider than this are not padded to: their values start right after them.
  private static let widestAlignedLabel = 24

  private func printEvidence(_ evidence: [Evidence], heading: String) {
    guard !evidence.isEmpty else { return }
    output.line("")
    output.line(output.style.bold(heading))
    for item in evidence {
      for line in wrapped("“" + output.safe(item.quote) + "”", indent: "  ") {
        output.line(output.style.quote(line))
      }
      let source = dossier.source(id: item.sourceID)
      let attribution = [source?.title, source?.publisher].compactMap { $0 }.map(output.safe)
      let label =
        attribution.isEmpty ? output.safe(item.sourceID) : attribution.joined(separator: ", ")
      for line in wrapped("— " + label, indent: "    ") { output.line(line) }
      if let note = item.note {
        output.line("    " + output.style.dim("Note: " + output.safe(note)))
      }
    }
  }

  /// Word-wraps `text` to the terminal width (80 when piped).
  private func wrapped(_ text: String, indent: String) -> [String] {
    let width = max(20, (output.width ?? 80) - DisplayWidth.of(indent))
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if DisplayWidth.of(candidate) > width, !current.isEmpty {
        lines.append(indent + current)
        current = String(word)
      } else {
        current = candidate
      }
    }
    if !current.isEmpty { lines.append(indent + current) }
    return lines
  }
}
