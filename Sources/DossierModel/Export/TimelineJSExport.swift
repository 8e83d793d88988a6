/// A dossier as a TimelineJS3 timeline: the title slide from the dossier's title and
/// description, one slide per dated event, grouped by its type (or by the `group`
/// property a TimelineJS import keeps).
///
/// TimelineJS places every slide on its time axis, so undated events cannot be shown:
/// they are left out and listed in `undatedEventIDs` for the caller to report.
public struct TimelineJSExport: Sendable {
  /// The timeline JSON: `{"title": …, "events": […]}`.
  public let json: JSONOutput
  /// The ids of the events left out for having no date, in dossier order.
  public let undatedEventIDs: [String]

  /// The timeline for `content`.
  public init(_ content: DossierContent) {
    let events = content.entities.filter { $0.kind == .event }
    let sources = Dictionary(
      content.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    undatedEventIDs = events.filter { $0.date == nil }.map(\.id)
    let slides = events.compactMap { event in event.date.map { (event, $0) } }
      .enumerated()
      .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }
      .map { Self.slide(for: $0.element.0, on: $0.element.1, sources: sources) }
    var titleText: [(String, JSONOutput)] = [
      ("headline", .string(TimelineHTML.escaped(content.title)))
    ]
    if let description = content.description {
      titleText.append(("text", .string(TimelineHTML.paragraphs(description))))
    }
    json = .object([
      ("title", .object([("text", .object(titleText))])),
      ("events", .array(slides)),
    ])
  }

  private static func slide(
    for event: Entity, on date: PartialDate, sources: [String: Source]
  ) -> JSONOutput {
    var members: [(String, JSONOutput)] = [("start_date", dateJSON(date))]
    if let end = endDate(of: event) {
      members.append(("end_date", dateJSON(end)))
    }
    if event.dateInferred {
      members.append(("display_date", .string("~" + date.humanReadable)))
    }
    var text: [(String, JSONOutput)] = [("headline", .string(TimelineHTML.escaped(event.name)))]
    if let summary = event.summary {
      text.append(("text", .string(TimelineHTML.paragraphs(summary))))
    }
    members.append(("text", .object(text)))
    if let media = media(for: event, sources: sources) { members.append(("media", media)) }
    if let group = group(of: event) {
      members.append(("group", .string(TimelineHTML.escaped(group))))
    }
    members.append(("unique_id", .string(event.id)))
    return .object(members)
  }

  /// The first value of an "End date" property (labelled so, or keyed `endDate`,
  /// `end date` or `end_date` as the TimelineJS importer writes it) that is a date.
  private static func endDate(of event: Entity) -> PartialDate? {
    event.properties
      .filter {
        ["enddate", "end date", "end_date"].contains($0.key.lowercased())
          || $0.label.lowercased() == "end date"
      }
      .flatMap(\.values)
      .lazy.compactMap { value in
        try? PartialDate(parsing: String(value.prefix { $0 != "T" }))
      }
      .first
  }

  /// The slide's group: the `group` a TimelineJS import kept, else the event's type —
  /// but not the type every TimelineJS slide gets ("Event"), which would invent a group.
  private static func group(of event: Entity) -> String? {
    if let kept = event.properties.first(where: { $0.key == "group" })?.values.first {
      return kept
    }
    return event.type == "Event" ? nil : event.type
  }

  /// The event's first quote from a source with a web address, as TimelineJS media: the
  /// address, the quote as caption, the source's author (a media credit) or else its title
  /// as credit.
  private static func media(for event: Entity, sources: [String: Source]) -> JSONOutput? {
    for evidence in event.evidence {
      guard let source = sources[evidence.sourceID], let url = source.url else { continue }
      return .object([
        ("url", .string(url)),
        ("caption", .string(TimelineHTML.escaped(evidence.quote))),
        ("credit", .string(TimelineHTML.escaped(source.author ?? source.title))),
      ])
    }
    return nil
  }

  private static func dateJSON(_ date: PartialDate) -> JSONOutput {
    var members: [(String, JSONOutput)] = [("year", .int(date.year))]
    if let month = date.month { members.append(("month", .int(month))) }
    if let day = date.day { members.append(("day", .int(day))) }
    return .object(members)
  }
}

/// Plain text made into the HTML TimelineJS shows.
enum TimelineHTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` written as entities.
  static func escaped(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.append(character)
      }
    }
    return output
  }

  /// `text` escaped, each paragraph (separated by blank lines) in `<p>…</p>`, and line
  /// breaks inside a paragraph as `<br>`.
  static func paragraphs(_ text: String) -> String {
    let lines = text.split(omittingEmptySubsequences: false) { $0.isNewline }
    var paragraphs: [[Substring]] = [[]]
    for line in lines {
      if line.allSatisfy(\.isWhitespace) {
        if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
      } else {
        paragraphs[paragraphs.count - 1].append(line)
      }
    }
    return paragraphs.filter { !$0.isEmpty }
      .map { "<p>" + $0.map { escaped(String($0)) }.joined(separator: "<br>") + "</p>" }
      .joined()
  }
}
