import FoundationEssentials
import Glibc

/// Turns a timeline's slides into dossier content, the same way for JSON and sheets:
/// events become event entities, groups and eras become projects linked to their events,
/// media become sources the events cite, and the title slide titles the dossier.
struct TimelineContentBuilder {
  /// The relation from an event to its group.
  static let groupRelation = "timeline-group"
  /// The relation from an event to an era its start date falls in.
  static let eraRelation = "timeline-era"
  /// The title when the timeline has none.
  static let untitled = "Untitled timeline"
  /// How many words of an event's text name it when it has no headline.
  static let wordsInFallbackName = 8

  private let problems: ProblemCollector
  private let warnings: ProblemCollector
  private var ids = SlugAllocator()
  /// The unique ids that cannot be ids, each with the offset it was first given at.
  private var replacedUniqueIDs: [String: Int] = [:]
  private var entities: [Entity] = []
  private var entityPositions: [ReadPosition] = []
  private var links: [Link] = []
  private var linkPositions: [LinkPosition] = []
  private var sources: [Source] = []

  /// The content of `slides`; eras ending before they start are reported to `problems`,
  /// unique ids dossier cannot keep (and so replaces) to `warnings`.
  static func build(
    _ slides: TimelineSlides, problems: ProblemCollector, warnings: ProblemCollector
  ) -> ImportedContent {
    var builder = TimelineContentBuilder(problems: problems, warnings: warnings)
    return builder.build(slides)
  }

  private init(problems: ProblemCollector, warnings: ProblemCollector) {
    self.problems = problems
    self.warnings = warnings
  }

  private mutating func build(_ slides: TimelineSlides) -> ImportedContent {
    for slide in slides.events {
      if let uniqueID = slide.uniqueID, DossierFormat.isValidID(uniqueID.text) {
        ids.reserve(uniqueID.text)
      }
    }
    let eventIDs = slides.events.map { eventID($0) }
    var groupIDs: [String: (id: String, index: Int)] = [:]
    var groups: [Entity] = []
    var groupPositions: [ReadPosition] = []
    for slide in slides.events {
      guard let group = slide.group, groupIDs[group.text] == nil else { continue }
      let id = ids.allocate(for: group.text, prefix: "group-", fallback: "group")
      groupIDs[group.text] = (id, groups.count)
      groups.append(Entity(id: id, kind: .project, name: group.text, type: "Group"))
      groupPositions.append(ReadPosition(offset: group.offset, path: "\(slide.path).group"))
    }
    let eras = slides.eras.map { era(from: $0) }
    for (index, slide) in slides.events.enumerated() {
      addEvent(slide, id: eventIDs[index], groupID: slide.group.flatMap { groupIDs[$0.text]?.id })
      for (eraIndex, era) in eras.enumerated() where Self.contains(slides.eras[eraIndex], slide) {
        links.append(Link(from: eventIDs[index], to: era.id, relation: Self.eraRelation))
        linkPositions.append(
          LinkPosition(
            path: slides.eras[eraIndex].path, fromOffset: slide.offset,
            toOffset: slides.eras[eraIndex].offset, fromKey: "event", toKey: "era"))
      }
    }
    entities += groups + eras
    entityPositions += groupPositions
    entityPositions += slides.eras.map { ReadPosition(offset: $0.offset, path: $0.path) }
    var relations: [String: RelationLabels] = [:]
    if !groups.isEmpty {
      relations[Self.groupRelation] = RelationLabels(outgoing: "Group", incoming: "Events")
    }
    if !eras.isEmpty {
      relations[Self.eraRelation] = RelationLabels(
        outgoing: "Era", incoming: "Events in this era")
    }
    let title = slides.title.flatMap { $0.headline.map(HTMLText.plainText) }
    if let media = slides.title?.media, let source = Self.source(media, id: titleSourceID) {
      sources.insert(source, at: 0)
    }
    let content = DossierContent(
      title: title.flatMap(Self.nonEmpty) ?? Self.untitled,
      description: slides.title?.text.map(HTMLText.plainText).flatMap(Self.nonEmpty),
      sources: sources, entities: entities, links: links, relations: relations)
    return ImportedContent(
      content: content, entityPositions: entityPositions, linkPositions: linkPositions)
  }

  /// The id of the title slide's media: `media-title`, unless an event's media took it
  /// (an event with the id `title`); then `media-title-2`, and so on.
  private var titleSourceID: String {
    let taken = Set(sources.map(\.id))
    var candidate = "media-title"
    var suffix = 2
    while taken.contains(candidate) {
      candidate = "media-title-\(suffix)"
      suffix += 1
    }
    return candidate
  }

  /// The event's id: its unique id when it is one dossier can keep, else one made from
  /// that unique id (with a warning; given twice, it is an error as a valid one is) or
  /// from its name.
  private mutating func eventID(_ slide: TimelineSlide) -> String {
    guard let uniqueID = slide.uniqueID else {
      return ids.allocate(for: Self.name(of: slide, fallback: ""), fallback: "event")
    }
    if DossierFormat.isValidID(uniqueID.text) { return uniqueID.text }
    let id = ids.allocate(for: uniqueID.text, fallback: "event")
    if let first = replacedUniqueIDs[uniqueID.text] {
      problems.report(
        "\(slide.path).unique_id: duplicate unique id \"\(uniqueID.text)\" (first given at "
          + "\(problems.describeLocation(of: first)))", at: uniqueID.offset)
      return id
    }
    replacedUniqueIDs[uniqueID.text] = uniqueID.offset
    warnings.report(
      "\(slide.path).unique_id: \"\(uniqueID.text)\" cannot be an id, so the event's id is "
        + "\"\(id)\"; \(DossierFormat.idRule)", at: uniqueID.offset)
    return id
  }

  /// Adds an event entity, its link to its group, and its media as a source.
  private mutating func addEvent(_ slide: TimelineSlide, id: String, groupID: String?) {
    let name = Self.name(of: slide, fallback: "Untitled event")
    var evidence: [Evidence] = []
    if let source = Self.source(slide.media, id: "media-\(id)") {
      sources.append(source)
      let caption = slide.media.caption.map(HTMLText.plainText).flatMap(Self.nonEmpty)
      evidence.append(Evidence(sourceID: source.id, quote: caption ?? name))
    }
    entities.append(
      Entity(
        id: id, kind: .event, name: name, type: "Event",
        summary: slide.text.map(HTMLText.plainText).flatMap(Self.nonEmpty),
        date: slide.start?.date, evidence: evidence, properties: Self.properties(of: slide)))
    entityPositions.append(
      ReadPosition(offset: slide.uniqueID?.offset ?? slide.offset, path: slide.path))
    if let groupID, let group = slide.group {
      links.append(Link(from: id, to: groupID, relation: Self.groupRelation))
      linkPositions.append(
        LinkPosition(
          path: slide.path, fromOffset: slide.offset, toOffset: group.offset, fromKey: "event",
          toKey: "group"))
    }
  }

  /// An era as a project dated by its start, its range as properties; eras that end
  /// before they start are reported.
  private mutating func era(from slide: TimelineSlide) -> Entity {
    let name = Self.name(of: slide, fallback: "Untitled era")
    let id = ids.allocate(
      for: name == "Untitled era" ? "" : name, prefix: "era-", fallback: "untitled")
    if let start = slide.start?.date, let end = slide.end?.date,
      Self.latestDay(end) < Self.earliestDay(start)
    {
      problems.report(
        "\(slide.path).end_date: \(end) is before the start date \(start)", at: slide.offset)
    }
    var properties: [Property] = []
    if let start = slide.start {
      properties.append(
        Property(key: "start_date", label: "Start date", type: .date, values: [Self.isoText(start)])
      )
    }
    if let end = slide.end {
      properties.append(
        Property(key: "end_date", label: "End date", type: .date, values: [Self.isoText(end)]))
    }
    return Entity(
      id: id, kind: .project, name: name, type: "Era",
      summary: slide.text.map(HTMLText.plainText).flatMap(Self.nonEmpty), properties: properties)
  }

  /// Whether the event's start date falls within the era (both ends included, partial
  /// dates spanning their whole year or month).
  private static func contains(_ era: TimelineSlide, _ event: TimelineSlide) -> Bool {
    guard let start = era.start?.date, let end = era.end?.date, let date = event.start?.date
    else { return false }
    return earliestDay(date) >= earliestDay(start) && earliestDay(date) <= latestDay(end)
  }

  private static func earliestDay(_ date: PartialDate) -> (Int, Int, Int) {
    (date.year, date.month ?? 1, date.day ?? 1)
  }

  private static func latestDay(_ date: PartialDate) -> (Int, Int, Int) {
    (date.year, date.month ?? 12, date.day ?? 31)
  }

  /// The headline as plain text; without one, the first words of the text; without
  /// either, `fallback`.
  private static func name(of slide: TimelineSlide, fallback: String) -> String {
    if let headline = slide.headline.map(HTMLText.plainText).flatMap(nonEmpty) {
      return headline
    }
    let words = (slide.text.map(HTMLText.plainText) ?? "").split(whereSeparator: \.isWhitespace)
    guard !words.isEmpty else { return fallback }
    let name = words.prefix(wordsInFallbackName).joined(separator: " ")
    return words.count > wordsInFallbackName ? name + " …" : name
  }

  /// A source for the media of a slide, when it has a URL.
  private static func source(_ media: TimelineMedia, id: String) -> Source? {
    guard let url = media.url else { return nil }
    let caption = media.caption.map(HTMLText.plainText).flatMap(nonEmpty)
    let credit = media.credit.map(HTMLText.plainText).flatMap(nonEmpty)
    let title = media.title.map(HTMLText.plainText).flatMap(nonEmpty)
    return Source(id: id, title: caption ?? title ?? credit ?? url, author: credit, url: url)
  }

  /// The labelled facts of an event beyond its name, summary and date.
  private static func properties(of slide: TimelineSlide) -> [Property] {
    var properties: [Property] = []
    func add(_ key: String, _ label: String, _ value: String?, as type: PropertyType = .text) {
      guard let value = value.flatMap(nonEmpty) else { return }
      properties.append(Property(key: key, label: label, type: type, values: [value]))
    }
    add("time", "Time", slide.start?.time?.description)
    add("end_date", "End date", slide.end.map(isoText), as: .date)
    add("end_time", "End time", slide.end?.time?.description)
    add("display_date", "Display date", slide.displayDate ?? slide.start?.displayDate)
    add("end_display_date", "End display date", slide.end?.displayDate)
    add("group", "Group", slide.group?.text)
    add("media_url", "Media", slide.media.url, as: .url)
    add("media_caption", "Media caption", slide.media.caption.map(HTMLText.plainText))
    add("media_credit", "Media credit", slide.media.credit.map(HTMLText.plainText))
    add("media_title", "Media title", slide.media.title.map(HTMLText.plainText))
    add("media_alt", "Media alt text", slide.media.alt)
    add("media_thumbnail", "Media thumbnail", slide.media.thumbnail, as: .url)
    add("media_link", "Media link", slide.media.link, as: .url)
    add("background_url", "Background image", slide.backgroundURL, as: .url)
    add("background_color", "Background colour", slide.backgroundColor)
    return properties
  }

  /// The date as ISO 8601 text, as precise as given: `2013`, `2013-09-07`, `-0044`.
  private static func isoText(_ date: TimelineDate) -> String {
    date.date.description
  }

  private static func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
