/// Records written one after another, with where each begins: the offsets and bytes
/// columns of `EntityRecords` and `LinkRecords`, filled as a file is read so that a load
/// keeps its content in this compact form rather than as values.
struct RecordsBuilder {
  private var offsets: [UInt64] = [0]
  private var writer = SnapshotWriter()

  /// No records.
  init() {}

  private init(offsets: [UInt64], writer: SnapshotWriter) {
    self.offsets = offsets
    self.writer = writer
  }

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

  /// Replaces the records at `positions` (ascending) by `replacements`' records, in order;
  /// the others stay as they are. Two threads copy the records into memory of the new
  /// size, each about half of the bytes, and give the old records' memory back a few
  /// megabytes at a time as they copy it, so that the two are never both held whole.
  mutating func replace(_ positions: [Int], with replacements: RecordsBuilder) {
    precondition(positions.count == replacements.count, "one replacement per position")
    var newOffsets: [UInt64] = [0]
    newOffsets.reserveCapacity(offsets.count)
    var next = 0
    for record in 0..<count {
      let isReplaced = next < positions.count && positions[next] == record
      let source = isReplaced ? replacements.offsets[next..<next + 2] : offsets[record..<record + 2]
      newOffsets.append(newOffsets[record] + source.last! - source.first!)
      if isReplaced { next += 1 }
    }
    precondition(next == positions.count, "positions must be ascending, distinct and in range")
    let old = writer.arena
    let total = Int(newOffsets[count])
    let arena = ByteArena(count: total) { destination in
      let copy = RecordsCopy(
        old: UnsafeMutableRawPointer(mutating: old.bytes.baseAddress),
        replacements: replacements.writer.bytes.baseAddress, destination: destination)
      offsets.withUnsafeBufferPointer { oldOffsets in
        newOffsets.withUnsafeBufferPointer { newOffsets in
          positions.withUnsafeBufferPointer { positions in
            replacements.offsets.withUnsafeBufferPointer { replacementOffsets in
              let columns = RecordsCopy.Columns(
                old: oldOffsets, new: newOffsets, positions: positions,
                replacements: replacementOffsets)
              let half = oldOffsets[count] / 2
              let count = count
              let middle = min(oldOffsets.partitionPoint { $0 >= half }, count)
              _ = ParallelPair(
                { copy.copy(0..<middle, columns) }, { copy.copy(middle..<count, columns) })
            }
          }
        }
      }
    }
    self = RecordsBuilder(offsets: newOffsets, writer: SnapshotWriter(arena: arena))
  }

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

  /// Writes `record`, an entity's record, with `name` for its name (the record as it is
  /// when it cannot be read).
  static func writeRenamed(
    _ record: SnapshotReader, name: String, into writer: inout SnapshotWriter
  ) {
    var reader = record
    do {
      let id = try reader.readText()
      try reader.skipTexts(1)
      writer.write(utf8: id)
      writer.write(name)
      writer.arena.append(reader.rest)
    } catch {
      writer.arena.append(record.rest)
    }
  }

  /// Replaces the records of the entities at `positions` (ascending) by `renamed`'s, in
  /// the same order (see `writeRenamed`).
  mutating func replaceRecords(at positions: [Int], with renamed: RecordsBuilder) {
    records.replace(positions, with: renamed)
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

/// What the two threads of `RecordsBuilder.replace` share: each writes its own records'
/// bytes, and gives back the old records' memory of its own half.
private struct RecordsCopy: @unchecked Sendable {
  /// The offsets: of the old records, of the new, of the replaced records' positions, and
  /// of the replacements.
  struct Columns: @unchecked Sendable {
    let old: UnsafeBufferPointer<UInt64>
    let new: UnsafeBufferPointer<UInt64>
    let positions: UnsafeBufferPointer<Int>
    let replacements: UnsafeBufferPointer<UInt64>
  }

  let old: UnsafeMutableRawPointer?
  let replacements: UnsafeRawPointer?
  let destination: UnsafeMutableRawPointer

  /// How many bytes of old records are copied before they are given back.
  private static let copyStep = 4 << 20

  /// Writes the new records `records`: the old ones copied in runs, the replaced ones
  /// from the replacements.
  func copy(_ records: Range<Int>, _ columns: Columns) {
    guard !records.isEmpty else { return }
    var next = columns.positions.partitionPoint { $0 >= records.lowerBound }
    var runStart = records.lowerBound
    var givenBackUpTo = Int(columns.old[records.lowerBound])
    func copyRun(upTo end: Int) {
      guard end > runStart, let old else { return }
      var from = Int(columns.old[runStart])
      var to = Int(columns.new[runStart])
      let stop = Int(columns.old[end])
      while from < stop {
        let length = min(Self.copyStep, stop - from)
        (destination + to).copyMemory(from: old + from, byteCount: length)
        givenBackUpTo = PassedPages.giveBack(old, givenBackUpTo..<from + length).0
        from += length
        to += length
      }
    }
    while next < columns.positions.count, columns.positions[next] < records.upperBound {
      let record = columns.positions[next]
      copyRun(upTo: record)
      if let replacements {
        let start = Int(columns.replacements[next])
        (destination + Int(columns.new[record])).copyMemory(
          from: replacements + start, byteCount: Int(columns.replacements[next + 1]) - start)
      }
      runStart = record + 1
      next += 1
    }
    copyRun(upTo: records.upperBound)
  }
}
