/// Records written one after another, with where each begins: the offsets and bytes
/// columns of `EntityRecords` and `LinkRecords`, filled as a file is read so that a load
/// keeps its content in this compact form rather than as values.
struct RecordsBuilder {
  private var offsets: [UInt64] = [0]
  private var writer = SnapshotWriter()

  /// The number of records.
  var count: Int { offsets.count - 1 }

  /// Appends the record `encode` writes.
  mutating func append(_ encode: (inout SnapshotWriter) -> Void) {
    encode(&writer)
    offsets.append(UInt64(writer.count))
  }

  /// Appends `later`'s records after these, emptying `later` as they are copied.
  mutating func append(emptying later: inout RecordsBuilder) {
    let base = UInt64(writer.count)
    writer.arena.appendEmptying(later.writer.arena)
    offsets.append(contentsOf: later.offsets.dropFirst().lazy.map { $0 + base })
    later.offsets = [0]
  }

  /// These records taken in the order of `runs` (ranges of record positions).
  func reordered(_ runs: [Range<Int>]) -> RecordsBuilder {
    var reordered = RecordsBuilder()
    let bytes = writer.bytes
    for position in runs.joined() {
      let record = UnsafeRawBufferPointer(
        rebasing: bytes[Int(offsets[position])..<Int(offsets[position + 1])])
      reordered.append { $0.arena.append(record) }
    }
    return reordered
  }

  /// Replaces these records by the same with the ones at `positions` (ascending) written
  /// anew by `rewrite` (given the old record); the others are copied as they are, and the
  /// old records' memory is given back a few megabytes at a time as it is copied, so that
  /// the two are never both held whole.
  mutating func rewrite(
    _ positions: [Int], _ rewrite: (UnsafeRawBufferPointer, inout SnapshotWriter) -> Void
  ) {
    var rewritten = RecordsBuilder()
    rewritten.offsets.reserveCapacity(offsets.count)
    let old = writer.arena
    let oldBase = old.bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0) }
    var copiedUpTo = 0
    var givenBackUpTo = 0
    func copy(upTo end: Int) {
      guard end > copiedUpTo, let oldBase else { return }
      let shift = UInt64(rewritten.writer.count) &- offsets[copiedUpTo]
      var from = Int(offsets[copiedUpTo])
      let stop = Int(offsets[end])
      while from < stop {
        let to = min(from + Self.copyStep, stop)
        rewritten.writer.arena.append(UnsafeRawBufferPointer(rebasing: old.bytes[from..<to]))
        givenBackUpTo = PassedPages.giveBack(oldBase, givenBackUpTo..<to).0
        from = to
      }
      rewritten.offsets.append(contentsOf: offsets[copiedUpTo + 1...end].lazy.map { $0 &+ shift })
      copiedUpTo = end
    }
    for position in positions {
      copy(upTo: position)
      let record = UnsafeRawBufferPointer(
        rebasing: old.bytes[Int(offsets[position])..<Int(offsets[position + 1])])
      rewritten.append { rewrite(record, &$0) }
      copiedUpTo = position + 1
    }
    copy(upTo: count)
    self = rewritten
  }

  /// How many bytes of old records `rewrite` copies before giving them back.
  private static let copyStep = 4 << 20

  /// Calls `body` with the offsets and bytes columns as they are, borrowed: they must not
  /// be used after `body` returns.
  func withColumns<Result>(
    _ body: (_ offsets: Column<UInt64>, _ bytes: Column<UInt8>) -> Result
  ) -> Result {
    let bytes = writer.bytes.assumingMemoryBound(to: UInt8.self)
    return offsets.withUnsafeBufferPointer { offsets in
      body(Column(borrowing: offsets), Column(borrowing: bytes))
    }
  }

  /// The offsets and bytes columns; the builder is empty afterwards.
  mutating func takeColumns() -> (offsets: Column<UInt64>, bytes: Column<UInt8>) {
    let columns = (Column(offsets), writer.arena.takeColumn())
    offsets = [0]
    return columns
  }
}

/// Entities written as records (`EntityRecords`) as they are read.
struct EntityRecordsBuilder {
  private var kinds: [UInt8] = []
  private var dates: [UInt64] = []
  private var records = RecordsBuilder()

  /// An empty builder.
  init() {}

  /// A builder holding `entities`.
  init(_ entities: [Entity]) {
    kinds.reserveCapacity(entities.count)
    dates.reserveCapacity(entities.count)
    for entity in entities { append(entity) }
  }

  /// The number of entities.
  var count: Int { kinds.count }

  /// Appends `entity`'s record.
  mutating func append(_ entity: Entity) {
    append(kind: entity.kind, date: entity.date, inferred: entity.dateInferred) {
      $0.writeRecord(of: entity)
    }
  }

  /// Appends an entity of `kind` and `date` whose record `encode` writes (see
  /// `SnapshotWriter.writeRecord(of:)` for the fields and their order).
  mutating func append(
    kind: EntityKind, date: PartialDate?, inferred: Bool, _ encode: (inout SnapshotWriter) -> Void
  ) {
    kinds.append(kind.number)
    dates.append(PackedDate.pack(date, inferred: inferred))
    records.append(encode)
  }

  /// Appends `later`'s entities after these, emptying `later`.
  mutating func append(emptying later: inout EntityRecordsBuilder) {
    kinds += later.kinds
    dates += later.dates
    later.kinds = []
    later.dates = []
    records.append(emptying: &later.records)
  }

  /// These entities taken in the order of `runs` (ranges of entity positions).
  func reordered(_ runs: [Range<Int>]) -> EntityRecordsBuilder {
    var reordered = EntityRecordsBuilder()
    reordered.kinds = runs.flatMap { kinds[$0] }
    reordered.dates = runs.flatMap { dates[$0] }
    reordered.records = records.reordered(runs)
    return reordered
  }

  /// Renames the entities at `positions` (ascending), `names` giving each one's new name
  /// in the same order.
  mutating func rename(_ positions: [Int], to names: [String]) {
    var next = 0
    records.rewrite(positions) { record, writer in
      var reader = SnapshotReader(record)
      do {
        let id = try reader.readText()
        try reader.skipTexts(1)
        writer.write(utf8: id)
        writer.write(names[next])
        writer.arena.append(reader.rest)
      } catch {
        writer.arena.append(record)
      }
      next += 1
    }
  }

  /// Calls `body` with the entities so far as records, borrowed: they must not be used
  /// after `body` returns.
  func withRecords<Result>(_ body: (EntityRecords) -> Result) -> Result {
    kinds.withUnsafeBufferPointer { kinds in
      dates.withUnsafeBufferPointer { dates in
        records.withColumns { offsets, bytes in
          body(
            EntityRecords(
              kinds: Column(borrowing: kinds), dates: Column(borrowing: dates), offsets: offsets,
              bytes: bytes))
        }
      }
    }
  }

  /// The records; the builder is empty afterwards.
  mutating func take() -> EntityRecords {
    let (offsets, bytes) = records.takeColumns()
    let taken = EntityRecords(
      kinds: Column(kinds), dates: Column(dates), offsets: offsets, bytes: bytes)
    kinds = []
    dates = []
    return taken
  }
}

/// Links written as records (`LinkRecords`) as they are read.
struct LinkRecordsBuilder {
  private var records = RecordsBuilder()

  /// An empty builder.
  init() {}

  /// A builder holding `links`.
  init(_ links: [Link]) {
    for link in links { append(link) }
  }

  /// The number of links.
  var count: Int { records.count }

  /// Appends `link`'s record.
  mutating func append(_ link: Link) {
    records.append { $0.writeRecord(of: link) }
  }

  /// Appends the link record `encode` writes (see `SnapshotWriter.writeRecord(of:)` for the
  /// fields and their order).
  mutating func append(_ encode: (inout SnapshotWriter) -> Void) {
    records.append(encode)
  }

  /// Appends `later`'s links after these, emptying `later`.
  mutating func append(emptying later: inout LinkRecordsBuilder) {
    records.append(emptying: &later.records)
  }

  /// These links but the ones at `positions` (ascending).
  func leavingOut(_ positions: [Int]) -> LinkRecordsBuilder {
    var runs: [Range<Int>] = []
    var start = 0
    for position in positions {
      if position > start { runs.append(start..<position) }
      start = position + 1
    }
    if count > start { runs.append(start..<count) }
    var kept = LinkRecordsBuilder()
    kept.records = records.reordered(runs)
    return kept
  }

  /// Calls `body` with the links so far as records, borrowed: they must not be used after
  /// `body` returns.
  func withRecords<Result>(_ body: (LinkRecords) -> Result) -> Result {
    records.withColumns { offsets, bytes in
      body(LinkRecords(offsets: offsets, bytes: bytes))
    }
  }

  /// The records; the builder is empty afterwards.
  mutating func take() -> LinkRecords {
    let (offsets, bytes) = records.takeColumns()
    return LinkRecords(offsets: offsets, bytes: bytes)
  }
}

extension EntityKind {
  /// The kind as stored in a kinds column: its place in `allCases`.
  var number: UInt8 {
    switch self {
    case .event: 0
    case .actor: 1
    case .project: 2
    }
  }
}
