import FoundationEssentials
import Glibc

/// The columns of the TimelineJS Google Sheets template, by their folded header text.
enum SheetColumn: String, CaseIterable {
  case year
  case month
  case day
  case time
  case endYear = "end year"
  case endMonth = "end month"
  case endDay = "end day"
  case endTime = "end time"
  case displayDate = "display date"
  case headline
  case text
  case media
  case mediaCredit = "media credit"
  case mediaCaption = "media caption"
  case mediaThumbnail = "media thumbnail"
  case type
  case group
  case background
}

/// Where each template column is in a sheet, and its header as written.
struct SheetColumns {
  private var indices: [SheetColumn: Int] = [:]
  private var names: [SheetColumn: String] = [:]

  /// Records that `column` is at `index`, headed `name`.
  mutating func add(_ column: SheetColumn, index: Int, name: String) {
    indices[column] = index
    names[column] = name
  }

  /// The column's index, when the sheet has it.
  func index(_ column: SheetColumn) -> Int? { indices[column] }

  /// The column's header as the sheet writes it (`End Year`), for messages.
  func name(_ column: SheetColumn) -> String {
    names[column] ?? column.rawValue.capitalized
  }
}

/// One row of a sheet, read through its header.
struct SheetRow {
  let record: CSVRecord
  let columns: SheetColumns

  /// `row 5`, numbered as the spreadsheet numbers its rows.
  var path: String { "row \(record.number)" }

  /// The cell of `column`, trimmed; nil when the sheet has no such column or the cell is
  /// blank.
  func value(_ column: SheetColumn) -> CSVField? {
    guard let index = columns.index(column), index < record.fields.count else { return nil }
    let field = record.fields[index]
    let trimmed = field.text.trimmingWhitespace()
    return trimmed.isEmpty ? nil : CSVField(text: trimmed, offset: field.offset)
  }

  /// The date in the given columns, unchecked.
  func date(year: SheetColumn, month: SheetColumn, day: SheetColumn, time: SheetColumn)
    -> RawTimelineDate
  {
    let yearOffset =
      columns.index(year).flatMap { index in
        index < record.fields.count ? record.fields[index].offset : nil
      } ?? record.offset
    var raw = RawTimelineDate(yearPath: cellPath(year), offset: yearOffset)
    raw.year = part(year)
    raw.month = part(month)
    raw.day = part(day)
    raw.time = part(time)
    return raw
  }

  private func part(_ column: SheetColumn) -> RawDatePart? {
    value(column).map { field in
      RawDatePart(text: field.text, offset: field.offset, path: cellPath(column), isString: true)
    }
  }

  private func cellPath(_ column: SheetColumn) -> String {
    "\(path), column \(columns.name(column))"
  }
}
