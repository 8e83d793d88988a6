/// One field of a CSV record: its text (quotes removed, `""` undone) and the byte offset
/// where it starts (its opening quote, when quoted).
struct CSVField {
  let text: String
  let offset: Int
}

/// One CSV record: a line, or several when a quoted field spans lines.
struct CSVRecord {
  /// The record's number, counting from 1 (the header row), as a spreadsheet numbers rows.
  let number: Int
  /// Where the record starts.
  let offset: Int
  let fields: [CSVField]

  /// Whether every field is empty or blank (a spreadsheet's empty row).
  var isBlank: Bool {
    fields.allSatisfy { field in
      field.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
  }
}

/// Malformed CSV: what is wrong and the byte offset where it was noticed.
struct CSVSyntaxError: Error {
  let offset: Int
  let message: String
}

/// Reads RFC 4180 CSV one record at a time: fields separated by commas, records by CRLF,
/// LF or CR; a field in double quotes may hold commas, line breaks and `""` for a quote.
/// A byte-order mark is skipped. Every byte is read once.
struct CSVReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var recordCount = 0

  /// A reader at the start of `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// How far the reader has got.
  var offset: Int { position }

  /// The next record, or nil at the end of the text.
  mutating func nextRecord() throws(CSVSyntaxError) -> CSVRecord? {
    guard position < bytes.count else { return nil }
    recordCount += 1
    let start = position
    var fields: [CSVField] = []
    while true {
      fields.append(try readField())
      guard position < bytes.count else { break }
      let separator = bytes[position]
      position += 1
      if separator == UInt8(ascii: ",") { continue }
      if separator == 0x0D, position < bytes.count, bytes[position] == 0x0A { position += 1 }
      break
    }
    return CSVRecord(number: recordCount, offset: start, fields: fields)
  }

  /// Reads one field, leaving the reader at the separator after it (or the end).
  private mutating func readField() throws(CSVSyntaxError) -> CSVField {
    let start = position
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
      while position < bytes.count, !isSeparator(bytes[position]) { position += 1 }
      return CSVField(
        text: try decode(UnsafeBufferPointer(rebasing: bytes[start..<position]), at: start),
        offset: start)
    }
    position += 1
    var text: [UInt8] = []
    var segmentStart = position
    while true {
      guard position < bytes.count else {
        throw CSVSyntaxError(
          offset: start,
          message: "row \(recordCount): unterminated quoted field: missing closing '\"'")
      }
      guard bytes[position] == UInt8(ascii: "\"") else {
        position += 1
        continue
      }
      text.append(contentsOf: bytes[segmentStart..<position])
      position += 1
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { break }
      text.append(UInt8(ascii: "\""))
      position += 1
      segmentStart = position
    }
    if position < bytes.count, !isSeparator(bytes[position]) {
      throw CSVSyntaxError(
        offset: position,
        message: "row \(recordCount): unexpected \(describe(bytes[position])) after a closing "
          + "quote (write \"\" for a quote inside a quoted field)")
    }
    let decoded = try text.withUnsafeBufferPointer { buffer throws(CSVSyntaxError) in
      try decode(buffer, at: start)
    }
    return CSVField(text: decoded, offset: start)
  }

  private func decode(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int)
    throws(CSVSyntaxError) -> String
  {
    guard let text = String(validating: slice, as: UTF8.self) else {
      throw CSVSyntaxError(offset: offset, message: "row \(recordCount): text is not valid UTF-8")
    }
    return text
  }

  private func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D
  }

  private func describe(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F
      ? "character '\(Character(Unicode.Scalar(byte)))'"
      : "byte 0x" + String(byte, radix: 16, uppercase: true)
  }
}
