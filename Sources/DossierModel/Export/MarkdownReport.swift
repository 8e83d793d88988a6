/// A readable Markdown report of a dossier: timeline, actors, projects, links and quotes.
///
/// Text from the dossier is neutralised of control characters, and characters that
/// Markdown would interpret are escaped.
public enum MarkdownReport {
  /// The report as Markdown text.
  public static func render(_ dossier: Dossier) -> String {
    var lines = ["# " + inline(dossier.title), ""]
    if let description = dossier.description {
      lines += [inline(description), ""]
    }
    let counts = EntityKind.allCases.map { counted(dossier.count(of: $0), $0.rawValue) }
    lines += [(counts + [counted(dossier.links.count, "link")]).joined(separator: ", ") + ".", ""]
    lines += section("Timeline", dossier.entities(of: .event), in: dossier)
    lines += section("Actors", dossier.entities(of: .actor), in: dossier)
    lines += section("Projects", dossier.entities(of: .project), in: dossier)
    lines += linksTable(dossier)
    lines += sourcesList(dossier)
    return lines.joined(separator: "\n")
  }

  private static func section(_ title: String, _ entities: [Entity], in dossier: Dossier)
    -> [String]
  {
    var lines = ["## \(title)", ""]
    for entity in entities {
      var heading = "### "
      if entity.kind == .event {
        heading +=
          (entity.date.map { date in
            date.humanReadable + (entity.dateInferred ? " (inferred)" : "")
          } ?? "Undated") + " — "
      }
      heading += inline(entity.name)
      lines += [heading, ""]
      var facts = ["*\(inline(entity.type))* · `\(SafeText.neutralized(entity.id))`"]
      if !entity.aliases.isEmpty {
        facts.append("also known as " + entity.aliases.map(inline).joined(separator: ", "))
      }
      lines += [facts.joined(separator: " · "), ""]
      if let note = entity.dateNote { lines += ["Date note: " + inline(note), ""] }
      if let summary = entity.summary { lines += [inline(summary), ""] }
      lines += factsAndLinks(of: entity, in: dossier)
      for evidence in entity.evidence {
        lines += quoteLines(evidence, in: dossier)
      }
    }
    return lines
  }

  /// A list of the entity's properties ("**Label:** values") and then its links, one item
  /// per group ("*owned by:* Jane Roe (shareholder) · 2019 · Share: 50%"); none when the
  /// entity has neither.
  private static func factsAndLinks(of entity: Entity, in dossier: Dossier) -> [String] {
    var items = entity.properties.map { property in
      "- **\(inline(property.label)):** \(inline(property.joinedValues))"
    }
    for group in dossier.linkGroups(of: entity.id) {
      let linked = group.items.map { item in
        var text = inline(item.entity.name)
        if item.entity.kind == .event, let date = item.entity.dateLabel {
          text = inline(date) + " " + text
        }
        if let role = item.link.role { text += " (\(inline(role)))" }
        return ([text] + item.annotations(seenFrom: entity).map(inline)).joined(separator: " · ")
      }
      items.append("- *\(inline(group.label)):* " + linked.joined(separator: "; "))
    }
    return items.isEmpty ? [] : items + [""]
  }

  private static func quoteLines(_ evidence: Evidence, in dossier: Dossier) -> [String] {
    let title = dossier.source(id: evidence.sourceID)?.title ?? evidence.sourceID
    var lines = ["> “\(inline(evidence.quote))”", ">", "> — \(inline(title))"]
    if let note = evidence.note { lines += [">", "> Note: \(inline(note))"] }
    return lines + [""]
  }

  private static func linksTable(_ dossier: Dossier) -> [String] {
    var lines = [
      "## Links", "", "| From | Relation | To | Role | Date | Quote |", "|---|---|---|---|---|---|",
    ]
    for link in dossier.links {
      let from = dossier.entity(id: link.from)?.name ?? link.from
      let to = dossier.entity(id: link.to)?.name ?? link.to
      let cells = [
        from, dossier.label(for: link.relation, direction: .outgoing), to,
        link.role ?? "", link.date?.humanReadable ?? "",
        link.evidence.first.map { "“\($0.quote)”" } ?? "",
      ]
      lines.append("| " + cells.map(inline).joined(separator: " | ") + " |")
    }
    return lines + [""]
  }

  private static func sourcesList(_ dossier: Dossier) -> [String] {
    var lines = ["## Sources", ""]
    for source in dossier.sources {
      var parts = ["**\(inline(source.title))**"]
      parts += [source.author, source.publisher, source.date?.humanReadable, source.url]
        .compactMap { $0.map(inline) }
      lines.append("- " + parts.joined(separator: ", ") + " (`\(SafeText.neutralized(source.id))`)")
    }
    return lines + [""]
  }

  /// One line of text, neutralised, with Markdown's active characters escaped.
  private static func inline(_ text: String) -> String {
    var output = ""
    for character in SafeText.neutralized(text) {
      if "\\`*_[]<>#|".contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
  }
}
