/// Records one after another in a bytes column, record `i` at
/// `bytes[offsets[i]..<offsets[i + 1]]`: entities' and links'.
protocol RecordColumns {
  var offsets: Column<UInt64> { get }
  var bytes: Column<UInt8> { get }
}

/// The texts indexing reads from records, as UTF-8 bytes in place: no strings are made.
/// A record that cannot be read gives an empty text (records a load wrote are whole; a
/// snapshot's are checked before they are used).
extension RecordColumns {
  /// Record `position`, to read; offsets out of range read as an empty record.
  func record(at position: Int) -> SnapshotReader {
    let start = min(Int(clamping: offsets[position]), bytes.count)
    let end = min(max(Int(clamping: offsets[position + 1]), start), bytes.count)
    return SnapshotReader(
      UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.buffer[start..<end])))
  }

  /// The bytes of the text field after `skipping` others at the start of record
  /// `position` (entities: 0 the id, 1 the name, 2 the type; links: 0 `from`, 1 `to`, 2 the
  /// relation).
  func leadingBytes(at position: Int, skipping: Int) -> UnsafeBufferPointer<UInt8> {
    var reader = record(at: position)
    do {
      try reader.skipTexts(skipping)
      return try reader.readText()
    } catch {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
  }
}

extension EntityRecords {
  /// Calls `body` with each text of entity `position` that search reads in the names group
  /// (`names`: the name, aliases, values of name and identifier properties) or in the
  /// bodies group (the summary, values of the other searchable properties, quotes), in
  /// that order.
  func forEachSearchText(
    of position: Int, names: Bool, _ body: (SearchField, UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var reader = record(at: position)
    do {
      try reader.skipTexts(1)
      let name = try reader.readText()
      try reader.skipTexts(1)
      let summary = try reader.readOptionalText()
      if names { body(.name, name) } else if let summary { body(.summary, summary) }
      for _ in 0..<(try reader.readCount(atLeast: 4)) {
        let alias = try reader.readText()
        if names { body(.alias, alias) }
      }
      _ = try reader.readOptionalText()
      let evidence = reader
      for _ in 0..<(try reader.readCount(atLeast: 12)) {
        try reader.skipTexts(2)
        _ = try reader.readOptionalText()
      }
      for _ in 0..<(try reader.readCount(atLeast: 16)) {
        try reader.skipTexts(2)
        let searched = PropertyType.isSearched(utf8: try reader.readText(), withNames: names)
        for _ in 0..<(try reader.readCount(atLeast: 4)) {
          let value = try reader.readText()
          if searched { body(.property, value) }
        }
      }
      guard !names else { return }
      var quotes = evidence
      for _ in 0..<(try quotes.readCount(atLeast: 12)) {
        try quotes.skipTexts(1)
        body(.quote, try quotes.readText())
        _ = try quotes.readOptionalText()
      }
    } catch {
      return
    }
  }
}

extension SnapshotReader {
  /// Skips `count` texts.
  mutating func skipTexts(_ count: Int) throws(SnapshotError) {
    for _ in 0..<count { _ = try readText() }
  }
}
