import FoundationEssentials
import Glibc

/// Reads the slides of a TimelineJS sheet exported as CSV: a header row naming the
/// template's columns (in any order, unknown ones ignored), then one row per slide, `Type`
/// telling the title row and era rows from event rows.
struct TimelineCSVSlideReader {
  let problems: ProblemCollector
  let warnings: ProblemCollector
  /// Told how far the reading has got.
  let progress: LoadProgress?

  /// The slides of the sheet in `bytes`; reading goes on past problems in rows, so all
  /// are reported, and stops at malformed CSV.
  func slides(_ bytes: UnsafeBufferPointer<UInt8>) -> TimelineSlides {
    var slides = TimelineSlides()
    var reader = CSVReader(bytes: bytes)
    do {
      guard let header = try reader.nextRecord(), !header.isBlank else {
        problems.report(
          "row 1: expected the template's header row (Year, Month, Day, …, Headline, Text, …)",
          at: 0)
        return slides
      }
      guard let columns = columns(header) else { return slides }
      while let record = try reader.nextRecord() {
        if record.number % 1000 == 0 { progress?.read(upTo: reader.offset) }
        guard !record.isBlank else { continue }
        let row = SheetRow(record: record, columns: columns)
        let type = row.value(.type)
        switch type?.text.lowercased() {
        case "title":
          if slides.title == nil {
            slides.title = slide(row, role: .title)
          } else {
            warnings.report(
              "\(row.path), column \(columns.name(.type)): a second title row; only the first "
                + "titles the timeline, this one is left out", at: record.offset)
          }
        case "era":
          slides.eras.append(slide(row, role: .era))
        case nil:
          slides.events.append(slide(row, role: .event))
        case .some:
          warnings.report(
            "\(row.path), column \(columns.name(.type)): unknown type \"\(type?.text ?? "")\" "
              + "(expected title, era or nothing); read as an event", at: type?.offset)
          slides.events.append(slide(row, role: .event))
        }
      }
    } catch {
      problems.report(error.message, at: error.offset)
    }
    return slides
  }

  /// The template columns found in the header row; nil when Year or Headline is missing
  /// (reported).
  private func columns(_ header: CSVRecord) -> SheetColumns? {
    var columns = SheetColumns()
    for (index, field) in header.fields.enumerated() {
      let name = field.text.trimmingWhitespace()
      guard let column = SheetColumn(rawValue: name.lowercased()), columns.index(column) == nil
      else { continue }
      columns.add(column, index: index, name: name)
    }
    var complete = true
    for (required, name) in [(SheetColumn.year, "Year"), (.headline, "Headline")]
    where columns.index(required) == nil {
      problems.report(
        "row 1: no \"\(name)\" column (the template's header row has Year, Month, Day, …, "
          + "Headline, Text, …)", at: header.offset)
      complete = false
    }
    return complete ? columns : nil
  }

  /// What a row is for: its dates are checked accordingly.
  private enum Role {
    case title, event, era
  }

  private func slide(_ row: SheetRow, role: Role) -> TimelineSlide {
    var slide = TimelineSlide(path: row.path, offset: row.record.offset)
    if role != .title {
      slide.start = TimelineDate.check(
        row.date(year: .year, month: .month, day: .day, time: .time), problems: problems)
      let end = row.date(year: .endYear, month: .endMonth, day: .endDay, time: .endTime)
      if !end.isEmpty {
        slide.end = TimelineDate.check(end, problems: problems)
      } else if role == .era {
        problems.report(
          "\(end.yearPath): missing (an era needs an end date)", at: end.offset)
      }
    }
    slide.headline = row.value(.headline)?.text
    slide.text = row.value(.text)?.text
    slide.displayDate = row.value(.displayDate)?.text
    slide.group = row.value(.group).map { LocatedText(text: $0.text, offset: $0.offset) }
    slide.media = TimelineMedia(
      url: row.value(.media)?.text, caption: row.value(.mediaCaption)?.text,
      credit: row.value(.mediaCredit)?.text, thumbnail: row.value(.mediaThumbnail)?.text)
    if let background = row.value(.background)?.text {
      if Self.isImageAddress(background) {
        slide.backgroundURL = background
      } else {
        slide.backgroundColor = background
      }
    }
    return slide
  }

  /// Whether a Background cell holds an image's address rather than a colour
  /// (`#336699`, `lightblue`).
  private static func isImageAddress(_ text: String) -> Bool {
    !text.hasPrefix("#") && (text.contains("/") || text.contains("."))
  }
}
