import FoundationEssentials
import Glibc

/// Reads the slides of a TimelineJS JSON document (`{"title", "events", "eras"}`),
/// reporting every value of the wrong type, missing date and impossible date at its place.
struct TimelineJSONSlideReader {
  /// The parts of a date object and where each goes.
  private static var dateParts:
    [(key: String, part: WritableKeyPath<RawTimelineDate, RawDatePart?>)]
  {
    [
      ("year", \.year), ("month", \.month), ("day", \.day), ("hour", \.hour),
      ("minute", \.minute), ("second", \.second), ("millisecond", \.millisecond),
    ]
  }

  let problems: ProblemCollector
  /// Told how far the reading has got.
  let progress: LoadProgress?

  /// The slides of `root`; reading goes on past problems, so all are reported.
  func slides(_ root: LocatedJSON) -> TimelineSlides {
    var slides = TimelineSlides()
    guard case .object = root.value else {
      problems.report("timeline: expected an object, found \(root.kindName)", at: root.offset)
      return slides
    }
    if let title = present(root.member("title")) {
      slides.title = slide(title, path: "title", role: .title)
    }
    if let events = present(root.member("events")) {
      slides.events = array(events, path: "events", role: .event)
    } else {
      problems.report("timeline: missing \"events\" (the array of event slides)", at: root.offset)
    }
    if let eras = present(root.member("eras")) {
      slides.eras = array(eras, path: "eras", role: .era)
    }
    return slides
  }

  /// What a slide is for: its dates are checked accordingly.
  private enum Role {
    /// The title slide: no dates needed (and none read).
    case title
    /// An event: a start date needed, an end date optional.
    case event
    /// An era: both dates needed.
    case era
  }

  private func array(_ value: LocatedJSON, path: String, role: Role) -> [TimelineSlide] {
    guard case .array(let elements) = value.value else {
      problems.report("\(path): expected an array, found \(value.kindName)", at: value.offset)
      return []
    }
    var slides: [TimelineSlide] = []
    for (index, element) in elements.enumerated() {
      if let slide = slide(element, path: "\(path)[\(index)]", role: role) {
        slides.append(slide)
      }
      if index % 1000 == 999 { progress?.read(upTo: element.offset) }
    }
    return slides
  }

  private func slide(_ value: LocatedJSON, path: String, role: Role) -> TimelineSlide? {
    guard case .object = value.value else {
      problems.report("\(path): expected an object, found \(value.kindName)", at: value.offset)
      return nil
    }
    var slide = TimelineSlide(path: path, offset: value.offset)
    if role != .title {
      slide.start = date(value, "start_date", path: path, required: true)
      slide.end = date(value, "end_date", path: path, required: role == .era)
    }
    if let text = object(value, "text", path: path) {
      slide.headline = string(text, "headline", path: "\(path).text")?.text
      slide.text = string(text, "text", path: "\(path).text")?.text
    }
    if let media = object(value, "media", path: path) {
      let mediaPath = "\(path).media"
      slide.media = TimelineMedia(
        url: string(media, "url", path: mediaPath)?.text,
        caption: string(media, "caption", path: mediaPath)?.text,
        credit: string(media, "credit", path: mediaPath)?.text,
        thumbnail: string(media, "thumbnail", path: mediaPath)?.text,
        alt: string(media, "alt", path: mediaPath)?.text,
        title: string(media, "title", path: mediaPath)?.text,
        link: string(media, "link", path: mediaPath)?.text)
    }
    if let background = object(value, "background", path: path) {
      slide.backgroundURL = string(background, "url", path: "\(path).background")?.text
      slide.backgroundColor = string(background, "color", path: "\(path).background")?.text
    }
    slide.group = string(value, "group", path: path)
    slide.displayDate = string(value, "display_date", path: path)?.text
    slide.uniqueID = string(value, "unique_id", path: path, trimmed: false)
    return slide
  }

  /// The checked date in member `key`; a missing required date is reported.
  private func date(_ slide: LocatedJSON, _ key: String, path: String, required: Bool)
    -> TimelineDate?
  {
    let datePath = "\(path).\(key)"
    guard let value = present(slide.member(key)) else {
      if required { problems.report("\(path): missing \(key)", at: slide.offset) }
      return nil
    }
    guard case .object = value.value else {
      problems.report("\(datePath): expected an object, found \(value.kindName)", at: value.offset)
      return nil
    }
    var raw = RawTimelineDate(yearPath: "\(datePath).year", offset: value.offset)
    var partsAreValid = true
    for (key, keyPath) in Self.dateParts {
      let (part, isValid) = datePart(value, key, path: datePath)
      raw[keyPath: keyPath] = part
      partsAreValid = partsAreValid && isValid
    }
    raw.displayDate = string(value, "display_date", path: datePath)?.text
    if !required, raw.isEmpty { return nil }
    let checked = TimelineDate.check(raw, problems: problems)
    return partsAreValid ? checked : nil
  }

  /// A date part given as a number or a string (an empty string is no value); false when
  /// it is of another type (reported).
  private func datePart(_ date: LocatedJSON, _ key: String, path: String) -> (RawDatePart?, Bool) {
    guard let value = present(date.member(key)) else { return (nil, true) }
    let partPath = "\(path).\(key)"
    switch value.value {
    case .number(let text):
      return (RawDatePart(text: text, offset: value.offset, path: partPath, isString: false), true)
    case .string(let text):
      let trimmed = text.trimmingWhitespace(keepingLineBreaks: true)
      guard !trimmed.isEmpty else { return (nil, true) }
      return (
        RawDatePart(text: trimmed, offset: value.offset, path: partPath, isString: true), true
      )
    default:
      problems.report(
        "\(partPath): expected an integer, found \(value.kindName)", at: value.offset)
      return (nil, false)
    }
  }

  /// The object in member `key`, or nil when absent (or of another type, reported).
  private func object(_ container: LocatedJSON, _ key: String, path: String) -> LocatedJSON? {
    guard let value = present(container.member(key)) else { return nil }
    guard case .object = value.value else {
      problems.report(
        "\(path).\(key): expected an object, found \(value.kindName)", at: value.offset)
      return nil
    }
    return value
  }

  /// The string in member `key`, trimmed unless told otherwise, or nil when absent, blank
  /// (or of another type, reported).
  private func string(
    _ container: LocatedJSON, _ key: String, path: String, trimmed isTrimmed: Bool = true
  ) -> LocatedText? {
    guard let value = present(container.member(key)) else { return nil }
    guard case .string(let text) = value.value else {
      problems.report(
        "\(path).\(key): expected a string, found \(value.kindName)", at: value.offset)
      return nil
    }
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { return nil }
    return LocatedText(text: isTrimmed ? trimmed : text, offset: value.offset)
  }

  /// The value unless it is absent or `null`.
  private func present(_ value: LocatedJSON?) -> LocatedJSON? {
    guard let value else { return nil }
    if case .null = value.value { return nil }
    return value
  }
}
